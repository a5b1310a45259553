#include "pages/subscriptionspanel.h"

#include "billing/catalogservice.h"
#include "billing/session.h"
#include "billing/subscriptionservice.h"
#include "common/localdates.h"
#include "dialogs/subscriptiondialog.h"
#include "widgets/listtable.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? LocalDates::shortDate(date) : QString();
}

// Subscription statuses and change kinds in words.
QString words(const QString &key)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("trial"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Trial") },
        { QStringLiteral("active"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Active") },
        { QStringLiteral("paused"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Paused") },
        { QStringLiteral("cancelled"),
          QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Cancelled") },
        { QStringLiteral("created"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Started") },
        { QStringLiteral("plan"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Plan") },
        { QStringLiteral("quantity"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Licenses") },
        { QStringLiteral("pause"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Paused") },
        { QStringLiteral("resume"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Resumed") },
        { QStringLiteral("cancel"), QT_TRANSLATE_NOOP("Accrue::SubscriptionsPanel", "Cancelled") },
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("Accrue::SubscriptionsPanel", name) : key;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    setUpListTable(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

} // namespace

SubscriptionsPanel::SubscriptionsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(makeTable(this,
                        { tr("Name"), tr("Plan"), tr("Licenses"), tr("Status"), tr("Started"),
                          tr("Next period"), tr("Billed through"), tr("Ends") }))
    , m_changes(makeTable(
          this, { tr("Change"), tr("From"), tr("Plan"), tr("Licenses"), tr("Billed"), tr("By") }))
{
    using Mode = SubscriptionDialog::Mode;
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [&](const QString &text, const char *name, Mode mode) {
        QAction *a = bar->addAction(text, this, [this, mode] { step(int(mode)); });
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_new = action(tr("New Subscription…"), "newSubscription", Mode::New);
    m_change = action(tr("Change…"), "changeSubscription", Mode::Change);
    m_pause = action(tr("Pause…"), "pauseSubscription", Mode::Pause);
    m_resume = action(tr("Resume…"), "resumeSubscription", Mode::Resume);
    m_cancel = action(tr("Cancel…"), "cancelSubscription", Mode::Cancel);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_changes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showChanges();
        updateActions();
    });
    updateActions();
}

void SubscriptionsPanel::setCustomer(qint64 customerId, bool archived)
{
    m_customerId = customerId;
    m_archived = archived;
    reload();
}

void SubscriptionsPanel::reload()
{
    m_rows.clear();
    if (m_customerId != 0)
        m_rows = SubscriptionService(m_session).list(m_customerId);
    QHash<qint64, QString> planCodes;
    for (const Plan &p : CatalogService(m_session).plans(true))
        planCodes.insert(p.id, p.code);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Subscription &s = m_rows[std::size_t(row)];
        const QString cells[]
            = { s.name,
                planCodes.value(s.planId),
                QLocale().toString(s.licenses),
                words(s.status),
                shortDate(s.startDate),
                s.status == SubscriptionStatus::Cancelled ? QString() : shortDate(s.renewalDate),
                shortDate(s.billedThrough),
                shortDate(s.endDate) };
        for (int column = 0; column < int(std::size(cells)); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    showChanges();
    updateActions();
}

void SubscriptionsPanel::showChanges()
{
    const Subscription *s = current();
    const std::vector<SubscriptionChange> changes
        = s ? SubscriptionService(m_session).changes(s->id) : std::vector<SubscriptionChange>();
    QHash<qint64, QString> planCodes;
    for (const Plan &p : CatalogService(m_session).plans(true))
        planCodes.insert(p.id, p.code);
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < int(changes.size()); ++row) {
        const SubscriptionChange &c = changes[std::size_t(row)];
        const QString plan = c.oldPlanId && c.newPlanId && c.oldPlanId != c.newPlanId
            ? tr("%1 → %2").arg(planCodes.value(c.oldPlanId), planCodes.value(c.newPlanId))
            : planCodes.value(c.newPlanId ? c.newPlanId : c.oldPlanId);
        const QString licenses = c.oldLicenses && c.newLicenses && c.oldLicenses != c.newLicenses
            ? tr("%1 → %2").arg(c.oldLicenses).arg(c.newLicenses)
            : QString::number(c.newLicenses ? c.newLicenses : c.oldLicenses);
        const QString cells[] = { words(c.kind), shortDate(c.effectiveDate),       plan,
                                  licenses,      c.billed ? tr("yes") : QString(), c.userName };
        for (int column = 0; column < int(std::size(cells)); ++column)
            m_changes->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void SubscriptionsPanel::selectSubscription(int row)
{
    m_table->selectRow(row);
}

const Subscription *SubscriptionsPanel::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_rows.size()) || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_rows[std::size_t(row)];
}

void SubscriptionsPanel::updateActions()
{
    const bool may = m_session.can(Permission::Billing);
    const Subscription *s = current();
    const bool live = s && s->status != SubscriptionStatus::Cancelled;
    for (QAction *a : { m_new, m_change, m_pause, m_resume, m_cancel })
        a->setVisible(may);
    m_new->setEnabled(m_customerId != 0 && !m_archived);
    m_change->setEnabled(live && s->status != SubscriptionStatus::Paused);
    m_pause->setEnabled(live && s->status != SubscriptionStatus::Paused);
    m_resume->setEnabled(s && s->status == SubscriptionStatus::Paused);
    m_cancel->setEnabled(live);
}

void SubscriptionsPanel::step(int mode)
{
    using Mode = SubscriptionDialog::Mode;
    const Subscription *s = current();
    if (Mode(mode) != Mode::New && !s)
        return;
    std::unique_ptr<SubscriptionDialog> dialog = Mode(mode) == Mode::New
        ? std::make_unique<SubscriptionDialog>(m_session, m_customerId, this)
        : std::make_unique<SubscriptionDialog>(m_session, Mode(mode), *s, this);
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString name = dialog->subscription().name;
    reload();
    emit statusMessage(tr("Subscription %1: %2").arg(name, words(dialog->subscription().status)));
}

} // namespace Accrue
