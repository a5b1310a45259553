#include "billing/invoiceservice.h"
#include "billing/recognitionservice.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "documents/invoicehtml.h"
#include "exchange/invoicecsv.h"
#include "exchange/invoicejson.h"
#include "storage/auditrepository.h"
#include "storage/customerrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QSqlQuery>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestInvoicing : public QObject
{
    Q_OBJECT

private slots:
    void documentShowsTheProfileChosenOnTheInvoice();
    void validation_data();
    void validation();
    void lineAmounts_data();
    void lineAmounts();
    void issueNumbersPostsAndAudits();
    void issuedInvoiceRefusesEditsThroughEveryPath();
    void numbersStayGaplessWhenIssueFailsMidway();
    void numberingRestartsEachYear();
    void twoConnectionsNeverShareANumber();
    void draftCanBeEditedAndDeleted();
    void invoiceViewEscapesAndShowsEverything();
    void companySettingsNumberAndHeadTheInvoice();
    void actionsFollowStatusAndRole_data();
    void actionsFollowStatusAndRole();
    void draftCustomerAndProductDefaults();
    void jsonImportNamesEachLinesRecognition();
    void csvImportNamesEachLinesRecognition();
    void importRefusesARecognitionTheLineCannotHave_data();
    void importRefusesARecognitionTheLineCannotHave();
};

namespace {

// A product at `priceMinor` EUR recognised by `method`, booked to 4100.
qint64 addRecognisedProduct(TestBook &book, const QString &code, const QString &method,
                            qint64 priceMinor)
{
    const qint64 id = book.addProduct(code, QStringLiteral("4100"));
    ProductRepository products(book.db());
    Product p = *products.find(id);
    p.recognitionMethod = method;
    p.unitPrice = Money(priceMinor, Currency::require(QStringLiteral("EUR")));
    products.update(p);
    return id;
}

// What `invoice create --issue` does with a file's drafts: all of them in
// one transaction.
std::vector<Invoice> issueAll(TestBook &book, const std::vector<Invoice> &drafts)
{
    InvoiceService service(book.session());
    std::vector<Invoice> issued;
    Transaction tx(book.db());
    for (const Invoice &draft : drafts)
        issued.push_back(service.issue(service.createDraft(draft)));
    tx.commit();
    return issued;
}

QStringList methodsOf(TestBook &book, const Invoice &inv)
{
    QStringList methods;
    for (const InvoiceLine &line : book.reload(inv.id).lines)
        methods << line.recognitionMethod;
    return methods;
}

qint64 invoiceCount(TestBook &book)
{
    return book.db().query(QStringLiteral("SELECT COUNT(*) FROM invoice")).scalar().toLongLong();
}

} // namespace

void TestInvoicing::validation_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("field");
    QTest::newRow("no customer") << 0 << "customer";
    QTest::newRow("no lines") << 1 << "lines";
    QTest::newRow("negative quantity") << 2 << "line 1";
    QTest::newRow("due before issue") << 3 << "due_date";
    QTest::newRow("tax rate over 100%") << 4 << "line 1";
    QTest::newRow("negative tax rate") << 5 << "line 1";
    QTest::newRow("empty description") << 6 << "line 1";
    QTest::newRow("discount over 100%") << 7 << "line 1";
}

void TestInvoicing::validation()
{
    QFETCH(int, breakage);
    QFETCH(QString, field);
    TestBook book;
    const qint64 customer = book.addCustomer();
    Invoice inv = book.draft(customer, { { 1000, 10000, 190000 } });
    QVERIFY(InvoiceRules::validate(inv).isEmpty());
    switch (breakage) {
    case 0:
        inv.customerId = 0;
        break;
    case 1:
        inv.lines.clear();
        break;
    case 2:
        inv.lines[0].quantityMilli = -1000;
        break;
    case 3:
        inv.dueDate = inv.issueDate.addDays(-1);
        break;
    case 4:
        inv.lines[0].taxRatePpm = 1000001;
        break;
    case 5:
        inv.lines[0].taxRatePpm = -1;
        break;
    case 6:
        inv.lines[0].description = QStringLiteral("  ");
        break;
    case 7:
        inv.lines[0].discountBp = 12000;
        break;
    }
    const QStringList problems = InvoiceRules::validate(inv);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(field + u':'), qPrintable(problems.first()));
    InvoiceService service(book.session());
    QVERIFY_THROWS_EXCEPTION(Error, service.createDraft(inv));
    QCOMPARE(InvoiceRepository(book.db()).count(), 0); // nothing half-kept
}

void TestInvoicing::lineAmounts_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<int>("discountBp");
    QTest::addColumn<int>("taxPpm");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    QTest::newRow("plain") << qint64(2000) << qint64(1050) << 0 << 190000 << qint64(2100)
                           << qint64(399);
    // 1.5 x 0.33 = 0.495 -> 0.50 (half away from zero)
    QTest::newRow("half cent up") << qint64(1500) << qint64(33) << 0 << 0 << qint64(50)
                                  << qint64(0);
    // 19% of 0.50 = 0.095 -> 0.10
    QTest::newRow("tax half") << qint64(1000) << qint64(50) << 0 << 190000 << qint64(50)
                              << qint64(10);
    // 10% discount of 9.99 = 0.999 -> 1.00; net 8.99; tax 20% = 1.798 -> 1.80
    QTest::newRow("discount") << qint64(1000) << qint64(999) << 1000 << 200000 << qint64(899)
                              << qint64(180);
    QTest::newRow("thousandths") << qint64(1234) << qint64(10000) << 0 << 70000 << qint64(12340)
                                 << qint64(864);
    // New York City 8.875 %: 10.00 x 88750 / 1000000 = 0.8875 -> 0.89
    QTest::newRow("ppm rate") << qint64(1000) << qint64(1000) << 0 << 88750 << qint64(1000)
                              << qint64(89);
    // 3 x 19.99 = 59.97 less 5 % (2.9985 -> 3.00) = 56.97 at 9.4375 %:
    // 5697 x 94375 / 1000000 = 537.654375 -> 5.38
    QTest::newRow("four decimals")
        << qint64(3000) << qint64(1999) << 500 << 94375 << qint64(5697) << qint64(538);
}

void TestInvoicing::lineAmounts()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPrice);
    QFETCH(int, discountBp);
    QFETCH(int, taxPpm);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    InvoiceLine line;
    line.quantityMilli = quantityMilli;
    line.unitPrice = Money(unitPrice, Currency::require(QStringLiteral("EUR")));
    line.discountBp = discountBp;
    line.taxRatePpm = taxPpm;
    line.computeAmounts(Currency::require(QStringLiteral("EUR")));
    QCOMPARE(line.net.minor(), net);
    QCOMPARE(line.tax.minor(), tax);
}

void TestInvoicing::issueNumbersPostsAndAudits()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const qint64 product = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100"));
    InvoiceService service(book.session());
    Invoice d = book.draft(customer, { { 2000, 10000, 190000 }, { 1000, 5000, 70000 } },
                           QDate(2026, 3, 5), 30, product);
    const qint64 id = service.createDraft(d);
    const Invoice issued = service.issue(id);
    QCOMPARE(issued.number, QStringLiteral("INV-2026-000001"));
    QVERIFY(issued.status == InvoiceStatus::Open);
    QCOMPARE(issued.total.minor(), 20000 + 3800 + 5000 + 350);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), issued.total.minor());
    QCOMPARE(book.roleBalance(QStringLiteral("tax_payable")), -(3800 + 350));
    const auto revenue = AccountRepository(book.db()).findByCode(QStringLiteral("4100"));
    QVERIFY(revenue);
    qint64 revenueCredit = 0;
    for (const auto &t : JournalRepository(book.db()).totals(QDate(2026, 12, 31)))
        if (t.code == QLatin1String("4100"))
            revenueCredit = t.creditMinor - t.debitMinor;
    QCOMPARE(revenueCredit, 25000);
    book.checkBooks();
    QCOMPARE(AuditRepository(book.db()).count(), 2); // create + issue
    QVERIFY(issued.displayStatus(QDate(2026, 3, 10)) == DisplayStatus::Open);
    QVERIFY(issued.displayStatus(QDate(2026, 5, 10)) == DisplayStatus::Overdue);
}

void TestInvoicing::issuedInvoiceRefusesEditsThroughEveryPath()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    InvoiceService service(book.session());
    const Invoice issued = book.issue(customer, { { 1000, 10000, 190000 } });

    Invoice changed = issued;
    changed.lines[0].unitPrice = Money(1, changed.currency);
    QVERIFY_THROWS_EXCEPTION(Error, service.updateDraft(changed));
    QVERIFY_THROWS_EXCEPTION(Error, service.deleteDraft(issued.id));
    QVERIFY_THROWS_EXCEPTION(Error, service.issue(issued.id));

    // Past the services, straight at the database: the schema refuses too.
    QSqlQuery q(book.db().connection());
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE invoice SET total_minor = 1 WHERE id = %1").arg(issued.id)));
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE invoice_line SET unit_price_minor = 1 WHERE invoice_id = %1")
                    .arg(issued.id)));
    QVERIFY(
        !q.exec(QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = %1").arg(issued.id)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM invoice WHERE id = %1").arg(issued.id)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO invoice_line (invoice_id, position, description, "
                                   "quantity_milli, unit_price_minor, net_minor, tax_minor, "
                                   "revenue_account_id) VALUES (%1, 9, 'x', 1000, 1, 1, 0, 1)")
                        .arg(issued.id)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE journal_line SET debit_minor = 0")));
    const Invoice after = book.reload(issued.id);
    QCOMPARE(after.total.minor(), issued.total.minor());
    QCOMPARE(after.lines.size(), issued.lines.size());
    QCOMPARE(after.lines[0].unitPrice.minor(), issued.lines[0].unitPrice.minor());
}

void TestInvoicing::numbersStayGaplessWhenIssueFailsMidway()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    InvoiceService service(book.session());
    QCOMPARE(book.issue(customer, { { 1000, 100 } }).number, QStringLiteral("INV-2026-000001"));

    // Make the journal posting fail after the number was taken.
    QSqlQuery q(book.db().connection());
    const bool pg = book.db().dialect() == Database::Dialect::Postgres;
    if (pg)
        QVERIFY(q.exec(QStringLiteral(
            "CREATE FUNCTION fail_posting() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'simulated failure'; END $$;"
            "CREATE TRIGGER fail_posting BEFORE INSERT ON journal_line FOR EACH ROW "
            "WHEN (NEW.debit_minor = 777) EXECUTE FUNCTION fail_posting()")));
    else
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER fail_posting BEFORE INSERT ON journal_line WHEN NEW.debit_minor = 777 "
            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
    const qint64 failing = service.createDraft(book.draft(customer, { { 1000, 777 } }));
    const qint64 auditBefore = AuditRepository(book.db()).count();
    QVERIFY_THROWS_EXCEPTION(Error, service.issue(failing));
    const Invoice stillDraft = book.reload(failing);
    QVERIFY(stillDraft.status == InvoiceStatus::Draft);
    QVERIFY(stillDraft.number.isEmpty());
    QCOMPARE(AuditRepository(book.db()).count(), auditBefore);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 100);

    QCOMPARE(book.issue(customer, { { 1000, 200 } }).number, QStringLiteral("INV-2026-000002"));
    QVERIFY(q.exec(pg ? QStringLiteral("DROP TRIGGER fail_posting ON journal_line")
                      : QStringLiteral("DROP TRIGGER fail_posting")));
    QCOMPARE(service.issue(failing).number, QStringLiteral("INV-2026-000003"));
    book.checkBooks();
}

void TestInvoicing::numberingRestartsEachYear()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    QCOMPARE(book.issue(customer, { { 1000, 100 } }, QDate(2025, 12, 31)).number,
             QStringLiteral("INV-2025-000001"));
    QCOMPARE(book.issue(customer, { { 1000, 100 } }, QDate(2026, 1, 1)).number,
             QStringLiteral("INV-2026-000001"));
    QCOMPARE(book.issue(customer, { { 1000, 100 } }, QDate(2025, 12, 30)).number,
             QStringLiteral("INV-2025-000002"));
}

void TestInvoicing::twoConnectionsNeverShareANumber()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    auto second = Database::open(book.path(), Database::OpenMode::MustExist);
    second->checkSchema();
    Session other(*second, QStringLiteral("colleague"));
    InvoiceService mine(book.session());
    InvoiceService theirs(other);
    QStringList numbers;
    for (int i = 0; i < 10; ++i) {
        const qint64 a = mine.createDraft(book.draft(customer, { { 1000, 100 + i } }));
        const qint64 b = theirs.createDraft(book.draft(customer, { { 1000, 200 + i } }));
        numbers << theirs.issue(b).number << mine.issue(a).number;
    }
    QStringList sorted = numbers;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), 20);
    QCOMPARE(sorted.first(), QStringLiteral("INV-2026-000001"));
    QCOMPARE(sorted.last(), QStringLiteral("INV-2026-000020"));
}

void TestInvoicing::draftCanBeEditedAndDeleted()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    InvoiceService service(book.session());
    const qint64 id = service.createDraft(book.draft(customer, { { 1000, 100 } }));
    Invoice d = book.reload(id);
    d.lines.push_back(d.lines.front());
    d.lines.back().unitPrice = Money(250, d.currency);
    service.updateDraft(d);
    QCOMPARE(book.reload(id).total.minor(), 350);
    // A stale copy (older version) is refused: someone else saved meanwhile.
    QVERIFY_THROWS_EXCEPTION(Error, service.updateDraft(d));
    service.deleteDraft(id);
    QCOMPARE(InvoiceRepository(book.db()).count(), 0);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 0);
}

void TestInvoicing::invoiceViewEscapesAndShowsEverything()
{
    TestBook book;
    const qint64 customer
        = book.addCustomer(QStringLiteral("EVIL"), QStringLiteral("<b>Evil</b> & Co"));
    Invoice d = book.draft(customer, { { 2000, 12345, 190000 }, { 1000, 500, 0 } });
    d.lines[0].description = QStringLiteral("Widgets <script>alert(1)</script>");
    InvoiceService service(book.session());
    const Invoice inv = service.issue(service.createDraft(d));
    const QString html = InvoiceHtml::render(service.documentData(inv.id), QLocale::c());
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Evil&lt;/b&gt; &amp; Co")));
    QVERIFY(!html.contains(QStringLiteral("<b>Evil")));
    QVERIFY(html.contains(QStringLiteral("Widgets &lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(inv.number));
    QVERIFY(html.contains(QStringLiteral("Line 2")));
    QVERIFY2(html.contains(inv.total.format(QLocale::c()).toHtmlEscaped()), qPrintable(html));
}

void TestInvoicing::companySettingsNumberAndHeadTheInvoice()
{
    TestBook book;
    SettingsService settings(book.session());
    CompanySettings company = settings.company();
    QCOMPARE(company.invoicePrefix, QStringLiteral("INV")); // defaults before anything is saved
    company.legalName = QStringLiteral("Smith & Sons <Ltd>");
    company.iban = QStringLiteral("DE89 3704 0044 0532 0130 01"); // one digit off
    QVERIFY_THROWS_EXCEPTION(Error, settings.saveCompany(company));
    company.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    company.invoicePrefix = QStringLiteral("inv");
    QVERIFY_THROWS_EXCEPTION(Error, settings.saveCompany(company));
    company.invoicePrefix = QStringLiteral("RE");
    company.footer = QStringLiteral("Thank you");
    const qint64 auditBefore = AuditRepository(book.db()).count();
    settings.saveCompany(company);
    QCOMPARE(AuditRepository(book.db()).count(), auditBefore + 1);
    // Saving the same (now stale) copy again is refused, naming who saved.
    try {
        settings.saveCompany(company);
        QFAIL("a stale settings save went through");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.userMessage().contains(book.session().userName()), qPrintable(e.userMessage()));
    }
    company = settings.company();
    QCOMPARE(settings.company().legalName, company.legalName);

    const Invoice inv = book.issue(book.addCustomer(), { { 1000, 5000, 190000 } });
    QCOMPARE(inv.number, QStringLiteral("RE-2026-000001"));
    const QString html
        = InvoiceHtml::render(InvoiceService(book.session()).documentData(inv.id), QLocale::c());
    QVERIFY(html.contains(QStringLiteral("Smith &amp; Sons &lt;Ltd&gt;")));
    QVERIFY(html.contains(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    QVERIFY(html.contains(QStringLiteral("Payment reference")));
    QVERIFY(html.contains(QStringLiteral("<b>RE-2026-000001</b>")));
    QVERIFY(html.contains(QStringLiteral("Thank you")));
}

void TestInvoicing::documentShowsTheProfileChosenOnTheInvoice()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    CustomerRepository customers(book.db());
    BillingProfile head;
    head.customerId = customer;
    head.name = QStringLiteral("Head office");
    head.isDefault = true;
    head.city = QStringLiteral("Lyon");
    customers.insertProfile(head);
    BillingProfile branch;
    branch.customerId = customer;
    branch.name = QStringLiteral("Branch");
    branch.city = QStringLiteral("Nantes");
    customers.insertProfile(branch);

    InvoiceService service(book.session());
    Invoice inv = book.draft(customer, { { 1000, 5000 } });
    inv.billingProfileId = branch.id;
    const qint64 chosen = service.createDraft(inv);
    QCOMPARE(service.documentData(chosen).profile->city, QStringLiteral("Nantes"));
    // None chosen: the customer's default.
    const qint64 plain = service.createDraft(book.draft(customer, { { 1000, 5000 } }));
    QCOMPARE(service.documentData(plain).profile->city, QStringLiteral("Lyon"));
}

void TestInvoicing::actionsFollowStatusAndRole_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("allowed"); // the actions, in InvoiceAction order
    // Edit Issue Delete Duplicate Pay Credit Void ApplyCredit Remind Pdf
    QTest::newRow("draft") << "draft"
                           << "EIDu......";
    QTest::newRow("open") << "open"
                          << "...uPCVARF";
    QTest::newRow("partially paid") << "partially_paid"
                                    << "...uPCVARF";
    QTest::newRow("overdue") << "overdue"
                             << "...uPCVARF";
    QTest::newRow("paid") << "paid"
                          << "...u.C...F";
    QTest::newRow("void") << "void"
                          << "...u.....F";
    QTest::newRow("uncollectible") << "uncollectible"
                                   << "...u.CV..F";
    QTest::newRow("unknown") << "nonsense"
                             << "..........";
}

// One table for the Invoices page, its context menu and the invoice view:
// what each status allows, and what each role may of that.
void TestInvoicing::actionsFollowStatusAndRole()
{
    QFETCH(QString, status);
    QFETCH(QString, allowed);
    const InvoiceAction actions[]
        = { InvoiceAction::Edit,      InvoiceAction::Issue,       InvoiceAction::Delete,
            InvoiceAction::Duplicate, InvoiceAction::Pay,         InvoiceAction::Credit,
            InvoiceAction::Void,      InvoiceAction::ApplyCredit, InvoiceAction::Remind,
            InvoiceAction::Pdf };
    for (int i = 0; i < 10; ++i) {
        const bool expected = allowed.at(i) != u'.';
        QCOMPARE(InvoiceRules::allows(actions[i], status), expected);
        QCOMPARE(InvoiceRules::allows(actions[i], status, Role::Admin), expected);
        QCOMPARE(InvoiceRules::allows(actions[i], status, Role::Finance), expected);
        QVERIFY(!InvoiceRules::allows(actions[i], status, Role::Viewer));
    }
    // Every filter choice has a name, the first is every status.
    const auto filters = InvoiceRules::statusFilters();
    QVERIFY(filters.front().key.isEmpty());
    for (const InvoiceStatusFilter &f : filters)
        QVERIFY(!f.name.isEmpty());
}

// A new draft, a chosen customer and a chosen product fill in the same
// fields wherever the invoice is written (editor, lines, JSON import).
void TestInvoicing::draftCustomerAndProductDefaults()
{
    TestBook book;
    book.addCustomer(QStringLiteral("Y1"), QStringLiteral("Yank"), QStringLiteral("USD"));
    book.addCustomer(QStringLiteral("Y2"), QStringLiteral("Yonder"), QStringLiteral("USD"));
    const qint64 eurCustomer = book.addCustomer();
    CompanySettings company = SettingsService(book.session()).company();
    company.legalName = QStringLiteral("Accrue Test GmbH");
    company.defaultTermsDays = 14;
    SettingsService(book.session()).saveCompany(company);

    Invoice draft = InvoiceService(book.session()).newDraft();
    QCOMPARE(draft.currency.code(), QStringLiteral("USD")); // most customers
    QCOMPARE(draft.issueDate, book.session().today());
    QCOMPARE(draft.dueDate, book.session().today().addDays(14));

    Customer acme = *CustomerRepository(book.db()).find(eurCustomer);
    acme.paymentTermsDays = 45;
    InvoiceRules::applyCustomer(draft, acme, 7);
    QCOMPARE(draft.customerId, eurCustomer);
    QCOMPARE(draft.billingProfileId, qint64(7));
    QCOMPARE(draft.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(draft.dueDate, draft.issueDate.addDays(45));

    Product p;
    p.id = 3;
    p.name = QStringLiteral("Core Platform");
    p.currency = Currency::require(QStringLiteral("EUR"));
    p.unitPrice = Money(9900, p.currency);
    p.taxRatePpm = 190000;
    p.recognitionMethod = RecognitionMethod::Ratably;
    InvoiceLine line;
    line.unitPrice = Money(1, p.currency);
    line.revenueAccountId = 99;
    QVERIFY(InvoiceRules::applyProduct(line, p, Currency::require(QStringLiteral("EUR"))));
    QCOMPARE(line.productId, qint64(3));
    QCOMPARE(line.description, p.name);
    QCOMPARE(line.unitPrice.minor(), qint64(9900));
    QCOMPARE(line.taxRatePpm, 190000);
    QCOMPARE(line.recognitionMethod, RecognitionMethod::Ratably);
    QCOMPARE(line.revenueAccountId, qint64(0)); // the service takes the product's
    InvoiceLine dollars;
    dollars.unitPrice = Money(5, Currency::require(QStringLiteral("USD")));
    QVERIFY(!InvoiceRules::applyProduct(dollars, p, Currency::require(QStringLiteral("USD"))));
    QCOMPARE(dollars.unitPrice.minor(), qint64(5)); // a EUR price is no USD price
    QCOMPARE(dollars.description, p.name);
}

void TestInvoicing::jsonImportNamesEachLinesRecognition()
{
    TestBook book;
    book.addCustomer();
    addRecognisedProduct(book, QStringLiteral("SUBS"), RecognitionMethod::Ratably, 12000);
    addRecognisedProduct(book, QStringLiteral("API"), RecognitionMethod::AsDelivered, 50);
    const QByteArray json = R"({ "customer": "ACME", "issue_date": "2026-01-01",
        "lines": [
          { "description": "Annual support", "unit_price": "1200.00",
            "service_start": "2026-01-01", "service_end": "2026-12-31",
            "recognition": "ratably" },
          { "description": "Set-up", "unit_price": "300.00", "recognition": "point_in_time" },
          { "description": "Implementation", "unit_price": "500.00",
            "recognition": "milestone" },
          { "product": "SUBS", "service_start": "2026-01-01", "service_end": "2026-03-31" },
          { "product": "SUBS", "recognition": "point_in_time" },
          { "product": "API", "quantity": "10", "recognition": "as_delivered" } ] })";
    const Invoice inv
        = issueAll(book, { InvoiceJson::parse(json, QStringLiteral("inv.json"), book.db()) })
              .front();
    // Named, or the product's (SUBS is ratable) when the line names none.
    QCOMPARE(methodsOf(book, inv),
             QStringList({ RecognitionMethod::Ratably, RecognitionMethod::PointInTime,
                           RecognitionMethod::Milestone, RecognitionMethod::Ratably,
                           RecognitionMethod::PointInTime, RecognitionMethod::AsDelivered }));
    // Deferred at issue: 1,200.00 (support, first row 31 Jan) + 500.00
    // (awaiting its milestone) + 120.00 (SUBS over January to March) =
    // 1,820.00; set-up, SUBS at a point in time and 10 x 0.50 of API are
    // earned on the issue date.
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -182000);
    // Through 31 January: 1,200.00 x 31/365 = 101.92 and 120.00 x 31/90 =
    // 41.33 (31 of the 90 days of January to March); 143.25 recognised.
    const auto summary = RecognitionService(book.session()).run(QDate(2026, 1, 31));
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("EUR")), 14325);
    // Left deferred: 1,098.08 + 500.00 + 78.67 = 1,676.75.
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -167675);
    book.checkBooks();
}

void TestInvoicing::csvImportNamesEachLinesRecognition()
{
    TestBook book;
    book.addCustomer();
    addRecognisedProduct(book, QStringLiteral("SUBS"), RecognitionMethod::Ratably, 12000);
    addRecognisedProduct(book, QStringLiteral("API"), RecognitionMethod::AsDelivered, 50);
    // A: hosting ratably over January to June, a go-live milestone. B: SUBS
    // by its product (ratably), 4 API at 0.50 by its product (as delivered).
    const QByteArray csv = "invoice,customer,issue_date,product,description,quantity,unit_price,"
                           "service_start,service_end,recognition\n"
                           "A,ACME,2026-01-01,,Hosting,1,600.00,2026-01-01,2026-06-30,ratably\n"
                           "A,,,,Go-live,1,250.00,,,milestone\n"
                           "B,ACME,2026-01-15,SUBS,,1,,2026-01-15,2026-04-14,\n"
                           "B,,,API,,4,,,,\n";
    const std::vector<Invoice> issued
        = issueAll(book, InvoiceCsv::parse(csv, QStringLiteral("invoices.csv"), book.db()));
    QCOMPARE(issued.size(), std::size_t(2));
    QCOMPARE(methodsOf(book, issued[0]),
             QStringList({ RecognitionMethod::Ratably, RecognitionMethod::Milestone }));
    QCOMPARE(methodsOf(book, issued[1]),
             QStringList({ RecognitionMethod::Ratably, RecognitionMethod::AsDelivered }));
    // Through 31 January: hosting 600.00 x 31/181 = 102.76 (January to June
    // is 181 days); SUBS 120.00 x 17/90 = 22.67 (15-31 January of 90 days
    // to 14 April). Left deferred: 497.24 + 250.00 + 97.33 = 844.57.
    const auto summary = RecognitionService(book.session()).run(QDate(2026, 1, 31));
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("EUR")), 10276 + 2267);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -84457);
    book.checkBooks();
}

void TestInvoicing::importRefusesARecognitionTheLineCannotHave_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray jsonHead = R"({ "customer": "ACME", "issue_date": "2026-01-01", "lines": [
        { "description": "Fine", "unit_price": "10.00" }, )";
    QTest::newRow("json: unknown")
        << "inv.json"
        << jsonHead + R"({ "description": "x", "unit_price": "1", "recognition": "monthly" } ] })"
        << "inv.json: lines[2].recognition: “monthly” is not a recognition method "
           "(point_in_time, ratably, as_delivered, milestone)";
    QTest::newRow("json: spelled otherwise")
        << "inv.json"
        << jsonHead + R"({ "description": "x", "unit_price": "1", "recognition": "Ratably" } ] })"
        << "inv.json: lines[2].recognition: “Ratably” is not a recognition method";
    QTest::newRow("json: as delivered, ratable product")
        << "inv.json" << jsonHead + R"({ "product": "SUBS", "recognition": "as_delivered" } ] })"
        << "inv.json: lines[2].recognition: as_delivered bills recorded usage, and usage is "
           "recorded only for products recognised as delivered; SUBS is recognised ratably";
    // In CSV the first invoice is fine; the second's third row is not.
    const QByteArray csvHead = "invoice,customer,issue_date,description,unit_price,service_start,"
                               "service_end,recognition\n"
                               "A,ACME,2026-01-01,Fine,10.00,,,\n";
    QTest::newRow("csv: ratably without a service period")
        << "bad.csv"
        << csvHead
            + "B,ACME,2026-01-01,Support,1200.00,2026-01-01,2026-12-31,ratably\n"
              "B,,,Extra,10.00,,,ratably\n"
        << "bad.csv:4: recognition: ratably needs the service period to spread over "
           "(service_start and service_end)";
    QTest::newRow("csv: as delivered without a product")
        << "bad.csv" << csvHead + "B,ACME,2026-01-01,Calls,10.00,,,as_delivered\n"
        << "bad.csv:3: recognition: as_delivered bills the usage recorded for a product";
    QTest::newRow("csv: unknown") << "bad.csv"
                                  << csvHead + "B,ACME,2026-01-01,Calls,10.00,,,usage\n"
                                  << "bad.csv:3: recognition: “usage” is not a recognition method";
}

void TestInvoicing::importRefusesARecognitionTheLineCannotHave()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    TestBook book;
    book.addCustomer();
    addRecognisedProduct(book, QStringLiteral("SUBS"), RecognitionMethod::Ratably, 12000);
    try {
        // As `invoice create` reads a file: all of it before anything is stored.
        issueAll(book,
                 file.endsWith(QLatin1String(".csv"))
                     ? InvoiceCsv::parse(content, file, book.db())
                     : std::vector { InvoiceJson::parse(content, file, book.db()) });
        QFAIL("the file was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().startsWith(message), qPrintable(e.userMessage()));
    }
    QCOMPARE(invoiceCount(book), 0);
}

QTEST_GUILESS_MAIN(TestInvoicing)
#include "tst_invoicing.moc"
