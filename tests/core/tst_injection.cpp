// Text anyone can type (a customer's name, a line description, a payer's
// remittance text) carrying SQL, HTML, spreadsheet formulas, bidi overrides
// and terminal escapes, pushed through every text field a book keeps and
// read back everywhere it comes out: the book, CSV, terminal tables, HTML
// for invoices and printed reports, and the audit trail. Controls are
// refused at the door naming the field; everything else is stored exactly
// and comes out inert.
#include "billing/bankimportservice.h"
#include "billing/creditnoteservice.h"
#include "billing/customerservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "common/safetext.h"
#include "documents/invoicehtml.h"
#include "documents/reporthtml.h"
#include "exchange/bankcsvmapping.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "exchange/texttablewriter.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "security/auditlog.h"
#include "storage/bankrepository.h"
#include "storage/customerrepository.h"
#include "testbook.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

// Payloads that are valid text: stored exactly, inert on the way out.
QStringList textPayloads()
{
    return {
        QStringLiteral("'); DROP TABLE invoice; --"),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("Robert\"); DELETE FROM audit_log; --"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("\"><b>bold</b><!--"),
        QStringLiteral("&amp; &lt;i&gt;"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\t=1+1"),
        QStringLiteral("%1 %2 %n"),
        QStringLiteral("Ann\u202Egnp.exe"),
        QStringLiteral("a\u2066b\u2069c\u200F"),
    };
}

// Payloads with control characters: refused wherever a person types text.
QStringList controlPayloads()
{
    return {
        QStringLiteral("\x1b[31mred\x1b[0m"),
        QStringLiteral("bell\a"),
        QString(QStringLiteral("nul")) + QChar(0) + QStringLiteral("cut"),
        QStringLiteral("back\bspace"),
    };
}

// What no output meant for a terminal or a document may contain.
bool hasTerminalOrBidiControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f)
            return true;
    }
    return false;
}

struct Outputs
{
    QString csv;
    QString text;
    QString html;
};

Outputs runEverywhere(TestBook &book, const QString &name, ReportParameters p)
{
    const ReportDefinition &report = ReportEngine::require(name);
    p = ReportEngine::withDefaults(report, p, book.session().today());
    ReportTable table;
    report.run(book.db(), p, table);
    Outputs out;
    QBuffer csv, text;
    csv.open(QIODevice::WriteOnly);
    text.open(QIODevice::WriteOnly);
    CsvWriter csvWriter(&csv);
    TextTableWriter textWriter(&text);
    for (ReportSink *sink : std::initializer_list<ReportSink *> { &csvWriter, &textWriter }) {
        sink->begin(table.title(), table.columns());
        for (int r = 0; r < table.rows().size(); ++r)
            table.isTotalRow(r) ? sink->totalRow(table.rows().at(r))
                                : sink->row(table.rows().at(r));
        sink->end();
    }
    out.csv = QString::fromUtf8(csv.data());
    out.text = QString::fromUtf8(text.data());
    out.html = ReportHtml::render(table, name, QDateTime(QDate(2026, 6, 30), QTime(12, 0)),
                                  QLocale::c());
    return out;
}

// Every CSV cell that begins like a formula is neutralised; numbers stay numbers.
void checkCsvCells(const QString &csv, const QString &where)
{
    int cells = 0;
    for (const CsvReader::Record &record :
         CsvReader::parse(csv.toUtf8(), QStringLiteral("export.csv"))) {
        for (const QString &cell : record.fields) {
            ++cells;
            if (cell.isEmpty())
                continue;
            const QChar first = cell.front();
            bool number = false;
            cell.toDouble(&number);
            if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
                || (first == u'-' && !number))
                QFAIL(qPrintable(where + QStringLiteral(": live formula cell ") + cell));
        }
    }
    QVERIFY2(cells > 0, qPrintable(where));
}

void checkHtml(const QString &html, const QString &where)
{
    for (const char *live :
         { "<script", "<img src=x", "<b>bold", "onerror=alert(1)>", "<!--", "<i>" })
        QVERIFY2(!html.contains(QLatin1String(live), Qt::CaseInsensitive),
                 qPrintable(where + QStringLiteral(": live markup ") + QLatin1String(live)));
    QVERIFY2(!hasTerminalOrBidiControls(html), qPrintable(where + QStringLiteral(": controls")));
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersAreRefusedNamingTheField();
    void payloadsAreStoredExactlyAndComeOutInert();
};

void TestInjection::controlCharactersAreRefusedNamingTheField()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    InvoiceService invoices(book.session());
    const Invoice issued = book.issue(customer, { { 1000, 5000 } });
    for (const QString &bad : controlPayloads()) {
        const QString shown = safeText(bad);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = bad;
        c.currency = Currency::require(QStringLiteral("EUR"));
        BillingProfile profile;
        try {
            CustomerService(book.session()).create(c, profile);
            QFAIL(qPrintable(QStringLiteral("customer name accepted: ") + shown));
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().startsWith(QStringLiteral("name:")),
                     qPrintable(e.userMessage()));
        }
        Invoice draft = book.draft(customer, { { 1000, 100 } });
        draft.lines.front().description = bad;
        QVERIFY(!InvoiceRules::check(draft).empty());
        draft.lines.front().description = QStringLiteral("fine");
        draft.notes = bad;
        QVERIFY(!InvoiceRules::check(draft).empty());
        try {
            PaymentService::Request req;
            req.customerId = customer;
            req.date = QDate(2026, 6, 20);
            req.amount = Money(100, Currency::require(QStringLiteral("EUR")));
            req.reference = bad;
            PaymentService(book.session()).record(req);
            QFAIL(qPrintable(QStringLiteral("payment reference accepted: ") + shown));
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(QStringLiteral("reference")),
                     qPrintable(e.userMessage()));
        }
        try {
            CreditNoteService::Request req;
            req.invoiceId = issued.id;
            req.reason = bad;
            req.date = QDate(2026, 6, 20);
            CreditNoteService(book.session()).issue(req);
            QFAIL(qPrintable(QStringLiteral("credit note reason accepted: ") + shown));
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().startsWith(QStringLiteral("reason:")),
                     qPrintable(e.userMessage()));
        }
        // A statement line with it is refused with the file and line; nothing is kept.
        const QByteArray csv
            = "Date,Amount,Text\n2026-06-11,1.00,ok\n2026-06-12,2.00," + bad.toUtf8() + "\n";
        try {
            BankImportService(book.session())
                .importBytes(
                    csv, QStringLiteral("evil.csv"), {},
                    BankCsvMapping::fromJson(
                        QJsonDocument::fromJson(
                            R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})")
                            .object()),
                    {});
            QFAIL(qPrintable(QStringLiteral("statement text accepted: ") + shown));
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(QStringLiteral("evil.csv"))
                         && e.userMessage().contains(u'3'),
                     qPrintable(e.userMessage()));
            QVERIFY(!hasTerminalOrBidiControls(e.userMessage()));
        }
        QCOMPARE(BankRepository(book.db()).count({}), 0);
    }
    QCOMPARE(CustomerRepository(book.db()).list().size(), std::size_t(1));
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    book.checkBooks();
}

void TestInjection::payloadsAreStoredExactlyAndComeOutInert()
{
    TestBook book;
    InvoiceService invoices(book.session());
    PaymentService payments(book.session());
    CreditNoteService notes(book.session());
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    const QStringList payloads = textPayloads();
    QByteArray statement = "Date,Amount,Text,Payer\n";
    std::vector<qint64> invoiceIds;
    for (int i = 0; i < payloads.size(); ++i) {
        const QString &evil = payloads.at(i);
        Customer c;
        c.code = QStringLiteral("X%1").arg(i);
        c.name = evil;
        c.email = QStringLiteral("a@example.com");
        c.currency = Currency::require(QStringLiteral("EUR"));
        BillingProfile profile;
        profile.name = evil;
        profile.addressLine1 = evil;
        const qint64 customer = CustomerService(book.session()).create(c, profile);
        Invoice draft = book.draft(customer, { { 1000, 1000 + i } }, QDate(2026, 6, 1 + i));
        draft.notes = evil;
        draft.lines.front().description = evil;
        const Invoice inv = invoices.issue(invoices.createDraft(draft));
        invoiceIds.push_back(inv.id);
        payments.payInvoice(inv.id, Money(500, eur), QDate(2026, 6, 20),
                            PaymentMethodKind::BankTransfer, evil);
        CreditNoteService::Request req;
        req.invoiceId = inv.id;
        req.reason = evil;
        req.date = QDate(2026, 6, 21);
        req.mode = CreditNoteService::Mode::Amount;
        req.amount = Money(100, eur);
        notes.issue(req);
        QString quoted = evil;
        quoted.replace(u'"', QStringLiteral("\"\""));
        statement += "2026-06-2" + QByteArray::number(2 + i % 7) + "," + QByteArray::number(3 + i)
            + ".00,\"" + quoted.toUtf8() + "\",\"" + quoted.toUtf8() + "\"\n";
    }
    BankImportService(book.session())
        .importBytes(
            statement, QStringLiteral("statement.csv"), {},
            BankCsvMapping::fromJson(
                QJsonDocument::fromJson(
                    R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","counterparty":"Payer","currency":"EUR"})")
                    .object()),
            {});

    // Stored exactly: prepared statements kept every byte, every table is there.
    for (int i = 0; i < payloads.size(); ++i) {
        const Invoice inv = book.reload(invoiceIds[std::size_t(i)]);
        QCOMPARE(inv.notes, payloads.at(i));
        QCOMPARE(inv.lines.front().description, payloads.at(i));
        // A name is trimmed, as typed names are.
        QCOMPARE(CustomerRepository(book.db()).find(inv.customerId)->name,
                 payloads.at(i).trimmed());
    }
    QCOMPARE(BankRepository(book.db()).count({}), qint64(payloads.size()));
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    book.checkBooks();

    // Out through every report that shows typed text.
    for (const char *report :
         { "customer-invoices", "payments-received", "credit-notes", "payment-reconciliation",
           "ar-aging", "revenue-by-customer", "customer-credit" }) {
        ReportParameters p;
        p.from = QDate(2026, 1, 1);
        p.to = QDate(2026, 6, 30);
        const Outputs out = runEverywhere(book, QString::fromLatin1(report), p);
        const QString where = QString::fromLatin1(report);
        checkCsvCells(out.csv, where + QStringLiteral(" CSV"));
        QVERIFY2(!hasTerminalOrBidiControls(out.text), qPrintable(where + QStringLiteral(" text")));
        checkHtml(out.html, where + QStringLiteral(" HTML"));
    }
    // Each invoice document shows the payload as text, escaped, without overrides.
    for (int i = 0; i < payloads.size(); ++i) {
        const QString html
            = InvoiceHtml::render(invoices.documentData(invoiceIds[std::size_t(i)]), QLocale::c());
        checkHtml(html, QStringLiteral("invoice %1").arg(i));
        QVERIFY2(html.contains(safeText(payloads.at(i)).toHtmlEscaped()),
                 qPrintable(QStringLiteral("invoice %1 lacks its text").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
