#include "pages/revenueschedulepanel.h"

#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "models/moneyformat.h"
#include "models/recognitionschedulemodel.h"
#include "reports/recognitionschedulereport.h"
#include "widgets/errorbox.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Accrue {

RevenueSchedulePanel::RevenueSchedulePanel(Session &session, qint64 invoiceId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_invoiceId(invoiceId)
    , m_table(new QTableView(this))
    , m_model(new RecognitionScheduleModel(this))
    , m_summary(new QLabel(this))
    , m_markDone(new QPushButton(tr("Mark Milestone &Done…"), this))
{
    m_table->setObjectName(QStringLiteral("revenueSchedule"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_markDone->setObjectName(QStringLiteral("markMilestoneDone"));
    m_markDone->setToolTip(tr("The chosen milestone has been reached: its revenue becomes due "
                              "on the date you give and the next recognition run posts it"));
    m_markDone->setAutoDefault(false);
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_markDone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RevenueSchedulePanel::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RevenueSchedulePanel::updateButton);
    connect(m_markDone, &QPushButton::clicked, this, &RevenueSchedulePanel::askAndMark);
    reload();
}

void RevenueSchedulePanel::reload()
{
    std::vector<RecognitionScheduleLine> rows;
    QString problem;
    try {
        m_session.require(Permission::Read, tr("read recognition schedules"));
        rows = RecognitionScheduleReport(m_session.db()).ofInvoice(m_invoiceId);
    } catch (const Error &e) {
        problem = e.userMessage();
    }
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    m_summary->setText(problem.isEmpty() ? summaryText() : problem);
    // Only an invoice with milestones needs the button, and only billing roles.
    const bool milestones = std::any_of(m_model->rows().begin(), m_model->rows().end(),
                                        [](const auto &r) { return r.milestonePosition > 0; });
    m_markDone->setVisible(milestones && m_session.can(Permission::Billing));
}

bool RevenueSchedulePanel::isEmpty() const
{
    return m_model->rows().empty();
}

QString RevenueSchedulePanel::summaryText() const
{
    const auto &rows = m_model->rows();
    if (rows.empty())
        return tr("This invoice has no revenue schedule.");
    Money total = Money::zero(rows.front().amount.currency());
    Money posted = total;
    int waiting = 0;
    for (const RecognitionScheduleLine &r : rows) {
        total += r.amount;
        if (r.posted)
            posted += r.amount;
        waiting += r.awaitsMilestone() ? 1 : 0;
    }
    QString text = tr("Recognised %1 of %2; %3 deferred.")
                       .arg(Display::moneyWithCode(posted), Display::moneyWithCode(total),
                            Display::moneyWithCode(total - posted));
    if (waiting > 0)
        text += u' ' + tr("%n row(s) wait for a milestone.", nullptr, waiting);
    return text;
}

int RevenueSchedulePanel::chosenRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void RevenueSchedulePanel::updateButton()
{
    const int row = chosenRow();
    m_markDone->setEnabled(row >= 0 && m_model->rows()[std::size_t(row)].awaitsMilestone());
}

void RevenueSchedulePanel::askAndMark()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Mark Milestone Done"));
    auto *date = new QDateEdit(m_session.today(), &ask);
    date->setCalendarPopup(true);
    date->setMaximumDate(m_session.today());
    auto *form = new QFormLayout(&ask);
    const int row = chosenRow();
    if (row >= 0)
        form->addRow(new QLabel(m_model->rows()[std::size_t(row)].milestoneName, &ask));
    form->addRow(tr("Reached on:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        markChosenMilestoneDone(date->date());
}

bool RevenueSchedulePanel::markChosenMilestoneDone(const QDate &date)
{
    const int row = chosenRow();
    if (row < 0 || !m_model->rows()[std::size_t(row)].awaitsMilestone())
        return false;
    const RecognitionScheduleLine line = m_model->rows()[std::size_t(row)];
    try {
        RecognitionService(m_session).completeMilestone(m_invoiceId, line.linePosition,
                                                        line.milestonePosition, date);
    } catch (const Error &e) {
        showError(this, tr("Mark Milestone Done"), e.userMessage());
        return false;
    }
    reload();
    emit milestoneDone();
    return true;
}

} // namespace Accrue
