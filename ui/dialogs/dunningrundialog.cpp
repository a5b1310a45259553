#include "dialogs/dunningrundialog.h"

#include "backgroundtask.h"
#include "billing/changebus.h"
#include "billing/session.h"
#include "models/dunningplanmodel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Accrue {

DunningRunDialog::DunningRunDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mail(MailSettingsService(session).load())
    , m_date(new QDateEdit(session.today(), this))
    , m_table(new QTableView(this))
    , m_model(new DunningPlanModel(this))
    , m_status(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
{
    setWindowTitle(tr("Dunning Run"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEnabled(false);
    m_confirm->setToolTip(tr("Queue the reminders, flag the invoices and issue the late fees "
                             "listed; each step acts once per invoice"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reminders due on:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Confirm carries the plan out and keeps the dialog open for the result.
    connect(m_confirm, &QPushButton::clicked, this, &DunningRunDialog::confirm);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_resultText.clear(); // a result belongs to its date
        refreshPlan();
    });
    refreshPlan();
}

void DunningRunDialog::setDate(const QDate &date)
{
    m_date->setDate(date); // refreshes the plan when the date changes
}

void DunningRunDialog::refreshPlan()
{
    m_confirm->setEnabled(false);
    m_status->setText(tr("Looking for invoices due for a reminder…"));
    const int generation = ++m_generation;
    runInBackground<std::vector<DunningPlanRow>>(
        this, m_session.bookLocation(),
        [user = m_session.userName(), today = m_session.today(), mail = m_mail,
         date = m_date->date()](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            return DunningService(worker, mail).plan(date);
        },
        [this, generation](std::vector<DunningPlanRow> rows) {
            if (generation != m_generation)
                return; // the date changed meanwhile: a newer plan is on its way
            const int count = int(rows.size());
            m_model->setRows(std::move(rows));
            m_table->resizeColumnsToContents();
            m_confirm->setEnabled(count > 0 && m_session.can(Permission::Billing));
            QString text = count == 0
                ? tr("No invoice is due for a reminder on %1.")
                      .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat))
                : tr("%n invoice(s) due for a reminder step.", nullptr, count);
            if (!m_resultText.isEmpty())
                text = m_resultText + u'\n' + text;
            m_status->setText(text);
            emit planShown(count);
        },
        [this](const QString &error) {
            m_status->setText(error);
            emit failed(error);
        });
}

void DunningRunDialog::confirm()
{
    if (m_model->rows().empty())
        return;
    m_confirm->setEnabled(false);
    m_date->setEnabled(false);
    m_status->setText(tr("Carrying out the dunning run…"));
    runInBackground<DunningRunResult>(
        this, m_session.bookLocation(),
        [user = m_session.userName(), today = m_session.today(), mail = m_mail,
         date = m_date->date(), rows = m_model->rows()](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            return DunningService(worker, mail).execute(date, rows);
        },
        [this](DunningRunResult result) {
            m_date->setEnabled(true);
            showResult(result);
        },
        [this](const QString &error) {
            m_date->setEnabled(true);
            m_confirm->setEnabled(true);
            m_status->setText(error);
            emit failed(error);
        });
}

void DunningRunDialog::showResult(const DunningRunResult &result)
{
    m_result = result;
    m_session.changes().announce(BookArea::Invoices | BookArea::Customers);
    QString text = tr("Queued %1 reminder(s) in the outbox, flagged %2 invoice(s) for review, "
                      "issued %3 late fee(s).")
                       .arg(result.queued)
                       .arg(result.flagged)
                       .arg(result.lateFees);
    if (result.alreadyDone + result.noLongerDue > 0)
        text += u' '
            + tr("%1 were done by another run meanwhile, %2 no longer due.")
                  .arg(result.alreadyDone)
                  .arg(result.noLongerDue);
    if (!result.problems.isEmpty())
        text += u'\n' + tr("Left for the next run:") + u'\n' + result.problems.join(u'\n');
    if (result.queued > 0)
        text += u'\n' + tr("The outbox sends them (Billing > E-mail Outbox).");
    m_resultText = text;
    emit runFinished(result.queued, int(result.problems.size()));
    refreshPlan(); // what is left due (the problems) shows in the table again
}

} // namespace Accrue
