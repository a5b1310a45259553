// Invoice and credit note documents: the EPC payment QR payload, the
// customer's language, the PDF's metadata and text (issue 15).
#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "documents/documenttexts.h"
#include "documents/invoicedocument.h"
#include "documents/invoicehtml.h"
#include "documents/qrcode.h"
#include "documents/receipthtml.h"
#include "domain/epcpayment.h"
#include "storage/customerrepository.h"
#include "testbook.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;
using namespace Qt::StringLiterals;

namespace {

Money eur(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("EUR")));
}

// What a poppler tool prints for a PDF; fails the test when it cannot run.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("%s (poppler-utils) must be installed and read the PDF", qPrintable(tool));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    // ACCRUE_KEEP_PDF=DIR keeps a copy of each PDF for a look at it.
    if (const QString keep = qEnvironmentVariable("ACCRUE_KEEP_PDF"); !keep.isEmpty()) {
        QFile::remove(keep + u'/' + QFileInfo(pdf).fileName());
        QFile::copy(pdf, keep + u'/' + QFileInfo(pdf).fileName());
    }
    return poppler(QStringLiteral("pdftotext"),
                   { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

// The company of the examples: a German GmbH with a bank account.
CompanySettings saveCompany(TestBook &book)
{
    SettingsService settings(book.session());
    CompanySettings c = settings.company();
    c.legalName = QStringLiteral("Nordlicht Software GmbH");
    c.address = QStringLiteral("Hafenstraße 12\n20457 Hamburg");
    c.taxId = QStringLiteral("DE811907980");
    c.registrationNumber = QStringLiteral("HRB 123456, Amtsgericht Hamburg");
    c.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    c.bic = QStringLiteral("COBADEFFXXX");
    c.bankName = QStringLiteral("Commerzbank");
    settings.saveCompany(c);
    return settings.company();
}

qint64 addCustomer(TestBook &book, const QString &language, const QString &currency = u"EUR"_s)
{
    Customer c;
    c.code = QStringLiteral("CUST-7781");
    c.name = QStringLiteral("Müller & Söhne KG");
    c.taxId = QStringLiteral("DE999999999");
    c.language = language;
    c.currency = Currency::require(currency);
    CustomerRepository customers(book.db());
    const qint64 id = customers.insert(c);
    BillingProfile p;
    p.customerId = id;
    p.name = QStringLiteral("Head office");
    p.isDefault = true;
    p.addressLine1 = QStringLiteral("Lindenallee 3");
    p.postalCode = QStringLiteral("50667");
    p.city = QStringLiteral("Köln");
    p.country = QStringLiteral("DE");
    customers.insertProfile(p);
    return id;
}

// 2 × 1,234.50 at 19%: net 2,469.00, tax 469.11, total 2,938.11.
Invoice issueInvoice(TestBook &book, qint64 customer, const QString &currency = u"EUR"_s)
{
    Invoice draft = book.draft(customer, { { 2000, 123450, 190000 } });
    draft.currency = Currency::require(currency);
    for (InvoiceLine &line : draft.lines)
        line.unitPrice = Money(line.unitPrice.minor(), draft.currency);
    InvoiceService service(book.session());
    return service.issue(service.createDraft(draft));
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void epcPayloadFieldByField();
    void epcPayloadLimits();
    void epcPayloadRefusals();
    void qrCodeImage();
    void accentColourIsValidated();
    void germanInvoiceForEnglishOperator();
    void spanishInvoiceForEnglishOperator();
    void pdfCarriesMetadataBoxTaxIdsAndFooter();
    void customerCodeAndStampOnlyWhenAsked();
    void qrCodeOnlyOnEuroInvoicesToAnIban();
    void creditNotePdf();
    void receiptInTheCustomersLanguage();
    void documentTextsFallBack();
};

void TestDocuments::init()
{
    // The operator works in (US) English; documents follow their customer.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDocuments::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestDocuments::epcPayloadFieldByField()
{
    EpcTransfer t;
    t.bic = QStringLiteral("cobadeffxxx");
    t.name = QStringLiteral("Nordlicht Software GmbH");
    t.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    t.amount = eur(293811); // 2,938.11
    t.text = QStringLiteral("INV-2026-000123");
    const auto payload = EpcPayment::payload(t);
    QVERIFY(payload);
    const QList<QByteArray> lines = payload->split('\n');
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], "BCD"_ba); // service tag
    QCOMPARE(lines[1], "002"_ba); // version
    QCOMPARE(lines[2], "1"_ba); // UTF-8
    QCOMPARE(lines[3], "SCT"_ba); // SEPA credit transfer
    QCOMPARE(lines[4], "COBADEFFXXX"_ba); // BIC, upper case
    QCOMPARE(lines[5], "Nordlicht Software GmbH"_ba);
    QCOMPARE(lines[6], "DE89370400440532013000"_ba); // IBAN without spaces
    QCOMPARE(lines[7], "EUR2938.11"_ba);
    QCOMPARE(lines[8], ""_ba); // purpose
    QCOMPARE(lines[9], ""_ba); // structured reference
    QCOMPARE(lines[10], "INV-2026-000123"_ba); // unstructured text
    QVERIFY(!payload->contains('\r'));
    QCOMPARE(*payload,
             QByteArray("BCD\n002\n1\nSCT\nCOBADEFFXXX\nNordlicht Software GmbH\n"
                        "DE89370400440532013000\nEUR2938.11\n\n\nINV-2026-000123"));
}

void TestDocuments::epcPayloadLimits()
{
    EpcTransfer t;
    t.name = QStringLiteral("Ä") + QString(80, u'x'); // 81 characters
    t.iban = QStringLiteral("DE89370400440532013000");
    t.amount = eur(1230); // 12.30: two decimals always
    t.text = QString(150, u'r');
    auto payload = EpcPayment::payload(t);
    QVERIFY(payload);
    const QList<QByteArray> lines = payload->split('\n');
    QCOMPARE(lines[4], ""_ba); // no BIC: optional in version 002
    QCOMPARE(QString::fromUtf8(lines[5]).size(), 70); // name cut to 70 characters
    QVERIFY(lines[5].startsWith("\xc3\x84")); // Ä in UTF-8
    QCOMPARE(lines[7], "EUR12.30"_ba);
    QCOMPARE(lines[10].size(), 140); // text cut to 140
    // 3+3+1+3+0+71 (70 chars, Ä two bytes)+22+8+0+0+140 = 251 bytes, 10 LFs: 261.
    QCOMPARE(payload->size(), 261);

    t.amount = eur(1); // the least: EUR0.01
    QCOMPARE(EpcPayment::payload(t)->split('\n')[7], "EUR0.01"_ba);
    t.amount = eur(99'999'999'999LL); // the most: EUR999999999.99
    QCOMPARE(EpcPayment::payload(t)->split('\n')[7], "EUR999999999.99"_ba);
    // A line break in the name would shift every field after it.
    t.name = QStringLiteral("Two\nLines");
    QCOMPARE(EpcPayment::payload(t)->split('\n')[5], "Two Lines"_ba);
    // A name of 70 three-byte characters: 210 bytes, past 331 in all.
    t.name = QString(70, QChar(0x20AC));
    QVERIFY(!EpcPayment::payload(t));
}

void TestDocuments::epcPayloadRefusals()
{
    EpcTransfer t;
    t.name = QStringLiteral("Nordlicht Software GmbH");
    t.iban = QStringLiteral("DE89370400440532013000");
    t.amount = Money(1000, Currency::require(QStringLiteral("USD")));
    QVERIFY2(!EpcPayment::payload(t), "not euro");
    t.amount = eur(0);
    QVERIFY2(!EpcPayment::payload(t), "nothing to pay");
    t.amount = eur(-500);
    QVERIFY2(!EpcPayment::payload(t), "a refund");
    t.amount = eur(100'000'000'000LL); // 1,000,000,000.00
    QVERIFY2(!EpcPayment::payload(t), "over EUR999999999.99");
    t.amount = eur(1000);
    t.iban.clear();
    QVERIFY2(!EpcPayment::payload(t), "no IBAN");
    t.iban = QStringLiteral("DE89370400440532013000");
    t.name = QStringLiteral("  ");
    QVERIFY2(!EpcPayment::payload(t), "no name");
}

void TestDocuments::qrCodeImage()
{
    const QByteArray payload("BCD\n002\n1\nSCT\n\nA\nDE89370400440532013000\nEUR1.00\n\n\nX");
    const QImage image = QrCode::image(payload, 4);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 4, 0);
    // The quiet zone is white, the finder pattern's corner (module 4,4) black.
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
}

void TestDocuments::accentColourIsValidated()
{
    TestBook book;
    CompanySettings c = saveCompany(book);
    QCOMPARE(c.accent(), CompanySettings::defaultAccentColor); // none set: the sober blue
    for (const QString &bad : { u"blue"_s, u"#12345G"_s, u"#1234"_s, u"1F4E79"_s }) {
        c.accentColor = bad;
        QVERIFY2(!SettingsService::validate(c).isEmpty(), qPrintable(bad));
    }
    c.accentColor = QStringLiteral("#8b0000");
    QVERIFY(SettingsService::validate(c).isEmpty());
    QCOMPARE(c.accent(), QStringLiteral("#8B0000"));
    c.bic = QStringLiteral("NOT A BIC");
    QVERIFY(!SettingsService::validate(c).isEmpty());
}

void TestDocuments::germanInvoiceForEnglishOperator()
{
    TestBook book;
    saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("de")));
    // The book's locale is English (init); the customer reads German.
    const QString html
        = InvoiceHtml::render(InvoiceService(book.session()).documentData(inv.id), QLocale());
    QVERIFY2(html.contains(QStringLiteral("Rechnung")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Fälliger Betrag").toUpper().toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Rechnungsdatum")));
    QVERIFY(!html.contains(QStringLiteral(">Invoice<")));
    QVERIFY(!html.contains(QStringLiteral("Amount due"), Qt::CaseInsensitive));
    // Issued 1 June 2026, due 30 days later: 1 July 2026, the German way.
    QVERIFY(html.contains(QStringLiteral("1. Juni 2026")));
    QVERIFY(html.contains(QStringLiteral("1. Juli 2026")));
    QVERIFY(!html.contains(QStringLiteral("June")));
    // 2,938.11 with German digits: 2.938,11 (and the euro sign after it).
    const QString total = eur(293811).format(QLocale(QStringLiteral("de")));
    QVERIFY(total.startsWith(QStringLiteral("2.938,11")));
    QVERIFY(html.contains(total.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("2,938.11")));
    QVERIFY(html.contains(QStringLiteral("Verwendungszweck")));
    // The PDF's title is German too.
    const InvoiceDocument::Decor decor
        = InvoiceDocument::decor(InvoiceService(book.session()).documentData(inv.id), QLocale());
    QCOMPARE(decor.title, u"Rechnung " + inv.number);
    QCOMPARE(decor.pageFormat, QStringLiteral("Seite %1 von %2"));
}

void TestDocuments::pdfCarriesMetadataBoxTaxIdsAndFooter()
{
    TestBook book;
    saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("en_GB")));
    QCOMPARE(inv.number, QStringLiteral("INV-2026-000001"));
    const QString pdf = book.dir() + u"/invoice.pdf";
    InvoiceDocument::writePdf(InvoiceService(book.session()).documentData(inv.id), pdf,
                              QPageSize::A4, QLocale());
    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("Title:           Invoice INV-2026-000001")),
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Creator:         Nordlicht Software GmbH")),
             qPrintable(info));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("AMOUNT DUE")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("DUE DATE")));
    // 2,938.11 as en_GB writes euros (the customer's locale, not the book's).
    // (pdftotext gives the no-break space as a space.)
    QVERIFY(text.contains(
        eur(293811).format(QLocale(QStringLiteral("en_GB"))).replace(QChar(0xa0), u' ')));
    QVERIFY(text.contains(QStringLiteral("1 July 2026"))); // en_GB
    QVERIFY(text.contains(QStringLiteral("Tax ID DE999999999"))); // the customer's
    QVERIFY(text.contains(QStringLiteral("Tax ID DE811907980"))); // the company's
    QVERIFY(text.contains(QStringLiteral("Registration HRB 123456, Amtsgericht Hamburg")));
    QVERIFY(text.contains(QStringLiteral("Hafenstraße 12, 20457 Hamburg"))); // the footer's
    QVERIFY(text.contains(QStringLiteral("Commerzbank")));
    QVERIFY(text.contains(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    QVERIFY(text.contains(QStringLiteral("COBADEFFXXX")));
    QVERIFY(text.contains(QStringLiteral("Payment reference")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY2(!text.contains(QStringLiteral("CUST-7781")), "no customer code by default");
    QVERIFY2(!text.contains(QStringLiteral("PAID")), "no stamp by default");
}

void TestDocuments::customerCodeAndStampOnlyWhenAsked()
{
    TestBook book;
    CompanySettings c = saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("fr")));
    InvoiceService invoices(book.session());
    PaymentService(book.session())
        .payInvoice(inv.id, inv.total, QDate(2026, 6, 10), QStringLiteral("bank_transfer"),
                    QString());
    QVERIFY(InvoiceDocument::decor(invoices.documentData(inv.id), QLocale()).stamp.isEmpty());
    c.showCustomerCode = true;
    c.showStatusStamp = true;
    c.accentColor = QStringLiteral("#8B0000");
    // A logo: a dark red band with the initials.
    QImage logo(360, 120, QImage::Format_RGB32);
    logo.fill(QColor(0x8B, 0, 0));
    {
        QPainter painter(&logo);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setPixelSize(64);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(logo.rect(), Qt::AlignCenter, QStringLiteral("NLS"));
    }
    QBuffer png(&c.logo);
    png.open(QIODevice::WriteOnly);
    logo.save(&png, "PNG");
    SettingsService(book.session()).saveCompany(c);
    const InvoiceDocumentData data = invoices.documentData(inv.id);
    QVERIFY(data.invoice.status == InvoiceStatus::Paid);
    QCOMPARE(InvoiceDocument::decor(data, QLocale()).stamp, QStringLiteral("PAYÉE"));
    const QString pdf = book.dir() + u"/paid.pdf";
    InvoiceDocument::writePdf(data, pdf, QPageSize::A4, QLocale());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("CUST-7781")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("N° client")));
    // The stamp is drawn turned: pdftotext breaks its line, so look for a part.
    QVERIFY(text.contains(QStringLiteral("PAY")));
    QVERIFY(text.contains(QStringLiteral("Facture")));
    // Nothing is due on a paid invoice: no payment details, no QR code.
    QVERIFY(!text.contains(QStringLiteral("Référence de paiement")));
    QVERIFY(!InvoiceHtml::epcPayload(data));
}

void TestDocuments::qrCodeOnlyOnEuroInvoicesToAnIban()
{
    TestBook book;
    CompanySettings c = saveCompany(book);
    const Invoice euro = issueInvoice(book, addCustomer(book, QString()));
    InvoiceService invoices(book.session());
    const auto payload = InvoiceHtml::epcPayload(invoices.documentData(euro.id));
    QVERIFY(payload);
    QCOMPARE(payload->split('\n')[7], "EUR2938.11"_ba);
    QCOMPARE(payload->split('\n')[10], euro.number.toUtf8());
    const QString pdf = book.dir() + u"/euro.pdf";
    InvoiceDocument::writePdf(invoices.documentData(euro.id), pdf, QPageSize::A4, QLocale());
    // pdfimages -list: two heading lines, then one line per image.
    const auto imageCount = [](const QString &file) {
        return poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), file })
                   .split(u'\n', Qt::SkipEmptyParts)
                   .size()
            - 2;
    };
    QCOMPARE(imageCount(pdf), 1);

    CustomerRepository customers(book.db());
    Customer dollars;
    dollars.code = QStringLiteral("US1");
    dollars.name = QStringLiteral("Yankee Inc");
    dollars.currency = Currency::require(QStringLiteral("USD"));
    const Invoice usd = issueInvoice(book, customers.insert(dollars), QStringLiteral("USD"));
    QVERIFY2(!InvoiceHtml::epcPayload(invoices.documentData(usd.id)), "not euro");
    const QString usdPdf = book.dir() + u"/usd.pdf";
    InvoiceDocument::writePdf(invoices.documentData(usd.id), usdPdf, QPageSize::A4, QLocale());
    QCOMPARE(imageCount(usdPdf), 0);

    c.iban.clear();
    c.accountNumber = QStringLiteral("000123456789");
    c.routingNumber = QStringLiteral("026009593");
    SettingsService(book.session()).saveCompany(c);
    QVERIFY2(!InvoiceHtml::epcPayload(invoices.documentData(euro.id)), "no IBAN");
    const QString html = InvoiceHtml::render(invoices.documentData(euro.id), QLocale());
    QVERIFY(html.contains(QStringLiteral("026009593")));
    QVERIFY(!html.contains(InvoiceHtml::epcUrl));
}

void TestDocuments::creditNotePdf()
{
    TestBook book;
    saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("de")));
    CreditNoteService notes(book.session());
    CreditNoteService::Request request;
    request.invoiceId = inv.id;
    request.reason = QStringLiteral("Doppelt berechnet <b>");
    request.date = QDate(2026, 6, 15);
    const CreditNote note = notes.issue(request);
    QCOMPARE(note.number, QStringLiteral("CN-2026-000001"));
    QCOMPARE(notes.loadByNumber(note.number).lines.size(), std::size_t(1));
    QVERIFY_THROWS_EXCEPTION(Error, notes.loadByNumber(QStringLiteral("CN-1999-1")));
    const CreditNoteDocumentData data = notes.documentData(note.id);
    QCOMPARE(data.invoiceNumber, inv.number);
    const QString html = InvoiceHtml::renderCreditNote(data, QLocale());
    QVERIFY(html.contains(QStringLiteral("Doppelt berechnet &lt;b&gt;")));
    const QString pdf = book.dir() + u"/note.pdf";
    InvoiceDocument::writePdf(data, pdf, QPageSize::A4, QLocale());
    const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("Title:           Gutschrift CN-2026-000001")),
             qPrintable(info));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("CN-2026-000001")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Zur Rechnung INV-2026-000001")));
    QVERIFY(text.contains(QStringLiteral("Doppelt berechnet")));
    QVERIFY(text.contains(QStringLiteral("2.938,11"))); // the whole invoice credited
    QVERIFY(text.contains(QStringLiteral("15. Juni 2026")));
    QVERIFY(text.contains(QStringLiteral("USt-IdNr. DE999999999")));
    QVERIFY(text.contains(QStringLiteral("Handelsregister HRB 123456")));
}

void TestDocuments::spanishInvoiceForEnglishOperator()
{
    TestBook book;
    saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("es")));
    const QString html
        = InvoiceHtml::render(InvoiceService(book.session()).documentData(inv.id), QLocale());
    QVERIFY2(html.contains(QStringLiteral("Factura")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Fecha de factura")));
    QVERIFY(html.contains(QStringLiteral("Importe a pagar").toUpper().toHtmlEscaped()));
    // Issued 1 June 2026, due 1 July 2026, the Spanish way, without a weekday.
    QVERIFY(html.contains(QStringLiteral("1 de junio de 2026")));
    QVERIFY(html.contains(QStringLiteral("1 de julio de 2026")));
    QVERIFY(!html.contains(QStringLiteral("lunes")));
    QVERIFY(!html.contains(QStringLiteral("June")));
    QVERIFY(!html.contains(QStringLiteral("Amount due"), Qt::CaseInsensitive));
}

void TestDocuments::documentTextsFallBack()
{
    const QLocale book(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(DocumentTexts(QString(), book).text("Invoice"), QStringLiteral("Invoice"));
    QCOMPARE(DocumentTexts(QStringLiteral("de_AT"), book).text("Invoice"),
             QStringLiteral("Rechnung"));
    QCOMPARE(DocumentTexts(QStringLiteral("fr_CH"), book).text("Due date"),
             QStringLiteral("Date d’échéance"));
    const DocumentTexts spanish(QStringLiteral("es"), book);
    QCOMPARE(spanish.text("Invoice"), QStringLiteral("Factura"));
    QCOMPARE(spanish.text("Amount due"), QStringLiteral("Importe a pagar"));
    QCOMPARE(spanish.locale().language(), QLocale::Spanish);
    // Italian has no table: English words, Italian dates and numbers.
    const DocumentTexts italian(QStringLiteral("it"), book);
    QCOMPARE(italian.text("Invoice"), QStringLiteral("Invoice"));
    QCOMPARE(italian.locale().language(), QLocale::Italian);
    // Not a language at all: the book's.
    QCOMPARE(DocumentTexts(QStringLiteral("zz"), book).locale(), book);
}

// A receipt speaks the customer's language like their invoices, and shows
// the internal customer code only when the company chose to.
void TestDocuments::receiptInTheCustomersLanguage()
{
    TestBook book;
    saveCompany(book);
    const Invoice inv = issueInvoice(book, addCustomer(book, QStringLiteral("de")));
    // 2,938.11 paid by bank transfer on 15 June 2026 settles it in full.
    const Payment p = PaymentService(book.session())
                          .payInvoice(inv.id, eur(293811), QDate(2026, 6, 15),
                                      PaymentMethodKind::BankTransfer, inv.number);
    const QString number = ReceiptService(book.session()).forPayment(p.id)->number;
    auto html = [&] {
        return ReceiptHtml::render(ReceiptService(book.session()).documentData(number), QLocale());
    };
    QString h = html();
    // The invoices' title block: the title, the number under it, the
    // amount in the accent-framed box with its caption in capitals.
    QVERIFY2(h.contains(QStringLiteral("Zahlungsbestätigung</span><br/><span "
                                       "style=\"font-size: 11pt\">")
                        + number),
             qPrintable(h));
    QVERIFY(h.contains(QStringLiteral("ERHALTENER BETRAG")));
    QVERIFY(h.contains(QStringLiteral("ERHALTEN VON")));
    QVERIFY(h.contains(u"border: 1px solid " + CompanySettings::defaultAccentColor));
    // The letterhead: the company's address and tax ID at the top right.
    QVERIFY(h.contains(QStringLiteral("Hafenstraße 12<br/>20457 Hamburg")));
    QVERIFY(h.contains(QStringLiteral("USt-IdNr. DE811907980")));
    QVERIFY(h.contains(QStringLiteral("Überweisung")));
    QVERIFY(h.contains(QStringLiteral("15. Juni 2026")));
    QVERIFY(h.contains(eur(293811).format(QLocale(QStringLiteral("de"))).toHtmlEscaped()));
    QVERIFY(h.contains(QStringLiteral("Vielen Dank")));
    QVERIFY(!h.contains(QStringLiteral("Amount received")));
    QVERIFY(!h.contains(QStringLiteral("CUST-7781")));
    SettingsService settings(book.session());
    CompanySettings co = settings.company();
    co.showCustomerCode = true;
    settings.saveCompany(co);
    h = html();
    QVERIFY2(h.contains(QStringLiteral("Kundennummer</td><td width=\"12\"></td><td>CUST-7781")),
             qPrintable(h));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
