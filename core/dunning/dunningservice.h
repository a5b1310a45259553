#pragma once

#include "domain/companysettings.h"
#include "domain/dunningnotice.h"
#include "dunning/dunningschedule.h"
#include "mail/mailsettings.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <vector>

namespace Accrue {

class InvoiceMailer;
class Session;

// What one open invoice is due for on a date.
struct DunningPlanRow
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 customerId = 0;
    qint64 billingProfileId = 0;
    QString customerCode;
    QString customerName;
    QDate dueDate;
    int daysOverdue = 0; // negative: days until due
    Money balance;
    DunningStep step;
    // Earlier steps the invoice never had: recorded as skipped, never sent.
    QStringList skippedKeys;
    QList<int> skippedDays; // their day offsets, in the same order
    Money fee; // zero: none (no fee on the step, or the invoice is itself a late fee)
    QString recipient; // the address a reminder goes to; empty for a review
    QString problem; // why it cannot be carried out (no address), else empty
};

// What a run did.
struct DunningRunResult
{
    QDate date;
    int queued = 0; // e-mails in the outbox (reminders and stop-service notices)
    int flagged = 0; // invoices flagged for review
    int lateFees = 0; // fee invoices issued
    int alreadyDone = 0; // another run recorded the step first
    int noLongerDue = 0; // paid, credited, written off or disputed since the plan
    std::vector<DunningNotice> notices; // the ones recorded by this run
    QStringList problems; // "INV-…: why", for each invoice left as it was
};

// Reminds customers of what they owe, step by step (DunningSchedule): plan()
// says what each open invoice is due for on a date, run() carries it out.
// Paid, fully credited, written-off and disputed invoices are left alone.
// Each step acts at most once per invoice: dunning_notice has one row per
// invoice and step, whichever client writes it first.
class DunningService final
{
public:
    // `mail` is what reminders are written with (sender, configured server).
    DunningService(Session &session, MailSettings mail, const QLocale &locale = QLocale());

    std::vector<DunningPlanRow> plan(const QDate &date);
    // execute(date, plan(date)).
    DunningRunResult run(const QDate &date);
    // Carries out a plan made earlier (the one a person confirmed), each
    // row in its own transaction: the notice, its e-mail in the outbox, the
    // late-fee invoice and the reminded date commit together or not at all.
    // A row whose step was recorded meanwhile, by this or another client,
    // is counted as already done; one whose invoice was settled or disputed
    // meanwhile as no longer due. Billing permission.
    DunningRunResult execute(const QDate &date, const std::vector<DunningPlanRow> &rows);

    std::vector<DunningNotice> notices(qint64 invoiceId);
    // The invoices flagged for review and not cleared since, newest first.
    std::vector<DunningNotice> flagged();
    // Clears the invoice's review flags (every review step it had that is
    // still flagged), audited as "dunning.flag_clear" with the note: the
    // invoice leaves flagged(). Its later steps still fire. Throws Error
    // when the invoice is not flagged. Billing permission.
    void clearFlag(qint64 invoiceId, const QString &note);
    // The audit action that records a clear (DunningRepository::uncleared).
    static QString clearAction();
    // The company's bank details as reminder texts show them.
    static QString paymentDetails(const CompanySettings &company);
    // What a plan row's fee is: the step's fixed amount in the invoice's
    // currency or its basis points of the balance, rounded half away from
    // zero. Throws Error for an amount the currency cannot hold (5.50 JPY).
    static Money feeFor(const DunningStep &step, const Money &balance);

private:
    DunningNotice carryOut(const DunningPlanRow &row, const QDate &date, InvoiceMailer &mailer);
    qint64 issueLateFee(const DunningPlanRow &row, const QDate &date);
    QString recipientOf(qint64 customerId, qint64 profileId);

    Session &m_session;
    MailSettings m_mail;
    QLocale m_locale;
};

} // namespace Accrue
