#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Accrue {

struct MailAddress
{
    QString name; // shown to people; may be empty or non-ASCII
    QString address; // addr-spec: local@domain
};

struct MailAttachment
{
    QString fileName;
    QByteArray contentType = QByteArrayLiteral("application/pdf");
    QByteArray data;
};

// An e-mail before it is encoded: what MimeWriter turns into RFC 5322 text.
struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QString body; // plain text, any Unicode
    QList<MailAttachment> attachments;
    QDateTime date; // now when invalid
    QByteArray messageId; // without the angle brackets; made up when empty

    // Every To and Cc address, in order: the envelope's recipients.
    QStringList recipients() const;
};

// Writes a MailMessage as an RFC 5322 / MIME message: CRLF lines, 7-bit
// throughout (RFC 2047 encoded words for non-ASCII names and subjects, the
// body quoted-printable UTF-8, attachments base64 in 76-character lines).
// The same bytes go to the SMTP server, into the outbox and into .eml files.
class MimeWriter final
{
public:
    // Throws Error naming the field when a name, address or subject holds a
    // line break (header injection) or an address is not local@domain.
    static QByteArray write(const MailMessage &message);
    // Throws the same errors without writing anything.
    static void check(const MailMessage &message);

    // A plain addr-spec: dot-atom local part, '@', a domain of at least two
    // labels (letters, digits, hyphens). No comments, quotes or IP literals.
    static bool isValidAddress(const QString &address);
    // "Name <addr>", the name quoted or encoded as needed; the address alone
    // when there is no name.
    static QByteArray formatAddress(const MailAddress &address);
    // Header text: as is when printable ASCII, else RFC 2047 "B" encoded
    // words of UTF-8 (each at most 75 characters, never splitting a
    // character), separated by folding whitespace.
    static QByteArray encodeHeaderText(const QString &text);
    static QByteArray quotedPrintable(const QByteArray &data);
    static QByteArray base64Lines(const QByteArray &data);
};

} // namespace Accrue
