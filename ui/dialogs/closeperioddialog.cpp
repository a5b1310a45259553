#include "dialogs/closeperioddialog.h"

#include "backgroundtask.h"
#include "billing/changebus.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "widgets/errorbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

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

// The dialog's session as a worker's: the same user (and so role) and the
// same today, on the worker's own connection, with its own recogniser.
template<typename Result>
std::function<Result(Database &)> onWorker(const Session &session,
                                           ClosePeriodDialog::RecognizerFactory recognizer,
                                           std::function<Result(PeriodCloseService &)> work)
{
    return [user = session.userName(), today = session.today(), recognizer = std::move(recognizer),
            work = std::move(work)](Database &db) {
        Session worker(db, user);
        worker.setToday(today);
        PeriodCloseService service(
            worker, recognizer ? recognizer(worker) : PeriodCloseService::Recognizer());
        return work(service);
    };
}

} // namespace

// What the dialog shows of a month, read together on the worker.
struct ClosePeriodDialog::Snapshot
{
    QDate month;
    PeriodLock lock;
    std::optional<CloseChecklist> checklist; // none: the month is closed
    std::vector<PeriodEvent> history;
};

ClosePeriodDialog::ClosePeriodDialog(Session &session, RecognizerFactory recognizer,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_recognizer(std::move(recognizer))
    , m_service(session)
    , m_lock(new QLabel(this))
    , m_month(new QComboBox(this))
    , m_checks(table(this, { tr("Check"), tr("Status"), tr("Figures"), tr("Note") },
                     QStringLiteral("checklist")))
    , m_busy(new QProgressBar(this))
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
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lock->setWordWrap(true);
    // Busy without a known length: the checklist's queries do not report progress.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 4);
    m_close->setVisible(m_session.can(Permission::Billing));
    m_close->setEnabled(false);
    m_close->setToolTip(tr("Post the revenue recognised through the month end and close the "
                           "month: later postings dated in it go to the first open day"));
    m_reopen->setVisible(m_session.can(Permission::Administer));
    m_reopen->setEnabled(false);
    m_reopen->setToolTip(tr("Reopen the month and every later closed one (Admin; asks why)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Books:"), m_lock);
    form->addRow(tr("&Month:"), m_month);
    auto *checklistTab = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistTab);
    checklistLayout->addLayout(form);
    checklistLayout->addWidget(m_checks, 1);
    checklistLayout->addWidget(m_busy);
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
    try {
        // One row: the lock date. The checklist itself is read on the worker.
        setMonth(m_service.nextMonthToClose());
    } catch (const Error &e) {
        loadFailed(e.userMessage());
    }
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        m_notice.clear(); // an outcome belongs to its month
        refresh();
    });
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
    m_month->setCurrentIndex(index); // checks it again when it changes
}

QString ClosePeriodDialog::statusText() const
{
    return m_status->text();
}

void ClosePeriodDialog::setBusy(bool loading, bool closing)
{
    m_loading = loading;
    m_closing = closing;
    m_busy->setVisible(loading || closing);
    m_month->setEnabled(!closing);
    const bool idle = !loading && !closing;
    m_close->setEnabled(idle && m_closable && m_session.can(Permission::Billing));
    m_reopen->setEnabled(idle && m_closedShown);
}

void ClosePeriodDialog::showStatus(const QString &text)
{
    m_status->setText(m_notice.isEmpty() ? text : m_notice + u'\n' + text);
}

void ClosePeriodDialog::refresh()
{
    const QDate chosen = month();
    const int generation = ++m_generation;
    // Nothing of another month stays on screen, and nothing can be closed,
    // until this month's checklist is in.
    m_shown = QDate();
    m_closable = false;
    m_closedShown = false;
    m_checks->setRowCount(0);
    setBusy(true, m_closing);
    showStatus(tr("Checking %1…").arg(PeriodText::monthName(chosen)));
    runInBackground<Snapshot>(
        this, m_session.db(),
        onWorker<Snapshot>(m_session, m_recognizer,
                           [chosen](PeriodCloseService &service) {
                               Snapshot s;
                               s.month = chosen;
                               s.lock = service.lock();
                               if (!s.lock.isClosed(chosen))
                                   s.checklist = service.checklist(chosen);
                               s.history = service.history();
                               return s;
                           }),
        [this, generation](Snapshot snapshot) {
            if (generation != m_generation)
                return; // another month was chosen meanwhile: its checklist is on its way
            showSnapshot(snapshot);
        },
        [this, generation](const QString &error) {
            if (generation == m_generation)
                loadFailed(error);
        });
}

void ClosePeriodDialog::loadFailed(const QString &message)
{
    m_closable = false;
    m_closedShown = false;
    setBusy(false, false);
    showStatus(tr("The checklist could not be read: %1").arg(message));
    emit failed(message);
}

void ClosePeriodDialog::showSnapshot(const Snapshot &s)
{
    const PeriodLock &lock = s.lock;
    m_lock->setText(lock.closedThrough.isValid()
                        ? tr("Closed through %1").arg(LocalDates::longDate(lock.closedThrough))
                        : tr("No period is closed"));
    m_shown = s.month;
    m_closedShown = lock.isClosed(s.month);
    if (s.checklist) {
        showChecklist(*s.checklist);
    } else {
        m_closable = false;
        m_checks->setRowCount(0);
        showStatus(tr("%1 is closed.").arg(PeriodText::monthName(s.month)));
    }
    showHistory(s.history);
    setBusy(false, false);
    emit checklistShown(s.month);
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
    showStatus(blocking > 0 ? tr("%n item(s) block the close.", nullptr, blocking)
                            : tr("Ready to close %1 (%n warning(s)).", nullptr, warnings)
                                  .arg(PeriodText::monthName(list.month)));
    m_closable = blocking == 0;
}

void ClosePeriodDialog::showHistory(const std::vector<PeriodEvent> &events)
{
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

void ClosePeriodDialog::closeMonth()
{
    if (isBusy())
        return;
    const QDate chosen = month();
    const QString name = PeriodText::monthName(chosen);
    m_notice.clear();
    setBusy(false, true);
    showStatus(tr("Closing %1: recognising revenue through its last day…").arg(name));
    runInBackground<PeriodCloseService::Result>(
        this, m_session.db(),
        onWorker<PeriodCloseService::Result>(
            m_session, m_recognizer,
            [chosen](PeriodCloseService &service) { return service.close(chosen); }),
        [this, name](PeriodCloseService::Result result) {
            // The worker's session committed: this one's pages hear it here.
            m_session.changes().announce(BookArea::Ledger | BookArea::Invoices);
            m_notice = tr("Closed %1: the books are closed through %2. %3")
                           .arg(name, result.lock.closedThrough.toString(Qt::ISODate),
                                result.recognition);
            // Selectable: copied out of the book, it later proves the trail
            // was not cut back or rewritten (audit verify --checkpoint).
            m_notice += u'\n'
                + tr("Audit checkpoint, to keep outside the book: %1").arg(result.checkpoint);
            if (!result.checkpointWarning.isEmpty())
                m_notice += u'\n' + result.checkpointWarning;
            setBusy(false, false);
            emit periodChanged();
            emit closeFinished(true);
            refresh();
        },
        [this, name](const QString &error) {
            m_notice = tr("%1 was not closed: %2").arg(name, error);
            setBusy(false, false);
            emit failed(error);
            emit closeFinished(false);
            refresh(); // what blocks it now
        });
}

bool ClosePeriodDialog::reopenMonth(const QString &reason)
{
    // Quick (the lock row, a history row, the audit record): no worker.
    try {
        const PeriodLock after = m_service.reopen(month(), reason);
        m_notice = after.closedThrough.isValid()
            ? tr("Reopened: the books are closed through %1")
                  .arg(after.closedThrough.toString(Qt::ISODate))
            : tr("Reopened: no period is closed");
        refresh();
        emit periodChanged();
        return true;
    } catch (const Error &e) {
        showError(this, tr("Reopen Period"), e.userMessage());
        return false;
    }
}

void ClosePeriodDialog::reject()
{
    // A close under way finishes in its transaction either way; staying
    // open shows how it ended (and tells the pages).
    if (m_closing)
        return;
    QDialog::reject();
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
