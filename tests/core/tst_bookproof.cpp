// audit verify's proof of the books (BookProof) and the audit checkpoints:
// an untouched book proves clean; one edited cent in any proved table is
// named (table, field); the chain's head is guarded; a cut tail and a full
// rewrite of the chain are caught by a checkpoint kept outside the book.
#include "billing/auditcheckpoints.h"
#include "billing/collectionsservice.h"
#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "billing/periodcloseservice.h"
#include "common/error.h"
#include "security/bookverification.h"
#include "storage/auditrepository.h"
#include "testbook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

// A fixed key instead of the OS keychain (the keychain path is tst_keychain's).
QByteArray testKey(const QString &, bool)
{
    return QByteArray(32, 'k');
}

// Documents through the services: a paid, a part-paid and credited, a
// written-off invoice, and a reversed payment.
struct ProvedBook
{
    TestBook book;
    Invoice paid, credited, writtenOff, reversed;
    qint64 reversedPayment = 0;

    ProvedBook()
    {
        const qint64 customer = book.addCustomer();
        const Currency eur = Currency::require(QStringLiteral("EUR"));
        paid = book.issue(customer, { { 1000, 10000, 190000 }, { 3000, 2500, 70000 } });
        credited = book.issue(customer, { { 2000, 4999, 190000 } });
        writtenOff = book.issue(customer, { { 1000, 777, 0 } }, QDate(2026, 1, 5));
        reversed = book.issue(customer, { { 1000, 5000, 190000 } });
        PaymentService payments(book.session());
        payments.payInvoice(paid.id, paid.total, QDate(2026, 6, 10),
                            PaymentMethodKind::BankTransfer, QStringLiteral("p1"));
        payments.payInvoice(credited.id, Money(3000, eur), QDate(2026, 6, 11),
                            PaymentMethodKind::BankTransfer, QStringLiteral("p2"));
        reversedPayment = payments
                              .payInvoice(reversed.id, reversed.total, QDate(2026, 6, 12),
                                          PaymentMethodKind::Card, QStringLiteral("p3"))
                              .id;
        payments.reverse(reversedPayment, QDate(2026, 6, 20), QStringLiteral("chargeback"));
        CreditNoteService::Request req;
        req.invoiceId = credited.id;
        req.reason = QStringLiteral("goodwill");
        req.date = QDate(2026, 6, 15);
        req.mode = CreditNoteService::Mode::Amount;
        req.amount = Money(1000, eur);
        req.applyToInvoice = true;
        CreditNoteService(book.session()).issue(req);
        CollectionsService(book.session())
            .writeOff(writtenOff.id, QStringLiteral("uncollectible"), QDate(2026, 6, 25));
    }

    BookVerification verify() { return verifyBook(book.db(), QStringLiteral("tester")); }

    // Someone with the file (or the server's superuser) gets past the guards.
    void dropGuards()
    {
        QSqlQuery q(book.db().connection());
        if (book.db().dialect() == Database::Dialect::Postgres) {
            QVERIFY2(q.exec(QStringLiteral("SET session_replication_role = replica")),
                     qPrintable(q.lastError().text()));
            return;
        }
        QStringList triggers;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
        while (q.next())
            triggers << q.value(0).toString();
        for (const QString &t : triggers)
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(t)));
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(book.db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
    }
};

bool found(const BookProofResult &proof, const QString &table, const QString &field)
{
    for (const ProofFinding &f : proof.findings)
        if (f.table == table && f.field == field)
            return true;
    return false;
}

QString findings(const BookProofResult &proof)
{
    QStringList out;
    for (const ProofFinding &f : proof.findings)
        out << f.text();
    return out.join(u'\n');
}

} // namespace

class TestBookProof : public QObject
{
    Q_OBJECT

private slots:
    void untouchedBookIsProved();
    void oneEditedCentIsNamed_data();
    void oneEditedCentIsNamed();
    void headIsGuarded();
    void checkpointHoldsAndIsSigned();
    void checkpointCatchesACutTail();
    void checkpointCatchesARewrittenChain();
    void closeWritesACheckpoint();
};

void TestBookProof::untouchedBookIsProved()
{
    ProvedBook b;
    const BookVerification v = b.verify();
    QVERIFY2(v.chain.ok, qPrintable(v.chain.problem));
    QVERIFY2(v.proof.ok(), qPrintable(findings(v.proof)));
    // 4 invoices with 5 lines, 3 payments, 1 credit note with its line, and
    // the journal: every row of them was read.
    QVERIFY(v.proof.rowsProved > 4 + 5 + 3 + 2);
}

void TestBookProof::oneEditedCentIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    // %1: the paid invoice, %2: its first payment, %3: the credited invoice.
    QTest::newRow("invoice total")
        << "UPDATE invoice SET total_minor = total_minor + 1, balance_minor = balance_minor + 1 "
           "WHERE id = %1"
        << "invoice"
        << "total_minor";
    QTest::newRow("invoice line net")
        << "UPDATE invoice_line SET net_minor = net_minor + 1 WHERE invoice_id = %1 AND "
           "position = 2"
        << "invoice_line"
        << "net_minor";
    // The line and every total moved in step: only the audit record tells.
    QTest::newRow("invoice line and totals in step")
        << "UPDATE invoice_line SET net_minor = net_minor + 1 WHERE invoice_id = %1 AND "
           "position = 1; UPDATE invoice SET subtotal_minor = subtotal_minor + 1, total_minor = "
           "total_minor + 1, paid_minor = paid_minor + 1 WHERE id = %1"
        << "invoice"
        << "subtotal_minor";
    QTest::newRow("payment amount")
        << "UPDATE payment SET amount_minor = amount_minor + 1, unapplied_minor = "
           "unapplied_minor + 1 WHERE id = %2"
        << "payment"
        << "amount_minor";
    QTest::newRow("allocation")
        << "UPDATE allocation SET amount_minor = amount_minor - 1 WHERE payment_id = %2"
        << "invoice"
        << "paid_minor";
    QTest::newRow("paid amount")
        << "UPDATE invoice SET paid_minor = paid_minor - 1, balance_minor = balance_minor + 1 "
           "WHERE id = %3"
        << "invoice"
        << "paid_minor";
    QTest::newRow("credit note total") << "UPDATE credit_note SET total_minor = total_minor + 1"
                                       << "credit_note"
                                       << "total_minor";
    QTest::newRow("journal line")
        << "UPDATE journal_line SET debit_minor = debit_minor + 1 WHERE id = (SELECT MIN(id) "
           "FROM journal_line WHERE debit_minor > 0)"
        << "journal_entry"
        << "credit_minor";
    // Both sides of the invoice's own entry moved: it balances, but no
    // longer carries the invoice's total.
    QTest::newRow("journal entry in balance")
        << "UPDATE journal_line SET debit_minor = debit_minor + 5 WHERE debit_minor > 0 AND "
           "entry_id = (SELECT id FROM journal_entry WHERE kind = 'invoice_issued' AND "
           "source_id = %1); UPDATE journal_line SET credit_minor = credit_minor + 5 WHERE "
           "id = (SELECT MIN(id) FROM journal_line WHERE credit_minor > 0 AND entry_id = "
           "(SELECT id FROM journal_entry WHERE kind = 'invoice_issued' AND source_id = %1))"
        << "journal_entry"
        << "receivable debit_minor";
    QTest::newRow("monthly balance")
        << "UPDATE ledger_month SET credit_minor = credit_minor + 1 WHERE month = '2026-06' AND "
           "credit_minor > 0"
        << "ledger_month"
        << "credit_minor";
}

void TestBookProof::oneEditedCentIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QFETCH(QString, field);
    ProvedBook b;
    QVERIFY(b.verify().ok());
    QSqlQuery q(b.book.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM payment")) && q.next());
    const qint64 payment = q.value(0).toLongLong();
    b.dropGuards();
    sql.replace(QStringLiteral("%1"), QString::number(b.paid.id))
        .replace(QStringLiteral("%2"), QString::number(payment))
        .replace(QStringLiteral("%3"), QString::number(b.credited.id));
    for (const QString &statement : sql.split(QStringLiteral("; ")))
        b.exec(statement);
    const BookVerification v = b.verify();
    QVERIFY2(v.chain.ok, qPrintable(v.chain.problem)); // the trail itself is untouched
    QVERIFY(!v.ok());
    QVERIFY2(found(v.proof, table, field), qPrintable(findings(v.proof)));
    // Each finding says what was expected, from what, and what was found.
    for (const ProofFinding &f : v.proof.findings) {
        QVERIFY(!f.basis.isEmpty());
        QVERIFY(f.expected != f.found);
    }
}

void TestBookProof::headIsGuarded()
{
    ProvedBook b;
    AuditCheckpoints(b.book.session(), testKey).make(QStringLiteral("test"));
    QSqlQuery q(b.book.db().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_head SET seq = seq - 1, hash = (SELECT hash "
                                   "FROM audit_log WHERE seq = audit_head.seq - 1)")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_head SET hash = 'abc'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_head")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
    QVERIFY(b.verify().ok());
}

void TestBookProof::checkpointHoldsAndIsSigned()
{
    ProvedBook b;
    AuditCheckpoints checkpoints(b.book.session(), testKey);
    const AuditCheckpoint made = checkpoints.make(QStringLiteral("test"));
    QCOMPARE(made.records, AuditRepository(b.book.db()).head().seq - 1); // its own record follows
    QString error;
    const auto parsed = AuditCheckpoint::parse(QStringLiteral("notes\n") + made.line(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mac, made.mac);
    CheckpointCheck check = checkpoints.check(*parsed);
    QVERIFY2(check.ok, qPrintable(check.problem));
    QVERIFY(check.signatureChecked);
    // Later work extends the trail; the checkpoint still holds.
    b.book.issue(b.book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta")),
                 { { 1000, 100, 0 } });
    QVERIFY(checkpoints.check(*parsed).ok);
    // An edited line no longer matches its signature.
    AuditCheckpoint edited = *parsed;
    edited.records -= 1;
    check = checkpoints.check(edited);
    QVERIFY(!check.ok);
    QVERIFY2(check.problem.contains(QStringLiteral("signature")), qPrintable(check.problem));
    // Nor does taking the signature off, where the keychain holds the key.
    AuditCheckpoint stripped = *parsed;
    stripped.mac.clear();
    QVERIFY(!checkpoints.check(stripped).ok);
    // Another key (another keychain) does not sign it either.
    check = AuditCheckpoints(b.book.session(), [](const QString &, bool) {
                return QByteArray(32, 'x');
            }).check(*parsed);
    QVERIFY(!check.ok);
}

void TestBookProof::checkpointCatchesACutTail()
{
    ProvedBook b;
    AuditCheckpoints checkpoints(b.book.session(), testKey);
    const AuditCheckpoint made = checkpoints.make(QStringLiteral("test"));
    b.dropGuards();
    // The last records and the head cut back consistently: the chain alone
    // cannot tell.
    b.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(made.records - 3));
    b.exec(QStringLiteral("UPDATE audit_head SET seq = %1, hash = (SELECT hash FROM audit_log "
                          "WHERE seq = %1)")
               .arg(made.records - 3));
    QVERIFY(b.verify().chain.ok);
    const CheckpointCheck check = checkpoints.check(made);
    QVERIFY(!check.ok);
    QVERIFY2(check.problem.contains(QStringLiteral("removed")), qPrintable(check.problem));
}

void TestBookProof::checkpointCatchesARewrittenChain()
{
    ProvedBook b;
    AuditCheckpoints checkpoints(b.book.session(), testKey);
    const AuditCheckpoint made = checkpoints.make(QStringLiteral("test"));
    b.dropGuards();
    // Record 2 edited and every hash after it recomputed: a consistent chain.
    std::vector<AuditRecord> records;
    AuditRepository(b.book.db()).forEach([&](const AuditRecord &r) {
        records.push_back(r);
        return true;
    });
    QString prev = AuditRecord::genesisHash();
    for (AuditRecord &r : records) {
        if (r.seq == 2)
            r.userName = QStringLiteral("mallory");
        r.prevHash = prev;
        r.hash = r.computeHash();
        prev = r.hash;
        QSqlQuery q(b.book.db().connection());
        q.prepare(QStringLiteral(
            "UPDATE audit_log SET user_name = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
        q.addBindValue(r.userName);
        q.addBindValue(r.prevHash);
        q.addBindValue(r.hash);
        q.addBindValue(r.seq);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    b.exec(QStringLiteral("UPDATE audit_head SET hash = '%1'").arg(prev));
    QVERIFY(b.verify().chain.ok);
    const CheckpointCheck check = checkpoints.check(made);
    QVERIFY(!check.ok);
    QVERIFY2(check.problem.contains(QStringLiteral("rewritten")), qPrintable(check.problem));
}

void TestBookProof::closeWritesACheckpoint()
{
    ProvedBook b;
    b.book.session().setToday(QDate(2026, 8, 15));
    const PeriodCloseService::Result result
        = PeriodCloseService(b.book.session()).close(QDate(2026, 1, 1));
    QString error;
    const auto checkpoint = AuditCheckpoint::parse(result.checkpoint, &error);
    QVERIFY2(checkpoint, qPrintable(error + u' ' + result.checkpoint));
    // Whatever the keychain here: it names the trail as the close left it.
    QCOMPARE(checkpoint->records, AuditRepository(b.book.db()).head().seq - 1);
    QCOMPARE(checkpoint->mac.isEmpty(), !result.checkpointWarning.isEmpty());
}

QTEST_GUILESS_MAIN(TestBookProof)
#include "tst_bookproof.moc"
