#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "ledger/postingrules.h"
#include "testbook.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void entrySidesAndReversal();
    void postingRulesBalance();
    void randomOperationsKeepTheBooksBalanced();
};

void TestLedger::entrySidesAndReversal()
{
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    JournalEntry e;
    e.id = 7;
    e.currency = eur;
    e.debit(1, Money(500, eur));
    e.credit(2, Money(300, eur));
    e.credit(3, Money(200, eur));
    e.debit(4, Money(0, eur)); // no line for zero
    e.credit(5, Money(-50, eur)); // a negative credit is a debit
    e.credit(6, Money(50, eur));
    QCOMPARE(e.lines.size(), std::size_t(5));
    QCOMPARE(e.totalDebit().minor(), 550);
    QCOMPARE(e.totalCredit().minor(), 550);
    QVERIFY(e.isBalanced());
    const JournalEntry r = e.reversed(QDate(2026, 1, 31), QStringLiteral("undo"));
    QCOMPARE(r.reversesId, 7);
    QCOMPARE(r.lines[0].creditMinor, 500);
    QVERIFY(r.isBalanced());
    QVERIFY(!JournalEntry().isBalanced()); // an empty entry is not a posting
}

void TestLedger::postingRulesBalance()
{
    TestBook book;
    const PostingRules rules(AccountRepository(book.db()).loadChart());
    Invoice inv = book.draft(1, { { 1000, 999, 190000, 1000 }, { 3000, 333, 70000 } });
    inv.computeTotals();
    QVERIFY(rules.invoiceIssued(inv).isBalanced());
    const Currency eur = inv.currency;
    Payment p;
    p.amount = Money(5000, eur);
    p.currency = eur;
    QVERIFY(rules.paymentReceived(p, Money(4000, eur)).isBalanced());
    QVERIFY(rules.paymentReceived(p, Money(5000, eur)).isBalanced());
    CreditNote n;
    n.currency = eur;
    n.lines = { { 0, 1, 0, QStringLiteral("x"), Money(1000, eur), 1900, Money(190, eur),
                  inv.lines[0].revenueAccountId ? inv.lines[0].revenueAccountId : 7 } };
    n.subtotal = Money(1000, eur);
    n.tax = Money(190, eur);
    n.total = Money(1190, eur);
    QVERIFY(rules.creditNoteIssued(n, Money(500, eur)).isBalanced());
}

// Thousands of random operations through the services, including ones that
// must fail; afterwards the trial balance nets to zero, AR equals the sum of
// open balances and customer credit equals the unapplied money.
void TestLedger::randomOperationsKeepTheBooksBalanced()
{
    TestBook book;
    QRandomGenerator random(20261123);
    std::vector<qint64> customers;
    for (int i = 0; i < 6; ++i)
        customers.push_back(
            book.addCustomer(QStringLiteral("C%1").arg(i), QStringLiteral("Customer %1").arg(i)));
    const qint64 product = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100"));
    InvoiceService invoices(book.session());
    PaymentService payments(book.session());
    CreditNoteService notes(book.session());
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    std::vector<qint64> issued;
    int failures = 0;
    const int operations = 2500;
    QDate day(2025, 1, 1);
    for (int op = 0; op < operations; ++op) {
        day = day.addDays(random.bounded(2));
        const qint64 customer = customers[random.bounded(int(customers.size()))];
        try {
            switch (issued.empty() ? 0 : random.bounded(6)) {
            case 0:
            case 1: {
                std::vector<LineSpec> lines;
                for (int l = 0, n = 1 + random.bounded(3); l < n; ++l)
                    lines.push_back(
                        { qint64(1 + random.bounded(5000)), qint64(random.bounded(100000)),
                          int(random.bounded(3) * 95000), int(random.bounded(2) * 500) });
                const qint64 id
                    = invoices.createDraft(book.draft(customer, lines, day, 30, product));
                if (random.bounded(10) > 0)
                    issued.push_back(invoices.issue(id).id);
                break;
            }
            case 2:
            case 3: {
                const qint64 id = issued[random.bounded(int(issued.size()))];
                const Invoice inv = book.reload(id);
                const qint64 amount = random.bounded(3) == 0
                    ? inv.balance.minor()
                    : qint64(1 + random.bounded(int(inv.total.minor() + 2000)));
                payments.payInvoice(id, Money(amount, eur), day, PaymentMethodKind::BankTransfer,
                                    QStringLiteral("op %1").arg(op));
                break;
            }
            case 4: {
                CreditNoteService::Request req;
                req.invoiceId = issued[random.bounded(int(issued.size()))];
                req.reason = QStringLiteral("random");
                req.date = day;
                req.applyToInvoice = random.bounded(4) > 0;
                if (random.bounded(2)) {
                    req.mode = CreditNoteService::Mode::Amount;
                    req.amount = Money(1 + random.bounded(5000), eur);
                }
                notes.issue(req);
                break;
            }
            case 5:
                payments.applyCredit(
                    issued[random.bounded(int(issued.size()))],
                    random.bounded(2) ? Money() : Money(1 + random.bounded(3000), eur), day);
                break;
            }
        } catch (const Error &) {
            ++failures; // refused operations must leave nothing behind
        }
    }
    qInfo("%d operations, %d refused, %d invoices issued", operations, failures,
          int(issued.size()));
    QVERIFY(failures < operations / 2);
    book.checkBooks();
    // Each invoice's stored balance equals its total less its allocations.
    PaymentRepository allocations(book.db());
    for (qint64 id : issued) {
        const Invoice inv = book.reload(id);
        qint64 allocated = 0;
        for (const Allocation &a : allocations.allocationsForInvoice(id))
            allocated += a.amount.minor();
        QCOMPARE(inv.balance.minor(), inv.total.minor() - allocated);
        QVERIFY(!inv.balance.isNegative());
    }
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
