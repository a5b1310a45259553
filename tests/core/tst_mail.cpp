// E-mail: the MIME writer, templates, the outbox and SMTP delivery against a
// real aiosmtpd on loopback (tests/mail/run-with-smtp.sh starts one and
// names it in ACCRUE_TEST_SMTP_PORT / ACCRUE_TEST_MAILDIR; the tests that
// need a server to come and go, or AUTH, start tests/mail/smtp-sink.py).
#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "domain/invoicelist.h"
#include "mail/creditnotemailer.h"
#include "mail/invoicemailer.h"
#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "mail/mailtemplate.h"
#include "mail/outboxservice.h"
#include "mail/receiptmailer.h"
#include "mail/smtpsender.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/invoiceregister.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// Fails (never skips) when run outside ctest's wrapper.
int smtpPort()
{
    const int port = env("ACCRUE_TEST_SMTP_PORT").toInt();
    if (port <= 0)
        qFatal("ACCRUE_TEST_SMTP_PORT is not set: run tst_mail through ctest "
               "(tests/mail/run-with-smtp.sh starts the SMTP sink)");
    return port;
}

// A loopback port nobody listens on (the kernel's pick, released again).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length);
    ::close(fd);
    return ntohs(addr.sin_port);
}

// One file per message in a maildir's new/ folder.
QStringList maildirFiles(const QString &maildir)
{
    QDir dir(maildir + QStringLiteral("/new"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A parsed message: unfolded headers (first of each name) and the parts.
struct Parsed
{
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

Parsed parse(QByteArray raw)
{
    raw.replace("\r\n", "\n");
    Parsed p;
    const qsizetype end = raw.indexOf("\n\n");
    QByteArray head = raw.left(end);
    head.replace("\n ", " ").replace("\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && !p.headers.contains(line.left(colon).toLower()))
            p.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    p.body = raw.mid(end + 2);
    return p;
}

// RFC 2047 "B" words of UTF-8 back to text (whitespace between words dropped).
QString decodeWords(const QByteArray &value)
{
    // Whitespace between two encoded words is not part of the text.
    static const QRegularExpression word(
        QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=(?:\\s+(?==\\?))?"));
    QByteArray bytes;
    qsizetype from = 0;
    const QString text = QString::fromLatin1(value);
    for (const QRegularExpressionMatch &m : word.globalMatch(text)) {
        bytes += text.mid(from, m.capturedStart() - from).toLatin1();
        bytes += QByteArray::fromBase64(m.captured(1).toLatin1());
        from = m.capturedEnd();
    }
    bytes += text.mid(from).toLatin1();
    return QString::fromUtf8(bytes);
}

// Quoted-printable back to bytes: soft line breaks dropped, =XX decoded.
QByteArray unquote(QByteArray text)
{
    text.replace("=\r\n", "").replace("=\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size()) {
            out += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The base64 content of the part whose headers name `fileName`.
QByteArray attachment(const QByteArray &raw, const QByteArray &fileName)
{
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    const qsizetype at = text.indexOf(QByteArray("filename=\"" + fileName + '"'));
    if (at < 0)
        return {};
    const qsizetype start = text.indexOf("\n\n", at) + 2;
    const qsizetype end = text.indexOf("\n--", start);
    return QByteArray::fromBase64(text.mid(start, end - start).replace("\n", ""));
}

QString pdfToText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// tests/mail/smtp-sink.py on `port`; stopped (SIGTERM) by the destructor.
class Sink
{
public:
    Sink(int port, const QString &maildir, const QStringList &auth = {},
         const QStringList &options = {})
    {
        const QString script = env("ACCRUE_TEST_SMTP_SCRIPT");
        if (script.isEmpty())
            qFatal("ACCRUE_TEST_SMTP_SCRIPT is not set: run tst_mail through ctest");
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(env("ACCRUE_TEST_PYTHON"),
                        QStringList { script, QString::number(port), maildir } + auth + options);
        if (!m_process.waitForStarted(10000))
            qFatal("could not start %s", qPrintable(script));
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) { }
        if (!m_process.readLine().startsWith("ready"))
            qFatal("the SMTP sink did not start");
    }
    ~Sink()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

MailSettings sinkSettings(int port)
{
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = MailSettings::Security::None;
    s.fromAddress = QStringLiteral("billing@seller.example");
    s.fromName = QStringLiteral("Seller Billing");
    s.timeoutSeconds = 5;
    s.invoiceSubject = MailSettings::defaultInvoiceSubject();
    s.invoiceBody = MailSettings::defaultInvoiceBody();
    return s;
}

// The files that arrived in a maildir since `before` was listed.
QStringList arrivedSince(const QString &maildir, const QStringList &before)
{
    QStringList arrived = maildirFiles(maildir);
    for (const QString &f : before)
        arrived.removeAll(f);
    return arrived;
}

// A throwaway self-signed certificate for 127.0.0.1 (and localhost), made
// by openssl in `dir` as NAME.pem and NAME.key; its own CA.
QString makeCertificate(const QString &dir, const QString &name)
{
    const QString cert = dir + u'/' + name + QStringLiteral(".pem");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
              QStringLiteral("-keyout"), dir + u'/' + name + QStringLiteral(".key"),
              QStringLiteral("-out"), cert });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("openssl could not make a certificate: %s", p.readAll().constData());
    return cert;
}

// A customer with an e-mail address, the company named, and one invoice
// issued: 2 x 50.00 at 19% tax = 100.00 + 19.00 = 119.00 due on
// 2026-06-01 + 30 days = 2026-07-01.
struct MailBook
{
    TestBook book;
    qint64 customer = 0;
    Invoice invoice;

    explicit MailBook(const QString &customerName = QStringLiteral("Acme Corp"),
                      const QString &email = QStringLiteral("ap@acme.example"))
    {
        SettingsService settings(book.session());
        CompanySettings company = settings.company();
        company.legalName = QStringLiteral("Seller GmbH");
        settings.saveCompany(company);
        Customer c;
        c.code = QStringLiteral("ACME");
        c.name = customerName;
        c.email = email;
        c.currency = Currency::require(QStringLiteral("EUR"));
        customer = CustomerRepository(book.db()).insert(c);
        invoice = book.issue(customer, { { 2000, 5000, 190000 } });
    }
};

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mimeEncodesHeadersBodyAndAttachments();
    void headerInjectionIsRefused_data();
    void headerInjectionIsRefused();
    void addressesAreChecked_data();
    void addressesAreChecked();
    void templatesFillKnownPlaceholdersOnly();
    void backoffGrowsAndIsCapped();
    void settingsAreStoredAuditedAndValidated();
    void invoiceArrivesWithItsPdf();
    void injectionThroughTheCustomerNameQueuesNothing();
    void serverDownKeepsTheMessageQueued();
    void permanentRefusalFailsTheMessage();
    void authIsUsed();
    void startTlsIsRequiredNotHoped();
    void emlParsesBack();
    void cliSendsAndListsTheOutbox();
    void receiptIsMailedWithThePaymentWhenSetTo();
    void receiptAutoSendOffOrImpossibleQueuesNothing();
    void receiptIsSentOnDemand();
    void creditNoteIsSent();
    void failedMessageIsRetried();
    void startTlsWithAuthAgainstATlsServer();
    void smtpsWithAuthAgainstATlsServer();
    void untrustedCertificateIsRefused();
    void sentColumnShowsTheLastSentInvoiceMail();
};

void TestMail::initTestCase()
{
    smtpPort(); // fails the whole suite outside its wrapper
    QVERIFY(QDir(env("ACCRUE_TEST_MAILDIR")).exists());
}

void TestMail::mimeEncodesHeadersBodyAndAttachments()
{
    MailMessage m;
    m.from = { QStringLiteral("Doe, John"), QStringLiteral("john@seller.example") };
    m.to << MailAddress { QStringLiteral("Jürgen Müller"), QStringLiteral("jm@buyer.example") };
    m.cc << MailAddress { QString(), QStringLiteral("ap@buyer.example") };
    m.subject = QStringLiteral("Rechnung für März – bitte prüfen, sehr lange Betreffzeile mit "
                               "Umlauten äöü");
    m.body = QStringLiteral("Grüße\nline = two \nend");
    m.date = QDateTime(QDate(2026, 6, 30), QTime(9, 15), Qt::UTC);
    m.messageId = "1@seller.example";
    QByteArray pdf(1000, '\0');
    for (int i = 0; i < pdf.size(); ++i)
        pdf[i] = char(i * 7);
    m.attachments << MailAttachment { QStringLiteral("INV-1.pdf"), "application/pdf", pdf };
    const QByteArray raw = MimeWriter::write(m);

    // 7-bit, CRLF only, no line over 78 characters.
    for (char c : raw)
        QVERIFY(uchar(c) < 128);
    QCOMPARE(raw.count('\n'), raw.count("\r\n"));
    for (const QByteArray &line : raw.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the '\r'

    const Parsed p = parse(raw);
    QCOMPARE(p.headers.value("from"), QByteArray("\"Doe, John\" <john@seller.example>"));
    QVERIFY(p.headers.value("to").startsWith("=?UTF-8?B?"));
    QCOMPARE(decodeWords(p.headers.value("to")),
             QStringLiteral("Jürgen Müller <jm@buyer.example>"));
    QCOMPARE(p.headers.value("cc"), QByteArray("ap@buyer.example"));
    QCOMPARE(decodeWords(p.headers.value("subject")), m.subject);
    QCOMPARE(p.headers.value("date"), QByteArray("30 Jun 2026 09:15:00 +0000"));
    QCOMPARE(p.headers.value("message-id"), QByteArray("<1@seller.example>"));
    QVERIFY(p.headers.value("content-type").startsWith("multipart/mixed; boundary="));
    // ü is C3 BC in UTF-8; '=' is =3D; the blank before a line end is =20.
    QVERIFY(raw.contains("Gr=C3=BC=C3=9Fe\r\nline =3D two=20\r\nend"));
    QCOMPARE(attachment(raw, "INV-1.pdf"), pdf);
    // 1000 bytes are 1336 base64 characters: 17 full lines of 76 and one of 44.
    QVERIFY(raw.contains("Content-Transfer-Encoding: base64\r\n\r\n"));
}

void TestMail::headerInjectionIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<QString>("subject");
    const QString ok = QStringLiteral("a@b.example");
    QTest::newRow("sender name") << "From"
                                 << "Seller\r\nBcc: x@evil.example"
                                 << "" << ok << "Hi";
    QTest::newRow("recipient name") << "To"
                                    << ""
                                    << "Acme\nBcc: x@evil.example" << ok << "Hi";
    QTest::newRow("address") << "To"
                             << ""
                             << ""
                             << "a@b.example\r\nBcc: x@evil.example"
                             << "Hi";
    QTest::newRow("subject LF") << "Subject"
                                << ""
                                << "" << ok << "Hi\nBcc: x@evil.example";
    QTest::newRow("subject CR") << "Subject"
                                << ""
                                << "" << ok << "Hi\rBcc: x@evil.example";
}

void TestMail::headerInjectionIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, fromName);
    QFETCH(QString, toName);
    QFETCH(QString, toAddress);
    QFETCH(QString, subject);
    MailMessage m;
    m.from = { fromName, QStringLiteral("s@seller.example") };
    m.to << MailAddress { toName, toAddress };
    m.subject = subject;
    try {
        MimeWriter::write(m);
        QFAIL("a header with a line break was written");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().startsWith(field + u':'), qPrintable(e.userMessage()));
    }
}

void TestMail::addressesAreChecked_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "ap@acme.example" << true;
    QTest::newRow("dots and plus") << "first.last+inv@mail.acme.example" << true;
    QTest::newRow("no at") << "acme.example" << false;
    QTest::newRow("no domain dot") << "ap@localhost" << false;
    QTest::newRow("two ats") << "a@b@acme.example" << false;
    QTest::newRow("leading dot") << ".ap@acme.example" << false;
    QTest::newRow("double dot") << "a..p@acme.example" << false;
    QTest::newRow("space") << "a p@acme.example" << false;
    QTest::newRow("angle") << "<ap@acme.example>" << false;
    QTest::newRow("hyphen label end") << "ap@acme-.example" << false;
    QTest::newRow("empty") << "" << false;
}

void TestMail::addressesAreChecked()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(MimeWriter::isValidAddress(address), valid);
}

void TestMail::templatesFillKnownPlaceholdersOnly()
{
    const QHash<QString, QString> values { { QStringLiteral("customer"),
                                             QStringLiteral("{invoice}") },
                                           { QStringLiteral("invoice"), QStringLiteral("INV-7") } };
    // One pass: a value holding "{invoice}" stays as it is.
    QCOMPARE(MailTemplate::fill(QStringLiteral("Dear {customer}, {invoice} {x"), values),
             QStringLiteral("Dear {invoice}, INV-7 {x"));
    QVERIFY_THROWS_EXCEPTION(Error, MailTemplate::fill(QStringLiteral("{amount_du}"), values));
    QVERIFY(MailTemplate::problem(QStringLiteral("{amount_du}"))
                .contains(QStringLiteral("{amount_du}")));
    QVERIFY(MailTemplate::problem(MailSettings::defaultInvoiceBody()).isEmpty());
    QVERIFY(MailTemplate::problem(MailSettings::defaultInvoiceSubject()).isEmpty());
}

void TestMail::backoffGrowsAndIsCapped()
{
    const QDateTime t(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    const int expected[] = { 1, 5, 15, 60, 240, 720, 720 }; // minutes after each failure
    for (int attempts = 1; attempts <= 7; ++attempts)
        QCOMPARE(t.secsTo(OutboxService::nextAttempt(attempts, t)), 60LL * expected[attempts - 1]);
}

void TestMail::settingsAreStoredAuditedAndValidated()
{
    TestBook book;
    MailSettingsService service(book.session());
    MailSettings s = service.load();
    QCOMPARE(s.version, 0);
    QCOMPARE(s.security, MailSettings::Security::StartTls);
    s = sinkSettings(2525);
    s.user = QStringLiteral("mailer");
    s.invoiceSubject = QStringLiteral("Invoice {invoce}");
    QVERIFY_THROWS_EXCEPTION(Error, service.save(s)); // unknown placeholder
    s.invoiceSubject = MailSettings::defaultInvoiceSubject();
    s.fromAddress = QStringLiteral("billing");
    QVERIFY_THROWS_EXCEPTION(Error, service.save(s));
    s.fromAddress = QStringLiteral("billing@seller.example");
    const qint64 audits = AuditRepository(book.db()).count();
    service.save(s);
    QCOMPARE(AuditRepository(book.db()).count(), audits + 1);
    const MailSettings back = service.load();
    QCOMPARE(back.version, 1);
    QCOMPARE(back.port, 2525);
    QCOMPARE(back.security, MailSettings::Security::None);
    QCOMPARE(back.user, QStringLiteral("mailer"));
    // The keychain entry names user, host and port, and nothing secret.
    QCOMPARE(back.passwordKey(), QStringLiteral("smtp://mailer@127.0.0.1:2525"));
    QVERIFY(!back.toJson().contains(QStringLiteral("password")));
}

void TestMail::invoiceArrivesWithItsPdf()
{
    MailBook mb;
    const QString maildir = env("ACCRUE_TEST_MAILDIR");
    const QStringList before = maildirFiles(maildir);
    const MailSettings settings = sinkSettings(smtpPort());
    const qint64 id = InvoiceMailer(mb.book.session(), settings, QLocale::c()).queue(mb.invoice.id);
    OutboxService outbox(mb.book.session());
    QCOMPARE(outbox.find(id)->status, QStringLiteral("queued"));
    QVERIFY(!outbox.lastSent(QStringLiteral("invoice"), mb.invoice.id).isValid());

    SmtpSender sender(settings, QString());
    const OutboxService::Delivery d = outbox.deliverDue(sender);
    QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(u'\n')));
    QCOMPARE(d.sent, 1);
    const OutboxMessage sent = *outbox.find(id);
    QCOMPARE(sent.status, QStringLiteral("sent"));
    QCOMPARE(sent.attempts, 1);
    QCOMPARE(outbox.lastSent(QStringLiteral("invoice"), mb.invoice.id), sent.sentAt);
    QCOMPARE(outbox.list().size(), size_t(1));
    QCOMPARE(outbox.list(QStringLiteral("sent")).size(), size_t(1));
    QVERIFY(outbox.list(QStringLiteral("queued")).empty());
    // A second round finds nothing due.
    QCOMPARE(outbox.deliverDue(sender).sent, 0);

    QStringList arrived = maildirFiles(maildir);
    for (const QString &f : before)
        arrived.removeAll(f);
    QCOMPARE(arrived.size(), 1);
    const QByteArray raw = readAll(arrived.first());
    const Parsed p = parse(raw);
    QCOMPARE(p.headers.value("to"), QByteArray("Acme Corp <ap@acme.example>"));
    QCOMPARE(p.headers.value("from"), QByteArray("Seller Billing <billing@seller.example>"));
    QCOMPARE(QString::fromLatin1(p.headers.value("subject")),
             QStringLiteral("Invoice %1 from Seller GmbH").arg(mb.invoice.number));
    QCOMPARE(p.headers.value("x-rcptto"), QByteArray("ap@acme.example"));
    const QByteArray pdf = attachment(raw, mb.invoice.number.toLatin1() + ".pdf");
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfToText(pdf);
    QVERIFY2(text.contains(mb.invoice.number), qPrintable(text));
    // 2 x 50.00 + 19% = 119.00 due.
    QVERIFY2(text.contains(QStringLiteral("119.00")), qPrintable(text));
    // The body names the amount due and the due date 2026-06-01 + 30 days.
    const QString body = QString::fromUtf8(unquote(raw));
    QVERIFY2(body.contains(QStringLiteral("The amount due is")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("119.00")));
    QVERIFY(body.contains(QStringLiteral("payable by 2026-07-01")));

    // One audit record for queueing, one for sending, naming the invoice.
    int queued = 0;
    QStringList mailed;
    AuditRepository(mb.book.db()).forEach([&](const AuditRecord &r) {
        if (r.action == QLatin1String("mail.queue"))
            ++queued;
        if (r.action == QLatin1String("mail.sent"))
            mailed << r.afterJson;
        return true;
    });
    QCOMPARE(queued, 1);
    QCOMPARE(mailed.size(), 1);
    QVERIFY2(mailed.first().contains(QStringLiteral("\"document_id\":%1").arg(mb.invoice.id)),
             qPrintable(mailed.first()));
}

void TestMail::injectionThroughTheCustomerNameQueuesNothing()
{
    MailBook mb(QStringLiteral("Acme\r\nBcc: spy@evil.example"));
    const MailSettings settings = sinkSettings(smtpPort());
    try {
        InvoiceMailer(mb.book.session(), settings).queue(mb.invoice.id);
        QFAIL("a customer name with a line break went into an e-mail");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("To: line breaks")),
                 qPrintable(e.userMessage()));
    }
    QVERIFY(OutboxService(mb.book.session()).list().empty());

    // Through a template: a subject naming the customer.
    MailBook mb2;
    MailMessage m;
    m.from = { QString(), settings.fromAddress };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = MailTemplate::fill(
        QStringLiteral("{invoice} for {customer}"),
        { { QStringLiteral("invoice"), mb2.invoice.number },
          { QStringLiteral("customer"), QStringLiteral("Acme\nBcc: spy@evil.example") } });
    QVERIFY_THROWS_EXCEPTION(Error, OutboxService(mb2.book.session()).enqueue(m));
    QVERIFY(OutboxService(mb2.book.session()).list().empty());
}

void TestMail::serverDownKeepsTheMessageQueued()
{
    MailBook mb;
    const int port = freePort(); // nothing listens there yet
    const MailSettings settings = sinkSettings(port);
    const qint64 id = InvoiceMailer(mb.book.session(), settings, QLocale::c()).queue(mb.invoice.id);
    OutboxService outbox(mb.book.session());
    SmtpSender sender(settings, QString());

    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(1);
    OutboxService::Delivery d = outbox.deliverDue(sender, t0);
    QCOMPARE(d.sent, 0);
    QCOMPARE(d.retrying, 1);
    OutboxMessage m = *outbox.find(id);
    QCOMPARE(m.status, QStringLiteral("queued"));
    QCOMPARE(m.attempts, 1);
    QVERIFY2(m.lastError.contains(QStringLiteral("onnect")), qPrintable(m.lastError));
    // Tried again one minute after the failure, not before.
    QCOMPARE(t0.secsTo(m.nextAttemptAt), 60);
    QCOMPARE(outbox.deliverDue(sender, t0.addSecs(59)).retrying, 0);
    QCOMPARE(outbox.find(id)->attempts, 1);

    QTemporaryDir where;
    const QString maildir = where.filePath(QStringLiteral("maildir"));
    {
        Sink sink(port, maildir);
        d = outbox.deliverDue(sender, t0.addSecs(60));
        QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(u'\n')));
        QCOMPARE(d.sent, 1);
    }
    m = *outbox.find(id);
    QCOMPARE(m.status, QStringLiteral("sent"));
    QCOMPARE(m.attempts, 2);
    QVERIFY(m.lastError.isEmpty());
    QCOMPARE(maildirFiles(maildir).size(), 1);
}

void TestMail::permanentRefusalFailsTheMessage()
{
    TestBook book;
    // A server that refuses for good (5xx other than a login's): the outbox
    // gives up at once and keeps the answer. (A transport double: aiosmtpd's
    // Mailbox accepts every well-formed recipient.)
    MailMessage m;
    m.from = { QString(), QStringLiteral("billing@seller.example") };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = QStringLiteral("Hello");
    OutboxService outbox(book.session());
    const qint64 id = outbox.enqueue(m);
    struct Refusing final : MailTransport
    {
        MailSendResult send(const QString &, const QStringList &, const QByteArray &) override
        {
            return { false, 550, QStringLiteral("550 5.1.1 mailbox unavailable") };
        }
    } refusing;
    const OutboxService::Delivery d = outbox.deliverDue(refusing);
    QCOMPARE(d.failed, 1);
    const OutboxMessage after = *outbox.find(id);
    QCOMPARE(after.status, QStringLiteral("failed"));
    QCOMPARE(after.lastError, QStringLiteral("550 5.1.1 mailbox unavailable"));
}

void TestMail::authIsUsed()
{
    QTemporaryDir where;
    const QString maildir = where.filePath(QStringLiteral("maildir"));
    const int port = freePort();
    Sink sink(port, maildir, { QStringLiteral("mailer"), QStringLiteral("s3cret") });
    MailSettings settings = sinkSettings(port);
    settings.user = QStringLiteral("mailer");
    MailMessage m;
    m.from = { QString(), settings.fromAddress };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = QStringLiteral("AUTH test");
    m.body = QStringLiteral("hello");
    const QByteArray raw = MimeWriter::write(m);

    const MailSendResult refused = SmtpSender(settings, QStringLiteral("wrong"))
                                       .send(settings.fromAddress, m.recipients(), raw);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.responseCode, 535L);
    QVERIFY2(refused.error.contains(QStringLiteral("535")), qPrintable(refused.error));
    QVERIFY(!refused.error.contains(QStringLiteral("wrong")));
    QVERIFY(!refused.permanent()); // a password can be mended: keep retrying

    const MailSendResult ok = SmtpSender(settings, QStringLiteral("s3cret"))
                                  .send(settings.fromAddress, m.recipients(), raw);
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(maildirFiles(maildir).size(), 1);

    // No AUTH at all: the server insists (530), nothing is delivered.
    settings.user.clear();
    const MailSendResult anonymous
        = SmtpSender(settings, QString()).send(settings.fromAddress, m.recipients(), raw);
    QVERIFY(!anonymous.ok);
    QCOMPARE(maildirFiles(maildir).size(), 1);
}

void TestMail::startTlsIsRequiredNotHoped()
{
    // The sink offers no STARTTLS: with security starttls nothing may go
    // out in plain text (CURLUSESSL_ALL), the message is not delivered.
    const QString maildir = env("ACCRUE_TEST_MAILDIR");
    const qsizetype before = maildirFiles(maildir).size();
    MailSettings settings = sinkSettings(smtpPort());
    settings.security = MailSettings::Security::StartTls;
    MailMessage m;
    m.from = { QString(), settings.fromAddress };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = QStringLiteral("STARTTLS test");
    const MailSendResult r = SmtpSender(settings, QString())
                                 .send(settings.fromAddress, m.recipients(), MimeWriter::write(m));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("STARTTLS"), Qt::CaseInsensitive)
                 || r.error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
             qPrintable(r.error));
    QCOMPARE(maildirFiles(maildir).size(), before);
    QCOMPARE(SmtpSender::url(settings), QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort()));
    settings.security = MailSettings::Security::Smtps;
    QCOMPARE(SmtpSender::url(settings), QStringLiteral("smtps://127.0.0.1:%1").arg(smtpPort()));
}

void TestMail::emlParsesBack()
{
    MailBook mb(QStringLiteral("Müller & Söhne"), QStringLiteral("buchhaltung@mueller.example"));
    const MailSettings settings = sinkSettings(smtpPort());
    const MailMessage message
        = InvoiceMailer(mb.book.session(), settings, QLocale::c()).build(mb.invoice.id);
    QTemporaryDir dir;
    const QString path = dir.filePath(mb.invoice.number + QStringLiteral(".eml"));
    OutboxService::writeEml(MimeWriter::write(message), path);
    const QByteArray raw = readAll(path);
    const Parsed p = parse(raw);
    for (const char *name :
         { "from", "to", "subject", "date", "message-id", "mime-version", "content-type" })
        QVERIFY2(p.headers.contains(name), name);
    QCOMPARE(decodeWords(p.headers.value("to")),
             QStringLiteral("Müller & Söhne <buchhaltung@mueller.example>"));
    QVERIFY(p.headers.value("message-id").endsWith("@seller.example>"));
    const QByteArray pdf = attachment(raw, mb.invoice.number.toLatin1() + ".pdf");
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(raw.contains("Content-Type: application/pdf"));
}

void TestMail::cliSendsAndListsTheOutbox()
{
    MailBook mb;
    const QString number = mb.invoice.number;
    const auto cli = [&](const QStringList &args, int expectedExit = 0) {
        QProcess p;
        p.start(QStringLiteral(ACCRUE_CLI_PATH),
                args
                    + QStringList { QStringLiteral("--db"), mb.book.path(),
                                    QStringLiteral("--today"), QStringLiteral("2026-06-30") });
        p.waitForFinished(120000);
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        if (p.exitCode() != expectedExit)
            qWarning().noquote() << args << "exit" << p.exitCode() << out;
        return p.exitCode() == expectedExit ? out : QByteArray("exit code differs");
    };
    // Not set up yet: refused, nothing queued.
    QVERIFY(cli({ QStringLiteral("invoice"), QStringLiteral("send"), number }, 1)
                .contains("not set up"));
    QVERIFY(!cli({ QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("set"),
                   QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("--smtp-port"), QString::number(smtpPort()),
                   QStringLiteral("--security"), QStringLiteral("none"),
                   QStringLiteral("--from-address"), QStringLiteral("billing@seller.example") })
                 .contains("exit code"));
    const QByteArray shown
        = cli({ QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("show"),
                QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(shown.contains("billing@seller.example"), shown.constData());

    QTemporaryDir eml;
    QVERIFY(cli({ QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("--status"),
                  QStringLiteral("open"), QStringLiteral("--eml"), eml.path() })
                .contains("Wrote"));
    QVERIFY(QFile::exists(QDir(eml.path()).filePath(number + QStringLiteral(".eml"))));
    QVERIFY(OutboxService(mb.book.session()).list().empty()); // files only, nothing queued

    const QByteArray sent = cli({ QStringLiteral("invoice"), QStringLiteral("send"), number });
    QVERIFY2(sent.contains("Sent 1, to retry 0, failed 0"), sent.constData());
    const QByteArray listed = cli({ QStringLiteral("mail"), QStringLiteral("outbox"),
                                    QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(listed.contains(number.toLatin1()) && listed.contains(",sent,"), listed.constData());
    QVERIFY(cli({ QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                  QStringLiteral("me@seller.example") })
                .contains("Test message sent"));
    QVERIFY(cli({ QStringLiteral("mail"), QStringLiteral("deliver") }).contains("Sent 0"));
}

// With "send receipts automatically" on, recording a payment queues its
// receipt's confirmation in the payment's own transaction: exactly one
// message, delivered through the sink with the receipt's PDF.
void TestMail::receiptIsMailedWithThePaymentWhenSetTo()
{
    MailBook mb;
    Session &session = mb.book.session();
    MailSettings settings = sinkSettings(smtpPort());
    settings.autoSendReceipts = true;
    MailSettingsService(session).save(settings);
    ReceiptMailer::installAutoSend(session);
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    OutboxService outbox(session);

    // Rolled back with its payment: the message never existed.
    {
        Transaction tx(mb.book.db());
        PaymentService(session).payInvoice(mb.invoice.id, Money(5000, eur), QDate(2026, 6, 15),
                                           QStringLiteral("bank_transfer"), QStringLiteral("X"));
    }
    QVERIFY(outbox.list().empty());

    // 119.00 paid in full on 20 June.
    const Payment payment = PaymentService(session).payInvoice(
        mb.invoice.id, Money(11900, eur), QDate(2026, 6, 20), QStringLiteral("bank_transfer"),
        QStringLiteral("Wire 7"));
    const Receipt receipt = *ReceiptService(session).forPayment(payment.id);
    const std::vector<OutboxMessage> queued = outbox.list();
    QCOMPARE(queued.size(), size_t(1));
    QCOMPARE(queued.front().documentKind, QStringLiteral("receipt"));
    QCOMPARE(queued.front().documentId, receipt.id);
    QCOMPARE(queued.front().recipients, QStringList { QStringLiteral("ap@acme.example") });
    QCOMPARE(outbox.documentName(queued.front()), QStringLiteral("Receipt %1").arg(receipt.number));

    const QString maildir = env("ACCRUE_TEST_MAILDIR");
    const QStringList before = maildirFiles(maildir);
    SmtpSender sender(settings, QString());
    const OutboxService::Delivery d = outbox.deliverDue(sender);
    QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(u'\n')));
    QCOMPARE(d.sent, 1);
    const QStringList arrived = arrivedSince(maildir, before);
    QCOMPARE(arrived.size(), 1);
    const QByteArray raw = readAll(arrived.first());
    const Parsed p = parse(raw);
    QCOMPARE(QString::fromLatin1(p.headers.value("subject")),
             QStringLiteral("Receipt %1 from Seller GmbH").arg(receipt.number));
    const QByteArray pdf = attachment(raw, receipt.number.toLatin1() + ".pdf");
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfToText(pdf);
    QVERIFY2(text.contains(receipt.number), qPrintable(text));
    const QString body = QString::fromUtf8(unquote(raw));
    QVERIFY2(body.contains(QStringLiteral("received on 2026-06-20 for %1").arg(mb.invoice.number)),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("119.00")));
}

void TestMail::receiptAutoSendOffOrImpossibleQueuesNothing()
{
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    {
        // Off (the default): nothing queued, nothing noted.
        MailBook mb;
        Session &session = mb.book.session();
        MailSettingsService(session).save(sinkSettings(smtpPort()));
        ReceiptMailer::installAutoSend(session);
        PaymentService(session).payInvoice(mb.invoice.id, Money(11900, eur), QDate(2026, 6, 20),
                                           QStringLiteral("bank_transfer"), QString());
        QVERIFY(OutboxService(session).list().empty());
        QCOMPARE(ReceiptService(session).list().size(), size_t(1));
    }
    {
        // On, but the customer has no address: the payment stands, the
        // audit log says why no confirmation went out.
        MailBook mb(QStringLiteral("Acme Corp"), QString());
        Session &session = mb.book.session();
        MailSettings settings = sinkSettings(smtpPort());
        settings.autoSendReceipts = true;
        MailSettingsService(session).save(settings);
        ReceiptMailer::installAutoSend(session);
        const Payment payment = PaymentService(session).payInvoice(
            mb.invoice.id, Money(11900, eur), QDate(2026, 6, 20), QStringLiteral("bank_transfer"),
            QString());
        QVERIFY(payment.id > 0);
        QVERIFY(OutboxService(session).list().empty());
        QStringList skipped;
        AuditRepository(mb.book.db()).forEach([&](const AuditRecord &r) {
            if (r.action == QLatin1String("mail.skip"))
                skipped << r.afterJson;
            return true;
        });
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.first().contains(QStringLiteral("no e-mail address")),
                 qPrintable(skipped.first()));
    }
}

void TestMail::receiptIsSentOnDemand()
{
    MailBook mb;
    Session &session = mb.book.session();
    const MailSettings settings = sinkSettings(smtpPort());
    // 50.00 of the 119.00 paid: the receipt's text names the amount paid.
    const Payment payment = PaymentService(session).payInvoice(
        mb.invoice.id, Money(5000, Currency::require(QStringLiteral("EUR"))), QDate(2026, 6, 10),
        QStringLiteral("cash"), QString());
    const Receipt receipt = *ReceiptService(session).forPayment(payment.id);
    QVERIFY(OutboxService(session).list().empty()); // no hook installed, setting off
    const qint64 id = ReceiptMailer(session, settings, QLocale::c()).queue(receipt.number);
    const QString maildir = env("ACCRUE_TEST_MAILDIR");
    const QStringList before = maildirFiles(maildir);
    SmtpSender sender(settings, QString());
    QCOMPARE(OutboxService(session).deliverDue(sender).sent, 1);
    QCOMPARE(OutboxService(session).find(id)->documentKind, QStringLiteral("receipt"));
    const QStringList arrived = arrivedSince(maildir, before);
    QCOMPARE(arrived.size(), 1);
    const QByteArray raw = readAll(arrived.first());
    QVERIFY(
        pdfToText(attachment(raw, receipt.number.toLatin1() + ".pdf")).contains(receipt.number));
    QVERIFY(QString::fromUtf8(unquote(raw)).contains(QStringLiteral("payment of 50.00")));
    QVERIFY_THROWS_EXCEPTION(Error,
                             ReceiptMailer(session, settings).build(QStringLiteral("RCT-9")));
}

void TestMail::creditNoteIsSent()
{
    MailBook mb;
    Session &session = mb.book.session();
    const MailSettings settings = sinkSettings(smtpPort());
    CreditNoteService::Request request;
    request.invoiceId = mb.invoice.id;
    request.reason = QStringLiteral("Returned");
    request.date = QDate(2026, 6, 15);
    const CreditNote note = CreditNoteService(session).issue(request);
    const qint64 id = CreditNoteMailer(session, settings, QLocale::c()).queue(note.id);
    OutboxService outbox(session);
    QCOMPARE(outbox.find(id)->documentKind, QStringLiteral("credit_note"));
    QCOMPARE(outbox.documentName(*outbox.find(id)),
             QStringLiteral("Credit note %1").arg(note.number));
    const QString maildir = env("ACCRUE_TEST_MAILDIR");
    const QStringList before = maildirFiles(maildir);
    SmtpSender sender(settings, QString());
    QCOMPARE(outbox.deliverDue(sender).sent, 1);
    const QStringList arrived = arrivedSince(maildir, before);
    QCOMPARE(arrived.size(), 1);
    const QByteArray raw = readAll(arrived.first());
    QCOMPARE(QString::fromLatin1(parse(raw).headers.value("subject")),
             QStringLiteral("Credit note %1 from Seller GmbH").arg(note.number));
    const QString text = pdfToText(attachment(raw, note.number.toLatin1() + ".pdf"));
    QVERIFY2(text.contains(note.number), qPrintable(text));
    // The full 119.00 credited, for the invoice, dated 15 June.
    const QString body = QString::fromUtf8(unquote(raw));
    // (The amount and its code are kept together by a no-break space.)
    const QString sentence = QStringLiteral("credit note %1 of 119.00%2EUR for invoice %3, dated "
                                            "2026-06-15")
                                 .arg(note.number, QChar(0xA0), mb.invoice.number);
    QVERIFY2(body.contains(sentence), qPrintable(body));
}

void TestMail::failedMessageIsRetried()
{
    MailBook mb;
    Session &session = mb.book.session();
    const MailSettings settings = sinkSettings(smtpPort());
    const qint64 id = InvoiceMailer(session, settings, QLocale::c()).queue(mb.invoice.id);
    OutboxService outbox(session);
    // Only a failed message is tried again.
    QVERIFY_THROWS_EXCEPTION(Error, outbox.retry(id));
    QVERIFY_THROWS_EXCEPTION(Error, outbox.retry(id + 1000));
    struct Refusing final : MailTransport
    {
        MailSendResult send(const QString &, const QStringList &, const QByteArray &) override
        {
            return { false, 554, QStringLiteral("554 5.7.1 relay denied") };
        }
    } refusing;
    QCOMPARE(outbox.deliverDue(refusing).failed, 1);
    QCOMPARE(outbox.find(id)->status, QStringLiteral("failed"));
    QCOMPARE(outbox.find(id)->attempts, 1);

    const qint64 audits = AuditRepository(mb.book.db()).count();
    outbox.retry(id);
    QCOMPARE(AuditRepository(mb.book.db()).count(), audits + 1);
    const OutboxMessage again = *outbox.find(id);
    QCOMPARE(again.status, QStringLiteral("queued"));
    QCOMPARE(again.attempts, 0);
    QVERIFY(again.nextAttemptAt <= QDateTime::currentDateTimeUtc());
    SmtpSender sender(settings, QString());
    const OutboxService::Delivery d = outbox.deliverDue(sender);
    QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(u'\n')));
    QCOMPARE(d.sent, 1);
    QCOMPARE(outbox.find(id)->status, QStringLiteral("sent"));
    QCOMPARE(outbox.find(id)->attempts, 1);
    QVERIFY_THROWS_EXCEPTION(Error, outbox.retry(id)); // sent: nothing to retry
}

namespace {

MailMessage tlsMessage(const QString &subject)
{
    MailMessage m;
    m.from = { QString(), QStringLiteral("billing@seller.example") };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = subject;
    m.body = QStringLiteral("over TLS");
    return m;
}

// A TLS sink demanding AUTH: STARTTLS before AUTH and MAIL (starttls), or
// TLS from the first byte (smtps). The login and the message only get
// through when TLS, with the CA file, worked.
void sendOverTls(MailSettings::Security security, const QString &mode)
{
    QTemporaryDir where;
    const QString cert = makeCertificate(where.path(), QStringLiteral("server"));
    const QString maildir = where.filePath(QStringLiteral("maildir"));
    const int port = freePort();
    Sink sink(port, maildir, { QStringLiteral("mailer"), QStringLiteral("s3cret") },
              { QStringLiteral("--tls"), mode, QStringLiteral("--cert"), cert,
                QStringLiteral("--key"), where.filePath(QStringLiteral("server.key")) });
    MailSettings settings = sinkSettings(port);
    settings.security = security;
    settings.user = QStringLiteral("mailer");
    settings.caFile = cert;
    const MailMessage m = tlsMessage(mode);
    const QByteArray raw = MimeWriter::write(m);
    const MailSendResult wrong = SmtpSender(settings, QStringLiteral("wrong"))
                                     .send(settings.fromAddress, m.recipients(), raw);
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.responseCode, 535L); // TLS worked; the login was refused
    const MailSendResult ok = SmtpSender(settings, QStringLiteral("s3cret"))
                                  .send(settings.fromAddress, m.recipients(), raw);
    QVERIFY2(ok.ok, qPrintable(ok.error));
    const QStringList files = maildirFiles(maildir);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QString::fromLatin1(parse(readAll(files.first())).headers.value("subject")), mode);
}

} // namespace

void TestMail::startTlsWithAuthAgainstATlsServer()
{
    sendOverTls(MailSettings::Security::StartTls, QStringLiteral("starttls"));
}

void TestMail::smtpsWithAuthAgainstATlsServer()
{
    sendOverTls(MailSettings::Security::Smtps, QStringLiteral("smtps"));
}

void TestMail::untrustedCertificateIsRefused()
{
    QTemporaryDir where;
    const QString cert = makeCertificate(where.path(), QStringLiteral("server"));
    const QString other = makeCertificate(where.path(), QStringLiteral("other"));
    const QString maildir = where.filePath(QStringLiteral("maildir"));
    for (const QString &mode : { QStringLiteral("smtps"), QStringLiteral("starttls") }) {
        const int port = freePort();
        Sink sink(port, maildir, {},
                  { QStringLiteral("--tls"), mode, QStringLiteral("--cert"), cert,
                    QStringLiteral("--key"), where.filePath(QStringLiteral("server.key")) });
        MailSettings settings = sinkSettings(port);
        settings.security = mode == QLatin1String("smtps") ? MailSettings::Security::Smtps
                                                           : MailSettings::Security::StartTls;
        const MailMessage m = tlsMessage(mode);
        // Trusting another certificate, then only the system's: refused.
        for (const QString &caFile : { other, QString() }) {
            settings.caFile = caFile;
            const MailSendResult r
                = SmtpSender(settings, QString())
                      .send(settings.fromAddress, m.recipients(), MimeWriter::write(m));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.startsWith(QStringLiteral("The server's TLS certificate is not "
                                                       "trusted, so nothing was sent")),
                     qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("CA certificate file")), qPrintable(r.error));
        }
    }
    QCOMPARE(maildirFiles(maildir).size(), 0);
}

// The invoice list's Sent column: the newest sent_at of the invoice's sent
// messages (not a queued or failed one), found by one covering-index seek.
void TestMail::sentColumnShowsTheLastSentInvoiceMail()
{
    MailBook mb;
    Session &session = mb.book.session();
    const MailSettings settings = sinkSettings(smtpPort());
    InvoiceListFilter filter;
    filter.today = QDate(2026, 6, 30);
    const auto lastSent = [&] {
        QString sent = QStringLiteral("(no row)");
        InvoiceRegister(mb.book.db()).invoices(filter, [&](const InvoiceListRow &r) {
            if (r.id == mb.invoice.id)
                sent = r.lastSent;
        });
        return sent;
    };
    QCOMPARE(lastSent(), QString());

    struct Accepting final : MailTransport
    {
        bool ok = true;
        MailSendResult send(const QString &, const QStringList &, const QByteArray &) override
        {
            return { ok, ok ? 250 : 554, ok ? QString() : QStringLiteral("554 no") };
        }
    } transport;
    InvoiceMailer mailer(session, settings, QLocale::c());
    OutboxService outbox(session);
    // Delivery times after the messages were queued (now): a whole minute
    // of tomorrow, so the stamps are exact.
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    const QDateTime noon(tomorrow.date(), QTime(12, 0), Qt::UTC);
    mailer.queue(mb.invoice.id);
    QCOMPARE(outbox.deliverDue(transport, noon.addSecs(60)).sent, 1);
    mailer.queue(mb.invoice.id);
    QCOMPARE(outbox.deliverDue(transport, noon.addSecs(3600 + 60)).sent, 1);
    mailer.queue(mb.invoice.id); // queued after: not sent
    transport.ok = false;
    mailer.queue(mb.invoice.id);
    QCOMPARE(outbox.deliverDue(transport, noon.addSecs(7200 + 60)).failed, 2);
    // The second of the two sent, 13:01 UTC.
    QCOMPARE(lastSent(), noon.addSecs(3600 + 60).toString(Qt::ISODateWithMs));
    QVERIFY(lastSent().endsWith(QStringLiteral("T13:01:00.000Z")));

    if (mb.book.db().dialect() == Database::Dialect::Sqlite) {
        SqlQuery q = mb.book.db().query(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT (SELECT MAX(o.sent_at) FROM email_outbox o"
            " WHERE o.document_kind = 'invoice' AND o.document_id = i.id AND o.status = 'sent')"
            " FROM invoice i WHERE i.id = ?"));
        q.bind(mb.invoice.id).exec();
        QStringList plan;
        while (q.next())
            plan << q.text(3);
        QVERIFY2(plan.join(u'\n').contains(QStringLiteral("COVERING INDEX email_outbox_sent")),
                 qPrintable(plan.join(u'\n')));
    }
}

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
