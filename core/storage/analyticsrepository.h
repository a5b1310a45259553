#pragma once

#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <functional>

namespace Accrue {

class Database;

// The read side of the finance reports that are not lists of invoices:
// status summaries, payments, credit notes, customer credit, deferred and
// unbilled revenue, the general ledger. Set-based SQL over stored facts; the
// report classes in core/reports shape the rows.
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(Database &db);

    struct StatusSum
    {
        QString status; // display status key
        QString currency;
        qint64 count = 0, totalMinor = 0, paidMinor = 0, creditedMinor = 0, balanceMinor = 0;
    };
    std::vector<StatusSum> invoiceSummary(const QDate &from, const QDate &to, const QDate &today,
                                          const ReportScope &scope);
    // The same invoices one by one with their issue date (count 1 each), for
    // converting each at its own date's rate.
    void
    invoiceSummaryDocuments(const QDate &from, const QDate &to, const QDate &today,
                            const ReportScope &scope,
                            const std::function<void(const StatusSum &, const QDate &)> &visit);

    struct PaymentRow
    {
        QDate date;
        qint64 id = 0;
        QString customerCode, customerName, method, reference, currency;
        qint64 amountMinor = 0, unappliedMinor = 0;
    };
    void payments(const QDate &from, const QDate &to, const ReportScope &scope,
                  const std::function<void(const PaymentRow &)> &visit);

    struct CreditNoteRow
    {
        QString number;
        QDate date;
        QString invoiceNumber, customerCode, customerName, reason, currency;
        qint64 subtotalMinor = 0, taxMinor = 0, totalMinor = 0, unappliedMinor = 0;
    };
    void creditNotes(const QDate &from, const QDate &to, const ReportScope &scope,
                     const std::function<void(const CreditNoteRow &)> &visit);

    struct CreditRow
    {
        QString customerCode, customerName, currency;
        qint64 fromPaymentsMinor = 0, fromCreditNotesMinor = 0;
    };
    std::vector<CreditRow> customerCredit(const ReportScope &scope);

    // Issued lines whose service period runs past `asOf`, net of what credit
    // notes dated by then took back from them.
    struct ServiceLine
    {
        QString invoiceNumber, customerCode, customerName, module, description, currency;
        QDate serviceStart, serviceEnd;
        qint64 netMinor = 0; // after the credit notes issued by the date
        qint64 deferredMinor = 0; // still to be recognised (its schedule)
        QString method; // recognition method
        QDate issueDate; // the invoice's: the date a reporting currency converts at
    };
    // Issued lines with revenue still to recognise as of a date (their
    // recognition schedules), as the Deferred revenue account holds it once
    // the recognition run has run through that date.
    void linesServingAfter(const QDate &asOf, const ReportScope &scope,
                           const std::function<void(const ServiceLine &)> &visit);

    // Active subscriptions with the end of the last service period billed.
    struct SubscriptionRow
    {
        QString name, customerCode, customerName, planCode, planName, currency;
        qint64 priceMinor = 0;
        int periodMonths = 1;
        int licenses = 1;
        QDate start, end, billedThrough;
    };
    std::vector<SubscriptionRow> activeSubscriptions(const QDate &asOf, const ReportScope &scope);

    // Invoiced (debited to AR) per customer and currency in a date range: DSO.
    struct Billed
    {
        QString customerCode, currency;
        qint64 minor = 0;
    };
    std::vector<Billed> billedByCustomer(const QDate &from, const QDate &to);
    // The same invoice by invoice with its issue date (for DSO in a reporting
    // currency, each converted at its own date's rate), streamed.
    void billedDocuments(const QDate &from, const QDate &to,
                         const std::function<void(const Billed &, const QDate &)> &visit);

    struct LedgerLine
    {
        QString accountCode, accountName, currency;
        QDate date;
        qint64 entryId = 0;
        QString kind, memo;
        qint64 debitMinor = 0, creditMinor = 0;
    };
    struct Opening
    {
        QString accountCode, accountName, currency;
        qint64 balanceMinor = 0; // debit minus credit
    };
    std::vector<Opening> openingBalances(const QDate &before, const QString &accountCode);
    void ledgerLines(const QDate &from, const QDate &to, const QString &accountCode,
                     const std::function<void(const LedgerLine &)> &visit);

private:
    Database &m_db;
};

} // namespace Accrue
