#include "dialogs/dunningrundialog.h"

#include "backgroundtask.h"
#include "billing/changebus.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "mailtasks.h"
#include "models/dunningplanmodel.h"
#include "widgets/errorbox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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
    , m_flagged(new QTableWidget(0, 5, this))
    , m_clearFlag(new QPushButton(tr("C&lear Flag…"), this))
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

    m_flagged->setObjectName(QStringLiteral("flagged"));
    m_flagged->setHorizontalHeaderLabels(
        { tr("Invoice"), tr("Step"), tr("Flagged on"), tr("Days overdue"), tr("By") });
    m_flagged->verticalHeader()->hide();
    m_flagged->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flagged->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagged->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flagged->horizontalHeader()->setStretchLastSection(true);
    m_clearFlag->setObjectName(QStringLiteral("clearFlag"));
    m_clearFlag->setToolTip(tr("The invoice has been looked at: take it off this list (the "
                               "note goes into the audit log)"));
    m_clearFlag->setEnabled(false);
    m_clearFlag->setVisible(m_session.can(Permission::Billing));

    auto *form = new QFormLayout;
    form->addRow(tr("Reminders due on:"), m_date);
    auto *planTab = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planTab);
    planLayout->addLayout(form);
    planLayout->addWidget(m_table, 1);
    planLayout->addWidget(m_status);
    auto *flaggedTab = new QWidget(this);
    auto *flaggedButtons = new QHBoxLayout;
    flaggedButtons->addStretch(1);
    flaggedButtons->addWidget(m_clearFlag);
    auto *flaggedLayout = new QVBoxLayout(flaggedTab);
    flaggedLayout->addWidget(m_flagged, 1);
    flaggedLayout->addLayout(flaggedButtons);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(planTab, tr("&Plan"));
    tabs->addTab(flaggedTab, tr("&Flagged for Review"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_flagged, &QTableWidget::itemSelectionChanged, this,
            [this] { m_clearFlag->setEnabled(!m_flagged->selectedRanges().isEmpty()); });
    connect(m_clearFlag, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Clear Flag"), tr("Note (why the invoice needs no more review):"),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            clearChosenFlag(note);
    });

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Confirm carries the plan out and keeps the dialog open for the result.
    connect(m_confirm, &QPushButton::clicked, this, &DunningRunDialog::confirm);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_resultText.clear(); // a result belongs to its date
        m_mailText.clear();
        refreshPlan();
    });
    refreshPlan();
    refreshFlagged();
}

QString DunningRunDialog::statusText() const
{
    return m_status->text();
}

void DunningRunDialog::updateStatus()
{
    QStringList parts;
    for (const QString &part : { m_resultText, m_mailText, m_planText })
        if (!part.isEmpty())
            parts << part;
    m_status->setText(parts.join(u'\n'));
}

void DunningRunDialog::refreshFlagged()
{
    m_flagged->setRowCount(0);
    try {
        m_flaggedRows = DunningService(m_session, m_mail).flagged();
    } catch (const Error &e) {
        m_flaggedRows.clear();
        showError(this, tr("Flagged for Review"), e.userMessage());
        return;
    }
    const QLocale locale;
    m_flagged->setRowCount(int(m_flaggedRows.size()));
    for (int row = 0; row < int(m_flaggedRows.size()); ++row) {
        const DunningNotice &n = m_flaggedRows[std::size_t(row)];
        const QString cells[] = { n.invoiceNumber, n.stepKey, LocalDates::shortDate(n.date, locale),
                                  QString::number(n.daysOverdue), n.userName };
        for (int column = 0; column < 5; ++column)
            m_flagged->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_flagged->resizeColumnsToContents();
    m_clearFlag->setEnabled(false);
}

void DunningRunDialog::clearChosenFlag(const QString &note)
{
    const QList<QTableWidgetSelectionRange> ranges = m_flagged->selectedRanges();
    if (ranges.isEmpty())
        return;
    const DunningNotice notice = m_flaggedRows.at(std::size_t(ranges.front().topRow()));
    try {
        DunningService(m_session, m_mail).clearFlag(notice.invoiceId, note);
        m_session.changes().announce(BookArea::Invoices);
    } catch (const Error &e) {
        showError(this, tr("Clear Flag"), e.userMessage());
    }
    refreshFlagged();
}

void DunningRunDialog::setDate(const QDate &date)
{
    m_date->setDate(date); // refreshes the plan when the date changes
}

void DunningRunDialog::refreshPlan()
{
    m_confirm->setEnabled(false);
    m_planText = tr("Looking for invoices due for a reminder…");
    updateStatus();
    const int generation = ++m_generation;
    runInBackground<std::vector<DunningPlanRow>>(
        this, m_session.db(),
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
            m_planText = count == 0 ? tr("No invoice is due for a reminder on %1.")
                                          .arg(LocalDates::shortDate(m_date->date()))
                                    : tr("%n invoice(s) due for a reminder step.", nullptr, count);
            updateStatus();
            emit planShown(count);
        },
        [this](const QString &error) {
            m_planText = error;
            updateStatus();
            emit failed(error);
        });
}

void DunningRunDialog::confirm()
{
    if (m_model->rows().empty())
        return;
    m_confirm->setEnabled(false);
    m_date->setEnabled(false);
    m_resultText.clear();
    m_mailText.clear();
    m_planText = tr("Carrying out the dunning run…");
    updateStatus();
    runInBackground<DunningRunResult>(
        this, m_session.db(),
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
            m_planText = error;
            updateStatus();
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
    m_resultText = text;
    m_mailText.clear();
    emit runFinished(result.queued, int(result.problems.size()));
    refreshFlagged();
    refreshPlan(); // what is left due (the problems) shows in the table again
    deliverQueued(result.queued);
}

// The run has committed: its reminders are in the outbox whatever happens
// now. Send them (and anything else due) the way Deliver Now does.
void DunningRunDialog::deliverQueued(int queued)
{
    MailSettings settings;
    try {
        settings = MailSettingsService(m_session).load();
    } catch (const Error &e) {
        m_mailText = tr("The reminders are queued, not sent: %1").arg(e.userMessage());
        updateStatus();
        return;
    }
    if (!settings.isConfigured()) {
        m_mailText = queued > 0
            ? tr("%n reminder(s) queued; e-mail is not set up, so they wait in the outbox "
                 "(Company Settings, E-mail; then Billing > E-mail Outbox).",
                 nullptr, queued)
            : tr("E-mail is not set up: no reminder can be sent (Company Settings, E-mail).");
        updateStatus();
        return;
    }
    if (queued == 0)
        return;
    const std::optional<QString> password = MailTasks::password(this, settings);
    if (!password) {
        m_mailText = tr("The reminders are queued, not sent: no SMTP password was given "
                        "(Billing > E-mail Outbox sends them later).");
        updateStatus();
        return;
    }
    deliverWith(*password);
}

void DunningRunDialog::deliverWith(const QString &password)
{
    MailSettings settings;
    try {
        settings = MailSettingsService(m_session).load();
    } catch (const Error &e) {
        m_mailText = tr("The reminders are queued, not sent: %1").arg(e.userMessage());
        updateStatus();
        return;
    }
    m_mailText = tr("Sending the reminders…");
    updateStatus();
    MailTasks::deliver(
        this, m_session, settings, password,
        [this](const MailRun &run) {
            const OutboxService::Delivery &d = run.delivery;
            m_mailText = tr("E-mail: %1 sent, %2 to retry later, %3 failed.")
                             .arg(d.sent)
                             .arg(d.retrying)
                             .arg(d.failed);
            if (!d.problems.isEmpty())
                m_mailText += u'\n' + d.problems.join(u'\n');
            if (d.retrying + d.failed > 0)
                m_mailText += u'\n' + tr("See Billing > E-mail Outbox.");
            updateStatus();
            emit mailDelivered(d.sent, d.retrying, d.failed);
        },
        [this](const QString &error) {
            m_mailText = tr("The reminders are queued, not sent: %1").arg(error);
            updateStatus();
            emit mailDelivered(0, 0, 0);
        });
}

} // namespace Accrue
