// The Audit Log viewer's reads (issue 18): filters, paging, the filter's
// choices, who may read, before/after field by field, and verify()'s progress.
#include "auditfixture.h"
#include "billing/auditaccess.h"
#include "billing/tenantservice.h"
#include "bookmember.h"
#include "common/error.h"
#include "domain/auditdiff.h"
#include "exchange/csvwriter.h"
#include "queries/audittrail.h"
#include "reports/audittrailreport.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QBuffer>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

Q_DECLARE_METATYPE(Accrue::AuditListFilter)

class TestAuditQuery : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void pagesSeekFromTheirNeighbours();
    void pagesOfAFilteredList();
    void usersAndEntitiesForTheFilter();
    void rowOfARecord();
    void exportWritesTheFilteredRecords();
    void refusedBelowTheRootAndToViewers();
    void beforeAndAfterFieldByField();
    void verifyReportsProgress();
    void verifyCanBeCancelled();

private:
    // Six records with hand-set times (not chained: these tests read, they
    // do not verify). Newest first their numbers are 6, 5, 4, 3, 2, 1.
    static void fillSix(TestBook &book);
    static QList<qint64> seqs(const std::vector<AuditListRow> &rows);
};

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

void TestAuditQuery::fillSix(TestBook &book)
{
    insertAuditRecords(
        book,
        {
            auditRecord(1, "2026-03-01T09:00:00.000Z", "alice", "invoice.create", "invoice", "7",
                        "", R"({"total":100})"),
            auditRecord(2, "2026-03-01T23:30:00.000Z", "bob", "customer.create", "customer", "3",
                        "", R"({"code":"ACME"})"),
            auditRecord(3, "2026-03-02T08:00:00.000Z", "alice", "invoice.issue", "invoice", "7",
                        R"({"status":"draft"})", R"({"status":"open"})"),
            auditRecord(4, "2026-03-05T10:00:00.000Z", "carol", "payment.record", "payment", "12",
                        "", R"({"amount":100,"invoice":"INV-7"})"),
            auditRecord(5, "2026-03-06T10:00:00.000Z", "bob", "invoice.update", "invoice", "8",
                        R"({"total":50})", R"({"total":60})"),
            auditRecord(6, "2026-03-06T11:00:00.000Z", "alice", "invoice.settle", "invoice", "7",
                        R"({"balance":100})", R"({"balance":0})"),
        });
}

QList<qint64> TestAuditQuery::seqs(const std::vector<AuditListRow> &rows)
{
    QList<qint64> out;
    for (const AuditListRow &r : rows)
        out << r.id;
    return out;
}

void TestAuditQuery::filters_data()
{
    QTest::addColumn<AuditListFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    AuditListFilter f;
    QTest::newRow("none, newest first") << f << QList<qint64> { 6, 5, 4, 3, 2, 1 };
    f = {};
    f.userName = QStringLiteral("alice");
    QTest::newRow("user") << f << QList<qint64> { 6, 3, 1 };
    f = {};
    f.entity = QStringLiteral("invoice");
    QTest::newRow("entity") << f << QList<qint64> { 6, 5, 3, 1 };
    f.entityId = QStringLiteral("7");
    QTest::newRow("one invoice's history") << f << QList<qint64> { 6, 3, 1 };
    f = {};
    f.entityId = QStringLiteral("12");
    QTest::newRow("record id alone") << f << QList<qint64> { 4 };
    f = {};
    f.from = utc("2026-03-02T00:00:00");
    QTest::newRow("from a day") << f << QList<qint64> { 6, 5, 4, 3 };
    f = {};
    f.until = utc("2026-03-02T00:00:00");
    QTest::newRow("before a day") << f << QList<qint64> { 2, 1 };
    f.from = utc("2026-03-01T10:00:00");
    f.until = utc("2026-03-06T10:00:00"); // the until instant itself is out
    QTest::newRow("between instants") << f << QList<qint64> { 4, 3, 2 };
    f = {};
    f.search = QStringLiteral("INV-7");
    QTest::newRow("search in after JSON") << f << QList<qint64> { 4 };
    f.search = QStringLiteral("draft");
    QTest::newRow("search in before JSON") << f << QList<qint64> { 3 };
    f.search = QStringLiteral("settle");
    QTest::newRow("search in action") << f << QList<qint64> { 6 };
    f = {};
    f.userName = QStringLiteral("bob");
    f.oldestFirst = true;
    QTest::newRow("oldest first") << f << QList<qint64> { 2, 5 };
    f = {};
    f.userName = QStringLiteral("alice");
    f.entity = QStringLiteral("customer");
    QTest::newRow("nothing matches") << f << QList<qint64> {};
}

void TestAuditQuery::filters()
{
    QFETCH(AuditListFilter, filter);
    QFETCH(QList<qint64>, expected);
    TestBook book;
    fillSix(book);
    AuditTrail trail(book.db());
    QCOMPARE(trail.count(filter), qint64(expected.size()));
    QCOMPARE(seqs(trail.records(filter, ListWindow<AuditListRow>::top(0, 100))), expected);
    QList<qint64> streamed;
    trail.forEach(filter, [&streamed](const AuditListRow &r) {
        streamed << r.id;
        return true;
    });
    QCOMPARE(streamed, expected);
}

void TestAuditQuery::pagesSeekFromTheirNeighbours()
{
    TestBook book;
    {
        AuditLog log(book.db(), QStringLiteral("tester"));
        Transaction tx(book.db());
        for (int i = 1; i <= 25; ++i)
            log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                       {}, QJsonObject { { QStringLiteral("value"), i } });
        tx.commit();
    }
    AuditTrail trail(book.db());
    const AuditListFilter all;
    using Window = ListWindow<AuditListRow>;
    const std::vector<AuditListRow> first = trail.records(all, Window::top(0, 10));
    QCOMPARE(seqs(first), (QList<qint64> { 25, 24, 23, 22, 21, 20, 19, 18, 17, 16 }));
    // Reading on from the last row of the page (record 16).
    Window next { first.back(), Window::Direction::Forward, 0, 10 };
    QCOMPARE(seqs(trail.records(all, next)),
             (QList<qint64> { 15, 14, 13, 12, 11, 10, 9, 8, 7, 6 }));
    // Three rows past it, skipping two.
    next.skip = 2;
    next.limit = 3;
    QCOMPARE(seqs(trail.records(all, next)), (QList<qint64> { 13, 12, 11 }));
    // Up from record 16: the rows just above it, in list order.
    const Window above { first.back(), Window::Direction::Backward, 0, 3 };
    QCOMPARE(seqs(trail.records(all, above)), (QList<qint64> { 19, 18, 17 }));
    // From the bottom: the oldest rows.
    const Window bottom { std::nullopt, Window::Direction::Backward, 0, 4 };
    QCOMPARE(seqs(trail.records(all, bottom)), (QList<qint64> { 4, 3, 2, 1 }));
    // A plain offset past the end reads nothing.
    QVERIFY(trail.records(all, Window::top(25, 10)).empty());
    // Oldest first, on from record 5.
    AuditListFilter oldest;
    oldest.oldestFirst = true;
    const std::vector<AuditListRow> early = trail.records(oldest, Window::top(0, 5));
    QCOMPARE(seqs(early), (QList<qint64> { 1, 2, 3, 4, 5 }));
    const Window later { early.back(), Window::Direction::Forward, 0, 3 };
    QCOMPARE(seqs(trail.records(oldest, later)), (QList<qint64> { 6, 7, 8 }));
}

void TestAuditQuery::pagesOfAFilteredList()
{
    TestBook book;
    {
        AuditLog odd(book.db(), QStringLiteral("odd"));
        AuditLog even(book.db(), QStringLiteral("even"));
        Transaction tx(book.db());
        for (int i = 1; i <= 20; ++i)
            (i % 2 ? odd : even)
                .append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                        {}, QJsonObject { { QStringLiteral("value"), i } });
        tx.commit();
    }
    AuditTrail trail(book.db());
    AuditListFilter f;
    f.userName = QStringLiteral("odd");
    QCOMPARE(trail.count(f), qint64(10));
    using Window = ListWindow<AuditListRow>;
    const std::vector<AuditListRow> first = trail.records(f, Window::top(0, 4));
    QCOMPARE(seqs(first), (QList<qint64> { 19, 17, 15, 13 }));
    const Window next { first.back(), Window::Direction::Forward, 0, 4 };
    QCOMPARE(seqs(trail.records(f, next)), (QList<qint64> { 11, 9, 7, 5 }));
    // The window PagedRows would read for rows 8 and 9 of 10: from the bottom.
    const std::map<qint64, AuditListRow> known { { 0, first.front() }, { 3, first.back() } };
    const Window last = Window::nearest(8, 4, 10, known);
    QCOMPARE(seqs(trail.records(f, last)), (QList<qint64> { 3, 1 }));
}

void TestAuditQuery::usersAndEntitiesForTheFilter()
{
    TestBook book;
    fillSix(book);
    AuditTrail trail(book.db());
    QCOMPARE(
        trail.userNames(),
        (QStringList { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }));
    QCOMPARE(trail.entities(),
             (QStringList { QStringLiteral("customer"), QStringLiteral("invoice"),
                            QStringLiteral("payment") }));
}

void TestAuditQuery::rowOfARecord()
{
    TestBook book;
    fillSix(book);
    AuditTrail trail(book.db());
    // Newest first: 6 5 4 3 2 1.
    QCOMPARE(trail.rowOf({}, 6), 0);
    QCOMPARE(trail.rowOf({}, 2), 4);
    AuditListFilter alice;
    alice.userName = QStringLiteral("alice"); // 6 3 1
    QCOMPARE(trail.rowOf(alice, 3), 1);
    QCOMPARE(trail.rowOf(alice, 1), 2);
    QCOMPARE(trail.rowOf(alice, 4), -1); // carol's
    alice.oldestFirst = true; // 1 3 6
    QCOMPARE(trail.rowOf(alice, 6), 2);
    QCOMPARE(trail.rowOf({}, 99), -1);
}

void TestAuditQuery::exportWritesTheFilteredRecords()
{
    TestBook book;
    fillSix(book);
    AuditListFilter f;
    f.entity = QStringLiteral("invoice");
    f.entityId = QStringLiteral("7");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&out);
        AuditTrailReport(book.db()).run(f, csv);
    }
    const QString expected
        = QStringLiteral("seq,at,user,os_user,action,entity,entity_id,before,after\r\n"
                         "6,2026-03-06T11:00:00.000Z,alice,,invoice.settle,invoice,7,"
                         "\"{\"\"balance\"\":100}\",\"{\"\"balance\"\":0}\"\r\n"
                         "3,2026-03-02T08:00:00.000Z,alice,,invoice.issue,invoice,7,"
                         "\"{\"\"status\"\":\"\"draft\"\"}\",\"{\"\"status\"\":\"\"open\"\"}\"\r\n"
                         "1,2026-03-01T09:00:00.000Z,alice,,invoice.create,invoice,7,,"
                         "\"{\"\"total\"\":100}\"\r\n");
    QCOMPARE(QString::fromUtf8(out.data()), expected);
}

void TestAuditQuery::refusedBelowTheRootAndToViewers()
{
    TestBook book;
    fillSix(book);
    const qint64 root = TenantRepository(book.db()).rootId();
    QVERIFY(AuditAccess::allowed(book.session()));
    AuditAccess::require(book.session());
    // A partner's Finance user: the trail names other partners' customers.
    const Tenant north
        = TenantService(book.session()).add(TenantKind::Partner, root, QStringLiteral("North"));
    Member pat = join(book, "pat", Role::Finance, north.id);
    QVERIFY(!AuditAccess::allowed(*pat.session));
    QVERIFY_THROWS_EXCEPTION(Error, AuditAccess::require(*pat.session));
    // Core refuses the reads themselves on the partner's connection too.
    for (const auto &read : std::initializer_list<std::function<void()>> {
             [&] { AuditTrail(*pat.db).count({}); },
             [&] { AuditTrail(*pat.db).records({}, ListWindow<AuditListRow>::top(0, 10)); },
             [&] { AuditTrail(*pat.db).userNames(); },
         }) {
        try {
            read();
            QFAIL("a partner's user read the audit trail");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        }
    }
    // A Viewer of the root: the whole book, but not the trail.
    Member vera = join(book, "vera", Role::Viewer, root);
    QVERIFY(!AuditAccess::allowed(*vera.session));
    try {
        AuditAccess::require(*vera.session);
        QFAIL("a viewer opened the audit trail");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    // Finance of the root may.
    Member fay = join(book, "fay", Role::Finance, root);
    QVERIFY(AuditAccess::allowed(*fay.session));
}

void TestAuditQuery::beforeAndAfterFieldByField()
{
    const std::vector<AuditDiff::Field> fields = AuditDiff::compare(
        QStringLiteral(R"({"status":"draft","total":100,"lines":[1,2],"note":null})"),
        QStringLiteral(R"({"status":"open","total":100,"lines":[1,2],"number":"INV-7"})"));
    // Sorted by name, each once.
    QCOMPARE(fields.size(), std::size_t(5));
    const struct
    {
        const char *name, *before, *after;
        bool inBefore, inAfter, changed;
    } expected[] = {
        { "lines", "[1,2]", "[1,2]", true, true, false },
        { "note", "null", "", true, false, true },
        { "number", "", "INV-7", false, true, true },
        { "status", "draft", "open", true, true, true },
        { "total", "100", "100", true, true, false },
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        QCOMPARE(fields[i].name, QString::fromLatin1(expected[i].name));
        QCOMPARE(fields[i].before, QString::fromLatin1(expected[i].before));
        QCOMPARE(fields[i].after, QString::fromLatin1(expected[i].after));
        QCOMPARE(fields[i].inBefore, expected[i].inBefore);
        QCOMPARE(fields[i].inAfter, expected[i].inAfter);
        QCOMPARE(fields[i].changed, expected[i].changed);
    }
    // A creation: every field is new.
    const auto created = AuditDiff::compare({}, QStringLiteral(R"({"code":"ACME"})"));
    QCOMPARE(created.size(), std::size_t(1));
    QVERIFY(created[0].changed && !created[0].inBefore);
    QCOMPARE(created[0].after, QStringLiteral("ACME"));
}

void TestAuditQuery::verifyReportsProgress()
{
    TestBook book;
    {
        AuditLog log(book.db(), QStringLiteral("tester"));
        Transaction tx(book.db());
        for (int i = 1; i <= 2500; ++i)
            log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                       {}, {});
        tx.commit();
    }
    QList<QPair<qint64, qint64>> heard;
    const AuditVerification v
        = AuditLog(book.db(), QString()).verify([&heard](qint64 done, qint64 total) {
              heard.append({ done, total });
              return true;
          });
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 2500);
    QVERIFY(!v.cancelled);
    // Every 1,000 records, then once at the end.
    QCOMPARE(heard,
             (QList<QPair<qint64, qint64>> { { 1000, 2500 }, { 2000, 2500 }, { 2500, 2500 } }));
    // Without a callback, as before.
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
}

void TestAuditQuery::verifyCanBeCancelled()
{
    TestBook book;
    {
        AuditLog log(book.db(), QStringLiteral("tester"));
        Transaction tx(book.db());
        for (int i = 1; i <= 2500; ++i)
            log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                       {}, {});
        tx.commit();
    }
    int calls = 0;
    const AuditVerification v = AuditLog(book.db(), QString()).verify([&calls](qint64, qint64) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
    QVERIFY(v.cancelled);
    QVERIFY(!v.ok); // nothing proved: never read as intact
    QCOMPARE(v.checked, 1000);
    QCOMPARE(v.brokenSeq, 0);
}

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
