#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Accrue {

class Database;
class ReportSink;
class Session;

// accrue-cli: parses the command line, opens the book, runs one command.
// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong;
// close-period adds 3 (the checklist blocks) and 4 (already closed).
class CliApp final
{
public:
    CliApp();
    ~CliApp();
    int run(const QStringList &arguments);

    // Helpers for the command implementations.
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    // Every value of an option given more than once (--tier).
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QDate dateOption(const QString &option, const QDate &fallback) const;
    qint64 integerOption(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    QStringList commandArguments() const; // positional arguments after the command words
    // An import file's bytes; with --mapping FILE.json, turned into Accrue's
    // own columns (ColumnMapping) first, lines kept.
    QByteArray readImport(const QString &path, const QStringList &columns) const;
    // A file's bytes; throws Error naming it when it cannot be read.
    static QByteArray readFile(const QString &path);
    Database &openBook(bool create);
    // The --db book (or the default file).
    QString location() const;
    // Opens any book, asking libpq and then the OS keychain for a password
    // the server wants. `mode` is a Database::OpenMode.
    static std::unique_ptr<Database> connect(const QString &location, int mode);
    static QString readSecretFromStdin();
    Session &session();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Writes a report as table, CSV (--excel: Excel's dialect) or PDF to
    // stdout or -o FILE (atomically); `parameters` heads the PDF.
    void writeReport(const std::function<void(ReportSink &)> &produce,
                     const QString &parameters = {});
    // The options a report takes, from its parameters.
    static QStringList reportOptions(const QString &name);

private:
    int dispatch(const QString &command, const QString &sub);
    void checkOptionsAllowed(const QString &command, const QString &sub) const;
    void printUsage();

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

// Command implementations (cli/*commands.cpp).
int runInit(CliApp &app);
int runDemo(CliApp &app);
int runInvoiceList(CliApp &app);
int runInvoiceShow(CliApp &app);
int runInvoiceCreate(CliApp &app);
int runInvoiceIssue(CliApp &app);
int runInvoicePay(CliApp &app);
int runInvoicePdf(CliApp &app);
int runCreditNoteCreate(CliApp &app);
int runCreditNotePdf(CliApp &app);
int runReportList(CliApp &app);
int runReport(CliApp &app, const QString &name);
int runAuditVerify(CliApp &app);
int runAuditList(CliApp &app);
int runAuditCheckpoint(CliApp &app);
int runImportBank(CliApp &app);
int runImportGateway(CliApp &app);
int runBankList(CliApp &app);
int runBankMapping(CliApp &app);
int runReconcileAuto(CliApp &app);
int runReconcileLine(CliApp &app, const QString &action);
int runCopy(CliApp &app);
int runUser(CliApp &app, const QString &action);
int runPassword(CliApp &app, const QString &action);
int runTenant(CliApp &app, const QString &action); // tenantcommands.cpp
int runCompany(CliApp &app, const QString &action);
int runCustomerAdd(CliApp &app);
int runCustomerEdit(CliApp &app);
int runCustomerList(CliApp &app);
int runCustomerShow(CliApp &app);
int runCustomerState(CliApp &app, const QString &action);
int runCustomerImport(CliApp &app);
int runPaymentMethod(CliApp &app, const QString &action);
int runProduct(CliApp &app, const QString &action);
int runPlan(CliApp &app, const QString &action);
int runTaxRate(CliApp &app, const QString &action);
int runTaxCountry(CliApp &app);
int runSubscription(CliApp &app, const QString &action);
int runBillingRun(CliApp &app);
int runRate(CliApp &app, const QString &action); // ratecommands.cpp
// collectionscommands.cpp: receipts, disputes and write-offs.
int runReceipt(CliApp &app, const QString &action);
int runInvoiceDispute(CliApp &app);
int runInvoiceDisputeNote(CliApp &app);
int runInvoiceResolveDispute(CliApp &app);
int runInvoiceWriteOff(CliApp &app);
int runWriteOff(CliApp &app);
// E-mail (mailcommands.cpp).
int runInvoiceSend(CliApp &app);
int runReceiptSend(CliApp &app);
int runCreditNoteSend(CliApp &app);
int runMail(CliApp &app, const QString &sub);
// Dunning (dunningcommands.cpp).
int runDunning(CliApp &app, const QString &sub);
// Revenue recognition (recognitioncommands.cpp).
int runRecognize(CliApp &app);
int runUsage(CliApp &app, const QString &sub);
int runMilestone(CliApp &app, const QString &sub);
// Accounting exports (exportcommands.cpp).
int runExport(CliApp &app, const QString &sub);
// E-invoices (exportcommands.cpp): export ubl, import ubl.
int runImportUbl(CliApp &app);
// Month-end close (periodcommands.cpp): close-period, reopen-period, periods.
int runPeriodCommand(CliApp &app, const QString &command);

// Thrown for command-line mistakes (exit code 2).
struct UsageError
{
    QString message;
};

} // namespace Accrue
