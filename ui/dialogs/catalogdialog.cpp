#include "dialogs/catalogdialog.h"

#include "billing/catalogservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "dialogs/importdialog.h"
#include "dialogs/plandialog.h"
#include "dialogs/productdialog.h"
#include "domain/planpricing.h"
#include "models/moneyformat.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    setUpListTable(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

CatalogDialog::CatalogDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_products(makeTable(this,
                           { tr("Code"), tr("Name"), tr("Unit price"), tr("Unit"),
                             tr("Tax category"), tr("Recognition"), tr("Archived") }))
    , m_plans(makeTable(this,
                        { tr("Code"), tr("Name"), tr("Product"), tr("Billed"), tr("Pricing"),
                          tr("Price"), tr("Trial"), tr("Archived") }))
    , m_archived(new QCheckBox(tr("Show &archived"), this))
{
    setWindowTitle(tr("Products and Plans"));
    resize(900, 520);
    m_tabs->addTab(m_products, tr("&Products"));
    m_tabs->addTab(m_plans, tr("P&lans"));
    const bool may = session.can(Permission::Billing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto button = [&](const QString &text, const char *name, auto slot) {
        auto *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QString::fromLatin1(name));
        b->setVisible(may);
        connect(b, &QPushButton::clicked, this, slot);
    };
    button(tr("&New…"), "new", &CatalogDialog::newItem);
    button(tr("&Edit…"), "edit", &CatalogDialog::editItem);
    button(tr("A&rchive"), "archive", [this] { setArchived(true); });
    button(tr("Re&store"), "restore", [this] { setArchived(false); });
    button(tr("&Import CSV…"), "import", [this] { importCsv(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_archived, &QCheckBox::toggled, this, &CatalogDialog::reload);
    connect(m_products, &QTableWidget::cellDoubleClicked, this, &CatalogDialog::editItem);
    connect(m_plans, &QTableWidget::cellDoubleClicked, this, &CatalogDialog::editItem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_archived);
    layout->addWidget(buttons);
    reload();
}

void CatalogDialog::reload()
{
    CatalogService catalog(m_session);
    const bool archived = m_archived->isChecked();
    const QLocale locale;
    m_productRows = catalog.products(archived);
    m_planRows = catalog.plans(archived);
    m_products->setRowCount(int(m_productRows.size()));
    QHash<qint64, QString> productCodes;
    for (int row = 0; row < int(m_productRows.size()); ++row) {
        const Product &p = m_productRows[std::size_t(row)];
        productCodes.insert(p.id, p.code);
        fillRow(
            m_products, row,
            { p.code, p.name, Display::moneyWithCode(p.unitPrice), p.unit, p.taxCategory,
              p.recognitionMethod,
              p.archivedAt.isValid() ? LocalDates::shortDate(p.archivedAt, locale) : QString() });
    }
    m_plans->setRowCount(int(m_planRows.size()));
    for (int row = 0; row < int(m_planRows.size()); ++row) {
        const Plan &p = m_planRows[std::size_t(row)];
        const bool tiered = !p.tiers.empty();
        fillRow(
            m_plans, row,
            { p.code, p.name, productCodes.value(p.productId),
              PlanPricing::periodKey(p.billingPeriodMonths), PlanPricing::displayName(p.pricing),
              tiered ? PlanPricing::tiersText(p.tiers) : Display::moneyWithCode(p.price),
              p.trialDays ? tr("%n day(s)", nullptr, p.trialDays) : QString(),
              p.archivedAt.isValid() ? LocalDates::shortDate(p.archivedAt, locale) : QString() });
    }
}

bool CatalogDialog::onPlans() const
{
    return m_tabs->currentWidget() == m_plans;
}

bool CatalogDialog::run(const QString &title, const std::function<void()> &change)
{
    try {
        change();
    } catch (const Error &e) {
        showError(this, title, e.userMessage());
        return false;
    }
    reload();
    return true;
}

void CatalogDialog::newItem()
{
    if (onPlans()) {
        PlanDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } else {
        ProductDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    }
}

void CatalogDialog::editItem()
{
    if (!m_session.can(Permission::Billing))
        return;
    const int row = (onPlans() ? m_plans : m_products)->currentRow();
    if (row < 0)
        return;
    if (onPlans() && row < int(m_planRows.size())) {
        PlanDialog dialog(m_session, m_planRows[std::size_t(row)], this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } else if (!onPlans() && row < int(m_productRows.size())) {
        ProductDialog dialog(m_session, m_productRows[std::size_t(row)], this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    }
}

void CatalogDialog::setArchived(bool archived)
{
    const int row = (onPlans() ? m_plans : m_products)->currentRow();
    if (row < 0)
        return;
    const QString title = archived ? tr("Archive") : tr("Restore");
    run(title, [&] {
        CatalogService catalog(m_session);
        if (onPlans()) {
            const qint64 id = m_planRows.at(std::size_t(row)).id;
            archived ? catalog.archivePlan(id) : catalog.restorePlan(id);
        } else {
            const qint64 id = m_productRows.at(std::size_t(row)).id;
            archived ? catalog.archiveProduct(id) : catalog.restoreProduct(id);
        }
    });
}

ImportDialog *CatalogDialog::importCsv()
{
    ImportDialog *dialog = ImportDialog::showFor(
        m_session, onPlans() ? ImportDialog::Kind::Plans : ImportDialog::Kind::Products, this);
    connect(dialog, &ImportDialog::imported, this, &CatalogDialog::reload);
    return dialog;
}

} // namespace Accrue
