#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QSqlQuery>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// Tampering goes around the append-only triggers the way an attacker with
// the file would: drop them, edit, and see that verify() finds the spot.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifies();
    void appendOnlyTriggers();
    void tampering_data();
    void tampering();

private:
    static void fill(TestBook &book, int records);
};

void TestAudit::fill(TestBook &book, int records)
{
    AuditLog log(book.db(), QStringLiteral("tester"));
    Transaction tx(book.db());
    for (int i = 1; i <= records; ++i)
        log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                   QJsonObject { { QStringLiteral("value"), i - 1 } },
                   QJsonObject { { QStringLiteral("value"), i } });
    tx.commit();
}

void TestAudit::chainVerifies()
{
    TestBook book;
    fill(book, 50);
    const AuditVerification v = AuditLog(book.db(), QString()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 50);
    // The services write records too, and the chain continues across them.
    book.issue(book.addCustomer(), { { 1000, 100 } });
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    QCOMPARE(AuditRepository(book.db()).count(), 52);
}

void TestAudit::appendOnlyTriggers()
{
    TestBook book;
    fill(book, 3);
    QSqlQuery q(book.db().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::newRow("edited value")
        << "UPDATE audit_log SET after_json = '{\"value\":99}' WHERE seq = 7" << qint64(7);
    QTest::newRow("edited user") << "UPDATE audit_log SET user_name = 'mallory' WHERE seq = 3"
                                 << qint64(3);
    QTest::newRow("rehashed row") << "UPDATE audit_log SET hash = 'abc' WHERE seq = 5" << qint64(5);
    QTest::newRow("deleted row") << "DELETE FROM audit_log WHERE seq = 4" << qint64(5);
    QTest::newRow("deleted tail") << "DELETE FROM audit_log WHERE seq > 8" << qint64(9);
    QTest::newRow("cut link") << "UPDATE audit_log SET prev_hash = hash WHERE seq = 6" << qint64(6);
    QTest::newRow("renumbered") << "UPDATE audit_log SET seq = 20 WHERE seq = 10" << qint64(20);
}

void TestAudit::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    TestBook book;
    fill(book, 10);
    QSqlQuery q(book.db().connection());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_u")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_d")));
    QVERIFY2(q.exec(sql), qPrintable(sql));
    const AuditVerification v = AuditLog(book.db(), QString()).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.brokenSeq, brokenSeq);
    QVERIFY(!v.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
