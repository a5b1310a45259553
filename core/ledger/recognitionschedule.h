#pragma once

#include "domain/recognition.h"

#include <vector>

namespace Accrue {

struct InvoiceLine;

// When an invoice line's revenue is earned (ASC 606 / IFRS 15), as rows of
// amounts and dates. Pure: the invoice service, the credit notes, the demo
// and the catch-up of older books all build the same rows.
//
// - ratably: over the service period by days, one row per calendar month
//   dated the month's last day (the service end in the last month); each
//   month but the last is net x its days / all days, rounded half away from
//   zero; the last month takes the remainder, so the rows add up exactly.
// - point_in_time and as_delivered: one row on the delivery date (the
//   service end) when that is after the issue date, else on the issue date
//   (revenue is not dated before its invoice; usage delivered earlier is
//   accrued by the recognition run instead).
// - milestone: one undated row per milestone (net x share; the last takes
//   the remainder), dated when the milestone is done.
// A ratable line without a service period is earned at a point in time.
class RecognitionSchedule final
{
public:
    static QString methodOf(const InvoiceLine &line);
    // The rows of a line issued on issueDate; they add up to line.net.
    // A milestone line without milestones gets defaultMilestones().
    static std::vector<RecognitionRow> build(const InvoiceLine &line, const QDate &issueDate,
                                             const std::vector<RecognitionMilestone> &milestones);
    // The rows stored when the line is issued. `accrued` is usage the
    // recognition run already accrued as unbilled revenue and the line now
    // bills: it comes first, as a row on the issue date, and the schedule
    // above spreads the rest (net - accrued).
    static std::vector<RecognitionRow> forIssue(const InvoiceLine &line, const QDate &issueDate,
                                                const std::vector<RecognitionMilestone> &milestones,
                                                const Money &accrued);
    static std::vector<RecognitionRow> ratably(const Money &net, const QDate &start,
                                               const QDate &end);
    static std::vector<Money> milestoneAmounts(const Money &net, const std::vector<int> &sharesBp);
    // One milestone, "Completion", 100 %: what a milestone line has until
    // its milestones are defined.
    static std::vector<RecognitionMilestone> defaultMilestones();
    // What of the line is earned by the issue date: its rows dated on or
    // before it. The issue entry credits this to revenue, the rest to
    // deferred revenue.
    static Money earnedBy(const std::vector<RecognitionRow> &rows, const QDate &date);

    // A credit note of `credit` (net) on a line on `date`. `rows` are the
    // line's rows so far (earlier reductions included) and `remainingNet`
    // what is still uncredited of the line. The credit reverses the
    // recognised and the unrecognised part in proportion: deferred = credit
    // x (rows after the date or undated) / remainingNet, rounded; recognised
    // takes the rest. The reductions are negative rows on those later rows'
    // dates (and milestones), in proportion to them, adding up to -deferred.
    struct CreditSplit
    {
        Money recognised;
        Money deferred;
        std::vector<RecognitionRow> reductions;
    };
    static CreditSplit credit(const std::vector<RecognitionRow> &rows, const Money &remainingNet,
                              const Money &credit, const QDate &date);
};

} // namespace Accrue
