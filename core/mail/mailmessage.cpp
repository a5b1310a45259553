#include "mail/mailmessage.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::MimeWriter", text);
}

const QByteArray crlf = QByteArrayLiteral("\r\n");

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A header value with a CR or LF in it would end the header there and start
// whatever the rest says (another recipient, a Bcc, a body): refused, as are
// the other control characters, which no name or subject needs.
void checkHeaderText(const QString &field, const QString &text)
{
    for (QChar c : text) {
        if (c == u'\r' || c == u'\n')
            throw Error(tr("%1: line breaks are not allowed in an e-mail header (“%2”)")
                            .arg(field, text.simplified()));
        if (c.unicode() < 0x20 && c != u'\t')
            throw Error(
                tr("%1: control characters are not allowed in an e-mail header").arg(field));
    }
}

void checkAddress(const QString &field, const MailAddress &address)
{
    checkHeaderText(field, address.name);
    checkHeaderText(field, address.address);
    if (!MimeWriter::isValidAddress(address.address))
        throw Error(
            tr("%1: “%2” is not an e-mail address (name@example.com)").arg(field, address.address));
}

// Folds a header at spaces so lines stay within 78 characters where the
// words allow; unfolding (dropping each CRLF) gives the value back.
QByteArray header(const QByteArray &name, const QByteArray &value)
{
    QByteArray out = name + ':';
    int lineLength = int(out.size());
    for (const QByteArray &word : value.split(' ')) {
        // A word that would run past 78 starts a continuation line (even the
        // first: a field body may begin with folding whitespace).
        if (lineLength + 1 + word.size() > 78 && lineLength > 1) {
            out += crlf;
            lineLength = 0;
        }
        out += ' ' + word;
        lineLength += 1 + int(word.size());
    }
    return out + crlf;
}

QByteArray addressList(const QList<MailAddress> &addresses)
{
    QByteArrayList parts;
    for (const MailAddress &a : addresses)
        parts << MimeWriter::formatAddress(a);
    return parts.join(", ");
}

QByteArray randomToken()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

// RFC 2231 for a file name that is not plain ASCII; the plain one for the rest.
QByteArray fileNameParameters(const QString &fileName)
{
    QString ascii;
    for (QChar c : fileName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? c : u'_';
    QByteArray params = "; filename=\"" + ascii.toLatin1() + '"';
    if (ascii != fileName)
        params += ";\r\n filename*=UTF-8''" + fileName.toUtf8().toPercentEncoding();
    return params;
}

} // namespace

QStringList MailMessage::recipients() const
{
    QStringList out;
    for (const QList<MailAddress> *list : { &to, &cc })
        for (const MailAddress &a : *list)
            out << a.address;
    return out;
}

bool MimeWriter::isValidAddress(const QString &address)
{
    static const QRegularExpression addrSpec(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,"
                       "61}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && addrSpec.match(address).hasMatch();
}

QByteArray MimeWriter::encodeHeaderText(const QString &text)
{
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?")))
        return text.toLatin1();
    // 39 bytes of UTF-8 make 52 base64 characters: with "=?UTF-8?B?" and
    // "?=" an encoded word of 64, under the limit of 75 and short enough to
    // share the first line with "Subject: ".
    QByteArrayList words;
    QByteArray chunk;
    for (char32_t cp : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&cp, 1).toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join(' ');
}

QByteArray MimeWriter::formatAddress(const MailAddress &a)
{
    const QByteArray address = a.address.toLatin1();
    if (a.name.trimmed().isEmpty())
        return address;
    QByteArray name;
    if (!isPrintableAscii(a.name) || a.name.contains(QLatin1String("=?"))) {
        name = encodeHeaderText(a.name);
    } else {
        // A quoted string keeps commas, dots and the like from being read
        // as address syntax.
        static const QRegularExpression atomText(
            QStringLiteral("^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+$"));
        if (atomText.match(a.name).hasMatch()) {
            name = a.name.toLatin1();
        } else {
            QString quoted = a.name;
            quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
            name = '"' + quoted.toLatin1() + '"';
        }
    }
    return name + " <" + address + '>';
}

QByteArray MimeWriter::quotedPrintable(const QByteArray &data)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray text = data;
    text.replace("\r\n", "\n").replace('\r', '\n');
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines[l];
        int lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            // Trailing blanks would be lost in transit: encoded like '='
            // and every byte outside printable ASCII.
            const bool plain
                = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            QByteArray token(1, plain ? char(c) : '=');
            if (!plain)
                token.append(hex[c >> 4]).append(hex[c & 15]);
            // Soft line break ("=" at the end) keeps lines within 76.
            if (lineLength + token.size() > 75) {
                out += "=\r\n";
                lineLength = 0;
            }
            out += token;
            lineLength += int(token.size());
        }
        if (l + 1 < lines.size())
            out += crlf;
    }
    return out;
}

QByteArray MimeWriter::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + crlf;
    return out;
}

void MimeWriter::check(const MailMessage &m)
{
    checkAddress(tr("From"), m.from);
    if (m.to.isEmpty())
        throw Error(tr("To: the e-mail has no recipient"));
    for (const MailAddress &a : m.to)
        checkAddress(tr("To"), a);
    for (const MailAddress &a : m.cc)
        checkAddress(tr("Cc"), a);
    checkHeaderText(tr("Subject"), m.subject);
    for (const MailAttachment &a : m.attachments) {
        checkHeaderText(tr("Attachment name"), a.fileName);
        static const QRegularExpression mimeType(QStringLiteral("^[a-z0-9.+-]+/[a-z0-9.+-]+$"));
        if (!mimeType.match(QString::fromLatin1(a.contentType)).hasMatch())
            throw Error(tr("Attachment %1: “%2” is not a content type")
                            .arg(a.fileName, QString::fromLatin1(a.contentType)));
    }
}

QByteArray MimeWriter::write(const MailMessage &m)
{
    check(m);
    const QDateTime date = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    const QByteArray domain = m.from.address.section(u'@', 1).toLatin1();
    const QByteArray messageId = m.messageId.isEmpty() ? randomToken() + '@' + domain : m.messageId;

    QByteArray out;
    out += header("From", formatAddress(m.from));
    out += header("To", addressList(m.to));
    if (!m.cc.isEmpty())
        out += header("Cc", addressList(m.cc));
    out += header("Subject", encodeHeaderText(m.subject));
    out += header("Date", date.toString(Qt::RFC2822Date).toLatin1());
    out += header("Message-ID", '<' + messageId + '>');
    out += header("MIME-Version", "1.0");

    const QByteArray textHeaders = "Content-Type: text/plain; charset=UTF-8\r\n"
                                   "Content-Transfer-Encoding: quoted-printable\r\n";
    const QByteArray body = quotedPrintable(m.body.toUtf8()) + crlf;
    if (m.attachments.isEmpty())
        return out + textHeaders + crlf + body;

    // Neither base64 nor quoted-printable output can contain "=_".
    const QByteArray boundary = "=_accrue_" + randomToken();
    out += header("Content-Type", "multipart/mixed; boundary=\"" + boundary + '"') + crlf;
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + boundary + crlf + textHeaders + crlf + body;
    for (const MailAttachment &a : m.attachments) {
        out += "--" + boundary + crlf;
        out += "Content-Type: " + a.contentType + crlf;
        out += "Content-Disposition: attachment" + fileNameParameters(a.fileName) + crlf;
        out += "Content-Transfer-Encoding: base64\r\n" + crlf;
        out += base64Lines(a.data);
    }
    out += "--" + boundary + "--" + crlf;
    return out;
}

} // namespace Accrue
