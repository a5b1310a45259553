#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/settingsservice.h"
#include "billing/taxservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "domain/taxrules.h"
#include "exchange/taxratecsv.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "reports/taxreport.h"
#include "storage/auditrepository.h"
#include "storage/customerrepository.h"
#include "storage/taxraterepository.h"
#include "testbook.h"

#include <QTest>
#include <tuple>

using namespace Accrue;
using namespace Accrue::Testing;
using namespace Qt::StringLiterals;

// Taxes by place: which rate a line pays (region over country, validity,
// categories, reverse charge, the product's rate where there is no table),
// the tax table's rules, and the tax report against the ledger.
class TestTaxes : public QObject
{
    Q_OBJECT

private slots:
    void productBringsItsTaxCategory();
    void regionRateWinsOverTheCountrys();
    void validityDatesChooseTheRate();
    void untaxedCategoriesResolveToZero();
    void aCountryWithoutRatesKeepsTheLinesRate();
    void placeIsStateOrRegionOrTheCompanysCountry();
    void reverseChargeForBusinessesAbroad();
    void ratesAreValidatedAndMayNotOverlap_data();
    void ratesAreValidatedAndMayNotOverlap();
    void importIsAllOrNothing();
    void viewersMayNotChangeRates();
    void booksWithoutATaxTableKeepTheirRates();
    void issueTakesTheRateOfTheIssueDate();
    void invoicesTaxedByPlaceAndReportedByRate();
    void ratesHaveFourDecimals();
    void newYorkCityAtEightPointEightSevenFive();
};

namespace {

TaxRate rate(const char *country, const char *region, const QString &category, int ppm,
             const QDate &from = {}, const QDate &to = {})
{
    TaxRate r;
    r.country = QString::fromLatin1(country);
    r.region = QString::fromLatin1(region);
    r.category = category;
    r.ratePpm = ppm;
    r.name = QStringLiteral("%1 %2").arg(r.country, category);
    r.validFrom = from;
    r.validTo = to;
    return r;
}

Money eur(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("EUR")));
}

Money usd(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("USD")));
}

// A book with a company taxed in Germany, its tax table, three products of
// different categories and customers in several places.
struct TaxBook
{
    TestBook book;
    qint64 saas = 0, ebook = 0, training = 0;

    TaxBook()
    {
        CompanySettings company;
        company.legalName = QStringLiteral("Accrue GmbH");
        company.taxCountry = QStringLiteral("DE");
        SettingsService(book.session()).saveCompany(company);
        TaxService taxes(book.session());
        for (TaxRate r : { rate("US", "NY", TaxCategory::Standard, 40000),
                           rate("US", "CA", TaxCategory::Standard, 72500),
                           rate("DE", "", TaxCategory::Standard, 190000),
                           rate("DE", "", TaxCategory::Reduced, 70000),
                           rate("AT", "", TaxCategory::Standard, 200000),
                           rate("AT", "", TaxCategory::ReverseCharge, 0) })
            taxes.addRate(r);
        saas = product("SAAS", TaxCategory::Standard);
        ebook = product("EBOOK", TaxCategory::Reduced);
        training = product("TRAIN", TaxCategory::Exempt);
    }

    qint64 product(const char *code, const QString &category)
    {
        const qint64 id = book.addProduct(QString::fromLatin1(code), QStringLiteral("4000"));
        Product p = *ProductRepository(book.db()).find(id);
        p.taxCategory = category;
        p.taxRatePpm = 100000; // what a book without a tax table would charge
        ProductRepository(book.db()).update(p);
        return id;
    }

    // A customer with a default billing profile at the place given.
    qint64 customer(const char *code, const char *currency, const char *country, const char *region,
                    const char *state, const char *taxId = "")
    {
        const qint64 id = book.addCustomer(QString::fromLatin1(code), QString::fromLatin1(code),
                                           QString::fromLatin1(currency));
        if (*taxId) {
            CustomerRepository customers(book.db());
            Customer c = *customers.find(id);
            c.taxId = QString::fromLatin1(taxId);
            customers.update(c, QStringLiteral("tester"));
        }
        if (*country || *region || *state) {
            BillingProfile p;
            p.customerId = id;
            p.name = QStringLiteral("Main");
            p.isDefault = true;
            p.country = QString::fromLatin1(country);
            p.region = QString::fromLatin1(region);
            p.stateProvince = QString::fromLatin1(state);
            CustomerRepository(book.db()).insertProfile(p);
        }
        return id;
    }

    struct Line
    {
        qint64 product;
        qint64 quantityMilli;
        qint64 unitPriceMinor;
        int discountBp = 0;
        int overridePpm = -1; // >= 0: a rate set by hand (ppm)
    };

    qint64 draft(qint64 customerId, const char *currency, const std::vector<Line> &lines,
                 const QDate &date = QDate(2026, 6, 10))
    {
        Invoice inv;
        inv.customerId = customerId;
        inv.currency = Currency::require(QString::fromLatin1(currency));
        inv.issueDate = date;
        inv.dueDate = date.addDays(30);
        for (const Line &spec : lines) {
            InvoiceLine l;
            l.productId = spec.product;
            l.description = QStringLiteral("Line");
            l.quantityMilli = spec.quantityMilli;
            l.unitPrice = Money(spec.unitPriceMinor, inv.currency);
            l.discountBp = spec.discountBp;
            l.taxRatePpm = spec.overridePpm >= 0 ? spec.overridePpm : 100000;
            l.taxOverride = spec.overridePpm >= 0;
            inv.lines.push_back(l);
        }
        return InvoiceService(book.session()).createDraft(inv);
    }

    Invoice issue(qint64 customerId, const char *currency, const std::vector<Line> &lines)
    {
        return InvoiceService(book.session()).issue(draft(customerId, currency, lines));
    }
};

QString cell(const ReportTable &t, int row, const char *key)
{
    for (int c = 0; c < t.columns().size(); ++c)
        if (t.columns().at(c).key == QLatin1String(key))
            return plainCellText(t.rows().at(row).at(c));
    return QStringLiteral("<no column %1>").arg(QString::fromLatin1(key));
}

// "AT||reverse_charge|0.00|2010.00|0.00": one row of the tax report.
QString rowText(const ReportTable &t, int row)
{
    QStringList parts;
    for (const char *key :
         { "currency", "country", "region", "category", "rate", "taxable", "tax" })
        parts << cell(t, row, key);
    return parts.join(u'|');
}

} // namespace

void TestTaxes::regionRateWinsOverTheCountrys()
{
    const std::vector<TaxRate> rates { rate("US", "", TaxCategory::Standard, 50000),
                                       rate("US", "NY", TaxCategory::Standard, 40000),
                                       rate("US", "NY", TaxCategory::Reduced, 20000) };
    const QDate day(2026, 6, 1);
    QCOMPARE(TaxRules::resolve(rates, QStringLiteral("US"), QStringLiteral("NY"),
                               TaxCategory::Standard, day)
                 ->ratePpm,
             40000);
    // Regions compare without regard to case.
    QCOMPARE(TaxRules::resolve(rates, QStringLiteral("US"), QStringLiteral("ny"),
                               TaxCategory::Reduced, day)
                 ->ratePpm,
             20000);
    // Texas has no rate of its own: the country's.
    QCOMPARE(TaxRules::resolve(rates, QStringLiteral("US"), QStringLiteral("TX"),
                               TaxCategory::Standard, day)
                 ->ratePpm,
             50000);
    QCOMPARE(TaxRules::resolve(rates, QStringLiteral("US"), QString(), TaxCategory::Standard, day)
                 ->ratePpm,
             50000);
    // Reduced exists in New York only: elsewhere in the country it is missing.
    QVERIFY_THROWS_EXCEPTION(Error,
                             TaxRules::resolve(rates, QStringLiteral("US"), QStringLiteral("TX"),
                                               TaxCategory::Reduced, day));
}

void TestTaxes::validityDatesChooseTheRate()
{
    // Germany's temporary cut of 2020: 19 % to June, 16 % July to December.
    const std::vector<TaxRate> rates {
        rate("DE", "", TaxCategory::Standard, 190000, {}, QDate(2020, 6, 30)),
        rate("DE", "", TaxCategory::Standard, 160000, QDate(2020, 7, 1), QDate(2020, 12, 31)),
        rate("DE", "", TaxCategory::Standard, 190000, QDate(2021, 1, 1)),
    };
    auto on = [&rates](const QDate &d) {
        return TaxRules::resolve(rates, QStringLiteral("DE"), QStringLiteral("BY"),
                                 TaxCategory::Standard, d)
            ->ratePpm;
    };
    QCOMPARE(on(QDate(2019, 1, 1)), 190000);
    QCOMPARE(on(QDate(2020, 6, 30)), 190000);
    QCOMPARE(on(QDate(2020, 7, 1)), 160000);
    QCOMPARE(on(QDate(2020, 12, 31)), 160000);
    QCOMPARE(on(QDate(2021, 1, 1)), 190000);
    QCOMPARE(on(QDate(2030, 5, 5)), 190000);
}

void TestTaxes::untaxedCategoriesResolveToZero()
{
    const std::vector<TaxRate> rates { rate("DE", "", TaxCategory::Standard, 190000),
                                       rate("DE", "", TaxCategory::Zero, 0) };
    const QDate day(2026, 6, 1);
    for (const QString &category :
         { TaxCategory::Zero, TaxCategory::Exempt, TaxCategory::ReverseCharge }) {
        const auto r = TaxRules::resolve(rates, QStringLiteral("DE"), QString(), category, day);
        QVERIFY(r);
        QCOMPARE(r->ratePpm, 0);
        QCOMPARE(r->category, category);
        QCOMPARE(r->country, QStringLiteral("DE"));
    }
    // A reduced line in a country with rates but no reduced one is an error
    // that says what is missing, not a silent 0 %.
    try {
        TaxRules::resolve(rates, QStringLiteral("DE"), QString(), TaxCategory::Reduced, day);
        QFAIL("a missing reduced rate resolved");
    } catch (const Error &e) {
        QVERIFY2(
            e.userMessage().contains(QStringLiteral("no reduced tax rate for DE on 2026-06-01")),
            qPrintable(e.userMessage()));
    }
}

void TestTaxes::aCountryWithoutRatesKeepsTheLinesRate()
{
    const std::vector<TaxRate> rates { rate("DE", "", TaxCategory::Standard, 190000) };
    const QDate day(2026, 6, 1);
    QVERIFY(!TaxRules::resolve(rates, QStringLiteral("FR"), QString(), TaxCategory::Standard, day));
    QVERIFY(!TaxRules::resolve(rates, QString(), QString(), TaxCategory::Standard, day));
    QVERIFY(!TaxRules::resolve({}, QStringLiteral("DE"), QString(), TaxCategory::Reduced, day));
}

void TestTaxes::placeIsStateOrRegionOrTheCompanysCountry()
{
    BillingProfile p;
    p.country = QStringLiteral("us");
    p.region = QStringLiteral("Northeast");
    p.stateProvince = QStringLiteral("ny ");
    TaxPlace place = TaxRules::placeOf(&p, QStringLiteral("DE"));
    QCOMPARE(place.country, QStringLiteral("US"));
    QCOMPARE(place.region, QStringLiteral("NY"));
    p.stateProvince.clear();
    p.region = QStringLiteral("CA");
    QCOMPARE(TaxRules::placeOf(&p, QStringLiteral("DE")).region, QStringLiteral("CA"));
    // No country on the profile: the company's, without the profile's region.
    p.country.clear();
    place = TaxRules::placeOf(&p, QStringLiteral("DE"));
    QCOMPARE(place.country, QStringLiteral("DE"));
    QCOMPARE(place.region, QString());
    place = TaxRules::placeOf(nullptr, QString());
    QVERIFY(place.country.isEmpty());
}

void TestTaxes::reverseChargeForBusinessesAbroad()
{
    const std::vector<TaxRate> rates { rate("AT", "", TaxCategory::Standard, 200000),
                                       rate("AT", "", TaxCategory::ReverseCharge, 0),
                                       rate("DE", "", TaxCategory::Standard, 190000),
                                       rate("DE", "", TaxCategory::ReverseCharge, 0) };
    const QDate day(2026, 6, 1);
    const TaxPlace vienna { QStringLiteral("AT"), QString() };
    const TaxPlace berlin { QStringLiteral("DE"), QString() };
    const QString home = QStringLiteral("DE");
    auto category = [&](const QString &own, const TaxPlace &place, bool business) {
        return TaxRules::categoryFor(own, place, business, home, rates, day);
    };
    QCOMPARE(category(TaxCategory::Standard, vienna, true), TaxCategory::ReverseCharge);
    QCOMPARE(category(TaxCategory::Reduced, vienna, true), TaxCategory::ReverseCharge);
    // A consumer in Austria pays Austrian VAT; an exempt supply stays exempt.
    QCOMPARE(category(TaxCategory::Standard, vienna, false), TaxCategory::Standard);
    QCOMPARE(category(TaxCategory::Exempt, vienna, true), TaxCategory::Exempt);
    // At home a business pays the tax like anyone.
    QCOMPARE(category(TaxCategory::Standard, berlin, true), TaxCategory::Standard);
    // Without a home country nothing is abroad.
    QCOMPARE(TaxRules::categoryFor(TaxCategory::Standard, vienna, true, QString(), rates, day),
             TaxCategory::Standard);
    // A country without a reverse_charge rate is not reverse-charged.
    const TaxPlace paris { QStringLiteral("FR"), QString() };
    QCOMPARE(category(TaxCategory::Standard, paris, true), TaxCategory::Standard);
}

void TestTaxes::ratesAreValidatedAndMayNotOverlap_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("ppm");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QDate none;
    const QString de = u"DE"_s, whole, standard = TaxCategory::Standard;
    QTest::newRow("three letters")
        << u"DEU"_s << whole << standard << 190000 << none << none << u"country:"_s;
    QTest::newRow("digits") << u"D1"_s << whole << standard << 190000 << none << none
                            << u"country:"_s;
    QTest::newRow("unknown category")
        << de << whole << u"luxury"_s << 190000 << none << none << u"category:"_s;
    QTest::newRow("over 100 %") << de << whole << standard << 1000001 << none << none << u"rate:"_s;
    QTest::newRow("negative") << de << whole << standard << -1 << none << none << u"rate:"_s;
    QTest::newRow("exempt with a rate")
        << de << whole << TaxCategory::Exempt << 50000 << none << none << u"rate:"_s;
    QTest::newRow("ends before it starts")
        << de << whole << TaxCategory::Reduced << 70000 << QDate(2026, 2, 1) << QDate(2026, 1, 31)
        << u"valid_to:"_s;
    // The book already has DE standard 19 % from 2021-01-01 on.
    QTest::newRow("overlaps the open-ended one")
        << de << whole << standard << 210000 << QDate(2030, 1, 1) << none << u"valid_from:"_s;
    QTest::newRow("overlaps by a day")
        << u"de"_s << whole << standard << 160000 << QDate(2020, 7, 1) << QDate(2021, 1, 1)
        << u"valid_from:"_s;
    QTest::newRow("ends the day before") << u"de"_s << whole << standard << 160000
                                         << QDate(2020, 7, 1) << QDate(2020, 12, 31) << QString();
    QTest::newRow("another region")
        << de << u"by"_s << standard << 210000 << QDate(2030, 1, 1) << none << QString();
    QTest::newRow("100 % is allowed")
        << de << whole << TaxCategory::Reduced << 1000000 << none << none << QString();
}

void TestTaxes::ratesAreValidatedAndMayNotOverlap()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QString, category);
    QFETCH(int, ppm);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, error);
    TestBook book;
    TaxService taxes(book.session());
    TaxRate existing = rate("DE", "", TaxCategory::Standard, 190000, QDate(2021, 1, 1));
    taxes.addRate(existing);
    TaxRate r;
    r.country = country;
    r.region = region;
    r.category = category;
    r.ratePpm = ppm;
    r.validFrom = from;
    r.validTo = to;
    try {
        taxes.addRate(r);
        QVERIFY2(error.isEmpty(), "the rate was accepted");
        // Stored upper-cased, with a name made up for it.
        QCOMPARE(r.country, QStringLiteral("DE"));
        QCOMPARE(r.region, region.toUpper());
        QVERIFY(r.name.startsWith(QStringLiteral("DE")));
        QCOMPARE(taxes.rates(QStringLiteral("de")).size(), std::size_t(2));
    } catch (const Error &e) {
        QVERIFY2(!error.isEmpty(), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().startsWith(error), qPrintable(e.userMessage()));
        QCOMPARE(taxes.rates().size(), std::size_t(1));
    }
}

void TestTaxes::importIsAllOrNothing()
{
    TestBook book;
    TaxService taxes(book.session());
    const QByteArray good = "country,region,category,rate,name,valid_from,valid_to\n"
                            "US,NY,standard,4,NY state sales tax,,\n"
                            "us,ca,standard,7.25 %,,2026-01-01,\n"
                            "DE,,reduced,7,USt 7 %,,\n";
    QCOMPARE(taxes.importCsv(good, QStringLiteral("rates.csv")), 3);
    const std::vector<TaxRate> rates = taxes.rates();
    QCOMPARE(rates.size(), std::size_t(3));
    // By country, region, category.
    QCOMPARE(rates[0].country, QStringLiteral("DE"));
    QCOMPARE(rates[1].region, QStringLiteral("CA"));
    QCOMPARE(rates[1].ratePpm, 72500);
    QCOMPARE(rates[1].validFrom, QDate(2026, 1, 1));
    QCOMPARE(rates[1].name, QStringLiteral("US-CA standard 7.25 %"));
    QCOMPARE(rates[2].name, QStringLiteral("NY state sales tax"));
    QVERIFY(!rates[2].validFrom.isValid());
    QVERIFY(!rates[2].validTo.isValid());

    // A bad row anywhere keeps every row out, and says where and what.
    const std::pair<QByteArray, QString> bad[] = {
        { "country,category,rate\nFR,standard,20\nFR,standard,19,5\n",
          QStringLiteral("bad.csv:3: 4 fields, but the header names 3") },
        { "country,category,rate\nFR,standard,20\nFR,reduced,5.5.5\n",
          QStringLiteral("bad.csv:3: rate: “5.5.5” is not a percentage") },
        { "country,category,rate\nFR,standard,20\nFRA,reduced,5.5\n",
          QStringLiteral("bad.csv:3: country:") },
        { "country,category,rate,valid_from\nFR,standard,20,\nFR,standard,19,2026-13-01\n",
          QStringLiteral("bad.csv:3: valid_from: “2026-13-01” is not a date") },
        // The second overlaps the first of the same file.
        { "country,category,rate\nFR,standard,20\nFR,standard,19\n",
          QStringLiteral("bad.csv:3: valid_from: the standard rate") },
        { "country,category,percent\nFR,standard,20\n",
          QStringLiteral("bad.csv:1: unknown column “percent”") },
        { "country,rate\nFR,20\n", QStringLiteral("bad.csv:1: a “category” column is required") },
    };
    for (const auto &[csv, message] : bad) {
        try {
            taxes.importCsv(csv, QStringLiteral("bad.csv"));
            QFAIL(csv.constData());
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().startsWith(message), qPrintable(e.userMessage()));
        }
        QCOMPARE(taxes.rates(QStringLiteral("FR")).size(), std::size_t(0));
    }
    // Each rate added is in the audit trail.
    int audited = 0;
    AuditRepository(book.db()).forEach([&audited](const AuditRecord &r) {
        audited += r.action == QLatin1String("tax_rate.create");
        return true;
    });
    QCOMPARE(audited, 3);
}

void TestTaxes::viewersMayNotChangeRates()
{
    TestBook book;
    if (book.db().dialect() != Database::Dialect::Sqlite)
        QSKIP("roles of a server book are its logins (tst_team)");
    UserService(book.session()).setRole(QStringLiteral("vic"), Role::Viewer);
    Session vic(book.db(), QStringLiteral("vic"));
    TaxRate r = rate("DE", "", TaxCategory::Standard, 190000);
    QVERIFY_THROWS_EXCEPTION(Error, TaxService(vic).addRate(r));
    QVERIFY_THROWS_EXCEPTION(
        Error, TaxService(vic).importCsv("country,category,rate\nDE,standard,19\n", u"r.csv"_s));
    QVERIFY_THROWS_EXCEPTION(Error, TaxService(vic).setTaxCountry(QStringLiteral("DE")));
    QCOMPARE(TaxService(vic).rates().size(), std::size_t(0));
}

void TestTaxes::booksWithoutATaxTableKeepTheirRates()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 product = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4000"));
    // 2 x 100.00 at the line's 20 %: net 200.00, tax 40.00.
    Invoice draft = book.draft(acme, { { 2000, 10000, 200000 } }, QDate(2026, 6, 1), 30, product);
    InvoiceService service(book.session());
    const Invoice issued = service.issue(service.createDraft(draft));
    QCOMPARE(issued.lines.at(0).taxRatePpm, 200000);
    QCOMPARE(issued.tax, eur(4000));
    QCOMPARE(issued.total, eur(24000));
    const Invoice stored = book.reload(issued.id);
    QCOMPARE(stored.lines.at(0).taxCategory, TaxCategory::Standard); // the product's
    QCOMPARE(stored.lines.at(0).taxCountry, QString());
    QVERIFY(!stored.lines.at(0).taxOverride);
    QCOMPARE(stored.version, issued.version);
}

void TestTaxes::issueTakesTheRateOfTheIssueDate()
{
    TaxBook t;
    TaxService taxes(t.book.session());
    // A (made-up) cut in the Netherlands from 21 % to 16 % on 2026-08-01.
    for (TaxRate r : { rate("NL", "", TaxCategory::Standard, 210000, {}, QDate(2026, 7, 31)),
                       rate("NL", "", TaxCategory::Standard, 160000, QDate(2026, 8, 1)) })
        taxes.addRate(r);
    const qint64 ams = t.customer("AMS", "EUR", "NL", "", "");
    // Drafted in July: 21 % of 100.00 = 21.00.
    const qint64 id = t.draft(ams, "EUR", { { t.saas, 1000, 10000 } }, QDate(2026, 7, 20));
    Invoice draft = t.book.reload(id);
    QCOMPARE(draft.lines.at(0).taxRatePpm, 210000);
    QCOMPARE(draft.tax, eur(2100));
    // Issued in August: 16 % of 100.00 = 16.00, total 116.00, and the ledger
    // has what the invoice says.
    const Invoice issued = InvoiceService(t.book.session()).issue(id, QDate(2026, 8, 3));
    QCOMPARE(issued.lines.at(0).taxRatePpm, 160000);
    QCOMPARE(issued.tax, eur(1600));
    QCOMPARE(issued.total, eur(11600));
    const Invoice stored = t.book.reload(id);
    QCOMPARE(stored.tax, eur(1600));
    QCOMPARE(stored.lines.at(0).tax, eur(1600));
    QCOMPARE(t.book.roleBalance(QStringLiteral("tax_payable")), -1600);
    t.book.checkBooks();

    // An open-ended rate changes by ending it: 21 % to 2026-12-31 (not
    // before its start), then 19 % from 2027-01-01 may be added.
    TaxRate be = rate("BE", "", TaxCategory::Standard, 210000);
    taxes.addRate(be);
    TaxRate cut = rate("BE", "", TaxCategory::Standard, 190000, QDate(2027, 1, 1));
    QVERIFY_THROWS_EXCEPTION(Error, taxes.addRate(cut));
    QVERIFY_THROWS_EXCEPTION(Error, taxes.endRate(be.id, QDate()));
    taxes.endRate(be.id, QDate(2026, 12, 31));
    cut.id = 0;
    taxes.addRate(cut);
    QCOMPARE(taxes.rates(QStringLiteral("BE")).size(), std::size_t(2));

    // A standard line where the country has rates but none on the date says so.
    QVERIFY_THROWS_EXCEPTION(
        Error,
        t.draft(t.customer("US1", "USD", "US", "", "TX"), "USD", { { t.saas, 1000, 10000 } }));
}

void TestTaxes::invoicesTaxedByPlaceAndReportedByRate()
{
    TaxBook t;
    // Places: New York by state (its region is the census one), California
    // by region, Berlin, Vienna as a business (a VAT ID) and as a consumer,
    // a customer without a profile (the company's Germany), Zurich (no
    // Swiss rates in the book).
    const qint64 nyc = t.customer("NYC", "USD", "US", "Northeast", "NY");
    const qint64 cal = t.customer("CAL", "USD", "US", "CA", "");
    const qint64 ber = t.customer("BER", "EUR", "DE", "BE", "");
    const qint64 vie = t.customer("VIE", "EUR", "AT", "", "", "ATU12345678");
    const qint64 grz = t.customer("GRZ", "EUR", "AT", "", "");
    const qint64 loc = t.customer("LOC", "EUR", "", "", "");
    const qint64 zrh = t.customer("ZRH", "EUR", "CH", "", "");

    // NYC: 2 x 150.00 = 300.00 at NY 4 % = 12.00; training exempt 500.00,
    // tax 0. Tax 12.00, total 812.00.
    const Invoice a = t.issue(nyc, "USD", { { t.saas, 2000, 15000 }, { t.training, 1000, 50000 } });
    QCOMPARE(a.tax, usd(1200));
    QCOMPARE(a.total, usd(81200));
    QCOMPARE(a.lines.at(0).taxRegion, QStringLiteral("NY"));
    QCOMPARE(a.lines.at(1).taxCategory, TaxCategory::Exempt);
    QCOMPARE(a.lines.at(1).taxRatePpm, 0);

    // CAL at 7.25 %: 99.99 -> tax 7.249275, rounded 7.25. 3 x 33.33 = 99.99
    // less 10 % (9.999 -> 10.00) = 89.99 -> tax 6.524275, rounded 6.52.
    // Net 189.98, tax 13.77.
    const Invoice b = t.issue(cal, "USD", { { t.saas, 1000, 9999 }, { t.saas, 3000, 3333, 1000 } });
    QCOMPARE(b.lines.at(0).tax, usd(725));
    QCOMPARE(b.lines.at(1).net, usd(8999));
    QCOMPARE(b.lines.at(1).tax, usd(652));
    QCOMPARE(b.subtotal, usd(18998));
    QCOMPARE(b.tax, usd(1377));

    // BER: 1000.00 at 19 % = 190.00; e-books 2 x 12.50 = 25.00 at 7 % =
    // 1.75; a line whose rate was set by hand to 16 %: 100.00 -> 16.00.
    // Net 1125.00, tax 207.75.
    const Invoice c = t.issue(
        ber, "EUR",
        { { t.saas, 1000, 100000 }, { t.ebook, 2000, 1250 }, { t.saas, 1000, 10000, 0, 160000 } });
    QCOMPARE(c.lines.at(0).taxRatePpm, 190000);
    QCOMPARE(c.lines.at(1).taxRatePpm, 70000);
    QCOMPARE(c.lines.at(2).taxRatePpm, 160000); // the override kept its rate
    QCOMPARE(c.lines.at(2).taxCategory, TaxCategory::Override);
    QCOMPARE(c.lines.at(0).taxRegion, QString()); // Berlin has no rates of its own
    QCOMPARE(c.subtotal, eur(112500));
    QCOMPARE(c.tax, eur(20775));
    const Invoice cStored = t.book.reload(c.id);
    QVERIFY(cStored.lines.at(2).taxOverride);
    QCOMPARE(cStored.lines.at(2).taxRatePpm, 160000);

    // VIE, a business in Austria: reverse charge, 0 % on 2000.00 and on a
    // 10.00 e-book. Tax 0.00.
    const Invoice d = t.issue(vie, "EUR", { { t.saas, 1000, 200000 }, { t.ebook, 1000, 1000 } });
    QCOMPARE(d.lines.at(0).taxCategory, TaxCategory::ReverseCharge);
    QCOMPARE(d.lines.at(1).taxCategory, TaxCategory::ReverseCharge);
    QCOMPARE(d.tax, eur(0));
    // GRZ, a consumer in Austria: 20 % of 100.00 = 20.00.
    const Invoice g = t.issue(grz, "EUR", { { t.saas, 1000, 10000 } });
    QCOMPARE(g.tax, eur(2000));
    // LOC, no profile: the company's Germany, 19 % of 50.00 = 9.50.
    const Invoice e = t.issue(loc, "EUR", { { t.saas, 1000, 5000 } });
    QCOMPARE(e.lines.at(0).taxCountry, QStringLiteral("DE"));
    QCOMPARE(e.tax, eur(950));
    // ZRH: no Swiss rates, the line keeps the 10 % it came with:
    // 100.00 -> 10.00.
    const Invoice f = t.issue(zrh, "EUR", { { t.saas, 1000, 10000 } });
    QCOMPARE(f.lines.at(0).taxRatePpm, 100000);
    QCOMPARE(f.lines.at(0).taxCountry, QStringLiteral("CH"));
    QCOMPARE(f.tax, eur(1000));

    // A credit note on 200.00 of BER's first line: tax 19 % = 38.00. It
    // reduces Germany's standard row, not the override's.
    CreditNoteService::Request req;
    req.invoiceId = c.id;
    req.mode = CreditNoteService::Mode::Lines;
    req.lines = { { 1, eur(20000) } };
    req.reason = QStringLiteral("Discount agreed");
    req.date = QDate(2026, 6, 20);
    const CreditNote note = CreditNoteService(t.book.session()).issue(req);
    QCOMPARE(note.tax, eur(3800));

    // A draft and an invoice of another month stay out of June's report.
    t.draft(ber, "EUR", { { t.saas, 1000, 70000 } });
    InvoiceService(t.book.session())
        .issue(t.draft(ber, "EUR", { { t.saas, 1000, 30000 } }, QDate(2026, 7, 2)));

    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    p.today = t.book.session().today();
    ReportTable table;
    const std::vector<TaxReport::Check> checks = TaxReport(t.book.db()).run(p, table);
    const QStringList expected {
        // EUR, by country, region, category and rate:
        // Vienna's business 2000.00 + 10.00 reverse-charged.
        u"EUR|AT||reverse_charge|0.00|2010.00|0.00"_s,
        u"EUR|AT||standard|20.00|100.00|20.00"_s,
        u"EUR|CH||standard|10.00|100.00|10.00"_s,
        u"EUR|DE||override|16.00|100.00|16.00"_s,
        u"EUR|DE||reduced|7.00|25.00|1.75"_s,
        // 1000.00 (BER) + 50.00 (LOC) - 200.00 credited = 850.00;
        // 190.00 + 9.50 - 38.00 = 161.50.
        u"EUR|DE||standard|19.00|850.00|161.50"_s,
        // TOTAL: 2010 + 100 + 100 + 100 + 25 + 850 = 3185.00;
        // 0 + 20 + 10 + 16 + 1.75 + 161.50 = 209.25.
        u"EUR|TOTAL||||3185.00|209.25"_s,
        // The journal: invoices 207.75 (BER) + 0 (VIE) + 20.00 (GRZ) + 9.50
        // (LOC) + 10.00 (ZRH) = 247.25, less the credit note's 38.00 = 209.25.
        u"EUR|LEDGER||tax payable, net credits|||209.25"_s,
        u"USD|US|CA|standard|7.25|189.98|13.77"_s,
        u"USD|US|NY|exempt|0.00|500.00|0.00"_s,
        u"USD|US|NY|standard|4.00|300.00|12.00"_s,
        // 189.98 + 500 + 300 = 989.98; 13.77 + 0 + 12.00 = 25.77.
        u"USD|TOTAL||||989.98|25.77"_s,
        u"USD|LEDGER||tax payable, net credits|||25.77"_s,
    };
    QStringList got;
    for (int r = 0; r < table.rows().size(); ++r)
        got << rowText(table, r);
    QCOMPARE(got.join(u'\n'), expected.join(u'\n'));
    QVERIFY(table.isTotalRow(6) && table.isTotalRow(7) && !table.isTotalRow(5));
    QCOMPARE(cell(table, 7, "check"), QStringLiteral("agrees with the ledger"));
    QCOMPARE(cell(table, 12, "check"), QStringLiteral("agrees with the ledger"));

    // The report's total tax is the period's net credits on tax payable,
    // read straight from the journal.
    QCOMPARE(checks.size(), std::size_t(2));
    for (const TaxReport::Check &check : checks) {
        SqlQuery q = t.book.db().query(QStringLiteral(
            "SELECT COALESCE(SUM(l.credit_minor) - SUM(l.debit_minor), 0) FROM journal_line l "
            "JOIN account a ON a.id = l.account_id WHERE a.system_role = 'tax_payable' "
            "AND l.currency = ? AND l.entry_date BETWEEN '2026-06-01' AND '2026-06-30'"));
        q.bind(check.currency);
        QCOMPARE(check.reported.minor(), q.scalar().toLongLong());
        QVERIFY(check.agrees());
    }
    QCOMPARE(checks[0].reported, eur(20925));
    QCOMPARE(checks[1].reported, usd(2577));

    // One customer's: Berlin's rows only, 1000 - 200 = 800.00 at 19 %
    // (152.00), 25.00 at 7 %, 100.00 overridden; 190 - 38 + 1.75 + 16 =
    // 169.75, as its journal lines say.
    p.customer = QStringLiteral("BER");
    ReportTable one;
    const auto berChecks = TaxReport(t.book.db()).run(p, one);
    QCOMPARE(one.rows().size(), 5);
    QCOMPARE(rowText(one, 2), u"EUR|DE||standard|19.00|800.00|152.00"_s);
    QCOMPARE(berChecks.at(0).ledger, eur(16975));
    QVERIFY(berChecks.at(0).agrees());

    // Through the engine, as the CLI and the Reports tab run it.
    ReportParameters viaEngine;
    viaEngine.from = p.from;
    viaEngine.to = p.to;
    viaEngine.today = p.today;
    ReportTable engine;
    ReportEngine::run(t.book.db(), QStringLiteral("tax"), viaEngine, engine);
    QCOMPARE(engine.rows().size(), table.rows().size());
    t.book.checkBooks(QStringLiteral("EUR"));
}

// A rate is a percent with up to four decimals, held in parts per million.
void TestTaxes::ratesHaveFourDecimals()
{
    QCOMPARE(TaxRateCsv::parsePercent(u"19"_s), 190000);
    QCOMPARE(TaxRateCsv::parsePercent(u"8.875"_s), 88750);
    QCOMPARE(TaxRateCsv::parsePercent(u"9.4375 %"_s), 94375);
    QCOMPARE(TaxRateCsv::parsePercent(u"100"_s), 1000000);
    QCOMPARE(TaxRateCsv::parsePercent(u"0.0001"_s), 1);
    // Zeros past the fourth decimal change nothing; any other digit there
    // is refused, saying why.
    QCOMPARE(TaxRateCsv::parsePercent(u"8.87500"_s), 88750);
    for (const QString &text : { u"8.87501"_s, u"9.43755 %"_s }) {
        try {
            TaxRateCsv::parsePercent(text);
            QFAIL(qPrintable(text));
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(u"has more than four decimals"_s),
                     qPrintable(e.userMessage()));
        }
    }
    for (const QString &text : { u"100.0001"_s, u"-1"_s, u"8,875"_s, QString() })
        QVERIFY_THROWS_EXCEPTION(Error, TaxRateCsv::parsePercent(text));
    // Shown with two decimals at least, four at most.
    QCOMPARE(TaxService::percentText(190000), u"19.00"_s);
    QCOMPARE(TaxService::percentText(88750), u"8.875"_s);
    QCOMPARE(TaxService::percentText(94375), u"9.4375"_s);
    QCOMPARE(TaxPercent::text(88750, QLocale(QLocale::German)), u"8,875"_s);
    QCOMPARE(TaxPercent::parse(u"8,875 %", QLocale(QLocale::German)), 88750);
    // The table takes 0 to 100 %: 1000000 ppm, not one more.
    TestBook book;
    TaxService taxes(book.session());
    TaxRate full = rate("DE", "", TaxCategory::Reduced, 1000000);
    taxes.addRate(full);
    TaxRate over = rate("AT", "", TaxCategory::Reduced, 1000001);
    QVERIFY_THROWS_EXCEPTION(Error, taxes.addRate(over));
}

// New York City's combined sales tax, 8.875 % (88750 ppm): each line's tax
// rounded once, half away from zero; the tax report and the ledger agree.
void TestTaxes::newYorkCityAtEightPointEightSevenFive()
{
    TestBook book;
    CompanySettings company;
    company.legalName = QStringLiteral("Accrue Inc.");
    company.taxCountry = QStringLiteral("US");
    SettingsService(book.session()).saveCompany(company);
    TaxService taxes(book.session());
    QCOMPARE(taxes.importCsv("country,region,category,rate,name\n"
                             "US,NY,standard,8.875,NYC combined sales tax\n",
                             u"nyc.csv"_s),
             1);
    QCOMPARE(taxes.rates().at(0).ratePpm, 88750);
    const qint64 saas = book.addProduct(QStringLiteral("SAAS"), QStringLiteral("4000"));
    const qint64 customer = book.addCustomer(u"NYC"_s, u"Gotham Bagels"_s, u"USD"_s);
    BillingProfile profile;
    profile.customerId = customer;
    profile.name = QStringLiteral("Main");
    profile.isDefault = true;
    profile.country = QStringLiteral("US");
    profile.stateProvince = QStringLiteral("NY");
    CustomerRepository(book.db()).insertProfile(profile);

    Invoice draft;
    draft.customerId = customer;
    draft.currency = Currency::require(u"USD"_s);
    draft.issueDate = QDate(2026, 6, 10);
    draft.dueDate = QDate(2026, 7, 10);
    // quantity (milli), unit price, discount (bp)
    const std::tuple<qint64, qint64, int> specs[]
        = { { 1000, 1000, 0 }, { 3000, 1999, 0 }, { 2500, 12000, 1000 } };
    for (const auto &[quantity, price, discount] : specs) {
        InvoiceLine l;
        l.productId = saas;
        l.description = QStringLiteral("Subscription");
        l.quantityMilli = quantity;
        l.unitPrice = usd(price);
        l.discountBp = discount;
        draft.lines.push_back(l);
    }
    InvoiceService invoices(book.session());
    const Invoice inv = invoices.issue(invoices.createDraft(draft));
    // 1 x 10.00 = 10.00: 1000 x 88750 / 1000000 = 88.75 -> 0.89
    // 3 x 19.99 = 59.97: 5997 x 88750 / 1000000 = 532.23375 -> 5.32
    // 2.5 x 120.00 = 300.00 less 10 % = 270.00:
    //   27000 x 88750 / 1000000 = 2396.25 -> 23.96
    // Net 339.97, tax 0.89 + 5.32 + 23.96 = 30.17, total 370.14.
    for (const InvoiceLine &l : inv.lines) {
        QCOMPARE(l.taxRatePpm, 88750);
        QCOMPARE(l.taxRegion, u"NY"_s);
    }
    QCOMPARE(inv.lines.at(0).tax, usd(89));
    QCOMPARE(inv.lines.at(1).tax, usd(532));
    QCOMPARE(inv.lines.at(2).net, usd(27000));
    QCOMPARE(inv.lines.at(2).tax, usd(2396));
    QCOMPARE(inv.subtotal, usd(33997));
    QCOMPARE(inv.tax, usd(3017));
    QCOMPARE(inv.total, usd(37014));
    const Invoice stored = book.reload(inv.id);
    QCOMPARE(stored.lines.at(2).taxRatePpm, 88750);
    QCOMPARE(stored.tax, usd(3017));
    QCOMPARE(stored.taxByRate().size(), std::size_t(1));
    QCOMPARE(stored.taxByRate().at(0).ratePpm, 88750);

    // A credit of 100.00 net on the third line: 10000 x 88750 / 1000000 =
    // 887.5 -> 8.88 (half away from zero).
    CreditNoteService::Request req;
    req.invoiceId = inv.id;
    req.mode = CreditNoteService::Mode::Lines;
    req.lines = { { 3, usd(10000) } };
    req.reason = QStringLiteral("Goodwill");
    req.date = QDate(2026, 6, 20);
    const CreditNote note = CreditNoteService(book.session()).issue(req);
    QCOMPARE(note.lines.at(0).taxRatePpm, 88750);
    QCOMPARE(note.tax, usd(888));

    // The report: 339.97 - 100.00 = 239.97 taxable, 30.17 - 8.88 = 21.29
    // tax, the rate as "8.875"; the journal's tax payable says 21.29 too.
    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    p.today = book.session().today();
    ReportTable table;
    const std::vector<TaxReport::Check> checks = TaxReport(book.db()).run(p, table);
    QStringList got;
    for (int r = 0; r < table.rows().size(); ++r)
        got << rowText(table, r);
    QCOMPARE(
        got.join(u'\n'),
        QStringList({ u"USD|US|NY|standard|8.875|239.97|21.29"_s, u"USD|TOTAL||||239.97|21.29"_s,
                      u"USD|LEDGER||tax payable, net credits|||21.29"_s })
            .join(u'\n'));
    QCOMPARE(checks.size(), std::size_t(1));
    QCOMPARE(checks[0].reported, usd(2129));
    QCOMPARE(checks[0].ledger, usd(2129));
    QVERIFY(checks[0].agrees());
    QCOMPARE(book.roleBalance(QStringLiteral("tax_payable"), u"USD"_s), -2129);
    book.checkBooks(u"USD"_s);

    // The audit trail names the rates in ppm.
    QStringList afters;
    AuditRepository(book.db()).forEach([&afters](const AuditRecord &r) {
        if (r.action == QLatin1String("tax_rate.create")
            || r.action == QLatin1String("invoice.issue"))
            afters << r.afterJson;
        return true;
    });
    QCOMPARE(afters.size(), 2);
    QVERIFY2(afters.at(0).contains(u"\"rate_ppm\":88750"_s), qPrintable(afters.at(0)));
    QVERIFY2(afters.at(1).contains(u"\"tax_rate_ppm\":88750"_s), qPrintable(afters.at(1)));
    QVERIFY(!afters.join(QString()).contains(u"_bp\":88"_s));
}

void TestTaxes::productBringsItsTaxCategory()
{
    // A line whose rate was typed by hand, then given a product: the tax
    // follows the product again (its category and rate), not the old typing.
    InvoiceLine line;
    line.taxRatePpm = 190000;
    line.taxOverride = true;
    line.taxCategory = TaxCategory::Override;
    Product product;
    product.id = 7;
    product.name = QStringLiteral("E-book");
    product.currency = Currency::require(u"EUR");
    product.unitPrice = Money(1500, product.currency);
    product.taxRatePpm = 70000;
    product.taxCategory = TaxCategory::Reduced;
    QVERIFY(InvoiceRules::applyProduct(line, product, product.currency));
    QCOMPARE(line.taxCategory, TaxCategory::Reduced);
    QVERIFY(!line.taxOverride);
    QCOMPARE(line.taxRatePpm, 70000);
    QCOMPARE(line.unitPrice.minor(), qint64(1500));
}

QTEST_GUILESS_MAIN(TestTaxes)
#include "tst_taxes.moc"
