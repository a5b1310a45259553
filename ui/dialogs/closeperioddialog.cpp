#include "dialogs/closeperioddialog.h"

#include "billing/session.h"
#include "common/error.h"
#include "widgets/errorbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

namespace {

constexpr int monthsListed = 24;

QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QIcon statusIcon(const QWidget *w, CloseStatus status)
{
    switch (status) {
    case CloseStatus::Blocking:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case CloseStatus::Warning:
        return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CloseStatus::Ok:
        break;
    }
    return w->style()->standardIcon(QStyle::SP_DialogApplyButton);
}

} // namespace

ClosePeriodDialog::ClosePeriodDialog(Session &session, PeriodCloseService::Recognizer recognize,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session, std::move(recognize))
    , m_lock(new QLabel(this))
    , m_month(new QComboBox(this))
    , m_checks(table(this, { tr("Check"), tr("Status"), tr("Figures"), tr("Note") },
                     QStringLiteral("checklist")))
    , m_status(new QLabel(this))
    , m_close(new QPushButton(tr("&Close Month"), this))
    , m_reopen(new QPushButton(tr("&Reopen…"), this))
    , m_history(table(this,
                      { tr("Period"), tr("Action"), tr("Closed through"), tr("By"), tr("At (UTC)"),
                        tr("Reason"), tr("Posted") },
                      QStringLiteral("history")))
{
    setWindowTitle(tr("Close Period"));
    m_month->setObjectName(QStringLiteral("month"));
    m_close->setObjectName(QStringLiteral("closeMonth"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_status->setWordWrap(true);
    m_lock->setWordWrap(true);
    m_close->setVisible(m_session.can(Permission::Billing));
    m_close->setToolTip(tr("Post the revenue recognised through the month end and close the "
                           "month: later postings dated in it go to the first open day"));
    m_reopen->setVisible(m_session.can(Permission::Administer));
    m_reopen->setToolTip(tr("Reopen the month and every later closed one (Admin; asks why)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Books:"), m_lock);
    form->addRow(tr("Month:"), m_month);
    auto *checklistTab = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistTab);
    checklistLayout->addLayout(form);
    checklistLayout->addWidget(m_checks, 1);
    checklistLayout->addWidget(m_status);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(checklistTab, tr("Checklist"));
    tabs->addTab(m_history, tr("History"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_close, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &ClosePeriodDialog::confirmAndClose);
    connect(m_reopen, &QPushButton::clicked, this, &ClosePeriodDialog::askAndReopen);
    // Figures and notes share the width and wrap; the rows grow to fit.
    QHeaderView *header = m_checks->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, m_checks, &QTableView::resizeRowsToContents);
    resize(980, 560);

    fillMonths();
    setMonth(m_service.nextMonthToClose());
    connect(m_month, &QComboBox::currentIndexChanged, this, &ClosePeriodDialog::refresh);
    refresh();
}

void ClosePeriodDialog::fillMonths()
{
    // The months up to the one before today's, newest first: what may be
    // closed or reopened.
    const QDate today = m_session.today();
    QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);
    for (int i = 0; i < monthsListed; ++i, month = month.addMonths(-1))
        m_month->addItem(PeriodText::monthName(month), month);
}

QDate ClosePeriodDialog::month() const
{
    return m_month->currentData().toDate();
}

void ClosePeriodDialog::setMonth(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    int index = m_month->findData(first);
    if (index < 0) {
        m_month->addItem(PeriodText::monthName(first), first);
        index = m_month->count() - 1;
    }
    m_month->setCurrentIndex(index);
}

QString ClosePeriodDialog::statusText() const
{
    return m_status->text();
}

void ClosePeriodDialog::refresh()
{
    try {
        const PeriodLock lock = m_service.lock();
        m_lock->setText(lock.closedThrough.isValid()
                            ? tr("Closed through %1")
                                  .arg(QLocale().toString(lock.closedThrough, QLocale::LongFormat))
                            : tr("No period is closed"));
        const QDate chosen = month();
        if (lock.isClosed(chosen)) {
            m_checks->setRowCount(0);
            m_status->setText(tr("%1 is closed.").arg(PeriodText::monthName(chosen)));
            m_close->setEnabled(false);
        } else {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const CloseChecklist list = m_service.checklist(chosen);
            QGuiApplication::restoreOverrideCursor();
            showChecklist(list);
        }
        m_reopen->setEnabled(lock.isClosed(chosen));
        showHistory();
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        showError(this, tr("Close Period"), e.userMessage());
    }
}

void ClosePeriodDialog::showChecklist(const CloseChecklist &list)
{
    m_checks->setRowCount(int(list.checks.size()));
    for (int row = 0; row < int(list.checks.size()); ++row) {
        const CloseCheck &c = list.checks.at(std::size_t(row));
        setRow(m_checks, row, { c.title, closeStatusName(c.status), c.figuresText(), c.note });
        m_checks->item(row, 1)->setIcon(statusIcon(this, c.status));
        m_checks->item(row, 0)->setData(Qt::UserRole, c.key);
    }
    m_checks->resizeRowsToContents();
    const int blocking = list.count(CloseStatus::Blocking);
    const int warnings = list.count(CloseStatus::Warning);
    m_status->setText(blocking > 0 ? tr("%n item(s) block the close.", nullptr, blocking)
                                   : tr("Ready to close %1 (%n warning(s)).", nullptr, warnings)
                                         .arg(PeriodText::monthName(list.month)));
    m_close->setEnabled(blocking == 0 && m_session.can(Permission::Billing));
}

void ClosePeriodDialog::showHistory()
{
    const std::vector<PeriodEvent> events = m_service.history();
    m_history->setRowCount(int(events.size()));
    // Newest first.
    for (int row = 0; row < int(events.size()); ++row) {
        const PeriodEvent &e = events.at(events.size() - 1 - std::size_t(row));
        setRow(m_history, row,
               { PeriodText::monthKey(e.month),
                 e.action == PeriodEvent::Action::Close ? tr("Closed") : tr("Reopened"),
                 e.closedThrough.isValid() ? e.closedThrough.toString(Qt::ISODate) : tr("—"),
                 e.userName, e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.reason,
                 e.summary });
    }
    m_history->resizeColumnsToContents();
}

bool ClosePeriodDialog::closeMonth()
{
    try {
        const PeriodCloseService::Result result = m_service.close(month());
        m_status->setText(tr("Closed %1: the books are closed through %2. %3")
                              .arg(PeriodText::monthName(month()),
                                   result.lock.closedThrough.toString(Qt::ISODate),
                                   result.recognition));
        const QString done = m_status->text();
        refresh();
        m_status->setText(done);
        emit periodChanged();
        return true;
    } catch (const Error &e) {
        showError(this, tr("Close Period"), e.userMessage());
        refresh();
        return false;
    }
}

bool ClosePeriodDialog::reopenMonth(const QString &reason)
{
    try {
        const PeriodLock after = m_service.reopen(month(), reason);
        const QString done = after.closedThrough.isValid()
            ? tr("Reopened: the books are closed through %1")
                  .arg(after.closedThrough.toString(Qt::ISODate))
            : tr("Reopened: no period is closed");
        refresh();
        m_status->setText(done);
        emit periodChanged();
        return true;
    } catch (const Error &e) {
        showError(this, tr("Reopen Period"), e.userMessage());
        return false;
    }
}

void ClosePeriodDialog::confirmAndClose()
{
    const QString name = PeriodText::monthName(month());
    if (QMessageBox::question(this, tr("Close %1").arg(name),
                              tr("Close %1? Postings dated in it afterwards go to the first day "
                                 "of the next open month; only an Admin can reopen it.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    closeMonth();
}

void ClosePeriodDialog::askAndReopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reopen %1").arg(PeriodText::monthName(month())),
        tr("Why is it reopened? (Later closed months reopen too; this goes into the audit log.)"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showError(this, tr("Reopen Period"), tr("Enter a reason to reopen the period."));
        return;
    }
    reopenMonth(reason);
}

} // namespace Accrue
