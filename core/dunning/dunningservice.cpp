#include "dunning/dunningservice.h"

#include "billing/collectionsservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "domain/invoicerules.h"
#include "ledger/chartofaccounts.h"
#include "mail/invoicemailer.h"
#include "mail/outboxservice.h"
#include "storage/dunningrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <climits>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Dunning", text);
}

// Another client recorded the step for the invoice first: this run's work
// on it is rolled back and counted as already done.
struct AlreadyDone
{
};

// The invoice was paid, credited, written off or disputed after the plan.
struct NoLongerDue
{
};

// What an invoice has had so far.
struct History
{
    QSet<QString> keys;
    int lastDay = INT_MIN; // the latest step's day offset: earlier steps never fire
};

QJsonObject describe(const DunningNotice &n)
{
    return { { QStringLiteral("invoice_id"), QString::number(n.invoiceId) },
             { QStringLiteral("invoice"), n.invoiceNumber },
             { QStringLiteral("step"), n.stepKey },
             { QStringLiteral("day"), n.stepDay },
             { QStringLiteral("date"), n.date.toString(Qt::ISODate) },
             { QStringLiteral("action"), n.action },
             { QStringLiteral("days_overdue"), n.daysOverdue },
             { QStringLiteral("outbox_id"), QString::number(n.outboxId) },
             { QStringLiteral("late_fee_invoice_id"), QString::number(n.lateFeeInvoiceId) } };
}

} // namespace

DunningService::DunningService(Session &session, MailSettings mail, const QLocale &locale)
    : m_session(session)
    , m_mail(std::move(mail))
    , m_locale(locale)
{
}

QString DunningService::paymentDetails(const CompanySettings &co)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + value.trimmed();
    };
    add(tr("Bank"), co.bankName);
    add(tr("IBAN"), co.iban);
    add(tr("BIC"), co.bic);
    add(tr("Account number"), co.accountNumber);
    add(tr("Routing number"), co.routingNumber);
    if (lines.isEmpty())
        return tr("as shown on the invoice");
    return lines.join(u'\n');
}

Money DunningService::feeFor(const DunningStep &step, const Money &balance)
{
    switch (step.fee) {
    case DunningStep::Fee::Fixed:
        try {
            return Money::fromPlainString(step.feeAmount, balance.currency());
        } catch (const Error &) {
            throw Error(tr("the late fee %1 of step %2 cannot be charged in %3")
                            .arg(step.feeAmount, step.key, balance.currency().code()));
        }
    case DunningStep::Fee::Percent:
        return balance.percentOf(step.feeBasisPoints);
    case DunningStep::Fee::None:
        break;
    }
    return Money::zero(balance.currency());
}

QString DunningService::recipientOf(qint64 customerId, qint64 profileId)
{
    // The same choice as InvoiceMailer: the profile's contact, else the customer.
    ReferenceData &reference = m_session.reference();
    const std::optional<BillingProfile> profile = reference.profileOf(customerId, profileId);
    if (profile && !profile->contactEmail.trimmed().isEmpty())
        return profile->contactEmail.trimmed();
    const std::optional<Customer> customer = reference.customer(customerId);
    return customer ? customer->email.trimmed() : QString();
}

std::vector<DunningPlanRow> DunningService::plan(const QDate &date)
{
    if (!date.isValid())
        throw Error(tr("A dunning run needs a date"));
    DunningSchedule schedule = DunningSettingsService(m_session).load();
    std::vector<DunningStep> &steps = schedule.steps;
    std::stable_sort(steps.begin(), steps.end(),
                     [](const DunningStep &a, const DunningStep &b) { return a.day < b.day; });
    if (steps.empty())
        return {};
    DunningRepository repo(m_session.db());
    // Customers and profiles read once each, however many invoices they have.
    const ReferenceData::Scope keep(m_session);
    // Due on or before date - (first step's day): the invoices some step has reached.
    const std::vector<DunningRepository::Candidate> candidates
        = repo.candidates(date, date.addDays(-steps.front().day));
    QSet<qint64> disputed;
    for (qint64 id : CollectionsService(m_session).disputedInvoiceIds())
        disputed.insert(id);
    QHash<qint64, History> history;
    for (const DunningNotice &n : repo.openInvoiceNotices()) {
        History &h = history[n.invoiceId];
        h.keys.insert(n.stepKey);
        h.lastDay = std::max(h.lastDay, n.stepDay);
    }
    const QSet<qint64> lateFees = repo.lateFeeInvoiceIds();

    std::vector<DunningPlanRow> rows;
    for (const DunningRepository::Candidate &c : candidates) {
        if (disputed.contains(c.invoiceId))
            continue;
        const int days = int(c.dueDate.daysTo(date));
        const History h = history.value(c.invoiceId);
        std::vector<const DunningStep *> reached;
        for (const DunningStep &s : steps)
            if (s.day <= days && s.day > h.lastDay && !h.keys.contains(s.key))
                reached.push_back(&s);
        if (reached.empty())
            continue;
        DunningPlanRow row;
        row.invoiceId = c.invoiceId;
        row.invoiceNumber = c.number;
        row.customerId = c.customerId;
        row.billingProfileId = c.billingProfileId;
        row.customerCode = c.customerCode;
        row.customerName = c.customerName;
        row.dueDate = c.dueDate;
        row.daysOverdue = days;
        row.balance = c.balance;
        // Only the latest step due acts; the ones it overtook are skipped.
        row.step = *reached.back();
        for (size_t i = 0; i + 1 < reached.size(); ++i) {
            row.skippedKeys << reached[i]->key;
            row.skippedDays << reached[i]->day;
        }
        row.fee = Money::zero(c.balance.currency());
        // No fee on a fee: a late-fee invoice is reminded, never charged again.
        if (row.step.hasFee() && !lateFees.contains(c.invoiceId)) {
            try {
                row.fee = feeFor(row.step, c.balance);
            } catch (const Error &e) {
                row.problem = e.userMessage();
            }
        }
        if (row.step.sendsMail()) {
            row.recipient = recipientOf(c.customerId, c.billingProfileId);
            if (row.recipient.isEmpty())
                row.problem = tr("%1 has no e-mail address (billing profile contact or customer)")
                                  .arg(c.customerName);
        }
        rows.push_back(row);
    }
    return rows;
}

qint64 DunningService::issueLateFee(const DunningPlanRow &row, const QDate &date)
{
    ReferenceData &reference = m_session.reference();
    const std::optional<Customer> customer = reference.customer(row.customerId);
    if (!customer)
        throw Error(tr("No customer with id %1").arg(row.customerId));
    Invoice fee = InvoiceRules::newDraft(reference.company(), date, row.fee.currency());
    InvoiceRules::applyCustomer(fee, *customer, row.billingProfileId);
    fee.currency = row.fee.currency(); // the overdue invoice's, whatever the customer's default
    fee.notes = tr("Late fee under our payment terms: %1 on invoice %2")
                    .arg(row.step.name, row.invoiceNumber);
    InvoiceLine line;
    line.description = tr("Late fee for invoice %1").arg(row.invoiceNumber);
    line.quantityMilli = 1000;
    line.unitPrice = row.fee;
    // Compensation for late payment, not a supply: no tax on it.
    line.taxOverride = true;
    line.taxRatePpm = 0;
    line.revenueAccountId = reference.chart().id(ChartOfAccounts::Role::LateFees);
    fee.lines.push_back(line);
    return InvoiceService(m_session).createIssued(fee).id;
}

DunningNotice DunningService::carryOut(const DunningPlanRow &row, const QDate &date,
                                       InvoiceMailer &mailer)
{
    // The message (and its PDF) is made before the transaction, so the
    // book is not held while the PDF renders.
    MailMessage message;
    if (row.step.sendsMail()) {
        const QHash<QString, QString> extra {
            { QStringLiteral("days_overdue"), QString::number(row.daysOverdue) },
            { QStringLiteral("payment_details"), paymentDetails(m_session.reference().company()) }
        };
        message = mailer.build(row.invoiceId, row.step.subject, row.step.body, extra);
    }
    DunningRepository repo(m_session.db());
    Transaction tx(m_session.db());
    if (repo.hasNotice(row.invoiceId, row.step.key))
        throw AlreadyDone {};
    const Invoice invoice = InvoiceService(m_session).load(row.invoiceId);
    if (invoice.status != InvoiceStatus::Open || !invoice.balance.isPositive()
        || CollectionsService(m_session).isDisputed(row.invoiceId))
        throw NoLongerDue {};
    DunningNotice notice;
    notice.invoiceId = row.invoiceId;
    notice.invoiceNumber = row.invoiceNumber;
    notice.stepKey = row.step.key;
    notice.stepDay = row.step.day;
    notice.date = date;
    notice.action = DunningStep::actionKey(row.step.action);
    notice.daysOverdue = row.daysOverdue;
    notice.userName = m_session.userName();
    if (row.fee.isPositive())
        notice.lateFeeInvoiceId = issueLateFee(row, date);
    if (row.step.sendsMail()) {
        notice.outboxId
            = OutboxService(m_session).enqueue(message, QStringLiteral("reminder"), row.invoiceId);
        InvoiceService(m_session).markReminded(row.invoiceId, date);
    }
    for (qsizetype i = 0; i < row.skippedKeys.size(); ++i) {
        DunningNotice s = notice;
        s.stepKey = row.skippedKeys.at(i);
        s.stepDay = row.skippedDays.value(i, row.step.day);
        s.action = QStringLiteral("skipped");
        s.outboxId = s.lateFeeInvoiceId = 0;
        repo.insertNotice(s); // already there: some run recorded it, which is as good
    }
    if (!repo.insertNotice(notice))
        throw AlreadyDone {};
    m_session.audit().append(QStringLiteral("dunning.notice"), QStringLiteral("invoice"),
                             QString::number(row.invoiceId), {}, describe(notice));
    tx.commit();
    return notice;
}

DunningRunResult DunningService::run(const QDate &date)
{
    m_session.require(Permission::Billing, tr("run dunning"));
    return execute(date, plan(date));
}

DunningRunResult DunningService::execute(const QDate &date, const std::vector<DunningPlanRow> &rows)
{
    m_session.require(Permission::Billing, tr("run dunning"));
    DunningRunResult result;
    result.date = date;
    InvoiceMailer mailer(m_session, m_mail, m_locale);
    // One transaction per invoice, not per run: a customer without a valid
    // address, or a fee the currency cannot hold, leaves that invoice as it
    // was (the next run tries again) without undoing the reminders already
    // queued for everyone else.
    for (const DunningPlanRow &row : rows) {
        if (!row.problem.isEmpty()) {
            result.problems << row.invoiceNumber + QStringLiteral(": ") + row.problem;
            continue;
        }
        try {
            const DunningNotice n = carryOut(row, date, mailer);
            result.notices.push_back(n);
            if (n.outboxId > 0)
                ++result.queued;
            if (row.step.action == DunningStep::Action::Review)
                ++result.flagged;
            if (n.lateFeeInvoiceId > 0)
                ++result.lateFees;
        } catch (const AlreadyDone &) {
            ++result.alreadyDone;
        } catch (const NoLongerDue &) {
            ++result.noLongerDue;
        } catch (const Error &e) {
            result.problems << row.invoiceNumber + QStringLiteral(": ") + e.userMessage();
        }
    }
    Transaction tx(m_session.db());
    m_session.audit().append(
        QStringLiteral("dunning.run"), QStringLiteral("dunning"), date.toString(Qt::ISODate), {},
        QJsonObject { { QStringLiteral("date"), date.toString(Qt::ISODate) },
                      { QStringLiteral("planned"), int(rows.size()) },
                      { QStringLiteral("queued"), result.queued },
                      { QStringLiteral("flagged"), result.flagged },
                      { QStringLiteral("late_fees"), result.lateFees },
                      { QStringLiteral("already_done"), result.alreadyDone },
                      { QStringLiteral("no_longer_due"), result.noLongerDue },
                      { QStringLiteral("problems"), int(result.problems.size()) } });
    tx.commit();
    return result;
}

std::vector<DunningNotice> DunningService::notices(qint64 invoiceId)
{
    return DunningRepository(m_session.db()).notices(invoiceId);
}

std::vector<DunningNotice> DunningService::flagged()
{
    return DunningRepository(m_session.db()).uncleared();
}

QString DunningService::clearAction()
{
    return QStringLiteral("dunning.flag_clear");
}

void DunningService::clearFlag(qint64 invoiceId, const QString &note)
{
    m_session.require(Permission::Billing, tr("clear a review flag"));
    Transaction tx(m_session.db());
    const Invoice invoice = InvoiceService(m_session).load(invoiceId);
    int cleared = 0;
    // Read in the transaction, so two clients clearing at once each see
    // what the other committed (a second clear finds nothing to clear).
    DunningRepository notices(m_session.db());
    for (const DunningNotice &n : notices.uncleared()) {
        if (n.invoiceId != invoiceId)
            continue;
        notices.insertClear(n.id, m_session.today(), m_session.userName(), note.trimmed());
        QJsonObject before = describe(n);
        QJsonObject after = before;
        after.insert(QStringLiteral("cleared"), true);
        after.insert(QStringLiteral("note"), note.trimmed());
        m_session.audit().append(clearAction(), QStringLiteral("dunning_notice"),
                                 QString::number(n.id), before, after);
        ++cleared;
    }
    if (cleared == 0)
        throw Error(tr("Invoice %1 is not flagged for review").arg(invoice.number));
    tx.commit();
}

} // namespace Accrue
