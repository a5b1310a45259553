#include "ledger/recognitionschedule.h"

#include "common/error.h"
#include "domain/invoice.h"
#include "domain/product.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

QString RecognitionSchedule::methodOf(const InvoiceLine &line)
{
    const QString &m = line.recognitionMethod;
    if (m == RecognitionMethod::Milestone)
        return m;
    if ((m == RecognitionMethod::Ratably || m == RecognitionMethod::AsDelivered)
        && line.serviceStart.isValid() && line.serviceEnd.isValid())
        return m;
    return RecognitionMethod::PointInTime;
}

std::vector<RecognitionRow> RecognitionSchedule::ratably(const Money &net, const QDate &start,
                                                         const QDate &end)
{
    std::vector<RecognitionRow> rows;
    const qint64 totalDays = start.daysTo(end) + 1;
    if (totalDays <= 0)
        throw Error(QCoreApplication::translate("Accrue::Ledger",
                                                "The service period ends before it starts"));
    Money given = Money::zero(net.currency());
    for (QDate from = start; from <= end;) {
        const QDate monthEnd(from.year(), from.month(), from.daysInMonth());
        const QDate to = std::min(monthEnd, end);
        RecognitionRow row;
        row.date = to;
        row.amount = to == end ? net - given : net.fraction(from.daysTo(to) + 1, totalDays);
        given += row.amount;
        rows.push_back(row);
        from = to.addDays(1);
    }
    return rows;
}

std::vector<Money> RecognitionSchedule::milestoneAmounts(const Money &net,
                                                         const std::vector<int> &sharesBp)
{
    std::vector<Money> out;
    Money given = Money::zero(net.currency());
    for (std::size_t i = 0; i < sharesBp.size(); ++i) {
        out.push_back(i + 1 == sharesBp.size() ? net - given : net.percentOf(sharesBp[i]));
        given += out.back();
    }
    return out;
}

std::vector<RecognitionMilestone> RecognitionSchedule::defaultMilestones()
{
    RecognitionMilestone m;
    m.position = 1;
    m.name = QCoreApplication::translate("Accrue::Ledger", "Completion");
    m.shareBp = 10000;
    return { m };
}

std::vector<RecognitionRow>
RecognitionSchedule::build(const InvoiceLine &line, const QDate &issueDate,
                           const std::vector<RecognitionMilestone> &milestones)
{
    const QString method = methodOf(line);
    std::vector<RecognitionRow> rows;
    if (method == RecognitionMethod::Ratably) {
        rows = ratably(line.net, line.serviceStart, line.serviceEnd);
    } else if (method == RecognitionMethod::Milestone) {
        const std::vector<RecognitionMilestone> &stages
            = milestones.empty() ? defaultMilestones() : milestones;
        std::vector<int> shares;
        for (const RecognitionMilestone &m : stages)
            shares.push_back(m.shareBp);
        const std::vector<Money> amounts = milestoneAmounts(line.net, shares);
        for (std::size_t i = 0; i < stages.size(); ++i) {
            RecognitionRow row;
            row.amount = amounts[i];
            row.date = stages[i].doneOn;
            row.milestoneId = stages[i].id;
            row.milestonePosition = stages[i].position;
            rows.push_back(row);
        }
    } else {
        RecognitionRow row;
        row.amount = line.net;
        row.date = line.serviceEnd.isValid() && line.serviceEnd > issueDate ? line.serviceEnd
                                                                            : issueDate;
        rows.push_back(row);
    }
    for (RecognitionRow &row : rows)
        row.invoiceLineId = line.id;
    return rows;
}

std::vector<RecognitionRow>
RecognitionSchedule::forIssue(const InvoiceLine &line, const QDate &issueDate,
                              const std::vector<RecognitionMilestone> &milestones,
                              const Money &accrued)
{
    if (accrued.isZero())
        return build(line, issueDate, milestones);
    InvoiceLine rest = line;
    rest.net = line.net - accrued;
    std::vector<RecognitionRow> rows { RecognitionRow {} };
    rows.front().invoiceLineId = line.id;
    rows.front().date = issueDate;
    rows.front().amount = Money::zero(line.net.currency()) + accrued;
    if (!rest.net.isZero())
        for (RecognitionRow &row : build(rest, issueDate, milestones))
            rows.push_back(row);
    return rows;
}

Money RecognitionSchedule::earnedBy(const std::vector<RecognitionRow> &rows, const QDate &date)
{
    Money earned;
    for (const RecognitionRow &row : rows)
        if (row.date.isValid() && row.date <= date)
            earned += row.amount;
    return earned;
}

RecognitionSchedule::CreditSplit
RecognitionSchedule::credit(const std::vector<RecognitionRow> &rows, const Money &remainingNet,
                            const Money &credit, const QDate &date)
{
    CreditSplit split;
    const Money zero = Money::zero(credit.currency());
    // The later rows grouped by what they will be recognised on: a date, or
    // the milestone that dates them (ordered: stable, readable rows).
    std::map<std::pair<QDate, qint64>, Money> later;
    Money future = zero;
    for (const RecognitionRow &row : rows) {
        if (row.date.isValid() && row.date <= date)
            continue;
        later[{ row.date, row.milestoneId }] += row.amount;
        future += row.amount;
    }
    split.deferred = zero;
    if (future.isPositive() && remainingNet.isPositive())
        split.deferred
            = credit.fraction(std::min(future, remainingNet).minor(), remainingNet.minor());
    split.recognised = credit - split.deferred;
    if (split.deferred.isZero())
        return split;
    std::vector<qint64> weights;
    for (const auto &[key, amount] : later)
        weights.push_back(std::max<qint64>(0, amount.minor()));
    const std::vector<Money> parts = (-split.deferred).allocate(weights);
    std::size_t i = 0;
    for (const auto &[key, amount] : later) {
        const Money part = parts[i++];
        if (part.isZero())
            continue;
        RecognitionRow row;
        row.date = key.first;
        row.milestoneId = key.second;
        row.amount = part;
        split.reductions.push_back(row);
    }
    return split;
}

} // namespace Accrue
