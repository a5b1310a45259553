#pragma once

#include "demo/demoplan.h"
#include "ledger/postingrules.h"
#include "money/currency.h"

#include <QDate>
#include <QString>
#include <map>
#include <random>

namespace Accrue {

// Decides, invoice by invoice in date order, what a believable book holds:
// the lines, whether it is credited, when and how it is paid, and the journal
// entries and audit records all of that posts. Pure computation with its own
// random generator, so it can run on a thread of its own beside the writer.
class DemoPlanner final
{
public:
    struct Setup
    {
        qint64 invoices = 0;
        QDate start;
        QDate end;
        Currency currency;
        QString userName;
        QString osUser; // the audit records' OS login (Session::osUser)
        QString now; // audit timestamp
        QString invoicePrefix; // number series, from the company settings
        QString creditNotePrefix;
        QString receiptPrefix;
    };

    DemoPlanner(Setup setup, std::mt19937_64 random, DemoCatalogue catalogue,
                std::vector<DemoCustomer> customers, PostingRules rules, DemoIds ids);

    bool atEnd() const { return m_next >= m_setup.invoices; }
    PlannedInvoice next();

    // After planning: the last number used per year, for the number series.
    const std::map<int, qint64> &invoiceNumbers() const { return m_invoiceNumbers; }
    const std::map<int, qint64> &creditNoteNumbers() const { return m_noteNumbers; }
    const std::map<int, qint64> &receiptNumbers() const { return m_receiptNumbers; }
    const DemoIds &ids() const { return m_ids; }

private:
    bool chance(double p);
    qint64 between(qint64 lo, qint64 hi);
    double uniform();
    void addLines(Invoice &inv, const DemoCustomer &customer);
    std::optional<CreditNote> creditNoteFor(const Invoice &inv, const DemoCustomer &customer,
                                            std::vector<std::size_t> &sourceLines);
    QDate paymentDate(const Invoice &inv, const DemoCustomer &customer,
                      const std::optional<CreditNote> &note);
    void planPayments(PlannedInvoice &plan, const DemoCustomer &customer);
    void planReceipt(PlannedPayment &planned, const Invoice &inv);
    void addAudit(PlannedInvoice &plan, const QString &action, const QString &entity, qint64 id,
                  QString after);
    void addReceiptAudit(PlannedInvoice &plan, const PlannedPayment &planned);
    void addEntry(PlannedInvoice &plan, JournalEntry entry);
    void planSchedules(PlannedInvoice &plan, qint64 issueEntryId);
    std::map<qint64, Money> planCreditReductions(PlannedInvoice &plan);

    Setup m_setup;
    std::mt19937_64 m_random;
    DemoCatalogue m_catalogue;
    std::vector<DemoCustomer> m_customers;
    PostingRules m_rules;
    DemoIds m_ids;
    qint64 m_next = 0;
    qint64 m_drafts = 0;
    std::map<int, qint64> m_invoiceNumbers;
    std::map<int, qint64> m_noteNumbers;
    std::map<int, qint64> m_receiptNumbers;
};

} // namespace Accrue
