#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "domain/paymentmethodrules.h"
#include "exchange/columnmapping.h"
#include "exchange/customercsv.h"
#include "queries/booklists.h"
#include "storage/auditrepository.h"
#include "storage/customerrepository.h"
#include "testbook.h"

#include <QTest>
#include <algorithm>

using namespace Accrue;
using namespace Accrue::Testing;

// Customers a team runs: payment methods that hold no card data, archiving
// that keeps history, deleting only what has none, and the Customers list's
// balances.
class TestCustomers : public QObject
{
    Q_OBJECT

private slots:
    void cardNumbersAreRecognised_data();
    void cardNumbersAreRecognised();
    void ibansAreCheckedAndMasked_data();
    void ibansAreCheckedAndMasked();
    void paymentMethodFieldsAreChecked();
    void aCardNumberOrCvcIsNeverStored();
    void archivingKeepsHistoryAndStopsBilling();
    void deletingNeedsACustomerWithoutDocuments();
    void listShowsBalanceOverdueAndCredit();
    void listPagesByNameWithoutGaps();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
    void importThroughAColumnMapping();
    void columnMappingSavedAndLoadedAgain();
};

void TestCustomers::cardNumbersAreRecognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("card");
    QTest::newRow("visa test number") << QStringLiteral("4111111111111111") << true;
    QTest::newRow("with spaces") << QStringLiteral("4111 1111 1111 1111") << true;
    QTest::newRow("with dashes") << QStringLiteral("5555-5555-5555-4444") << true;
    QTest::newRow("amex, 15 digits") << QStringLiteral("378282246310005") << true;
    QTest::newRow("inside a label") << QStringLiteral("card 4012888888881881 (old)") << true;
    QTest::newRow("after other digits") << QStringLiteral("ref 12 4111 1111 1111 1111") << true;
    QTest::newRow("fails luhn") << QStringLiteral("4111111111111112") << false;
    QTest::newRow("reference, fails luhn") << QStringLiteral("RF18539007547035") << false;
    QTest::newRow("20 digits") << QStringLiteral("41111111111111111111") << false;
    QTest::newRow("twelve digits") << QStringLiteral("411111111111") << false;
    QTest::newRow("last four") << QStringLiteral("1111") << false;
    QTest::newRow("gateway id") << QStringLiteral("cus_Q8x2 pm_1NvA") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCustomers::cardNumbersAreRecognised()
{
    QFETCH(QString, text);
    QFETCH(bool, card);
    QCOMPARE(PaymentMethodRules::containsCardNumber(text), card);
}

void TestCustomers::ibansAreCheckedAndMasked_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("masked");
    // Examples from the IBAN registry; the check digits are theirs.
    QTest::newRow("DE") << QStringLiteral("DE89 3704 0044 0532 0130 00") << true
                        << QStringLiteral("******************3000");
    QTest::newRow("GB lower case") << QStringLiteral("gb29nwbk60161331926819") << true
                                   << QStringLiteral("******************6819");
    QTest::newRow("NO, 15") << QStringLiteral("NO9386011117947") << true
                            << QStringLiteral("***********7947");
    QTest::newRow("VA") << QStringLiteral("VA59 0011 2300 0012 3456 78") << true
                        << QStringLiteral("******************5678");
    // Its digits hold a stretch that passes the Luhn check: still an IBAN.
    QTest::newRow("DE, Luhn inside") << QStringLiteral("DE30 9568 7174 2892 4696 03") << true
                                     << QStringLiteral("******************9603");
    QTest::newRow("wrong check digits")
        << QStringLiteral("DE88370400440532013000") << false << QString();
    QTest::newRow("wrong length") << QStringLiteral("DE8937040044053201300") << false << QString();
    QTest::newRow("unknown country")
        << QStringLiteral("QQ89370400440532013000") << false << QString();
    QTest::newRow("punctuation") << QStringLiteral("DE89-3704-0044-0532-0130-00") << false
                                 << QString();
}

void TestCustomers::ibansAreCheckedAndMasked()
{
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    QFETCH(QString, masked);
    QCOMPARE(PaymentMethodRules::isValidIban(iban), valid);
    if (valid)
        QCOMPARE(PaymentMethodRules::maskedIban(iban), masked);
}

void TestCustomers::paymentMethodFieldsAreChecked()
{
    auto refused = [](PaymentMethod m, const QString &needle) {
        try {
            PaymentMethodRules::check(m);
        } catch (const Error &e) {
            return e.userMessage().contains(needle);
        }
        return false;
    };
    PaymentMethod card { 0, 0, QStringLiteral("card") };
    card.last4 = QStringLiteral("123");
    QVERIFY(refused(card, QStringLiteral("four digits")));
    card.last4 = QStringLiteral("1234");
    card.expiry = QStringLiteral("13/27");
    QVERIFY(refused(card, QStringLiteral("MM/YY")));
    card.expiry = QStringLiteral("09/27");
    PaymentMethodRules::check(card);
    PaymentMethod other { 0, 0, QStringLiteral("paypal") };
    QVERIFY(refused(other, QStringLiteral("not one of")));
    // A star does not make an account "already masked": it is checked.
    PaymentMethod starred { 0, 0, QStringLiteral("sepa_debit") };
    starred.account = QStringLiteral("4111111111111111*");
    QVERIFY(refused(starred, QStringLiteral("card number")));
    starred.account = QStringLiteral("****3000");
    QVERIFY(refused(starred, QStringLiteral("not a valid IBAN")));
}

void TestCustomers::aCardNumberOrCvcIsNeverStored()
{
    TestBook book;
    const qint64 id = book.addCustomer();
    CustomerService customers(book.session());
    PaymentMethod card { 0, 0, QStringLiteral("card"), QStringLiteral("4111 1111 1111 1111") };
    QVERIFY_THROWS_EXCEPTION(Error, customers.addPaymentMethod(id, card));
    QVERIFY_THROWS_EXCEPTION(Error, PaymentMethodRules::refuseSecurityCode());
    PaymentMethod debit { 0, 0, QStringLiteral("sepa_debit") };
    debit.mandateReference = QStringLiteral("MNDT-2026-001");
    debit.account = QStringLiteral("DE89 3704 0044 0532 0130 00");
    customers.addPaymentMethod(id, debit);
    const std::vector<PaymentMethod> stored = customers.paymentMethods(id);
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored[0].account, QStringLiteral("******************3000"));
    QCOMPARE(stored[0].mandateReference, QStringLiteral("MNDT-2026-001"));
    // Nowhere in the book: not in the table, not in the audit trail.
    const QString full = QStringLiteral("370400440532013000");
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ?"))
                 .bind(QStringLiteral("%") + full + u'%')
                 .scalar()
                 .toLongLong(),
             0);
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM payment_method WHERE "
                                       "COALESCE(account_masked, '') LIKE ? OR label LIKE ?"))
                 .bindAll(QStringLiteral("%4111%1111%"), QStringLiteral("%4111%"))
                 .scalar()
                 .toLongLong(),
             0);
}

void TestCustomers::archivingKeepsHistoryAndStopsBilling()
{
    TestBook book;
    const qint64 id = book.addCustomer();
    const Invoice inv = book.issue(id, { { 1000, 5000 } });
    CustomerService customers(book.session());
    customers.archive(id);
    QVERIFY(book.reload(inv.id).number == inv.number); // the history stays
    const std::vector<Customer> offered = customers.list();
    QVERIFY(std::none_of(offered.begin(), offered.end(),
                         [id](const Customer &c) { return c.id == id; }));
    try {
        InvoiceService(book.session()).createDraft(book.draft(id, { { 1000, 100 } }));
        QFAIL("an archived customer was billed");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("archived")), qPrintable(e.userMessage()));
    }
    PaymentMethod later { 0, 0, QStringLiteral("bank_transfer") };
    QVERIFY_THROWS_EXCEPTION(Error, customers.addPaymentMethod(id, later));
    customers.restore(id);
    InvoiceService(book.session()).createDraft(book.draft(id, { { 1000, 100 } }));
    QStringList actions;
    AuditRepository(book.db()).forEach([&actions](const AuditRecord &r) {
        actions << r.action;
        return true;
    });
    QVERIFY(actions.contains(QStringLiteral("customer.archive")));
    QVERIFY(actions.contains(QStringLiteral("customer.restore")));
    book.checkBooks();
}

void TestCustomers::deletingNeedsACustomerWithoutDocuments()
{
    TestBook book;
    CustomerService customers(book.session());
    Customer fresh;
    fresh.code = QStringLiteral("NEW");
    fresh.name = QStringLiteral("New Ltd");
    fresh.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile profile;
    PaymentMethod method { 0, 0, QStringLiteral("bank_transfer") };
    customers.create(fresh, profile, &method);
    customers.remove(fresh.id);
    QVERIFY(!customers.findByCode(QStringLiteral("NEW")));
    // The audit record keeps what went: the profile and the payment method.
    QString deleted;
    AuditRepository(book.db()).forEach([&deleted](const AuditRecord &r) {
        if (r.action == QLatin1String("customer.delete"))
            deleted = r.beforeJson;
        return true;
    });
    QVERIFY2(deleted.contains(QStringLiteral("\"billing_profiles\":[{"))
                 && deleted.contains(QStringLiteral("bank_transfer")),
             qPrintable(deleted));
    QCOMPARE(
        book.db()
            .query(QStringLiteral("SELECT COUNT(*) FROM billing_profile WHERE customer_id = ?"))
            .bind(fresh.id)
            .scalar()
            .toLongLong(),
        0);

    const qint64 billed = book.addCustomer(QStringLiteral("OLD"), QStringLiteral("Old Ltd"));
    book.issue(billed, { { 1000, 5000 } });
    try {
        customers.remove(billed);
        QFAIL("a customer with an invoice was deleted");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("1 invoice")),
                 qPrintable(e.userMessage()));
        QVERIFY(e.userMessage().contains(QStringLiteral("archive")));
    }
    QVERIFY(customers.findByCode(QStringLiteral("OLD")));
}

void TestCustomers::listShowsBalanceOverdueAndCredit()
{
    TestBook book; // today 2026-06-30
    const qint64 acme = book.addCustomer();
    const qint64 usd
        = book.addCustomer(QStringLiteral("US"), QStringLiteral("Usonia"), QStringLiteral("USD"));
    // 100.00 overdue since May, 250.00 not yet due, 40.00 paid on the latter.
    book.issue(acme, { { 1000, 10000 } }, QDate(2026, 4, 1));
    const Invoice current = book.issue(acme, { { 1000, 25000 } }, QDate(2026, 6, 20));
    PaymentService payments(book.session());
    payments.payInvoice(current.id, Money(4000, current.currency), QDate(2026, 6, 25),
                        PaymentMethodKind::Card, QString());
    // 30.00 received that no invoice takes: credit.
    PaymentService::Request extra;
    extra.customerId = acme;
    extra.amount = Money(3000, current.currency);
    extra.date = QDate(2026, 6, 26);
    extra.method = PaymentMethodKind::BankTransfer;
    payments.record(extra);
    // An invoice in another currency than the customer's is not summed in.
    Invoice foreign = book.draft(usd, { { 1000, 7000 } });
    InvoiceService(book.session()).issue(InvoiceService(book.session()).createDraft(foreign));

    CustomerListFilter filter;
    filter.today = book.session().today();
    const std::vector<CustomerListRow> rows
        = BookLists(book.db()).customers(filter, ListWindow<CustomerListRow>::top(0, 10));
    QCOMPARE(rows.size(), std::size_t(2));
    const CustomerListRow &a = rows[0];
    QCOMPARE(a.code, QStringLiteral("ACME"));
    QCOMPARE(a.balance.minor(), qint64(10000 + 25000 - 4000));
    QCOMPARE(a.overdue.minor(), qint64(10000));
    QCOMPARE(a.credit.minor(), qint64(3000));
    QCOMPARE(rows[1].balance.minor(), qint64(0)); // USD customer, EUR invoice
    QCOMPARE(BookLists(book.db()).customerCount(filter), qint64(2));
    filter.search = QStringLiteral("uson");
    QCOMPARE(BookLists(book.db()).customerCount(filter), qint64(1));
}

void TestCustomers::listPagesByNameWithoutGaps()
{
    TestBook book;
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        // Repeated names: the id breaks the tie.
        const QString name = QStringLiteral("Customer %1").arg(i % 13, 2, 10, QLatin1Char('0'));
        book.addCustomer(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0')), name);
    }
    CustomerListFilter filter;
    filter.today = book.session().today();
    BookLists lists(book.db());
    const std::vector<CustomerListRow> all
        = lists.customers(filter, ListWindow<CustomerListRow>::top(0, 100));
    QCOMPARE(all.size(), std::size_t(40));
    std::vector<CustomerListRow> paged;
    auto window = ListWindow<CustomerListRow>::top(0, 7);
    for (;;) {
        const auto rows = lists.customers(filter, window);
        paged.insert(paged.end(), rows.begin(), rows.end());
        if (rows.size() < 7)
            break;
        window = { rows.back(), ListWindow<CustomerListRow>::Direction::Forward, 0, 7 };
    }
    QCOMPARE(paged.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        QCOMPARE(paged[i].id, all[i].id);
}

void TestCustomers::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error"); // empty: imports
    const QByteArray header = "code,name,currency,terms_days,email,country,city\n";
    QTest::newRow("good, with a BOM and quotes") << QByteArray("\xEF\xBB\xBF") + header
            + "A1,\"Alpha, Inc.\",EUR,14,ap@alpha.example,de,Berlin\nB2,Beta,USD,,,US,\n"
                                                 << QString();
    QTest::newRow("unknown currency")
        << header + "A1,Alpha,EUR,14,,,\nB2,Beta,EURO,30,,,\n"
        << QStringLiteral("customers.csv:3: currency: “EURO” is not an ISO 4217 currency code");
    QTest::newRow("terms not a number") << header + "A1,Alpha,EUR,two weeks,,,\n"
                                        << QStringLiteral("customers.csv:2: terms_days:");
    QTest::newRow("same code twice")
        << header + "A1,Alpha,EUR,14,,,\nA1,Again,EUR,14,,,\n"
        << QStringLiteral("customers.csv:3: code: a customer with the code “A1” exists already");
    QTest::newRow("unknown column") << QByteArray("code,name,currency,fax\nA1,A,EUR,1\n")
                                    << QStringLiteral("customers.csv:1: unknown column “fax”");
    QTest::newRow("row cut short") << header + "A1,Alpha,EUR\n"
                                   << QStringLiteral("customers.csv:2: 3 fields");
    QTest::newRow("Latin-1, not UTF-8") << header + "A1,M\xFCller GmbH,EUR,14,,,\n"
                                        << QStringLiteral("customers.csv");
    QTest::newRow("control character in a name") << header + QByteArray("A1,Al\x01pha,EUR,14,,,\n")
                                                 << QStringLiteral("customers.csv:2: name:");
}

void TestCustomers::importIsAllOrNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    TestBook book;
    CustomerService customers(book.session());
    if (error.isEmpty()) {
        QCOMPARE(customers.importCsv(csv, QStringLiteral("customers.csv")), 2);
        const Customer alpha = *customers.findByCode(QStringLiteral("A1"));
        QCOMPARE(alpha.name, QStringLiteral("Alpha, Inc."));
        QCOMPARE(alpha.paymentTermsDays, 14);
        QCOMPARE(customers.profiles(alpha.id).front().country, QStringLiteral("DE"));
        QCOMPARE(customers.findByCode(QStringLiteral("B2"))->currency.code(),
                 QStringLiteral("USD"));
        return;
    }
    try {
        customers.importCsv(csv, QStringLiteral("customers.csv"));
        QFAIL("imported a bad file");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().startsWith(error), qPrintable(e.userMessage()));
    }
    QCOMPARE(CustomerRepository(book.db()).count(), 0); // nothing half-done is kept
}

// Another tool's export: semicolons, Windows-1252 ("Müller"), its own
// headers in another order, a note spanning two lines, an extra column.
// Mapped onto Accrue's columns, line for line: the error names the line of
// the file as the user has it, and nothing is kept; then it all goes in.
void TestCustomers::importThroughAColumnMapping()
{
    TestBook tb;
    const ColumnMapping mapping = ColumnMapping::fromJson(
        R"({"delimiter": ";", "encoding": "windows-1252",
            "columns": {"code": "Kundennr", "name": "Firma", "currency": "3", "notes": "Notiz"}})",
        QStringLiteral("legacy.json"));
    QByteArray file = "Kundennr;Firma;W\xe4hrung;Notiz;Umsatz\r\n"
                      "K1;M\xfcller GmbH;EUR;\"zwei\r\nZeilen\";12\r\n"
                      "\r\n"
                      "K2;Schulz AG;EURO;;3\r\n";
    const QByteArray mapped
        = mapping.apply(file, QStringLiteral("kunden.csv"), CustomerCsv::columns());
    CustomerService customers(tb.session());
    try {
        customers.importCsv(mapped, QStringLiteral("kunden.csv"));
        QFAIL("imported an unknown currency");
    } catch (const Error &e) {
        // K2 is on line 5 of the file: the header, K1's two lines, a blank.
        QVERIFY2(e.userMessage().startsWith(QStringLiteral("kunden.csv:5: currency")),
                 qPrintable(e.userMessage()));
    }
    QVERIFY(!customers.findByCode(QStringLiteral("K1")));
    file.replace("EURO", "EUR");
    QCOMPARE(customers.importCsv(
                 mapping.apply(file, QStringLiteral("kunden.csv"), CustomerCsv::columns()),
                 QStringLiteral("kunden.csv")),
             2);
    const Customer k1 = *customers.findByCode(QStringLiteral("K1"));
    QCOMPARE(k1.name, QStringLiteral("M\u00fcller GmbH"));
    QVERIFY(k1.notes.startsWith(QStringLiteral("zwei")));
    // A column the file lacks, or one Accrue does not have, is named.
    const ColumnMapping wrong = ColumnMapping::fromJson(
        R"({"delimiter": ";", "columns": {"code": "Kunde", "name": "Firma"}})",
        QStringLiteral("wrong.json"));
    QVERIFY_THROWS_EXCEPTION(
        Error, wrong.apply(file, QStringLiteral("kunden.csv"), CustomerCsv::columns()));
    const ColumnMapping unknown = ColumnMapping::fromJson(R"({"columns": {"colour": "Firma"}})",
                                                          QStringLiteral("unknown.json"));
    QVERIFY_THROWS_EXCEPTION(
        Error, unknown.apply(file, QStringLiteral("kunden.csv"), CustomerCsv::columns()));
}

// What the GUI saves is what the CLI's --mapping reads, and reads back the
// same: delimiter, encoding, header names and a 1-based position.
void TestCustomers::columnMappingSavedAndLoadedAgain()
{
    ColumnMapping saved;
    saved.delimiter = u';';
    saved.encoding = QStringLiteral("windows-1252");
    saved.columns = { { QStringLiteral("code"), QStringLiteral("Kundennr.") },
                      { QStringLiteral("name"), QStringLiteral("Firma") },
                      { QStringLiteral("currency"), QStringLiteral("3") } };
    const QByteArray json = saved.toJson();
    const ColumnMapping loaded = ColumnMapping::fromJson(json, QStringLiteral("saved.json"));
    QCOMPARE(loaded.delimiter, QChar(u';'));
    QCOMPARE(loaded.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(loaded.columns.size(), 3);
    QVERIFY(loaded == saved);
    // Order is not part of a mapping; a changed column is.
    ColumnMapping reordered = saved;
    std::reverse(reordered.columns.begin(), reordered.columns.end());
    QVERIFY(reordered == saved);
    reordered.columns[0].second = QStringLiteral("4");
    QVERIFY(!(reordered == saved));
    // A tab survives as a tab, not as text.
    saved.delimiter = u'\t';
    QCOMPARE(ColumnMapping::fromJson(saved.toJson(), QStringLiteral("tab.json")).delimiter,
             QChar(u'\t'));
    // The readers' required columns are among those they know.
    for (const QString &required : CustomerCsv::requiredColumns())
        QVERIFY(CustomerCsv::columns().contains(required));
    QCOMPARE(CustomerCsv::requiredColumns(),
             QStringList(
                 { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("currency") }));
}

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
