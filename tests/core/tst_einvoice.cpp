// E-invoices (issue 18): UBL 2.1 following EN 16931 / PEPPOL BIS Billing 3.0.
// Every document of a demo book and of a hand-built book with several tax
// categories, discounts, currencies and credit notes exports, is valid
// against OASIS's UBL 2.1 schemas (xmllint) and states the totals and VAT
// breakdown the test recomputes from the book's lines; a document that
// cannot be valid is refused naming the missing business term; a received
// file reads back into a PDF.

#include "billing/creditnoteservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/settingsservice.h"
#include "billing/taxservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "domain/electronicaddress.h"
#include "einvoice/einvoicebuilder.h"
#include "einvoice/einvoiceservice.h"
#include "einvoice/ublvalidator.h"
#include "einvoice/ublwriter.h"
#include "storage/creditnoterepository.h"
#include "storage/customerrepository.h"
#include "storage/invoicerepository.h"
#include "storage/productrepository.h"
#include "storage/sqlquery.h"
#include "testbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <map>

using namespace Accrue;
using namespace Accrue::Testing;
using namespace Qt::StringLiterals;

namespace {

// What the test reads out of a written file, with its own small parser (not
// the code under test's reader).
struct Parsed
{
    QString root;
    QString id;
    QString currency;
    std::map<QString, QString> totals; // LegalMonetaryTotal/* and TaxTotal/TaxAmount
    struct Vat
    {
        QString category, percent, taxable, tax, exemptionCode;
    };
    std::vector<Vat> vat;
    std::vector<QString> lineNets;
    QString buyerEndpoint;
};

Parsed parse(const QByteArray &xml)
{
    Parsed p;
    QXmlStreamReader r(xml);
    QStringList path;
    Parsed::Vat vat;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path << r.name().toString();
            if (path.size() == 1)
                p.root = path.first();
            if (path.join(u'/').endsWith(
                    QLatin1String("AccountingCustomerParty/Party/EndpointID"))) {
                const QString scheme = r.attributes().value(QStringLiteral("schemeID")).toString();
                p.buyerEndpoint = scheme + u':' + r.readElementText();
            } else {
                const QString rel = path.mid(1).join(u'/');
                if (rel == QLatin1String("ID"))
                    p.id = r.readElementText();
                else if (rel == QLatin1String("DocumentCurrencyCode"))
                    p.currency = r.readElementText();
                else if (rel.startsWith(QLatin1String("LegalMonetaryTotal/"))
                         || rel == QLatin1String("TaxTotal/TaxAmount"))
                    p.totals[rel] = r.readElementText();
                else if (rel == QLatin1String("TaxTotal/TaxSubtotal/TaxableAmount"))
                    vat.taxable = r.readElementText();
                else if (rel == QLatin1String("TaxTotal/TaxSubtotal/TaxAmount"))
                    vat.tax = r.readElementText();
                else if (rel == QLatin1String("TaxTotal/TaxSubtotal/TaxCategory/ID"))
                    vat.category = r.readElementText();
                else if (rel == QLatin1String("TaxTotal/TaxSubtotal/TaxCategory/Percent"))
                    vat.percent = r.readElementText();
                else if (rel
                         == QLatin1String(
                             "TaxTotal/TaxSubtotal/TaxCategory/TaxExemptionReasonCode"))
                    vat.exemptionCode = r.readElementText();
                else if (rel == QLatin1String("InvoiceLine/LineExtensionAmount")
                         || rel == QLatin1String("CreditNoteLine/LineExtensionAmount"))
                    p.lineNets.push_back(r.readElementText());
                else
                    continue;
            }
            path.removeLast(); // readElementText consumed the end element
        } else if (r.isEndElement()) {
            if (path.mid(1).join(u'/') == QLatin1String("TaxTotal/TaxSubtotal")) {
                p.vat.push_back(vat);
                vat = {};
            }
            path.removeLast();
        }
    }
    if (r.hasError())
        qWarning() << r.errorString();
    return p;
}

// A percent in ppm as the test writes it: 190000 -> "19", 88750 -> "8.875".
QString percentText(int ppm)
{
    QString text = QString::number(ppm / 10000);
    if (ppm % 10000 != 0) {
        QString frac = QString::number(ppm % 10000).rightJustified(4, u'0');
        while (frac.endsWith(u'0'))
            frac.chop(1);
        text += u'.' + frac;
    }
    return text;
}

// The test's own reading of EN 16931's categories for the book's lines.
QString categoryOf(const QString &bookCategory, int ppm)
{
    if (bookCategory == TaxCategory::ReverseCharge)
        return QStringLiteral("AE");
    if (bookCategory == TaxCategory::Exempt)
        return QStringLiteral("E");
    if (bookCategory == TaxCategory::Zero || ppm == 0)
        return QStringLiteral("Z");
    return QStringLiteral("S");
}

struct ExpectedVat
{
    Money taxable, tax;
};
using Breakdown = std::map<std::pair<QString, QString>, ExpectedVat>; // (category, percent)

void add(Breakdown &b, const QString &category, int ppm, const Money &net, const Money &tax)
{
    const QString percent = category == QLatin1String("S") ? percentText(ppm) : QStringLiteral("0");
    auto [it, fresh] = b.try_emplace({ category, percent }, ExpectedVat { net, tax });
    if (!fresh) {
        it->second.taxable += net;
        it->second.tax += tax;
    }
}

// Checks the file's totals (BT-106 to BT-115) and VAT breakdown (BG-23)
// against those recomputed from the book's lines and the stored totals.
void checkTotals(const Parsed &p, const Breakdown &expected, const std::vector<Money> &nets,
                 const Money &storedSubtotal, const Money &storedTax, const Money &storedTotal)
{
    Money lineTotal = Money::zero(storedTotal.currency());
    for (const Money &n : nets)
        lineTotal += n;
    Money taxTotal = Money::zero(storedTotal.currency());
    for (const auto &[key, v] : expected)
        taxTotal += v.tax;
    QCOMPARE(lineTotal, storedSubtotal);
    QCOMPARE(taxTotal, storedTax);
    QCOMPARE(lineTotal + taxTotal, storedTotal);
    QCOMPARE(p.currency, storedTotal.currency().code());
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/LineExtensionAmount")),
             lineTotal.toPlainString()); // BT-106
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/TaxExclusiveAmount")),
             lineTotal.toPlainString()); // BT-109 (no document allowances)
    QCOMPARE(p.totals.at(QStringLiteral("TaxTotal/TaxAmount")), taxTotal.toPlainString()); // BT-110
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/TaxInclusiveAmount")),
             (lineTotal + taxTotal).toPlainString()); // BT-112
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/PayableAmount")),
             (lineTotal + taxTotal).toPlainString()); // BT-115
    QVERIFY(!p.totals.count(QStringLiteral("LegalMonetaryTotal/PrepaidAmount")));
    QCOMPARE(p.lineNets.size(), nets.size());
    for (std::size_t i = 0; i < nets.size(); ++i)
        QCOMPARE(p.lineNets[i], nets[i].toPlainString()); // BT-131
    QCOMPARE(p.vat.size(), expected.size());
    for (const Parsed::Vat &v : p.vat) {
        const auto it = expected.find({ v.category, v.percent });
        QVERIFY2(it != expected.end(), qPrintable(v.category + u' ' + v.percent));
        QCOMPARE(v.taxable, it->second.taxable.toPlainString()); // BT-116
        QCOMPARE(v.tax, it->second.tax.toPlainString()); // BT-117
    }
}

// xmllint against OASIS's schema, many files in one run.
void checkSchema(const QString &schema, const QStringList &files)
{
    if (files.isEmpty())
        return;
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (libxml2-utils, scripts/install-deps.sh --tests)");
    const QString xsd = QStringLiteral(ACCRUE_UBL_XSD_DIR "/maindoc/") + schema;
    QVERIFY(QFile::exists(xsd));
    for (qsizetype start = 0; start < files.size(); start += 200) {
        QProcess lint;
        lint.start(xmllint,
                   QStringList { QStringLiteral("--noout"), QStringLiteral("--schema"), xsd }
                       + files.mid(start, 200));
        QVERIFY(lint.waitForFinished(300000));
        const QString output = QString::fromUtf8(lint.readAllStandardError());
        QVERIFY2(lint.exitCode() == 0, qPrintable(output.left(4000)));
    }
}

// The EN 16931 business rules themselves (BR-*, BR-CO-*, BR-S/Z/E/AE-*) as
// CEN publishes them: the schematron compiled to XSLT 2.0
// (ubl/xslt/EN16931-UBL-validation.xslt of ConnectingEurope/eInvoicing-EN16931),
// run with Saxon-HE over the whole folder. Optional: only where
// ACCRUE_EN16931_XSLT names that file and Saxon-HE is installed
// (ACCRUE_SAXON_JAR, default Debian's libsaxonhe-java).
void checkSchematron(const QString &dir)
{
    const QString xslt = qEnvironmentVariable("ACCRUE_EN16931_XSLT");
    const QString saxon
        = qEnvironmentVariable("ACCRUE_SAXON_JAR", QStringLiteral("/usr/share/java/Saxon-HE.jar"));
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (xslt.isEmpty() || !QFile::exists(xslt) || !QFile::exists(saxon) || java.isEmpty()) {
        qInfo("EN 16931 schematron not run (set ACCRUE_EN16931_XSLT, install libsaxonhe-java)");
        return;
    }
    QTemporaryDir reports;
    QProcess run;
    run.start(java,
              { QStringLiteral("-jar"), saxon, u"-s:"_s + dir, u"-xsl:"_s + xslt,
                u"-o:"_s + reports.path() });
    QVERIFY(run.waitForFinished(900000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    const QStringList outputs = QDir(reports.path()).entryList(QDir::Files);
    QVERIFY(!outputs.isEmpty());
    QStringList failures;
    for (const QString &name : outputs) {
        QFile f(QDir(reports.path()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader r(&f);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("failed-assert")
                && r.attributes().value(QStringLiteral("flag")) == QLatin1String("fatal"))
                failures << name + u": " + r.attributes().value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

TaxRate rate(const char *country, const QString &category, int ppm, const char *code = "",
             const char *reason = "")
{
    TaxRate r;
    r.country = QString::fromLatin1(country);
    r.category = category;
    r.ratePpm = ppm;
    r.exemptionCode = QString::fromLatin1(code);
    r.exemptionReason = QString::fromLatin1(reason);
    return r;
}

// A company in Germany with a tax table (standard, reduced, exempt with its
// reason, Austria's reverse charge), products of those categories and
// customers in Germany, Austria (a business: reverse charge), New York
// (USD) and Tokyo (JPY), each with an electronic address.
struct EBook
{
    TestBook book;
    qint64 saas = 0, ebook = 0, training = 0;
    qint64 berlin = 0, vienna = 0, newYork = 0, tokyo = 0;

    EBook()
    {
        CompanySettings company;
        company.legalName = QStringLiteral("Accrue GmbH");
        company.address = QStringLiteral("Kontorweg 1\n10115 Berlin\nGermany");
        company.taxCountry = QStringLiteral("DE");
        company.taxId = QStringLiteral("DE 123 456 789");
        company.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
        company.bic = QStringLiteral("COBADEFFXXX");
        company.endpointScheme = QStringLiteral("0088");
        company.endpointId = QStringLiteral("4012345000009");
        SettingsService(book.session()).saveCompany(company);
        TaxService taxes(book.session());
        for (TaxRate r :
             { rate("DE", TaxCategory::Standard, 190000), rate("DE", TaxCategory::Reduced, 70000),
               rate("DE", TaxCategory::Exempt, 0, "VATEX-EU-132-1I",
                    "Exempt: education (Article 132(1)(i) VAT Directive)"),
               rate("AT", TaxCategory::Standard, 200000),
               rate("AT", TaxCategory::ReverseCharge, 0, "VATEX-EU-AE", "Reverse charge"),
               rate("US", TaxCategory::Standard, 88750) })
            taxes.addRate(r);
        saas = product("SAAS", TaxCategory::Standard);
        ebook = product("EBOOK", TaxCategory::Reduced);
        training = product("TRAIN", TaxCategory::Exempt);
        berlin = customer("C00001", "Berlin Kunde GmbH", "EUR", "DE", "", "0088:4000001000005");
        vienna
            = customer("C00002", "Wien Handel AG", "EUR", "AT", "ATU12345678", "9914:ATU12345678");
        newYork = customer("C00003", "Empire Widgets Inc.", "USD", "US", "", "0060:123456789");
        tokyo = customer("C00004", "Sakura K.K.", "JPY", "JP", "", "0088:4000002000004");
    }

    qint64 product(const char *code, const QString &category)
    {
        const qint64 id = book.addProduct(QString::fromLatin1(code), QStringLiteral("4000"));
        Product p = *ProductRepository(book.db()).find(id);
        p.name = QString::fromLatin1(code);
        p.taxCategory = category;
        p.taxRatePpm = 100000;
        ProductRepository(book.db()).update(p);
        return id;
    }

    qint64 customer(const char *code, const char *name, const char *currency, const char *country,
                    const char *taxId, const char *endpoint)
    {
        Customer c;
        c.code = QString::fromLatin1(code);
        c.name = QString::fromUtf8(name);
        c.currency = Currency::require(QString::fromLatin1(currency));
        c.taxId = QString::fromLatin1(taxId);
        BillingProfile p;
        p.name = QStringLiteral("Head office");
        p.addressLine1 = QStringLiteral("1 Main Street");
        p.city = QStringLiteral("Town");
        p.postalCode = QStringLiteral("12345");
        p.country = QString::fromLatin1(country);
        p.stateProvince = p.country == QLatin1String("US") ? QStringLiteral("NY") : QString();
        const ElectronicAddress address = ElectronicAddress::parse(QString::fromLatin1(endpoint));
        p.endpointScheme = address.scheme;
        p.endpointId = address.id;
        return CustomerService(book.session()).create(c, p);
    }

    struct Line
    {
        qint64 product;
        qint64 quantityMilli;
        qint64 unitPriceMinor;
        int discountBp = 0;
        int overridePpm = -1;
    };

    Invoice issue(qint64 customerId, const char *currency, const std::vector<Line> &lines)
    {
        Invoice inv;
        inv.customerId = customerId;
        inv.currency = Currency::require(QString::fromLatin1(currency));
        inv.issueDate = QDate(2026, 6, 10);
        inv.dueDate = QDate(2026, 7, 10);
        for (const Line &spec : lines) {
            InvoiceLine l;
            l.productId = spec.product;
            l.description = QStringLiteral("Item %1").arg(inv.lines.size() + 1);
            l.quantityMilli = spec.quantityMilli;
            l.unitPrice = Money(spec.unitPriceMinor, inv.currency);
            l.discountBp = spec.discountBp;
            l.taxRatePpm = spec.overridePpm >= 0 ? spec.overridePpm : 100000;
            l.taxOverride = spec.overridePpm >= 0;
            l.serviceStart = QDate(2026, 6, 1);
            l.serviceEnd = QDate(2026, 6, 30);
            inv.lines.push_back(l);
        }
        InvoiceService service(book.session());
        return service.issue(service.createDraft(inv));
    }
};

// Exports every issued invoice and credit note of a book into `dir`, checks
// each against the schema and against the totals recomputed from the book.
// Returns how many documents were exported.
int exportAndCheckAll(TestBook &book, const QString &dir)
{
    EInvoiceService service(book.session());
    InvoiceService invoices(book.session());
    CreditNoteService notes(book.session());
    QStringList invoiceFiles, creditFiles;
    std::vector<qint64> invoiceIds, noteIds;
    {
        SqlQuery q = book.db().query(
            QStringLiteral("SELECT id FROM invoice WHERE number IS NOT NULL ORDER BY id"));
        q.exec();
        while (q.next())
            invoiceIds.push_back(q.int64(0));
        SqlQuery n = book.db().query(QStringLiteral("SELECT id FROM credit_note ORDER BY id"));
        n.exec();
        while (n.next())
            noteIds.push_back(n.int64(0));
    }
    for (const qint64 id : invoiceIds) {
        const Invoice inv = invoices.load(id);
        const QString file = dir + u'/' + EInvoiceService::fileNameFor(inv.number);
        try {
            service.exportTo(inv.number, file);
        } catch (const Error &e) {
            QTest::qFail(qPrintable(inv.number + u": " + e.userMessage()), __FILE__, __LINE__);
            return -1;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const Parsed p = parse(f.readAll());
        if (p.root != QLatin1String("Invoice") || p.id != inv.number)
            return -1;
        Breakdown expected;
        std::vector<Money> nets;
        for (const InvoiceLine &l : inv.lines) {
            add(expected, categoryOf(l.taxCategory, l.taxRatePpm), l.taxRatePpm, l.net, l.tax);
            nets.push_back(l.net);
        }
        checkTotals(p, expected, nets, inv.subtotal, inv.tax, inv.total);
        if (QTest::currentTestFailed())
            return -1;
        invoiceFiles << file;
    }
    for (const qint64 id : noteIds) {
        const CreditNote note = notes.load(id);
        const Invoice credited = invoices.load(note.invoiceId);
        const QString file = dir + u'/' + EInvoiceService::fileNameFor(note.number);
        try {
            service.exportTo(note.number, file);
        } catch (const Error &e) {
            QTest::qFail(qPrintable(note.number + u": " + e.userMessage()), __FILE__, __LINE__);
            return -1;
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const Parsed p = parse(f.readAll());
        if (p.root != QLatin1String("CreditNote") || p.id != note.number)
            return -1;
        Breakdown expected;
        std::vector<Money> nets;
        for (const CreditNoteLine &l : note.lines) {
            QString category;
            for (const InvoiceLine &source : credited.lines)
                if (source.id == l.invoiceLineId)
                    category = source.taxCategory;
            add(expected, categoryOf(category, l.taxRatePpm), l.taxRatePpm, l.net, l.tax);
            nets.push_back(l.net);
        }
        checkTotals(p, expected, nets, note.subtotal, note.tax, note.total);
        if (QTest::currentTestFailed())
            return -1;
        creditFiles << file;
    }
    checkSchema(QStringLiteral("UBL-Invoice-2.1.xsd"), invoiceFiles);
    checkSchema(QStringLiteral("UBL-CreditNote-2.1.xsd"), creditFiles);
    checkSchematron(dir);
    if (QTest::currentTestFailed())
        return -1;
    return int(invoiceFiles.size() + creditFiles.size());
}

} // namespace

class TestEInvoice : public QObject
{
    Q_OBJECT

private slots:
    void electronicAddresses();
    void handBuiltBookExportsValidDocuments();
    void demoBookExportsValidDocuments();
    void refusalNamesTheMissingBusinessTerm();
    void receivedFileBecomesAPdf();
    void hostileFileIsRefusedOrEscaped();
    void draftsAndUnknownNumbersAreRefused();
    void finerCategoriesAndTheirRules();
};

void TestEInvoice::electronicAddresses()
{
    const ElectronicAddress a = ElectronicAddress::parse(QStringLiteral(" 0088:4012345000009 "));
    QCOMPARE(a.scheme, QStringLiteral("0088"));
    QCOMPARE(a.id, QStringLiteral("4012345000009"));
    QCOMPARE(a.text(), QStringLiteral("0088:4012345000009"));
    QVERIFY(ElectronicAddress::parse(QString()).isEmpty());
    // A GLN whose check digit is wrong, a scheme not on the EAS list, no
    // scheme, spaces in the identifier.
    for (const char *bad : { "0088:4012345000008", "1234:ABC", "4012345000009", "9930:DE 123" })
        QVERIFY_THROWS_EXCEPTION(Error, ElectronicAddress::parse(QString::fromLatin1(bad)));
    QVERIFY(ElectronicAddress::isValidGln(QStringLiteral("4000001000005")));
    QVERIFY(!ElectronicAddress::isValidGln(QStringLiteral("400000100000")));

    // The book keeps them: a profile's and the company's, read back; a bad
    // one is refused by the service naming why.
    EBook b;
    const BillingProfile p = CustomerRepository(b.book.db()).profiles(b.vienna).front();
    QCOMPARE(p.electronicAddress().text(), QStringLiteral("9914:ATU12345678"));
    QCOMPARE(SettingsService(b.book.session()).company().electronicAddress().text(),
             QStringLiteral("0088:4012345000009"));
    BillingProfile bad = p;
    bad.endpointId = QStringLiteral("ATU 123");
    QVERIFY_THROWS_EXCEPTION(Error, CustomerService(b.book.session()).updateProfile(bad, true));
    CompanySettings company = SettingsService(b.book.session()).company();
    company.endpointId = QStringLiteral("4012345000008");
    QVERIFY_THROWS_EXCEPTION(Error, SettingsService(b.book.session()).saveCompany(company));
    // Exemption reasons come with the tax table, typed or imported.
    TaxService(b.book.session())
        .importCsv("country,category,rate,exemption_code,exemption_reason\n"
                   "BE,exempt,0,vatex-eu-132-1i,Education\n",
                   QStringLiteral("rates.csv"));
    const std::vector<TaxRate> be = TaxService(b.book.session()).rates(QStringLiteral("BE"));
    QCOMPARE(be.size(), std::size_t(1));
    QCOMPARE(be.front().exemptionCode, QStringLiteral("VATEX-EU-132-1I"));
    QCOMPARE(be.front().exemptionReason, QStringLiteral("Education"));
}

void TestEInvoice::handBuiltBookExportsValidDocuments()
{
    EBook b;
    // Germany: 19 % with a 10 % discount, 7 % on a fractional quantity, an
    // exempt training, a rate of 0 % set by hand (zero rated).
    const Invoice de = b.issue(b.berlin, "EUR",
                               { { b.saas, 3000, 10000, 1000 },
                                 { b.ebook, 2500, 1234 },
                                 { b.training, 1000, 50000 },
                                 { b.saas, 1000, 2000, 0, 0 } });
    // By hand: 3 x 100.00 = 300.00 less 10 % = 270.00, VAT 51.30;
    // 2.5 x 12.34 = 30.85, VAT 7 % = 2.1595 -> 2.16; 500.00 exempt; 20.00 at 0 %.
    QCOMPARE(de.subtotal.minor(), 82085);
    QCOMPARE(de.tax.minor(), 5346);
    QCOMPARE(de.total.minor(), 87431);
    // Austria, a business: reverse charge.
    const Invoice at = b.issue(b.vienna, "EUR", { { b.saas, 1000, 100000 } });
    QCOMPARE(at.total.minor(), 100000);
    // New York in dollars at 8.875 %, with a 5 % discount; Tokyo in yen
    // (no table: the product's 10 %).
    const Invoice ny = b.issue(b.newYork, "USD", { { b.saas, 7000, 1999, 500 } });
    const Invoice jp = b.issue(b.tokyo, "JPY", { { b.saas, 3000, 1500 } });
    QCOMPARE(jp.total.minor(), 4950);
    // A credit note of part of a line and one of a whole invoice.
    CreditNoteService notes(b.book.session());
    CreditNoteService::Request partial;
    partial.invoiceId = de.id;
    partial.mode = CreditNoteService::Mode::Lines;
    partial.lines = { { 1, Money(5000, de.currency) }, { 3, Money(0, de.currency) } };
    partial.reason = QStringLiteral("Service credit");
    partial.date = QDate(2026, 6, 20);
    const CreditNote cn1 = notes.issue(partial);
    CreditNoteService::Request full;
    full.invoiceId = at.id;
    full.reason = QStringLiteral("Cancelled order");
    full.date = QDate(2026, 6, 21);
    const CreditNote cn2 = notes.issue(full);
    QCOMPARE(cn2.total.minor(), 100000);

    QTemporaryDir dir;
    QCOMPARE(exportAndCheckAll(b.book, dir.path()), 6);

    // The German invoice, term by term, by hand.
    QFile f(dir.filePath(EInvoiceService::fileNameFor(de.number)));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    const Parsed p = parse(xml);
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/LineExtensionAmount")),
             QStringLiteral("820.85"));
    QCOMPARE(p.totals.at(QStringLiteral("TaxTotal/TaxAmount")), QStringLiteral("53.46"));
    QCOMPARE(p.totals.at(QStringLiteral("LegalMonetaryTotal/PayableAmount")),
             QStringLiteral("874.31"));
    QCOMPARE(p.buyerEndpoint, QStringLiteral("0088:4000001000005"));
    QCOMPARE(p.vat.size(), std::size_t(4));
    QVERIFY(xml.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:"
                         "peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>"));
    QVERIFY(
        xml.contains("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>"));
    QVERIFY(xml.contains("<cbc:CompanyID>DE123456789</cbc:CompanyID>"));
    QVERIFY(xml.contains("<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"));
    QVERIFY(xml.contains("<cbc:ID>DE89370400440532013000</cbc:ID>"));
    QVERIFY(
        xml.contains("<cbc:TaxExemptionReasonCode>VATEX-EU-132-1I</cbc:TaxExemptionReasonCode>"));
    QVERIFY(xml.contains("<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>"));
    QVERIFY(xml.contains("<cbc:Amount currencyID=\"EUR\">30.00</cbc:Amount>"));
    QVERIFY(xml.contains("<cbc:InvoicedQuantity unitCode=\"C62\">2.5</cbc:InvoicedQuantity>"));
    // The reverse-charged invoice and its credit note.
    QFile fa(dir.filePath(EInvoiceService::fileNameFor(at.number)));
    QVERIFY(fa.open(QIODevice::ReadOnly));
    const QByteArray atXml = fa.readAll();
    QVERIFY(atXml.contains("<cbc:ID>AE</cbc:ID>"));
    QVERIFY(atXml.contains("<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>"));
    QVERIFY(atXml.contains("<cbc:CompanyID>ATU12345678</cbc:CompanyID>"));
    QFile fc(dir.filePath(EInvoiceService::fileNameFor(cn2.number)));
    QVERIFY(fc.open(QIODevice::ReadOnly));
    const QByteArray cnXml = fc.readAll();
    QVERIFY(cnXml.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"));
    QVERIFY(cnXml.contains(QStringLiteral("<cbc:ID>%1</cbc:ID>").arg(at.number).toUtf8()));
    // Yen have no decimals; dollars in the US are a credit transfer (30).
    QFile fj(dir.filePath(EInvoiceService::fileNameFor(jp.number)));
    QVERIFY(fj.open(QIODevice::ReadOnly));
    QVERIFY(
        fj.readAll().contains("<cbc:PayableAmount currencyID=\"JPY\">4950</cbc:PayableAmount>"));
    QFile fn(dir.filePath(EInvoiceService::fileNameFor(ny.number)));
    QVERIFY(fn.open(QIODevice::ReadOnly));
    QVERIFY(fn.readAll().contains("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>"));
}

void TestEInvoice::demoBookExportsValidDocuments()
{
    TestBook book;
    DemoGenerator::Options options;
    options.customers = 12;
    options.invoices = 400;
    options.currency = QStringLiteral("EUR");
    options.endDate = QDate(2026, 6, 30);
    DemoGenerator(book.session()).generate(options);
    qint64 notes = 0, issued = 0;
    {
        SqlQuery q = book.db().query(QStringLiteral("SELECT COUNT(*) FROM credit_note"));
        notes = q.scalar().toLongLong();
        SqlQuery i = book.db().query(
            QStringLiteral("SELECT COUNT(*) FROM invoice WHERE number IS NOT NULL"));
        issued = i.scalar().toLongLong();
    }
    QVERIFY2(notes > 0, "the demo book should hold credit notes");
    QVERIFY(issued > 390); // all but the last run's drafts
    QTemporaryDir dir;
    const int exported = exportAndCheckAll(book, dir.path());
    QCOMPARE(exported, int(issued + notes));
}

void TestEInvoice::refusalNamesTheMissingBusinessTerm()
{
    EBook b;
    // A customer whose profile has no electronic address.
    Customer c;
    c.code = QStringLiteral("C00042");
    c.name = QStringLiteral("Quiet Buyer GmbH");
    c.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile p;
    p.name = QStringLiteral("Head office");
    p.country = QStringLiteral("DE");
    const qint64 quiet = CustomerService(b.book.session()).create(c, p);
    const Invoice inv = b.issue(quiet, "EUR", { { b.saas, 1000, 1000 } });
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.xml"));
    try {
        EInvoiceService(b.book.session()).exportTo(inv.number, file);
        QFAIL("exported an invoice without the buyer's electronic address");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(
                     QStringLiteral("buyer's electronic address (BT-49) missing on customer "
                                    "C00042")),
                 qPrintable(e.userMessage()));
    }
    QVERIFY(!QFile::exists(file)); // nothing written

    // Without the company's address, every export names BT-34.
    CompanySettings company = SettingsService(b.book.session()).company();
    company.endpointScheme.clear();
    company.endpointId.clear();
    SettingsService(b.book.session()).saveCompany(company);
    const Invoice de = b.issue(b.berlin, "EUR", { { b.saas, 1000, 1000 } });
    QVERIFY_THROWS_EXCEPTION(Error, EInvoiceService(b.book.session()).exportTo(de.number, file));
    try {
        EInvoiceService(b.book.session()).build(de.number);
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("(BT-34)")), qPrintable(e.userMessage()));
    }

    // An exempt rate without a reason: BT-120.
    company = SettingsService(b.book.session()).company();
    company.endpointScheme = QStringLiteral("0088");
    company.endpointId = QStringLiteral("4012345000009");
    SettingsService(b.book.session()).saveCompany(company);
    TaxRate frExempt = rate("FR", TaxCategory::Exempt, 0);
    TaxService(b.book.session()).addRate(frExempt);
    CustomerRepository customers(b.book.db());
    BillingProfile paris = customers.profiles(b.berlin).front();
    paris.country = QStringLiteral("FR");
    CustomerService(b.book.session()).updateProfile(paris, true);
    const Invoice fr = b.issue(b.berlin, "EUR", { { b.training, 1000, 1000 } });
    try {
        EInvoiceService(b.book.session()).build(fr.number);
        QFAIL("exported exempt lines without an exemption reason");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("(BT-120)")), qPrintable(e.userMessage()));
    }
}

void TestEInvoice::receivedFileBecomesAPdf()
{
    EBook b;
    const Invoice de = b.issue(b.berlin, "EUR",
                               { { b.saas, 3000, 10000, 1000 },
                                 { b.ebook, 2500, 1234 },
                                 { b.training, 1000, 50000 },
                                 { b.saas, 1000, 2000, 0, 0 } });
    QTemporaryDir dir;
    const QString xml = dir.filePath(QStringLiteral("in.xml"));
    EInvoiceService(b.book.session()).exportTo(de.number, xml);
    QFile f(xml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString pdf = dir.filePath(QStringLiteral("in.pdf"));
    const EInvoice read = EInvoiceService::importToPdf(f.readAll(), QStringLiteral("in.xml"), pdf,
                                                       QPageSize::A4, QLocale::c());
    QCOMPARE(read.number, de.number);
    QCOMPARE(read.payable.minor(), 87431);
    QCOMPARE(read.lines.size(), std::size_t(4));
    QCOMPARE(read.vat.size(), std::size_t(4));
    QCOMPARE(read.buyer.endpoint.text(), QStringLiteral("0088:4000001000005"));
    QVERIFY(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(de.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("874.31")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Berlin Kunde GmbH")), qPrintable(text));
}

void TestEInvoice::hostileFileIsRefusedOrEscaped()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    // Not UBL, a DTD with entities, malformed XML: refused, nothing written.
    for (const QByteArray &bad :
         { QByteArray("<Order xmlns=\"urn:x\"/>"),
           QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY a \"aaaa\">]>"
               "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"),
           QByteArray(
               "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">") }) {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 EInvoiceService::importToPdf(bad, QStringLiteral("bad.xml"), pdf,
                                                              QPageSize::A4, QLocale::c()));
        QVERIFY(!QFile::exists(pdf));
    }
    // Markup in a name is shown as text, never as markup.
    const QByteArray xml
        = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
          "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" "
          "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">"
          "<cbc:ID>X-1</cbc:ID><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
          "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>"
          "&lt;img src=&quot;file:///etc/passwd&quot;&gt;Evil</cbc:RegistrationName>"
          "</cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
          "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">1.00</cbc:PayableAmount>"
          "</cac:LegalMonetaryTotal></Invoice>";
    const EInvoice e = EInvoiceService::importToPdf(xml, QStringLiteral("evil.xml"), pdf,
                                                    QPageSize::A4, QLocale::c());
    QCOMPARE(e.seller.name, QStringLiteral("<img src=\"file:///etc/passwd\">Evil"));
    QVERIFY(QFile::exists(pdf));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QVERIFY(pdfText(pdf).contains(QStringLiteral("<img src=")));
    // An amount in another currency than the document's.
    QByteArray mixed = xml;
    mixed.replace("currencyID=\"EUR\">1.00", "currencyID=\"USD\">1.00");
    QVERIFY_THROWS_EXCEPTION(Error,
                             EInvoiceService::importToPdf(mixed, QStringLiteral("mixed.xml"), pdf,
                                                          QPageSize::A4, QLocale::c()));
}

void TestEInvoice::draftsAndUnknownNumbersAreRefused()
{
    EBook b;
    InvoiceService service(b.book.session());
    Invoice draft;
    draft.customerId = b.berlin;
    draft.currency = Currency::require(QStringLiteral("EUR"));
    draft.issueDate = QDate(2026, 6, 10);
    draft.dueDate = QDate(2026, 7, 10);
    InvoiceLine l;
    l.productId = b.saas;
    l.description = QStringLiteral("Draft line");
    l.unitPrice = Money(1000, draft.currency);
    draft.lines.push_back(l);
    service.createDraft(draft);
    QVERIFY_THROWS_EXCEPTION(Error,
                             EInvoiceService(b.book.session()).build(QStringLiteral("NOPE-1")));
    // A viewer may not export.
    QTemporaryDir dir;
    const Invoice de = b.issue(b.berlin, "EUR", { { b.saas, 1000, 1000 } });
    QCOMPARE(EInvoiceService::fileNameFor(de.number), de.number + QStringLiteral(".xml"));
    QCOMPARE(EInvoiceService::fileNameFor(QStringLiteral("A/B 1")), QStringLiteral("A_B_1.xml"));
}

// K, G and O come from the tax rate's VATEX code; each brings its own rules
// (BR-IC-11 delivery, BR-O-11 alone on its document), and the documents
// written with them stay valid UBL (the delivery's place in the schema).
void TestEInvoice::finerCategoriesAndTheirRules()
{
    using B = EInvoiceBuilder;
    QCOMPARE(B::vatCategory(TaxCategory::Zero, 0, QStringLiteral("VATEX-EU-IC")), u"K"_s);
    QCOMPARE(B::vatCategory(TaxCategory::Exempt, 0, QStringLiteral("vatex-eu-g")), u"G"_s);
    QCOMPARE(B::vatCategory(TaxCategory::Exempt, 0, QStringLiteral("VATEX-EU-O")), u"O"_s);
    QCOMPARE(B::vatCategory(TaxCategory::ReverseCharge, 0, QString()), u"AE"_s);
    QCOMPARE(B::vatCategory(TaxCategory::Exempt, 0, QStringLiteral("VATEX-EU-132-1I")), u"E"_s);
    QCOMPARE(B::vatCategory(TaxCategory::Standard, 190000, QString()), u"S"_s);
    QCOMPARE(B::vatCategory(TaxCategory::Override, 0, QString()), u"Z"_s);
    QCOMPARE(B::vatCategory(QString(), 88750, QString()), u"S"_s); // before places
    QCOMPARE(B::vatCategory(QString(), 0, QString()), u"Z"_s);
    QCOMPARE(B::compactTaxId(QStringLiteral("de 123.456-789")), u"DE123456789"_s);
    QVERIFY(B::isVatId(QStringLiteral("ATU12345678")));
    QVERIFY(!B::isVatId(QStringLiteral("12-3456789")));

    EBook b;
    const Invoice inv = b.issue(b.berlin, "EUR", { { b.saas, 1000, 10000 } });
    const EInvoice base = EInvoiceService(b.book.session()).build(inv.number);
    auto rules = [](const EInvoice &e) {
        QStringList out;
        for (const UblValidator::Problem &p : UblValidator::problems(e))
            out << p.rule;
        return out;
    };
    QCOMPARE(rules(base), QStringList());

    // An intra-community supply: untaxed, reason VATEX-EU-IC, delivered.
    EInvoice k = base;
    k.lines[0].vatCategory = QStringLiteral("K");
    k.lines[0].vatRatePpm = 0;
    k.lines[0].tax = Money(0, k.currency);
    k.lines[0].exemptionCode = QStringLiteral("VATEX-EU-IC");
    B::computeTotals(k);
    QVERIFY(rules(k).contains(u"BR-IC-11"_s));
    k.deliveryDate = QDate(2026, 6, 10);
    k.deliveryCountry = QStringLiteral("FR");
    QCOMPARE(rules(k), QStringList { u"BT-48"_s }); // the buyer's VAT ID, too
    k.buyer.vatId = QStringLiteral("FR12345678901");
    QCOMPARE(rules(k), QStringList());
    QTemporaryDir dir;
    const QString kFile = dir.filePath(QStringLiteral("k.xml"));
    QFile f(kFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(UblWriter::write(k));
    f.close();

    // Not subject to VAT (O): no rate, no VAT identifiers, and alone.
    EInvoice o = base;
    o.lines.push_back(o.lines[0]);
    o.lines[1].id = QStringLiteral("2");
    for (EInvoiceLine &l : o.lines) {
        l.vatCategory = QStringLiteral("O");
        l.vatRatePpm = 0;
        l.tax = Money(0, o.currency);
        l.exemptionCode = QStringLiteral("VATEX-EU-O");
    }
    o.seller.taxRegistrationId = o.seller.vatId;
    o.seller.vatId.clear();
    o.seller.legalId = QStringLiteral("HRB 12345");
    o.buyer.vatId.clear();
    B::computeTotals(o);
    QCOMPARE(rules(o), QStringList());
    const QByteArray oXml = UblWriter::write(o);
    QVERIFY(!oXml.contains("<cbc:Percent>"));
    const QString oFile = dir.filePath(QStringLiteral("o.xml"));
    QFile g(oFile);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(oXml);
    g.close();
    checkSchema(QStringLiteral("UBL-Invoice-2.1.xsd"), { kFile, oFile });
    checkSchematron(dir.path());
    o.lines[1].vatCategory = QStringLiteral("S");
    o.lines[1].vatRatePpm = 190000;
    B::computeTotals(o);
    QVERIFY(rules(o).contains(u"BR-O-11"_s));

    // Totals that do not add up are named by their rule.
    EInvoice wrong = base;
    wrong.taxInclusive = wrong.taxInclusive + Money(1, wrong.currency);
    QVERIFY(rules(wrong).contains(u"BR-CO-15"_s));
    wrong = base;
    wrong.lines[0].net = wrong.lines[0].net + Money(5, wrong.currency);
    QVERIFY(rules(wrong).contains(u"PEPPOL-EN16931-R120"_s));
    QVERIFY(rules(wrong).contains(u"BR-CO-10"_s));
}

QTEST_MAIN(TestEInvoice)
#include "tst_einvoice.moc"
