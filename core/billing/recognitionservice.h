#pragma once

#include "domain/creditnote.h"
#include "domain/invoice.h"
#include "domain/product.h"
#include "domain/recognition.h"
#include "ledger/postingrules.h"
#include "storage/recognitionrepository.h"

#include <QDate>
#include <QString>
#include <map>
#include <utility>
#include <vector>

namespace Accrue {

class Session;

// Revenue recognition (ASC 606 / IFRS 15): each issued line's schedule
// (RecognitionSchedule) is stored when it is issued; what it earns later
// sits in Deferred revenue until run() recognises it. Usage delivered and
// not yet billed is accrued to Unbilled revenue by the same run and taken
// back out when the invoice line that bills it is issued. Milestone lines
// are recognised when a milestone is marked done.
//
// Month-end close calls RecognitionService(session).run(monthEnd).
class RecognitionService final
{
public:
    struct Summary
    {
        QDate through;
        bool dryRun = false;
        qint64 entries = 0; // journal entries posted (would be, on a dry run)
        qint64 rows = 0; // schedule rows recognised
        qint64 usageRecords = 0; // usage records accrued
        std::map<QString, qint64> recognisedMinor; // per currency
        std::map<QString, qint64> accruedMinor; // per currency
        qint64 invoices = 0; // catchUp(): invoices given schedules
    };

    // What a credit note does to the lines it credits (issueCredit()).
    struct CreditPlan
    {
        std::map<qint64, Money> deferredByLine; // by invoice line id
        std::vector<RecognitionRow> reductions;
    };

    explicit RecognitionService(Session &session);

    // Posts every unposted schedule row dated on or before `through` and
    // accrues the usage delivered by then that no invoice bills yet, in one
    // transaction with one audit record: one journal entry per currency and
    // date (Dr Deferred / Cr revenue per account; Dr Unbilled / Cr revenue
    // for usage), dated that date. Running it again posts nothing.
    Summary run(const QDate &through);
    // What run() would post, writing nothing.
    Summary preview(const QDate &through);

    // Usage of an as_delivered product, priced at the product's unit price.
    UsageRecord recordUsage(qint64 customerId, qint64 productId, const QDate &deliveredOn,
                            qint64 quantityMilli);
    // The products on sale that usage can be recorded for (as_delivered).
    std::vector<Product> usageProducts();
    // A customer's usage records, newest first, at most `limit`.
    std::vector<UsageListRow> usageOf(qint64 customerId, int limit = 1000);
    // Replaces the milestones of a milestone line (position on the issued
    // invoice) while none is done and no credit note has reduced them:
    // names with shares in basis points adding up to 10000.
    std::vector<RecognitionMilestone>
    defineMilestones(qint64 invoiceId, int linePosition,
                     const std::vector<std::pair<QString, int>> &namesAndShares);
    // Marks milestone `milestone` (its position, 1-based) of the line done
    // on `date`: its rows become due then.
    RecognitionMilestone completeMilestone(qint64 invoiceId, int linePosition, int milestone,
                                           const QDate &date);
    std::vector<RecognitionMilestone> milestones(qint64 invoiceId, int linePosition);
    std::vector<RecognitionRow> schedule(qint64 invoiceId, int linePosition);

    // A book from before schedules (schema < 14): gives every issued line
    // its schedule as if it had been issued with one (on what is left after
    // credit notes) and moves what was not yet earned at issue from revenue
    // to deferred revenue, one entry per currency and issue date dated then.
    // The next run() recognises it. One transaction, one audit record;
    // nothing to do is a no-op.
    Summary catchUp();
    // Whether a book that was at `schemaBefore` when it was opened needs
    // catchUp() once migrated: one made before schedules existed.
    static bool needsCatchUp(int schemaBefore) { return schemaBefore > 0 && schemaBefore < 14; }

    // Inside the issuing transaction (InvoiceService): links unbilled usage
    // of each as_delivered line's customer and product delivered in its
    // service period (by its issue date without one); returns what of it
    // was accrued, by line id, for PostingRules::invoiceIssued.
    std::map<qint64, Money> billUsage(const Invoice &invoice);
    // Stores the issued invoice's schedules; rows earned by the issue date
    // are marked posted by the issue entry.
    void storeIssued(const Invoice &invoice, const std::map<qint64, Money> &accrued,
                     qint64 issueEntryId);
    // Inside CreditNoteService's transaction, before the note is stored:
    // the deferred part of each line's credit and the negative rows.
    CreditPlan planCredit(const Invoice &invoice, const CreditNote &note);
    void storeCredit(CreditPlan plan, qint64 creditNoteId);

private:
    // Rows (or usage records) summed per currency and date, by account.
    using Key = std::pair<QString, QDate>; // currency, date
    struct Grouped
    {
        std::map<Key, PostingRules::ByAccount> amounts;
        std::map<Key, qint64> rows;
    };
    // What catchUp()'s passes carry: the first sums, the second writes.
    struct CatchUp
    {
        Grouped due; // rows due by today, per currency and date
        std::map<Key, PostingRules::ByAccount> deferred; // per currency and issue date
        std::map<Key, qint64> entries; // each due group's entry (0: none)
        qint64 invoices = 0;
    };
    static Grouped group(const std::vector<RecognitionRepository::DueGroup> &groups);
    Summary post(const QDate &through, bool write);
    std::map<Key, qint64> postSchedules(const Grouped &due, bool write, Summary &s);
    void postUsage(const QDate &through, bool write, Summary &s);
    qint64 postDeferrals(const std::map<Key, PostingRules::ByAccount> &deferred);
    Summary postCaughtUp(const Grouped &due, bool oneCurrency);
    void catchUpPass(CatchUp &pass, bool write);
    const InvoiceLine &lineAt(const Invoice &invoice, int position) const;
    Session &m_session;
};

} // namespace Accrue
