#include "dialogs/recogniserevenuedialog.h"

#include "backgroundtask.h"
#include "billing/changebus.h"
#include "billing/session.h"
#include "common/localdates.h"
#include "models/moneyformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>

namespace Accrue {

namespace {

using Summary = RecognitionService::Summary;

// Runs preview() or run() on a worker with a session like the user's.
std::function<Summary(Database &)> recognition(Session &session, const QDate &through, bool write)
{
    return [user = session.userName(), today = session.today(), through, write](Database &db) {
        Session worker(db, user);
        worker.setToday(today);
        RecognitionService service(worker);
        return write ? service.run(through) : service.preview(through);
    };
}

} // namespace

RecogniseRevenueDialog::RecogniseRevenueDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_through(new QDateEdit(defaultThrough(session.today()), this))
    , m_amounts(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(tr("&Run"), this))
{
    setWindowTitle(tr("Recognise Revenue"));
    m_through->setCalendarPopup(true);
    m_through->setMaximumDate(session.today());
    m_through->setToolTip(tr("Revenue is recognised for the schedule rows dated on or before "
                             "this day, and usage delivered by then is accrued"));
    m_amounts->setObjectName(QStringLiteral("amounts"));
    m_amounts->setHorizontalHeaderLabels(
        { tr("Currency"), tr("Revenue recognised"), tr("Usage accrued") });
    m_amounts->verticalHeader()->hide();
    m_amounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_amounts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setEnabled(false);
    m_run->setVisible(m_session.can(Permission::Billing));
    m_run->setToolTip(tr("Post the journal entries listed: Dr Deferred revenue / Cr revenue, "
                         "dated each row's day; a second run posts nothing again"));

    auto *form = new QFormLayout;
    form->addRow(tr("Recognise through:"), m_through);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_amounts, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 280);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &RecogniseRevenueDialog::run);
    connect(m_through, &QDateEdit::dateChanged, this, [this] {
        m_runText.clear(); // a result belongs to its date
        preview();
    });
    preview();
}

QDate RecogniseRevenueDialog::defaultThrough(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addDays(-1);
}

void RecogniseRevenueDialog::setThrough(const QDate &date)
{
    m_through->setDate(date); // previews again when it changes
}

QDate RecogniseRevenueDialog::through() const
{
    return m_through->date();
}

QString RecogniseRevenueDialog::statusText() const
{
    return m_status->text();
}

void RecogniseRevenueDialog::preview()
{
    m_run->setEnabled(false);
    m_status->setText(tr("Looking for revenue due…"));
    const int generation = ++m_generation;
    runInBackground<Summary>(
        this, m_session.db(), recognition(m_session, through(), false),
        [this, generation](Summary summary) {
            if (generation != m_generation)
                return; // the date changed meanwhile: a newer preview is on its way
            showSummary(summary);
            m_run->setEnabled(summary.entries > 0 && m_session.can(Permission::Billing));
            emit previewShown(summary.entries);
        },
        [this](const QString &error) { fail(error); });
}

void RecogniseRevenueDialog::run()
{
    if (m_summary.entries == 0)
        return;
    m_run->setEnabled(false);
    m_through->setEnabled(false);
    m_status->setText(tr("Recognising revenue…"));
    runInBackground<Summary>(
        this, m_session.db(), recognition(m_session, through(), true),
        [this](Summary summary) {
            m_through->setEnabled(true);
            m_session.changes().announce(BookArea::Ledger | BookArea::Invoices);
            // Counts as "label: n", which reads right for any n.
            m_runText = tr("Journal entries posted: %1; schedule rows recognised: %2; usage "
                           "records accrued: %3.")
                            .arg(summary.entries)
                            .arg(summary.rows)
                            .arg(summary.usageRecords);
            emit runFinished(summary.entries);
            preview(); // what is left due: nothing, unless another run raced it
        },
        [this](const QString &error) {
            m_through->setEnabled(true);
            fail(error);
        });
}

void RecogniseRevenueDialog::showSummary(const Summary &s)
{
    m_summary = s;
    std::set<QString> currencies;
    for (const auto &[code, minor] : s.recognisedMinor)
        currencies.insert(code);
    for (const auto &[code, minor] : s.accruedMinor)
        currencies.insert(code);
    m_amounts->setRowCount(int(currencies.size()));
    int row = 0;
    for (const QString &code : currencies) {
        const Currency currency = Currency::require(code);
        auto amount = [&currency, &code](const std::map<QString, qint64> &by) {
            const auto it = by.find(code);
            auto *item = new QTableWidgetItem(
                Display::money(Money(it == by.end() ? 0 : it->second, currency)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_amounts->setItem(row, 0, new QTableWidgetItem(code));
        m_amounts->setItem(row, 1, amount(s.recognisedMinor));
        m_amounts->setItem(row, 2, amount(s.accruedMinor));
        ++row;
    }
    const QString day = LocalDates::shortDate(s.through);
    QString text = s.entries == 0
        ? tr("Nothing to recognise through %1: every schedule row due by then is posted.").arg(day)
        : tr("Due through %1: journal entries to post: %2; schedule rows: %3; usage records: %4.")
              .arg(day)
              .arg(s.entries)
              .arg(s.rows)
              .arg(s.usageRecords);
    if (!m_runText.isEmpty())
        text = m_runText + u'\n' + text;
    m_status->setText(text);
}

void RecogniseRevenueDialog::fail(const QString &message)
{
    m_status->setText(message);
    emit failed(message);
}

} // namespace Accrue
