// Month-end close: the checklist, the lock date every posting respects,
// closing in order, reopening by an Admin with a reason, and the database's
// own guard against postings inside a closed month.

#include "billing/changebus.h"
#include "billing/invoiceservice.h"
#include "billing/journalexportservice.h"
#include "billing/paymentservice.h"
#include "billing/periodcloseservice.h"
#include "common/error.h"
#include "domain/statementline.h"
#include "ledger/chartofaccounts.h"
#include "storage/bankrepository.h"
#include "storage/productrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Accrue;
using namespace Accrue::Testing;

class TestClose : public QObject
{
    Q_OBJECT
private slots:
    void latePaymentIsPostedOnTheFirstOpenDay();
    void monthsCloseInOrder();
    void reopenNeedsAdminAndAReason();
    void databaseRefusesAPostingInAClosedMonth();
    void checklistFiguresOfASmallBook();
    void closingRecognisesAndFreezesTheMonth();
};

namespace {

const QDate march(2026, 3, 1);
const QDate april(2026, 4, 1);

Money eur(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("EUR")));
}

qint64 scalar(Database &db, const QString &sql, const QString &arg = {})
{
    SqlQuery q = db.query(sql);
    if (!arg.isNull())
        q.bind(arg);
    return q.scalar().toLongLong();
}

// Debit minus credit of the account with a system role in one month.
qint64 monthBalance(Database &db, const QString &role, const QString &month)
{
    return db
        .query(QStringLiteral(
            "SELECT COALESCE(SUM(m.debit_minor - m.credit_minor), 0) FROM ledger_month m "
            "JOIN account a ON a.id = m.account_id WHERE a.system_role = ? AND m.month = ?"))
        .bindAll(role, month)
        .scalar()
        .toLongLong();
}

// A second user of the book in a role: on SQLite an app_user row (the
// tester made Admin, so the list is not empty), on PostgreSQL a login of
// the server in the app's group role.
struct OtherUser
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

OtherUser userInRole(TestBook &book, const QString &name, Role role)
{
    const bool server = TestDatabase::onPostgres();
    static int n = 0;
    const QString user = server
        ? QStringLiteral("%1_%2_%3").arg(name).arg(QCoreApplication::applicationPid()).arg(++n)
        : name;
    UserRepository users(book.db());
    if (!server)
        users.setRole(book.session().userName(), Role::Admin);
    users.setRole(user, role);
    QString location = book.path();
    if (server) {
        QUrl url(location);
        url.setUserName(user);
        location = url.toString();
    }
    OtherUser out;
    out.db = Database::open(location, Database::OpenMode::MustExist);
    out.db->checkSchema();
    out.session = std::make_unique<Session>(*out.db, user);
    out.session->setToday(book.session().today());
    return out;
}

} // namespace

void TestClose::latePaymentIsPostedOnTheFirstOpenDay()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // 100.00 + 19 % = 119.00, issued 5 March.
    const Invoice inv = book.issue(customer, { { 1000, 10000, 190000 } }, QDate(2026, 3, 5));
    PeriodCloseService close(book.session());
    const PeriodCloseService::Result closed = close.close(march);
    QCOMPARE(closed.lock.closedThrough, QDate(2026, 3, 31));
    QCOMPARE(closed.lock.closedFrom, march);
    QCOMPARE(close.lock().closedThrough, QDate(2026, 3, 31));

    QSignalSpy notices(&book.session().changes(), &ChangeBus::noticed);
    const Payment p = PaymentService(book.session())
                          .payInvoice(inv.id, eur(11900), QDate(2026, 3, 20),
                                      PaymentMethodKind::BankTransfer, QString());
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).toString(),
             QStringLiteral("March 2026 is closed: the payment of 2026-03-20 is posted on "
                            "2026-04-01"));
    // The document keeps its date; the ledger has the first open day and the
    // original date beside it.
    QCOMPARE(p.receivedDate, QDate(2026, 3, 20));
    QCOMPARE(scalar(book.db(),
                    QStringLiteral("SELECT COUNT(*) FROM payment WHERE received_date = ?"),
                    QStringLiteral("2026-03-20")),
             1);
    SqlQuery entry = book.db().query(
        QStringLiteral("SELECT entry_date, original_date FROM journal_entry WHERE source_type = "
                       "'payment' AND source_id = ?"));
    entry.bind(p.id).exec();
    QVERIFY(entry.next());
    QCOMPARE(entry.date(0), QDate(2026, 4, 1));
    QCOMPARE(entry.date(1), QDate(2026, 3, 20));
    QVERIFY(!entry.next());
    // The bank moved in April, not in March: 119.00 in, AR 119.00 out.
    QCOMPARE(monthBalance(book.db(), QStringLiteral("bank"), QStringLiteral("2026-03")), 0);
    QCOMPARE(monthBalance(book.db(), QStringLiteral("bank"), QStringLiteral("2026-04")), 11900);
    QCOMPARE(monthBalance(book.db(), QStringLiteral("ar"), QStringLiteral("2026-04")), -11900);
    // March stays as it was closed: AR 119.00 from the invoice.
    QCOMPARE(monthBalance(book.db(), QStringLiteral("ar"), QStringLiteral("2026-03")), 11900);
    // A posting in an open month says nothing.
    const Invoice second = book.issue(customer, { { 1000, 5000 } }, QDate(2026, 4, 2));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(scalar(book.db(),
                    QStringLiteral("SELECT COUNT(*) FROM journal_entry WHERE original_date IS "
                                   "NULL AND entry_date = ?"),
                    QStringLiteral("2026-04-02")),
             1);
    Q_UNUSED(second);
    book.checkBooks(); // trial balance zero, monthly balances agree with the lines
}

void TestClose::monthsCloseInOrder()
{
    TestBook book; // today 2026-06-30
    PeriodCloseService close(book.session());
    // Nothing closed: the next to close is the month before today's.
    QCOMPARE(close.nextMonthToClose(), QDate(2026, 5, 1));
    close.close(march);
    QCOMPARE(close.nextMonthToClose(), april);
    // May before April: refused, and the checklist says why.
    const CloseChecklist may = close.checklist(QDate(2026, 5, 15));
    QVERIFY(may.isBlocked());
    QCOMPARE(may.find(QStringLiteral("order"))->status, CloseStatus::Blocking);
    try {
        close.close(QDate(2026, 5, 1));
        QFAIL("May closed before April");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("close April 2026 first")),
                 qPrintable(e.userMessage()));
    }
    // March again: already closed.
    QVERIFY_THROWS_EXCEPTION(Error, close.close(march));
    // June has not ended on 30 June.
    close.close(april);
    close.close(QDate(2026, 5, 1));
    QCOMPARE(close.checklist(QDate(2026, 6, 1)).find(QStringLiteral("order"))->status,
             CloseStatus::Blocking);
    QVERIFY_THROWS_EXCEPTION(Error, close.close(QDate(2026, 6, 1)));
    QCOMPARE(close.lock().closedThrough, QDate(2026, 5, 31));
    QCOMPARE(close.lock().closedFrom, march);
    // Three closes in the history and the audit trail.
    QCOMPARE(close.history().size(), std::size_t(3));
    QCOMPARE(close.history().back().month, QDate(2026, 5, 1));
    QCOMPARE(scalar(book.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                    QStringLiteral("period.close")),
             3);
}

void TestClose::reopenNeedsAdminAndAReason()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000 } }, QDate(2026, 3, 5));
    OtherUser finance = userInRole(book, QStringLiteral("fiona"), Role::Finance);
    QCOMPARE(finance.session->role(), Role::Finance);
    // Finance closes March and April...
    PeriodCloseService byFinance(*finance.session);
    byFinance.close(march);
    byFinance.close(april);
    // ...but may not reopen.
    try {
        byFinance.reopen(april, QStringLiteral("late invoice"));
        QFAIL("Finance reopened a period");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    OtherUser admin = userInRole(book, QStringLiteral("adam"), Role::Admin);
    PeriodCloseService byAdmin(*admin.session);
    QVERIFY_THROWS_EXCEPTION(Error, byAdmin.reopen(april, QStringLiteral("  ")));
    QCOMPARE(byAdmin.lock().closedThrough, QDate(2026, 4, 30));
    // Reopening March reopens April with it.
    const PeriodLock after = byAdmin.reopen(QDate(2026, 3, 20), QStringLiteral("Missed receipt"));
    QVERIFY(!after.closedThrough.isValid());
    QVERIFY(!byAdmin.lock().closedThrough.isValid());
    const std::vector<PeriodEvent> history = byAdmin.history();
    QCOMPARE(history.size(), std::size_t(3));
    QCOMPARE(history.back().action, PeriodEvent::Action::Reopen);
    QCOMPARE(history.back().reason, QStringLiteral("Missed receipt"));
    QCOMPARE(history.back().userName, admin.session->userName());
    QCOMPARE(history.front().userName, finance.session->userName());
    SqlQuery audit = book.db().query(QStringLiteral(
        "SELECT user_name, entity_id, after_json FROM audit_log WHERE action = 'period.reopen'"));
    audit.exec();
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), admin.session->userName());
    QCOMPARE(audit.text(1), QStringLiteral("2026-03"));
    QVERIFY(audit.text(2).contains(QStringLiteral("Missed receipt")));
    QVERIFY(!audit.next());
    // March is open again: a payment dated in it is posted on its own day.
    QSignalSpy notices(&admin.session->changes(), &ChangeBus::noticed);
    PaymentService(*admin.session)
        .payInvoice(inv.id, eur(10000), QDate(2026, 3, 20), PaymentMethodKind::Cash, QString());
    QCOMPARE(notices.size(), 0);
    QCOMPARE(monthBalance(book.db(), QStringLiteral("bank"), QStringLiteral("2026-03")), 10000);
    // Reopening a month in the middle keeps the earlier ones closed.
    byAdmin.close(march);
    byAdmin.close(april);
    QCOMPARE(byAdmin.reopen(april, QStringLiteral("Audit adjustment")).closedThrough,
             QDate(2026, 3, 31));
    QVERIFY_THROWS_EXCEPTION(Error, byAdmin.reopen(QDate(2026, 5, 1), QStringLiteral("x")));
    // The history is append-only.
    QVERIFY_THROWS_EXCEPTION(Error, book.db().execute(QStringLiteral("DELETE FROM period_close")));
    book.checkBooks();
}

void TestClose::databaseRefusesAPostingInAClosedMonth()
{
    TestBook book;
    PeriodCloseService(book.session()).close(march);
    // Past JournalRepository (a script, psql): the trigger refuses it.
    const QString insert = QStringLiteral(
        "INSERT INTO journal_entry (entry_date, kind, source_type, source_id, currency, "
        "created_at) VALUES ('%1', 'manual', 'manual', 0, 'EUR', '2026-06-30T00:00:00Z')");
    try {
        book.db().execute(insert.arg(QStringLiteral("2026-03-15")));
        QFAIL("a journal entry was written into a closed month");
    } catch (const Error &e) {
        QVERIFY2(e.detail().contains(QStringLiteral("closed through")), qPrintable(e.detail()));
    }
    QCOMPARE(scalar(book.db(), QStringLiteral("SELECT COUNT(*) FROM journal_entry")), 0);
    // The first open day is accepted.
    book.db().execute(insert.arg(QStringLiteral("2026-04-01")));
    QCOMPARE(scalar(book.db(), QStringLiteral("SELECT COUNT(*) FROM journal_entry")), 1);
}

void TestClose::checklistFiguresOfASmallBook()
{
    TestBook book; // today 2026-06-30
    Database &db = book.db();
    const qint64 customer = book.addCustomer();
    // A: 100.00 + 19 % = 119.00, issued 2 March, due 16 March: overdue on
    // 31 March, never reminded.
    book.issue(customer, { { 1000, 10000, 190000 } }, QDate(2026, 3, 2), 14);
    // B: 2 x 50.00 = 100.00, due 9 April: not overdue on 31 March.
    book.issue(customer, { { 2000, 5000 } }, QDate(2026, 3, 10), 30);
    // C: 30.00 due 11 February, paid 5 April: overdue (30.00 open) on 31 March.
    const Invoice c = book.issue(customer, { { 1000, 3000 } }, QDate(2026, 2, 1), 10);
    PaymentService(book.session())
        .payInvoice(c.id, eur(3000), QDate(2026, 4, 5), PaymentMethodKind::Cash, QString());
    // D: 20.00 due 20 January, reminded on 1 February: not counted.
    const Invoice d = book.issue(customer, { { 1000, 2000 } }, QDate(2026, 1, 10), 10);
    db.query(QStringLiteral("INSERT INTO dunning_notice (invoice_id, step_key, step_day, "
                            "notice_date, action, days_overdue, user_name, created_at) VALUES "
                            "(?, 'first', 7, '2026-02-01', 'email', 12, 'tester', "
                            "'2026-02-01T08:00:00Z')"))
        .bind(d.id)
        .exec();
    // E: a draft of 10.00 dated 25 March: blocks.
    InvoiceService invoices(book.session());
    const qint64 draft
        = invoices.createDraft(book.draft(customer, { { 1000, 1000 } }, QDate(2026, 3, 25)));
    // Bank: 45.00 unmatched on 28 March counts; 7.00 matched on 15 March and
    // 12.00 unmatched on 2 April do not.
    BankRepository bank(db);
    const auto account = bank.ensureAccount(QStringLiteral("MAIN"), eur(0).currency());
    const qint64 statement = bank.insertStatement(
        account.id, QStringLiteral("s.csv"), QStringLiteral("csv"), QStringLiteral("tester"), 3);
    for (const auto &[day, minor] :
         { std::pair { QDate(2026, 3, 28), 4500 }, std::pair { QDate(2026, 3, 15), 700 },
           std::pair { QDate(2026, 4, 2), 1200 } }) {
        StatementLine line;
        line.date = day;
        line.amount = eur(minor);
        line.currency = eur(0).currency();
        line.reference = QStringLiteral("line %1").arg(minor);
        QVERIFY(bank.insertTransaction(statement, account, line));
    }
    db.execute(QStringLiteral("UPDATE bank_transaction SET state = 'matched' WHERE "
                              "amount_minor = 700"));
    // Deferred and unbilled revenue, posted as journal entries: 25.00
    // deferred on 31 March (Dr Revenue / Cr Deferred), 5.00 more in April
    // (not counted), 15.00 unbilled on 20 March (Dr Unbilled / Cr Revenue).
    const ChartOfAccounts chart = AccountRepository(db).loadChart();
    const auto post = [&](const QDate &day, ChartOfAccounts::Role debit,
                          ChartOfAccounts::Role credit, qint64 minor) {
        Transaction tx(db);
        JournalEntry e;
        e.date = day;
        e.kind = QStringLiteral("manual");
        e.sourceType = QStringLiteral("manual");
        e.currency = eur(0).currency();
        e.debit(chart.id(debit), eur(minor));
        e.credit(chart.id(credit), eur(minor));
        JournalRepository(db).insert(e);
        tx.commit();
    };
    using R = ChartOfAccounts::Role;
    post(QDate(2026, 3, 31), R::Revenue, R::DeferredRevenue, 2500);
    post(QDate(2026, 4, 10), R::Revenue, R::DeferredRevenue, 500);
    post(QDate(2026, 3, 20), R::UnbilledRevenue, R::Revenue, 1500);

    PeriodCloseService close(book.session());
    const CloseChecklist list = close.checklist(march);
    QCOMPARE(list.monthEnd(), QDate(2026, 3, 31));
    const auto figure = [&](const QString &key, int index) {
        return list.find(key)->figures.at(std::size_t(index));
    };
    QCOMPARE(list.find(QStringLiteral("order"))->status, CloseStatus::Ok); // the first close
    QCOMPARE(list.find(QStringLiteral("drafts"))->status, CloseStatus::Blocking);
    QCOMPARE(figure(QStringLiteral("drafts"), 0).count, 1);
    QCOMPARE(figure(QStringLiteral("drafts"), 1).amount->minor(), 1000);
    QCOMPARE(list.find(QStringLiteral("bank_lines"))->status, CloseStatus::Warning);
    QCOMPARE(figure(QStringLiteral("bank_lines"), 0).count, 1);
    QCOMPARE(figure(QStringLiteral("bank_lines"), 1).amount->minor(), 4500);
    // A (119.00) and C (30.00): 149.00 in 2 invoices.
    QCOMPARE(list.find(QStringLiteral("overdue_not_dunned"))->status, CloseStatus::Warning);
    QCOMPARE(figure(QStringLiteral("overdue_not_dunned"), 0).count, 2);
    QCOMPARE(figure(QStringLiteral("overdue_not_dunned"), 1).amount->minor(), 14900);
    // Deferred: 25.00 credit at 31 March (April's 5.00 not yet).
    QCOMPARE(list.find(QStringLiteral("deferred_revenue"))->status, CloseStatus::Ok);
    QCOMPARE(figure(QStringLiteral("deferred_revenue"), 0).amount->minor(), 2500);
    // Recognised: credits to revenue in March, A 100.00 + B 100.00 + unbilled
    // 15.00 = 215.00 (the 25.00 deferred is a debit); billed: A + B net =
    // 200.00 in 2 invoices (the draft is not billed).
    QCOMPARE(figure(QStringLiteral("recognised_vs_billed"), 0).amount->minor(), 21500);
    QCOMPARE(figure(QStringLiteral("recognised_vs_billed"), 1).amount->minor(), 20000);
    QCOMPARE(figure(QStringLiteral("recognised_vs_billed"), 2).count, 2);
    QCOMPARE(figure(QStringLiteral("unbilled_revenue"), 0).amount->minor(), 1500);
    // No recognition connected to this service: a warning.
    QCOMPARE(list.find(QStringLiteral("recognition"))->status, CloseStatus::Warning);
    QVERIFY(list.isBlocked());
    QVERIFY_THROWS_EXCEPTION(Error, close.close(march));
    QVERIFY(!close.lock().closedThrough.isValid());

    // Without the draft, March closes; the recognition passed in posts
    // 10.00 Deferred -> Revenue on 31 March, inside the month it closes.
    invoices.deleteDraft(draft);
    QDate recognisedThrough;
    PeriodCloseService withRecognition(book.session(), [&](const QDate &through) {
        recognisedThrough = through;
        post(through, R::DeferredRevenue, R::Revenue, 1000);
        return QStringLiteral("Recognised EUR 10.00");
    });
    const PeriodCloseService::Result result = withRecognition.close(march);
    QCOMPARE(recognisedThrough, QDate(2026, 3, 31));
    QCOMPARE(result.recognition, QStringLiteral("Recognised EUR 10.00"));
    QCOMPARE(result.checklist.find(QStringLiteral("recognition"))->status, CloseStatus::Ok);
    QCOMPARE(withRecognition.history().back().summary, QStringLiteral("Recognised EUR 10.00"));
    // 25.00 - 10.00 = 15.00 deferred at 31 March, the entry dated in March.
    const CloseChecklist after = withRecognition.checklist(march);
    QCOMPARE(after.find(QStringLiteral("deferred_revenue"))->figures.at(0).amount->minor(), 1500);
    QCOMPARE(after.find(QStringLiteral("order"))->status, CloseStatus::Blocking); // closed now
    book.checkBooks();
}

// Closing a month runs the recognition through its last day before the lock
// moves, and what a closed month exports stays the same, byte for byte,
// whatever is posted after it.
void TestClose::closingRecognisesAndFreezesTheMonth()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 plan = book.addProduct(QStringLiteral("ANNUAL"), QStringLiteral("4000"));
    ProductRepository products(book.db());
    Product product = *products.find(plan);
    product.recognitionMethod = RecognitionMethod::Ratably;
    products.update(product);
    // 12,000.00 (+ 19 % tax) billed 15 Jan 2026 for 2026-01-15..2027-01-14.
    Invoice inv = book.draft(acme, { { 1000, 1200000, 190000 } }, QDate(2026, 1, 15), 30, plan);
    inv.lines[0].serviceStart = QDate(2026, 1, 15);
    inv.lines[0].serviceEnd = QDate(2027, 1, 14);
    InvoiceService invoices(book.session());
    inv = invoices.issue(invoices.createDraft(inv));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -1200000);

    PeriodCloseService close(book.session(), PeriodCloseService::recognizerFor(book.session()));
    const QDate january(2026, 1, 1);
    // The checklist shows what closing will recognise: January's 17 of
    // 365 days, 12,000.00 x 17/365 = 558.904 -> 558.90, one schedule row.
    const CloseChecklist list = close.checklist(january);
    const CloseCheck *recognition = list.find(QStringLiteral("recognition"));
    QVERIFY(recognition);
    QCOMPARE(recognition->status, CloseStatus::Ok);
    QCOMPARE(recognition->figures.at(0).count, 1);
    QCOMPARE(recognition->figures.at(1).amount, std::optional<Money>(eur(55890)));

    const PeriodCloseService::Result closed = close.close(january);
    QVERIFY2(closed.recognition.contains(QStringLiteral("1 schedule rows")),
             qPrintable(closed.recognition));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(1200000 - 55890));
    QCOMPARE(monthBalance(book.db(), QStringLiteral("deferred_revenue"), QStringLiteral("2026-01")),
             -(1200000 - 55890));

    // January exported, then a payment dated in January (posted on 1
    // February), then January again: the same bytes.
    QTemporaryDir dir;
    JournalExportService exporter(book.session());
    const ExportRange range { january, QDate(2026, 1, 31), QString() };
    auto exported = [&](const QString &name) {
        exporter.exportTo(ExportFormat::Ledger, range, dir.filePath(name));
        QFile f(dir.filePath(name));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    };
    const QByteArray before = exported(QStringLiteral("before.journal"));
    QVERIFY(before.contains("558.90"));
    PaymentService(book.session())
        .payInvoice(inv.id, eur(1428000), QDate(2026, 1, 20), PaymentMethodKind::BankTransfer,
                    QString());
    QCOMPARE(exported(QStringLiteral("after.journal")), before);
    // The next close recognises February: 28 days, 920.547 -> 920.55.
    close.close(QDate(2026, 2, 1));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(1200000 - 55890 - 92055));
    book.checkBooks();
}

QTEST_MAIN(TestClose)
#include "tst_close.moc"
