// Bank statements: every format from sample files written here, duplicates,
// bad files that import nothing, the matcher on a table of cases, and the
// books after accepting and unmatching.
#include "billing/bankimportservice.h"
#include "billing/paymentattemptservice.h"
#include "billing/paymentmatcher.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/reconciliationservice.h"
#include "common/error.h"
#include "exchange/statementreader.h"
#include "reports/invoicelistreport.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "security/auditlog.h"
#include "storage/bankrepository.h"
#include "testbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestBank : public QObject
{
    Q_OBJECT

private:
    void reimport();

private slots:
    void csvLayouts_data();
    void csvLayouts();
    void ofxSgmlAndXml_data();
    void ofxSgmlAndXml();
    void camt053();
    void reimportAddsNothing();
    void badFileImportsNothing_data();
    void badFileImportsNothing();
    void matcher_data();
    void matcher();
    void acceptAndUnmatchKeepTheBooks();
    void ambiguousProposalPaysOnlyTheChosenInvoice();
    void confidentOnlyAreApplied();
    void reconciliationReport();
    void threeFailedCardPaymentsFlagForReview();
};

namespace {

BankCsvMapping mapping(const QByteArray &json)
{
    return BankCsvMapping::fromJson(QJsonDocument::fromJson(json).object());
}

// An imported line by its position, for the tests' own statements.
BankLine line(TestBook &book, int n)
{
    return BankRepository(book.db()).lines({}, ListWindow<BankLine>::top(0, 1000)).at(size_t(n));
}

} // namespace

void TestBank::csvLayouts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<QByteArray>("counterparty");
    QTest::addColumn<qint64>("firstAmount");
    QTest::addColumn<qint64>("secondAmount");
    QTest::newRow("signed amount, dot decimals")
        << QByteArray("Date,Amount,Payer,Text\n2026-06-01,1234.50,Acme Corp,INV-2026-000001\n"
                      "2026-06-02,-20.00,Bank,Fees\n")
        << QByteArray(
               R"({"name":"A","date":"Date","amount":"Amount","counterparty":"Payer","reference":"Text","currency":"EUR"})")
        << QByteArray("Acme Corp") << qint64(123450) << qint64(-2000);
    QTest::newRow("debit and credit columns, comma decimals, semicolons")
        << QByteArray("Buchungstag;Soll;Haben;Name;Verwendungszweck\n"
                      "01.06.2026;;1.234,50;Acme Corp;Rechnung INV-2026-000001\n"
                      "02.06.2026;20,00;;Bank;Gebühr\n")
        << QByteArray(
               R"({"name":"B","delimiter":";","date":"Buchungstag","date_format":"dd.MM.yyyy","debit":"Soll","credit":"Haben","counterparty":"Name","reference":"Verwendungszweck","currency":"EUR","decimal_separator":","})")
        << QByteArray("Acme Corp") << qint64(123450) << qint64(-2000);
    QTest::newRow("Latin-1 names, detected")
        << QByteArray(
               "Date,Amount,Payer\n2026-06-01,10.00,M\xfcller & S\xf6hne\n2026-06-02,5.00,X\n")
        << QByteArray(
               R"({"name":"C","date":"Date","amount":"Amount","counterparty":"Payer","currency":"EUR"})")
        << QByteArray("Müller & Söhne") << qint64(1000) << qint64(500);
    QTest::newRow("quoted fields with commas and newlines, columns by number, BOM")
        << QByteArray("\xEF\xBB\xBF\"Payer, Inc.\",\"06/01/2026\",\"1,234.50\",\"two\nlines\"\n"
                      "x,06/02/2026,(20.00),y\n")
        << QByteArray(
               R"({"name":"D","header_rows":0,"date":"2","date_format":"MM/dd/yyyy","amount":"3","counterparty":"1","reference":"4","currency":"EUR"})")
        << QByteArray("Payer, Inc.") << qint64(123450) << qint64(-2000);
}

void TestBank::csvLayouts()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, mapping);
    QFETCH(QByteArray, counterparty);
    QFETCH(qint64, firstAmount);
    QFETCH(qint64, secondAmount);
    const auto lines = StatementReader::readCsv(csv, QStringLiteral("s.csv"), ::mapping(mapping));
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines[0].date, QDate(2026, 6, 1));
    QCOMPARE(lines[0].amount.minor(), firstAmount);
    QCOMPARE(lines[0].counterparty, QString::fromUtf8(counterparty));
    QCOMPARE(lines[1].amount.minor(), secondAmount);
    QCOMPARE(lines[0].currency.code(), QStringLiteral("EUR"));
}

void TestBank::ofxSgmlAndXml_data()
{
    QTest::addColumn<QByteArray>("ofx");
    QTest::newRow("1.x SGML") << QByteArray(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
        "<CURDEF>EUR\n<BANKTRANLIST>\n<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260601120000\n"
        "<TRNAMT>1234.50\n<FITID>F-1\n<NAME>Acme Corp\n<MEMO>INV-2026-000001\n</STMTTRN>\n"
        "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20260602\n<TRNAMT>-20.00\n<FITID>F-2\n"
        "<NAME>Bank\n</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    QTest::newRow("2.x XML") << QByteArray(
        "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\"?>\n<OFX><BANKMSGSRSV1>"
        "<STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKTRANLIST>\n<STMTTRN><TRNTYPE>CREDIT</TRNTYPE>"
        "<DTPOSTED>20260601</DTPOSTED><TRNAMT>1234.50</TRNAMT><FITID>F-1</FITID><NAME>Acme Corp"
        "</NAME><MEMO>INV-2026-000001</MEMO></STMTTRN>\n<STMTTRN><TRNTYPE>DEBIT</TRNTYPE>"
        "<DTPOSTED>20260602</DTPOSTED><TRNAMT>-20.00</TRNAMT><FITID>F-2</FITID><NAME>Bank</NAME>"
        "</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
}

void TestBank::ofxSgmlAndXml()
{
    QFETCH(QByteArray, ofx);
    QCOMPARE(StatementReader::format({}, ofx, QStringLiteral("s.ofx")),
             StatementReader::Format::Ofx);
    const auto lines = StatementReader::readOfx(ofx, QStringLiteral("s.ofx"));
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines[0].date, QDate(2026, 6, 1));
    QCOMPARE(lines[0].amount.minor(), qint64(123450));
    QCOMPARE(lines[0].bankRef, QStringLiteral("F-1"));
    QCOMPARE(lines[0].counterparty, QStringLiteral("Acme Corp"));
    QCOMPARE(lines[0].reference, QStringLiteral("INV-2026-000001"));
    QCOMPARE(lines[1].amount.minor(), qint64(-2000));
    QCOMPARE(lines[1].currency.code(), QStringLiteral("EUR"));
}

void TestBank::camt053()
{
    const QByteArray xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        "<Stmt><Id>1</Id>\n"
        "<Ntry><Amt Ccy=\"EUR\">1234.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-06-01"
        "</Dt></BookgDt><AcctSvcrRef>REF-1</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>"
        "Acme Corp</Nm></Dbtr></RltdPties><RmtInf><Ustrd>INV-2026-000001</Ustrd></RmtInf>"
        "</TxDtls></NtryDtls></Ntry>\n"
        "<Ntry><Amt Ccy=\"EUR\">20.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-06-02</Dt>"
        "</BookgDt></Ntry>\n"
        "</Stmt></BkToCstmrStmt></Document>\n");
    QCOMPARE(StatementReader::format({}, xml, QStringLiteral("s.xml")),
             StatementReader::Format::Camt053);
    const auto lines = StatementReader::readCamt053(xml, QStringLiteral("s.xml"));
    QCOMPARE(lines.size(), size_t(2));
    QCOMPARE(lines[0].amount.minor(), qint64(123450));
    QCOMPARE(lines[0].counterparty, QStringLiteral("Acme Corp"));
    QCOMPARE(lines[0].reference, QStringLiteral("INV-2026-000001"));
    QCOMPARE(lines[0].bankRef, QStringLiteral("REF-1"));
    QCOMPARE(lines[1].amount.minor(), qint64(-2000));
    QCOMPARE(lines[1].date, QDate(2026, 6, 2));
}

void TestBank::reimportAddsNothing()
{
    try {
        reimport();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.userMessage() + u" / " + e.detail()));
    }
}

void TestBank::reimport()
{
    TestBook book;
    BankImportService service(book.session());
    const BankCsvMapping m = mapping(
        R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})");
    service.saveMapping(m);
    // No bank id: duplicates are known by date, amount and reference.
    const QByteArray csv("Date,Amount,Text\n2026-06-01,10.00,a\n2026-06-01,10.00,b\n");
    auto r = service.importBytes(csv, QStringLiteral("s.csv"), {},
                                 service.mapping(QStringLiteral("A")), {});
    QCOMPARE(r.read, 2);
    QCOMPARE(r.added, 2);
    r = service.importBytes(csv + "2026-06-03,7.00,c\n", QStringLiteral("s2.csv"), {}, m, {});
    QCOMPARE(r.added, 1);
    QCOMPARE(r.duplicates, 2);
    QCOMPARE(BankRepository(book.db()).count({}), 3);
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
}

void TestBank::badFileImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("bad amount on line 3")
        << QByteArray("Date,Amount,Text\n2026-06-01,10.00,a\n2026-06-02,ten,b\n")
        << QByteArray("csv") << QByteArray("s.csv:3: amount: “ten” is not an amount");
    QTest::newRow("bad date on line 2")
        << QByteArray("Date,Amount,Text\n2026-13-01,10.00,a\n") << QByteArray("csv")
        << QByteArray("s.csv:2: date: “2026-13-01” is not a date");
    QTest::newRow("date in 1901") << QByteArray(
        "Date,Amount,Text\n2026-06-01,10.00,a\n1901-06-02,10.00,b\n")
                                  << QByteArray("csv")
                                  << QByteArray("s.csv:3: date: 1901-06-02 is outside the years");
    QTest::newRow("date in 2999") << QByteArray("Date,Amount,Text\n2999-06-01,10.00,a\n")
                                  << QByteArray("csv")
                                  << QByteArray("s.csv:2: date: 2999-06-01 is outside the years");
    QTest::newRow("amount past the limit")
        << QByteArray("Date,Amount,Text\n2026-06-01,1000000000000.01,a\n") << QByteArray("csv")
        << QByteArray("s.csv:2: amount: the amount is larger than Accrue accepts");
    QTest::newRow("NUL in the text")
        << QByteArray("Date,Amount,Text\n2026-06-01,10.00,a\0b\n", 38) << QByteArray("csv")
        << QByteArray("s.csv:2: reference: contains control characters");
    QTest::newRow("missing field") << QByteArray("Date,Amount,Text\n2026-06-01\n")
                                   << QByteArray("csv") << QByteArray("s.csv:2: amount: missing");
    QTest::newRow("ofx without amount")
        << QByteArray("<OFX><CURDEF>EUR<STMTTRN><DTPOSTED>20260601<FITID>1</STMTTRN></OFX>")
        << QByteArray("ofx") << QByteArray("s.csv:1: TRNAMT: missing");
    // Line numbers are counted as the file is read: the line of each error
    // is where its transaction starts.
    const QByteArray ofxHead = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n"
                               "<BANKTRANLIST>\n"
                               "<STMTTRN><DTPOSTED>20260601<TRNAMT>1.00<FITID>1</STMTTRN>\n";
    QTest::newRow("ofx bad amount on line 4")
        << ofxHead
            + "<STMTTRN><DTPOSTED>20260602<TRNAMT>ten<FITID>2</STMTTRN>\n"
              "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
        << QByteArray("ofx") << QByteArray("s.csv:4: TRNAMT: “ten” is not an amount");
    // A file cut off in transit: nothing of it is imported.
    QTest::newRow("ofx cut off inside a transaction")
        << ofxHead + "<STMTTRN><DTPOSTED>20260602<TRNAMT>2.0" << QByteArray("ofx")
        << QByteArray("s.csv:4: STMTTRN: not closed");
    QTest::newRow("ofx cut off after a transaction")
        << ofxHead << QByteArray("ofx")
        << QByteArray("s.csv:2: BANKTRANLIST: not closed (the file ends at line 3 without "
                      "</BANKTRANLIST>: cut off?)");
    QTest::newRow("ofx cut off before </OFX>")
        << ofxHead + "</BANKTRANLIST></STMTRS></STMTTRNRS>\n"
        << QByteArray("ofx")
        << QByteArray("s.csv:1: OFX: not closed (the file ends at line 4 without </OFX>: cut "
                      "off?)");
    QTest::newRow("ofx transaction not closed before the next")
        << QByteArray("<OFX><CURDEF>EUR\n<STMTTRN><DTPOSTED>20260601<TRNAMT>1.00<FITID>1\n"
                      "<STMTTRN><DTPOSTED>20260602<TRNAMT>2.00<FITID>2</STMTTRN>\n</OFX>\n")
        << QByteArray("ofx") << QByteArray("s.csv:2: STMTTRN: not closed");
    QTest::newRow("camt without direction")
        << QByteArray("<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy=\"EUR\">1.00</Amt><BookgDt>"
                      "<Dt>2026-06-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>")
        << QByteArray("camt053") << QByteArray("CdtDbtInd: expected CRDT or DBIT");
}

void TestBank::badFileImportsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, message);
    TestBook book;
    const BankCsvMapping m = mapping(
        R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})");
    try {
        BankImportService(book.session())
            .importBytes(bytes, QStringLiteral("s.csv"), QString::fromUtf8(format), m, {});
        QFAIL("the import should have failed");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QString::fromUtf8(message)), qPrintable(e.userMessage()));
    }
    QCOMPARE(BankRepository(book.db()).count({}), 0);
}

void TestBank::matcher_data()
{
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("payer");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("minConfidence");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QByteArray>("firstInvoice"); // number, or "" for credit / none
    QTest::addColumn<QByteArray>("reasonPart");
    // The book: ACME has INV-2026-000001 (100.00) and -000002 (250.00);
    // BETA has -000003 (250.00) and -000004 (77.77).
    QTest::newRow("number and exact amount")
        << QByteArray("Payment INV-2026-000001") << QByteArray("Someone") << qint64(10000) << 100
        << false << QByteArray("INV-2026-000001") << QByteArray("amount equals balance");
    // The same numbers as payers write them.
    QTest::newRow("number without separators")
        << QByteArray("Payment INV2026000001") << QByteArray("Someone") << qint64(10000) << 100
        << false << QByteArray("INV-2026-000001") << QByteArray("amount equals balance");
    QTest::newRow("number without prefix")
        << QByteArray("Rechnung 2026-000002") << QByteArray("") << qint64(25000) << 100 << false
        << QByteArray("INV-2026-000002") << QByteArray("invoice number INV-2026-000002");
    QTest::newRow("slashes, no leading zeros")
        << QByteArray("inv/2026/0004 thanks") << QByteArray("") << qint64(7777) << 100 << false
        << QByteArray("INV-2026-000004") << QByteArray("amount equals balance");
    QTest::newRow("digits of an IBAN are no number")
        << QByteArray("DE89370400440532013000") << QByteArray("") << qint64(1234) << 0 << false
        << QByteArray("") << QByteArray("");
    QTest::newRow("number, part payment")
        << QByteArray("inv-2026-000002 part") << QByteArray("") << qint64(5000) << 90 << false
        << QByteArray("INV-2026-000002") << QByteArray("part payment");
    QTest::newRow("two numbers, sum")
        << QByteArray("INV-2026-000001 INV-2026-000002") << QByteArray("") << qint64(35000) << 95
        << false << QByteArray("INV-2026-000001") << QByteArray("amount equals their balances");
    QTest::newRow("customer code, one balance")
        << QByteArray("from BETA thanks") << QByteArray("") << qint64(7777) << 85 << false
        << QByteArray("INV-2026-000004") << QByteArray("customer code BETA");
    QTest::newRow("unique amount")
        << QByteArray("thanks") << QByteArray("") << qint64(7777) << 60 << false
        << QByteArray("INV-2026-000004") << QByteArray("only invoice");
    QTest::newRow("same amount twice: ambiguous")
        << QByteArray("thanks") << QByteArray("") << qint64(25000) << 1 << true
        << QByteArray("INV-2026-000002") << QByteArray("ambiguous");
    QTest::newRow("same amount, payer name decides")
        << QByteArray("thanks") << QByteArray("Beta Trading GmbH") << qint64(25000) << 80 << false
        << QByteArray("INV-2026-000003") << QByteArray("payer name matches");
    QTest::newRow("payer name only")
        << QByteArray("") << QByteArray("ACME Corporation Ltd") << qint64(4200) << 50 << false
        << QByteArray("INV-2026-000001") << QByteArray("payer name like");
    QTest::newRow("nothing") << QByteArray("hello") << QByteArray("Nobody") << qint64(1234) << 0
                             << false << QByteArray("") << QByteArray("");
}

void TestBank::matcher()
{
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, payer);
    QFETCH(qint64, amount);
    QFETCH(int, minConfidence);
    QFETCH(bool, ambiguous);
    QFETCH(QByteArray, firstInvoice);
    QFETCH(QByteArray, reasonPart);
    TestBook book;
    const qint64 acme
        = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corporation"));
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta Trading"));
    book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1));
    book.issue(acme, { { 1000, 25000 } }, QDate(2026, 6, 2));
    book.issue(beta, { { 1000, 25000 } }, QDate(2026, 6, 3));
    book.issue(beta, { { 1000, 7777 } }, QDate(2026, 6, 4));
    BankLine line;
    line.date = QDate(2026, 6, 20);
    line.currency = Currency::require(QStringLiteral("EUR"));
    line.amount = Money(amount, line.currency);
    line.reference = QString::fromUtf8(reference);
    line.counterparty = QString::fromUtf8(payer);
    const PaymentMatcher::Proposal p = PaymentMatcher(book.db()).propose(line);
    if (minConfidence == 0) {
        QCOMPARE(p.confidence, 0);
        return;
    }
    QVERIFY2(p.confidence >= minConfidence, qPrintable(p.reason));
    QCOMPARE(p.ambiguous, ambiguous);
    if (ambiguous)
        QVERIFY(p.confidence < PaymentMatcher::confident);
    QVERIFY(!p.matches.empty());
    QCOMPARE(p.matches.front().invoiceNumber, QString::fromUtf8(firstInvoice));
    QVERIFY2(p.reason.contains(QString::fromUtf8(reasonPart)), qPrintable(p.reason));
    qint64 sum = 0;
    for (const auto &m : p.matches)
        sum += m.amount.minor();
    QCOMPARE(sum, amount); // the whole line is placed: invoices, then credit
}

void TestBank::ambiguousProposalPaysOnlyTheChosenInvoice()
{
    // Two customers owe 99.00 each and the payer says only "thanks": the
    // proposal is a guess, so accepting it must ask which invoice.
    TestBook book;
    const qint64 acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme"));
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta"));
    const Invoice first = book.issue(acme, { { 1000, 9900 } }, QDate(2026, 6, 1));
    const Invoice second = book.issue(beta, { { 1000, 9900 } }, QDate(2026, 6, 2));
    BankImportService(book.session())
        .importBytes(
            "Date,Amount,Text\n2026-06-11,99.00,thanks\n", QStringLiteral("s.csv"), {},
            mapping(
                R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})"),
            {});
    ReconciliationService rec(book.session());
    QCOMPARE(rec.autoMatch(false).ambiguous, 1);
    const qint64 id = line(book, 0).id;
    const auto choices = rec.choices(id);
    QCOMPARE(choices.size(), size_t(2));
    try {
        rec.accept(id);
        QFAIL("an ambiguous proposal was accepted without a choice");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("choose the invoice")),
                 qPrintable(e.userMessage()));
    }
    QCOMPARE(book.reload(first.id).balance.minor(), 9900);
    QVERIFY_THROWS_EXCEPTION(Error, rec.accept(id, first.id + second.id + 1000)); // not a choice
    rec.accept(id, second.id);
    QCOMPARE(book.reload(first.id).balance.minor(), 9900);
    QCOMPARE(book.reload(second.id).balance.minor(), 0);
    QCOMPARE(line(book, 0).state, QStringLiteral("matched"));
    book.checkBooks();
}

void TestBank::acceptAndUnmatchKeepTheBooks()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const Invoice inv = book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1));
    BankImportService import(book.session());
    const QByteArray camt(
        "<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy=\"EUR\">120.00</Amt><CdtDbtInd>CRDT"
        "</CdtDbtInd><BookgDt><Dt>2026-06-10</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>"
        + inv.number.toUtf8()
        + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>");
    QCOMPARE(import.importBytes(camt, QStringLiteral("s.xml"), {}, {}, {}).added, 1);
    ReconciliationService rec(book.session());
    const auto summary = rec.autoMatch(false);
    QCOMPARE(summary.proposed, 1);
    const BankLine proposed = line(book, 0);
    QCOMPARE(proposed.state, QStringLiteral("proposed"));
    QCOMPARE(proposed.confidence, 90); // over-payment: 20.00 becomes credit
    rec.accept(proposed.id);
    QCOMPARE(book.reload(inv.id).balance.minor(), 0);
    // The payment the bank line became has its receipt, like one entered by
    // hand: 100.00 settled the invoice, the other 20.00 is credit.
    const qint64 paymentId
        = book.db().query(QStringLiteral("SELECT id FROM payment")).scalar().toLongLong();
    const auto receipt = ReceiptService(book.session()).forPayment(paymentId);
    QVERIFY(receipt);
    QCOMPARE(receipt->number, QStringLiteral("RCT-2026-000001"));
    QCOMPARE(receipt->issueDate, QDate(2026, 6, 10));
    QCOMPARE(receipt->lines.size(), std::size_t(1));
    QCOMPARE(receipt->lines.front().invoiceNumber, inv.number);
    QCOMPARE(receipt->lines.front().applied.minor(), 10000);
    QCOMPARE(receipt->lines.front().balanceAfter.minor(), 0);
    QCOMPARE(PaymentService(book.session())
                 .customerCredit(acme, Currency::require(QStringLiteral("EUR")))
                 .minor(),
             2000);
    QCOMPARE(book.roleBalance(QStringLiteral("bank")), 12000);
    book.checkBooks();

    book.session().setToday(QDate(2026, 6, 15));
    rec.unmatch(proposed.id);
    QCOMPARE(line(book, 0).state, QStringLiteral("unmatched"));
    QCOMPARE(book.reload(inv.id).balance.minor(), 10000);
    QVERIFY(book.reload(inv.id).status == InvoiceStatus::Open);
    QCOMPARE(PaymentService(book.session())
                 .customerCredit(acme, Currency::require(QStringLiteral("EUR")))
                 .minor(),
             0);
    QCOMPARE(book.roleBalance(QStringLiteral("bank")), 0);
    book.checkBooks(); // journal balanced; AR = open balances; credit account = credit held
    // History is kept: the payment and its allocation are there, reversed.
    QCOMPARE(book.db().query(QStringLiteral("SELECT COUNT(*) FROM payment")).scalar().toInt(), 1);
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM allocation_reversal"))
                 .scalar()
                 .toInt(),
             1);
    QCOMPARE(book.db()
                 .query(QStringLiteral(
                     "SELECT COUNT(*) FROM journal_entry WHERE kind = 'payment_reversed'"))
                 .scalar()
                 .toInt(),
             1);
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    // The same line matched by hand, split across nothing: all of it credit.
    rec.matchManually(proposed.id, acme, {});
    QCOMPARE(PaymentService(book.session())
                 .customerCredit(acme, Currency::require(QStringLiteral("EUR")))
                 .minor(),
             12000);
    book.checkBooks();
}

void TestBank::confidentOnlyAreApplied()
{
    TestBook book;
    const qint64 acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme"));
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta"));
    const Invoice a = book.issue(acme, { { 1000, 5000 } }, QDate(2026, 6, 1));
    book.issue(acme, { { 1000, 9900 } }, QDate(2026, 6, 1));
    book.issue(beta, { { 1000, 9900 } }, QDate(2026, 6, 1));
    const QByteArray csv = "Date,Amount,Text\n2026-06-10,50.00," + a.number.toUtf8()
        + "\n2026-06-11,99.00,thanks\n2026-06-12,-3.00,fee\n";
    BankImportService(book.session())
        .importBytes(
            csv, QStringLiteral("s.csv"), {},
            mapping(
                R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})"),
            {});
    const auto s = ReconciliationService(book.session()).autoMatch(true);
    QCOMPARE(s.examined, 2); // money out is not examined
    QCOMPARE(s.proposed, 2);
    QCOMPARE(s.ambiguous, 1);
    QCOMPARE(s.applied, 1);
    QCOMPARE(line(book, 0).state, QStringLiteral("matched"));
    QCOMPARE(line(book, 1).state, QStringLiteral("proposed")); // two invoices of 99.00
    QCOMPARE(line(book, 2).state, QStringLiteral("unmatched"));
    book.checkBooks();
}

void TestBank::reconciliationReport()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const Invoice a = book.issue(acme, { { 1000, 12000 } }, QDate(2026, 6, 1));
    const Invoice b = book.issue(acme, { { 1000, 5000 } }, QDate(2026, 6, 1));
    const QByteArray csv = "Date,Amount,Text\n2026-05-31,10.00,before\n2026-06-10,120.00,"
        + a.number.toUtf8() + "\n2026-06-11,-3.00,fee\n";
    BankImportService(book.session())
        .importBytes(
            csv, QStringLiteral("s.csv"), {},
            mapping(
                R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})"),
            {});
    ReconciliationService(book.session()).autoMatch(true); // matches the 120.00
    PaymentService(book.session())
        .payInvoice(b.id, b.total, QDate(2026, 6, 12), PaymentMethodKind::Cash,
                    QStringLiteral("till"));
    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    p.account = QStringLiteral("MAIN");
    p.today = book.session().today();
    ReportTable t;
    ReportEngine::run(book.db(), QStringLiteral("payment-reconciliation"), p, t);
    auto amount = [&t](int row) { return plainCellText(t.rows().at(row).at(5)); };
    QCOMPARE(amount(0), QStringLiteral("10.00")); // opening: the line of 31 May
    QCOMPARE(amount(1), QStringLiteral("117.00")); // 120.00 - 3.00
    QCOMPARE(amount(2), QStringLiteral("127.00")); // closing
    QCOMPARE(amount(3), QStringLiteral("170.00")); // booked: 120.00 + 50.00 cash
    QCOMPARE(amount(4), QStringLiteral("-53.00")); // explained by the two items below
    QCOMPARE(t.rows().size(), 7);
    QCOMPARE(amount(5), QStringLiteral("-3.00"));
    QCOMPARE(plainCellText(t.rows().at(5).at(6)), QStringLiteral("unmatched"));
    QCOMPARE(amount(6), QStringLiteral("50.00"));
}

void TestBank::threeFailedCardPaymentsFlagForReview()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const Invoice a = book.issue(acme, { { 1000, 5000 } }, QDate(2026, 6, 1));
    const Invoice b = book.issue(acme, { { 1000, 6000 } }, QDate(2026, 6, 1));
    const QByteArray n = a.number.toUtf8();
    const QByteArray csv = "id,invoice,date,status,reason\n"
                           "ch_1,"
        + n
        + ",2026-06-02,declined,insufficient funds\n"
          "ch_2,"
        + n
        + ",2026-06-05,failed,card declined\n"
          "ch_3,"
        + b.number.toUtf8()
        + ",2026-06-05,succeeded,\n"
          "ch_4,"
        + n + ",2026-06-09,expired,card expired\n";
    PaymentAttemptService service(book.session());
    const auto r = service.importGateway(csv, QStringLiteral("gateway.csv"));
    QCOMPARE(r.read, 4);
    QCOMPARE(r.failed, 3);
    QCOMPARE(r.flagged, 1);
    QCOMPARE(service.importGateway(csv, QStringLiteral("gateway.csv")).duplicates, 3);
    InvoiceListReport::Filter filter;
    filter.status = QStringLiteral("needs_review");
    filter.today = QDate(2026, 6, 30);
    ReportTable t;
    InvoiceListReport(book.db()).run(filter, t);
    QCOMPARE(t.rows().size(), 1);
    QCOMPARE(plainCellText(t.rows().at(0).at(0)), a.number);
    // A bad row keeps the whole file out.
    const QByteArray bad = "id,invoice,date,status\nch_9," + b.number.toUtf8()
        + ",2026-06-10,failed\nch_10,NOPE,2026-06-10,failed\n";
    try {
        service.importGateway(bad, QStringLiteral("bad.csv"));
        QFAIL("should fail");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(u"bad.csv:3: invoice"), qPrintable(e.userMessage()));
    }
    QCOMPARE(
        book.db().query(QStringLiteral("SELECT COUNT(*) FROM payment_attempt")).scalar().toInt(),
        3);
}

QTEST_GUILESS_MAIN(TestBank)
#include "tst_bank.moc"
