// Dunning's reminders delivered through a real SMTP sink: aiosmtpd on
// loopback, started by tests/mail/run-with-smtp.sh (ACCRUE_TEST_SMTP_PORT,
// ACCRUE_TEST_MAILDIR). What arrives is what the run queued: one message
// per invoice due for a step, to its customer, with the invoice's number
// in the subject and its PDF attached; a second run sends nothing more.

#include "dunning/dunningservice.h"
#include "dunningbook.h"
#include "mail/outboxservice.h"
#include "mail/smtpsender.h"

#include <QDir>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestDunningMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void remindersArriveAtTheSink();
};

namespace {

// Fails (never skips) when run outside ctest's wrapper.
int smtpPort()
{
    const int port = qEnvironmentVariable("ACCRUE_TEST_SMTP_PORT").toInt();
    if (port <= 0)
        qFatal("ACCRUE_TEST_SMTP_PORT is not set: run tst_dunning_mail through ctest "
               "(tests/mail/run-with-smtp.sh starts the SMTP sink)");
    return port;
}

QStringList newMessages(const QString &maildir)
{
    QDir dir(maildir + QStringLiteral("/new"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// A header's value, folded lines joined (subjects here are plain ASCII).
QByteArray header(const QByteArray &raw, const QByteArray &name)
{
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    text = text.left(text.indexOf("\n\n"));
    text.replace("\n ", " ").replace("\n\t", " ");
    for (const QByteArray &line : text.split('\n'))
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    return {};
}

} // namespace

void TestDunningMail::initTestCase()
{
    smtpPort();
    QVERIFY(QDir(qEnvironmentVariable("ACCRUE_TEST_MAILDIR")).exists());
}

void TestDunningMail::remindersArriveAtTheSink()
{
    DunningBook db;
    const QString maildir = qEnvironmentVariable("ACCRUE_TEST_MAILDIR");
    const QStringList before = newMessages(maildir);
    const MailSettings settings = dunningMailSettings(smtpPort());
    DunningService service(db.book.session(), settings, QLocale::c());
    // 2026-07-02: b gets its final notice, a its first reminder (see dunningbook.h).
    QCOMPARE(service.run(QDate(2026, 7, 2)).queued, 2);

    OutboxService outbox(db.book.session());
    const std::vector<OutboxMessage> queued = outbox.list(QStringLiteral("queued"));
    QCOMPARE(queued.size(), std::size_t(2));
    QStringList names;
    for (const OutboxMessage &m : queued)
        names << outbox.documentName(m);
    names.sort();
    QCOMPARE(names,
             (QStringList { QStringLiteral("Reminder for %1").arg(db.a.number),
                            QStringLiteral("Reminder for %1").arg(db.b.number) }));
    SmtpSender sender(settings, QString());
    const OutboxService::Delivery d = outbox.deliverDue(sender);
    QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(u'\n')));
    QCOMPARE(d.sent, 2);
    // A second run and delivery: nothing more arrives.
    QCOMPARE(service.run(QDate(2026, 7, 2)).queued, 0);
    QCOMPARE(outbox.deliverDue(sender).sent, 0);

    QStringList arrived = newMessages(maildir);
    for (const QString &f : before)
        arrived.removeAll(f);
    QCOMPARE(arrived.size(), 2);
    QMap<QByteArray, QByteArray> subjectByRecipient;
    for (const QString &path : arrived) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        subjectByRecipient.insert(header(raw, "To"), header(raw, "Subject"));
        QVERIFY(raw.contains("application/pdf"));
        QCOMPARE(header(raw, "From"), QByteArray("Seller Billing <billing@seller.example>"));
    }
    QCOMPARE(subjectByRecipient.keys(),
             (QList<QByteArray> { "Acme Corp <ap@acme.example>", "Beta Ltd <ap@beta.example>" }));
    QCOMPARE(subjectByRecipient.value("Acme Corp <ap@acme.example>"),
             QStringLiteral("Reminder: invoice %1 is overdue").arg(db.a.number).toLatin1());
    // "–" makes the final notice's subject an RFC 2047 word: its invoice
    // number is inside the encoding, so compare after decoding.
    const QByteArray finalSubject = subjectByRecipient.value("Beta Ltd <ap@beta.example>");
    QVERIFY(finalSubject.startsWith("=?UTF-8?"));
    QByteArray bytes; // a character may straddle two words: decode UTF-8 last
    for (const QByteArray &word : finalSubject.split(' ')) {
        const QList<QByteArray> parts = word.split('?');
        if (parts.size() == 5 && parts[2].toUpper() == "B")
            bytes += QByteArray::fromBase64(parts[3]);
    }
    QCOMPARE(QString::fromUtf8(bytes),
             QStringLiteral("Final notice: invoice %1 – service at risk").arg(db.b.number));
}

QTEST_MAIN(TestDunningMail)
#include "tst_dunning_mail.moc"
