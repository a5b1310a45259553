// Getting paid: receipts of payments, disputes and write-offs.

#include "billing/collectionsservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "common/error.h"
#include "documents/receiptdocument.h"
#include "queries/booklists.h"
#include "reports/agingreport.h"
#include "reports/dashboardreport.h"
#include "reports/reporttable.h"
#include "storage/invoiceregister.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace Accrue;
using namespace Accrue::Testing;

class TestCollections : public QObject
{
    Q_OBJECT
private slots:
    void receiptNumbersAreGaplessWithTwoWriters();
    void receiptListsWhatThePaymentSettled();
    void receiptPdfShowsNumberAndAmount();
    void writeOffBalancesTheLedger();
    void writeOffLeavesAgingAndOutstanding();
    void paymentReversedAfterWriteOffOwesAgain();
    void disputedInvoiceIsSkippedAndReported();
    void writeOffResolvesTheDispute();
    void bulkWriteOffTakesThe90PlusBucket();
    void viewerCannotWriteOffOrDispute();
    void dueSoonAndDisputedFiguresAndFilters();
    void chosenInvoicesWrittenOffTogether();
    void paymentListShowsTheReceipt();
};

namespace {

QString cell(const ReportTable &t, int row, const QString &key)
{
    for (int c = 0; c < t.columns().size(); ++c)
        if (t.columns().at(c).key == key)
            return plainCellText(t.rows().at(row).at(c));
    return QStringLiteral("<no column %1>").arg(key);
}

Money eur(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("EUR")));
}

} // namespace

void TestCollections::receiptNumbersAreGaplessWithTwoWriters()
{
    // The pattern of tst_invoicing's twoConnectionsNeverShareANumber: two
    // connections to one book (two clients on PostgreSQL) take turns.
    TestBook book;
    const qint64 customer = book.addCustomer();
    auto second = Database::open(book.path(), Database::OpenMode::MustExist);
    second->checkSchema();
    Session other(*second, QStringLiteral("colleague"));
    other.setToday(book.session().today());
    PaymentService mine(book.session());
    PaymentService theirs(other);
    QStringList numbers;
    for (int i = 0; i < 10; ++i) {
        const Invoice a = book.issue(customer, { { 1000, 1000 + i } });
        const Invoice b = book.issue(customer, { { 1000, 2000 + i } });
        const Payment pb = theirs.payInvoice(b.id, b.balance, QDate(2026, 6, 10),
                                             PaymentMethodKind::BankTransfer, QString());
        const Payment pa = mine.payInvoice(a.id, a.balance, QDate(2026, 6, 10),
                                           PaymentMethodKind::Cash, QString());
        numbers << ReceiptService(other).forPayment(pb.id)->number
                << ReceiptService(book.session()).forPayment(pa.id)->number;
    }
    QStringList sorted = numbers;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), 20);
    QCOMPARE(sorted.first(), QStringLiteral("RCT-2026-000001"));
    QCOMPARE(sorted.last(), QStringLiteral("RCT-2026-000020"));
    // Each receipt issued is in the audit trail.
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
                 .bind(QStringLiteral("receipt.issue"))
                 .scalar()
                 .toLongLong(),
             20);
}

void TestCollections::receiptListsWhatThePaymentSettled()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // 100.00 + 19 % = 119.00 and 50.00 + 0 % = 50.00.
    const Invoice first = book.issue(customer, { { 1000, 10000, 190000 } });
    const Invoice second = book.issue(customer, { { 1000, 5000 } });
    PaymentService::Request req;
    req.customerId = customer;
    req.date = QDate(2026, 6, 20);
    req.amount = eur(20000); // 200.00: 119.00 + 30.00, 51.00 left as credit
    req.reference = QStringLiteral("Wire 42");
    req.splits = { { first.id, eur(11900) }, { second.id, eur(3000) } };
    const Payment p = PaymentService(book.session()).record(req);
    const Receipt r = *ReceiptService(book.session()).forPayment(p.id);
    QCOMPARE(r.number, QStringLiteral("RCT-2026-000001"));
    QCOMPARE(r.issueDate, QDate(2026, 6, 20));
    QCOMPARE(r.lines.size(), std::size_t(2));
    QCOMPARE(r.lines[0].invoiceNumber, first.number);
    QCOMPARE(r.lines[0].applied.minor(), 11900);
    QCOMPARE(r.lines[0].balanceAfter.minor(), 0);
    QCOMPARE(r.lines[1].applied.minor(), 3000);
    QCOMPARE(r.lines[1].balanceAfter.minor(), 2000); // 50.00 - 30.00
    const std::vector<ReceiptListRow> list = ReceiptService(book.session()).list();
    QCOMPARE(list.size(), std::size_t(1));
    QCOMPARE(list[0].amount.minor(), 20000);
    QCOMPARE(list[0].reference, QStringLiteral("Wire 42"));
    // A payment kept whole as credit gets a receipt too, with no invoices.
    PaymentService::Request credit;
    credit.customerId = customer;
    credit.date = QDate(2027, 1, 5);
    credit.amount = eur(700);
    const Payment c = PaymentService(book.session()).record(credit);
    const Receipt cr = *ReceiptService(book.session()).forPayment(c.id);
    QCOMPARE(cr.number, QStringLiteral("RCT-2027-000001")); // a new year, a new series
    QVERIFY(cr.lines.empty());
    book.checkBooks();
}

void TestCollections::receiptPdfShowsNumberAndAmount()
{
    TestBook book;
    const qint64 customer
        = book.addCustomer(QStringLiteral("EVIL"), QStringLiteral("<b>Evil</b> & Co"));
    const Invoice inv = book.issue(customer, { { 1000, 12345 } });
    const Payment p = PaymentService(book.session())
                          .payInvoice(inv.id, eur(12345), QDate(2026, 6, 15),
                                      PaymentMethodKind::Cheque, QStringLiteral("Chq <7>"));
    const QString number = ReceiptService(book.session()).forPayment(p.id)->number;
    const QByteArray pdf = ReceiptDocument::pdfFor(book.session(), number);
    QVERIFY(pdf.startsWith("%PDF"));
    const QString path = book.dir() + QStringLiteral("/receipt.pdf");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY2(text.waitForFinished(60000), "pdftotext did not finish");
    QCOMPARE(text.exitCode(), 0);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("RCT-2026-000001")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("123.45")), qPrintable(out));
    QVERIFY2(out.contains(inv.number), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("<b>Evil</b> & Co")), qPrintable(out)); // shown as text
    QVERIFY2(out.contains(QStringLiteral("Chq <7>")), qPrintable(out));
    // An unknown number is an error, not an empty PDF.
    QVERIFY_THROWS_EXCEPTION(Error, ReceiptDocument::pdfFor(book.session(), QStringLiteral("X")));
}

void TestCollections::writeOffBalancesTheLedger()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // 100.00 + 19 % tax = 119.00; 40.00 paid leaves 79.00 to write off.
    const Invoice inv = book.issue(customer, { { 1000, 10000, 190000 } }, QDate(2026, 1, 10));
    PaymentService(book.session())
        .payInvoice(inv.id, eur(4000), QDate(2026, 2, 1), PaymentMethodKind::BankTransfer, {});
    const WriteOff w
        = CollectionsService(book.session())
              .writeOff(inv.id, QStringLiteral("Customer insolvent"), QDate(2026, 6, 30));
    QCOMPARE(w.amount.minor(), 7900);
    const Invoice after = book.reload(inv.id);
    QCOMPARE(toString(after.status), toString(InvoiceStatus::Uncollectible));
    QCOMPARE(after.balance.minor(), 0);
    QCOMPARE(after.writtenOff.minor(), 7900);
    QCOMPARE(after.paid.minor(), 4000);
    // AR: Dr 119.00 (issued) - Cr 40.00 (paid) - Cr 79.00 (written off) = 0.
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 0);
    // Bad debts: Dr 79.00, the gross balance, tax included.
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 7900);
    // No VAT relief: the 19.00 output tax stays owed (a credit balance).
    QCOMPARE(book.roleBalance(QStringLiteral("tax_payable")), -1900);
    book.checkBooks(); // every entry balances, trial balance zero, balances agree
    // Nothing left to write off a second time.
    QVERIFY_THROWS_EXCEPTION(
        Error, CollectionsService(book.session()).writeOff(inv.id, QStringLiteral("again")));
    // A reason is required.
    const Invoice other = book.issue(customer, { { 1000, 500 } });
    QVERIFY_THROWS_EXCEPTION(
        Error, CollectionsService(book.session()).writeOff(other.id, QStringLiteral(" ")));
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
                 .bind(QStringLiteral("invoice.write_off"))
                 .scalar()
                 .toLongLong(),
             1);
}

void TestCollections::writeOffLeavesAgingAndOutstanding()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 30000 } }, QDate(2026, 1, 10)); // 300.00
    CollectionsService(book.session()).writeOff(inv.id, QStringLiteral("Gone"), QDate(2026, 6, 1));
    // As of 30 June nothing is open: no aging row, only a zero total.
    ReportTable now;
    AgingReport(book.db()).run(QDate(2026, 6, 30), now);
    QCOMPARE(now.rows().size(), 0);
    // As of 31 May, before the write-off, it was still owed, 90+ days late
    // (due 9 February, 111 days before).
    ReportTable before;
    AgingReport(book.db()).run(QDate(2026, 5, 31), before);
    QCOMPARE(cell(before, 0, QStringLiteral("days_90_plus")), QStringLiteral("300.00"));
    QCOMPARE(cell(before, 0, QStringLiteral("total")), QStringLiteral("300.00"));
    const DashboardFigures f = DashboardReport(book.db()).figures(
        Period { QDate(2026, 6, 1), QDate(2026, 6, 30) }, QDate(2026, 6, 30));
    QCOMPARE(f.outstanding.minor(), 0);
    QCOMPARE(f.openInvoices, 0);
}

void TestCollections::paymentReversedAfterWriteOffOwesAgain()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000 } }, QDate(2026, 1, 10)); // 100.00
    PaymentService payments(book.session());
    const Payment p
        = payments.payInvoice(inv.id, eur(2500), QDate(2026, 2, 1), PaymentMethodKind::Cheque, {});
    CollectionsService(book.session()).writeOff(inv.id, QStringLiteral("Gone"), QDate(2026, 6, 1));
    // The cheque bounces: its 25.00 is owed again, the 75.00 written off stays off.
    payments.reverse(p.id, QDate(2026, 6, 15), QStringLiteral("bounced"));
    const Invoice after = book.reload(inv.id);
    QCOMPARE(toString(after.status), toString(InvoiceStatus::Open));
    QCOMPARE(after.balance.minor(), 2500);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 2500);
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 7500);
    book.checkBooks();
}

void TestCollections::disputedInvoiceIsSkippedAndReported()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // Issued 1 June, due 1 July: both current on 30 June.
    const Invoice disputed = book.issue(customer, { { 1000, 10000 } }); // 100.00
    const Invoice fine = book.issue(customer, { { 1000, 5000 } }); // 50.00
    CollectionsService service(book.session());
    service.openDispute(disputed.id, QStringLiteral("Wrong quantity"),
                        QStringLiteral("Customer says 1 seat, not 2"), QDate(2026, 6, 20));
    QVERIFY(service.isDisputed(disputed.id));
    QVERIFY(!service.isDisputed(fine.id));
    QCOMPARE(service.disputedInvoiceIds(), std::vector<qint64> { disputed.id });
    QVERIFY_THROWS_EXCEPTION(Error, service.openDispute(disputed.id, QStringLiteral("again")));
    service.addNote(disputed.id, QStringLiteral("Called their AP"));

    const DashboardFigures f = DashboardReport(book.db()).figures(
        Period { QDate(2026, 6, 1), QDate(2026, 6, 30) }, QDate(2026, 6, 30));
    QCOMPARE(f.outstanding.minor(), 15000); // 100.00 + 50.00, unchanged by the dispute
    QCOMPARE(f.disputed.minor(), 10000);

    ReportTable aging;
    AgingReport(book.db()).run(QDate(2026, 6, 30), aging);
    QCOMPARE(aging.rows().size(), 2); // the customer, the EUR total
    QCOMPARE(cell(aging, 0, QStringLiteral("current")), QStringLiteral("150.00"));
    QCOMPARE(cell(aging, 0, QStringLiteral("total")), QStringLiteral("150.00"));
    QCOMPARE(cell(aging, 0, QStringLiteral("disputed")), QStringLiteral("100.00"));
    QCOMPARE(cell(aging, 1, QStringLiteral("disputed")), QStringLiteral("100.00"));
    // Before the dispute was opened nothing was disputed.
    ReportTable earlier;
    AgingReport(book.db()).run(QDate(2026, 6, 19), earlier);
    QCOMPARE(cell(earlier, 0, QStringLiteral("disputed")), QStringLiteral("0.00"));

    const Dispute closed
        = service.resolveDispute(disputed.id, DisputeResolution::Withdrawn, QDate(2026, 6, 25));
    QVERIFY(!service.isDisputed(disputed.id));
    QCOMPARE(closed.resolution, std::optional(DisputeResolution::Withdrawn));
    QCOMPARE(closed.resolvedBy, book.session().userName());
    const std::vector<Dispute> history = service.history(disputed.id);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history[0].reason, QStringLiteral("Wrong quantity"));
    QCOMPARE(history[0].openedDate, QDate(2026, 6, 20));
    QCOMPARE(history[0].notes.size(), std::size_t(2));
    QCOMPARE(history[0].notes[1].note, QStringLiteral("Called their AP"));
    ReportTable later;
    AgingReport(book.db()).run(QDate(2026, 6, 30), later);
    QCOMPARE(cell(later, 0, QStringLiteral("disputed")), QStringLiteral("0.00"));
    for (const char *action :
         { "invoice.dispute", "invoice.dispute_note", "invoice.dispute_resolve" })
        QCOMPARE(book.db()
                     .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
                     .bind(QString::fromLatin1(action))
                     .scalar()
                     .toLongLong(),
                 1);
}

void TestCollections::writeOffResolvesTheDispute()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000 } });
    CollectionsService service(book.session());
    service.openDispute(inv.id, QStringLiteral("Never delivered"), {}, QDate(2026, 6, 10));
    service.writeOff(inv.id, QStringLiteral("Settled by giving up"), QDate(2026, 6, 30));
    QVERIFY(!service.isDisputed(inv.id));
    const std::vector<Dispute> history = service.history(inv.id);
    QCOMPARE(history.back().resolution, std::optional(DisputeResolution::WriteOff));
    QCOMPARE(history.back().resolvedDate, QDate(2026, 6, 30));
    book.checkBooks();
}

void TestCollections::bulkWriteOffTakesThe90PlusBucket()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // As of 30 June: due 3 March is 119 days late (90+), due 14 April 77
    // days (61-90), due 1 July not yet due.
    const Invoice old = book.issue(customer, { { 1000, 11100 } }, QDate(2026, 2, 1));
    const Invoice recent = book.issue(customer, { { 1000, 2200 } }, QDate(2026, 3, 15));
    const Invoice current = book.issue(customer, { { 1000, 3300 } });
    CollectionsService service(book.session());
    const auto candidates = service.overdue(QDate(2026, 6, 30), 90);
    QCOMPARE(candidates.size(), std::size_t(1));
    QCOMPARE(candidates[0].number, old.number);
    QCOMPARE(candidates[0].balance.minor(), 11100);
    const std::vector<WriteOff> done
        = service.writeOffOverdue(QDate(2026, 6, 30), 90, QStringLiteral("Year-end clean-up"));
    QCOMPARE(done.size(), std::size_t(1));
    QCOMPARE(toString(book.reload(old.id).status), toString(InvoiceStatus::Uncollectible));
    QCOMPARE(toString(book.reload(recent.id).status), toString(InvoiceStatus::Open));
    QCOMPARE(toString(book.reload(current.id).status), toString(InvoiceStatus::Open));
    ReportTable aging;
    AgingReport(book.db()).run(QDate(2026, 6, 30), aging);
    QCOMPARE(cell(aging, 0, QStringLiteral("days_90_plus")), QStringLiteral("0.00"));
    QCOMPARE(cell(aging, 0, QStringLiteral("days_61_90")), QStringLiteral("22.00"));
    QCOMPARE(cell(aging, 0, QStringLiteral("total")), QStringLiteral("55.00")); // 22.00 + 33.00
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 11100);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 5500);
    QVERIFY(service.overdue(QDate(2026, 6, 30), 90).empty());
    book.checkBooks();
}

void TestCollections::viewerCannotWriteOffOrDispute()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000 } });
    const bool server = TestDatabase::onPostgres();
    static int n = 0;
    const QString viewer = server
        ? QStringLiteral("viewer_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n)
        : QStringLiteral("vera");
    UserRepository users(book.db());
    if (!server)
        users.setRole(book.session().userName(), Role::Admin);
    users.setRole(viewer, Role::Viewer);
    QString location = book.path();
    if (server) {
        QUrl url(location);
        url.setUserName(viewer);
        location = url.toString();
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    db->checkSchema();
    Session vera(*db, viewer);
    QCOMPARE(vera.role(), Role::Viewer);
    CollectionsService service(vera);
    try {
        service.writeOff(inv.id, QStringLiteral("no"));
        QFAIL("a viewer wrote an invoice off");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    QVERIFY_THROWS_EXCEPTION(Error, service.openDispute(inv.id, QStringLiteral("no")));
    QVERIFY_THROWS_EXCEPTION(Error,
                             service.writeOffOverdue(QDate(2027, 1, 1), 90, QStringLiteral("no")));
    QCOMPARE(toString(book.reload(inv.id).status), toString(InvoiceStatus::Open));
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 0);
}

QTEST_MAIN(TestCollections)
#include "tst_collections.moc"

// The Dashboard's "Due soon" and "Disputed" tiles and the invoice list's
// filters of the same names agree on which invoices they count.
void TestCollections::dueSoonAndDisputedFiguresAndFilters()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const QDate today(2026, 6, 30);
    // Due dates against 30 June (7 days: up to 7 July inclusive):
    const Invoice dueToday = book.issue(customer, { { 1000, 1000 } }, QDate(2026, 6, 1), 29);
    const Invoice dueIn7 = book.issue(customer, { { 1000, 2000 } }, QDate(2026, 6, 7), 30);
    const Invoice dueIn8 = book.issue(customer, { { 1000, 4000 } }, QDate(2026, 6, 8), 30);
    const Invoice overdue = book.issue(customer, { { 1000, 8000 } }, QDate(2026, 5, 1), 30);
    const Invoice paid = book.issue(customer, { { 1000, 16000 } }, QDate(2026, 6, 3), 30);
    PaymentService(book.session())
        .payInvoice(paid.id, paid.balance, today, PaymentMethodKind::Cash, QString());
    // Part-paid still counts with what is left: 20.00 - 5.00 = 15.00.
    PaymentService(book.session())
        .payInvoice(dueIn7.id, eur(500), today, PaymentMethodKind::Cash, QString());
    CollectionsService collections(book.session());
    collections.openDispute(overdue.id, QStringLiteral("Price"), {}, today);
    collections.openDispute(dueIn8.id, QStringLiteral("Quantity"), {}, today);

    const DashboardFigures f
        = DashboardReport(book.db()).figures(Period { QDate(2026, 6, 1), today }, today);
    QCOMPARE(f.dueSoon.minor(), 1000 + 1500); // due today 10.00 + due in 7 days 15.00
    QCOMPARE(f.dueSoonInvoices, 2);
    QCOMPARE(f.disputed.minor(), 8000 + 4000);
    QCOMPARE(f.disputedInvoices, 2);

    auto listed = [&](const QString &status) {
        InvoiceListFilter filter;
        filter.status = status;
        filter.today = today;
        filter.sortKey = QStringLiteral("number");
        QStringList numbers;
        QList<bool> flags;
        InvoiceRegister(book.db()).invoices(filter, [&](const InvoiceListRow &r) {
            numbers << r.number;
            flags << r.disputed;
        });
        // The count the list's footer shows agrees with the rows.
        if (InvoiceRegister(book.db()).invoiceCount(filter) != numbers.size())
            numbers << QStringLiteral("<count differs>");
        return std::pair { numbers, flags };
    };
    QCOMPARE(listed(QStringLiteral("due_soon")).first,
             (QStringList { dueToday.number, dueIn7.number }));
    const auto [disputed, flags] = listed(QStringLiteral("disputed"));
    QCOMPARE(disputed, (QStringList { dueIn8.number, overdue.number }));
    QCOMPARE(flags, (QList<bool> { true, true }));
    // The flag in the whole list: only the two disputed invoices carry it.
    const auto [all, allFlags] = listed(QString());
    QCOMPARE(all.size(), 5);
    QCOMPARE(allFlags.count(true), 2);
    // Resolving clears it, and the tile.
    collections.resolveDispute(dueIn8.id, DisputeResolution::Withdrawn, today);
    QCOMPARE(listed(QStringLiteral("disputed")).first, QStringList { overdue.number });
    const DashboardFigures after
        = DashboardReport(book.db()).figures(Period { QDate(2026, 6, 1), today }, today);
    QCOMPARE(after.disputed.minor(), 8000);
    QCOMPARE(after.disputedInvoices, 1);
}

void TestCollections::chosenInvoicesWrittenOffTogether()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    // All three 90+ on 30 June (due 3 March, 8 March, 13 March).
    const Invoice a = book.issue(customer, { { 1000, 1000 } }, QDate(2026, 2, 1));
    const Invoice b = book.issue(customer, { { 1000, 2000 } }, QDate(2026, 2, 6));
    const Invoice c = book.issue(customer, { { 1000, 4000 } }, QDate(2026, 2, 11));
    CollectionsService service(book.session());
    QCOMPARE(service.overdue(QDate(2026, 6, 30), 90).size(), std::size_t(3));
    QVERIFY_THROWS_EXCEPTION(
        Error, service.writeOffInvoices({ a.id, c.id }, QStringLiteral(" "), QDate(2026, 6, 30)));
    QVERIFY_THROWS_EXCEPTION(
        Error, service.writeOffInvoices({}, QStringLiteral("Gone"), QDate(2026, 6, 30)));
    // One that cannot be written off (b paid meanwhile) undoes the whole batch.
    PaymentService(book.session())
        .payInvoice(b.id, b.balance, QDate(2026, 6, 29), PaymentMethodKind::Cash, QString());
    QVERIFY_THROWS_EXCEPTION(
        Error,
        service.writeOffInvoices({ a.id, b.id, c.id }, QStringLiteral("Gone"), QDate(2026, 6, 30)));
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 0);
    const std::vector<WriteOff> done
        = service.writeOffInvoices({ a.id, c.id }, QStringLiteral("Gone"), QDate(2026, 6, 30));
    QCOMPARE(done.size(), std::size_t(2));
    QCOMPARE(book.roleBalance(QStringLiteral("bad_debt")), 1000 + 4000);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 0); // b paid, a and c written off
    const std::vector<WriteOff> ofC = service.writeOffs(c.id);
    QCOMPARE(ofC.size(), std::size_t(1));
    QCOMPARE(ofC[0].amount.minor(), 4000);
    QCOMPARE(ofC[0].reason, QStringLiteral("Gone"));
    QCOMPARE(ofC[0].date, QDate(2026, 6, 30));
    QVERIFY(service.writeOffs(b.id).empty());
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
                 .bind(QStringLiteral("invoice.write_off"))
                 .scalar()
                 .toLongLong(),
             2);
    book.checkBooks();
}

void TestCollections::paymentListShowsTheReceipt()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 1000 } });
    const Payment p = PaymentService(book.session())
                          .payInvoice(inv.id, inv.balance, QDate(2026, 6, 5),
                                      PaymentMethodKind::Cash, QString());
    PaymentListFilter filter;
    filter.customerId = customer;
    const auto rows = BookLists(book.db()).payments(filter, ListWindow<PaymentListRow>::top(0, 10));
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].id, p.id);
    QCOMPARE(rows[0].receiptNumber, QStringLiteral("RCT-2026-000001"));
}
