#include "pages/billingprofilespanel.h"

#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/billingprofiledialog.h"
#include "models/methodnames.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

BillingProfilesPanel::BillingProfilesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
{
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({ tr("Default"), tr("Name"), tr("Address"), tr("City"),
                                         tr("Region / state"), tr("Country"), tr("Contact"),
                                         tr("Payment method") });
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = bar->addAction(tr("Add Profile…"), this, &BillingProfilesPanel::addProfile);
    m_edit = bar->addAction(tr("Edit Profile…"), this, &BillingProfilesPanel::editProfile);
    m_default = bar->addAction(tr("Make Default"), this, &BillingProfilesPanel::makeDefault);
    m_remove = bar->addAction(tr("Remove Profile"), this, &BillingProfilesPanel::removeProfile);
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_default->setObjectName(QStringLiteral("makeDefaultProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &BillingProfilesPanel::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BillingProfilesPanel::editProfile);
    updateActions();
}

void BillingProfilesPanel::setCustomer(qint64 customerId, bool archived)
{
    m_customerId = customerId;
    m_archived = archived;
    reload();
}

void BillingProfilesPanel::reload()
{
    m_profiles.clear();
    m_methods.clear();
    if (m_customerId != 0) {
        CustomerService customers(m_session);
        m_profiles = customers.profiles(m_customerId);
        m_methods = customers.paymentMethods(m_customerId);
    }
    auto methodText = [this](qint64 id) {
        for (const PaymentMethod &m : m_methods)
            if (m.id == id)
                return QStringLiteral("%1 %2").arg(paymentMethodName(m.kind), m.label).trimmed();
        return QString();
    };
    m_table->setRowCount(int(m_profiles.size()));
    for (int row = 0; row < int(m_profiles.size()); ++row) {
        const BillingProfile &p = m_profiles[std::size_t(row)];
        const QString place = p.stateProvince.isEmpty() ? p.region
            : p.region.isEmpty()                        ? p.stateProvince
                                 : QStringLiteral("%1 / %2").arg(p.region, p.stateProvince);
        const QString cells[]
            = { p.isDefault ? tr("Default") : QString(),
                p.name,
                p.addressLine1,
                QStringLiteral("%1 %2").arg(p.postalCode, p.city).trimmed(),
                place,
                p.country,
                QStringLiteral("%1 %2").arg(p.contactName, p.contactEmail).trimmed(),
                methodText(p.paymentMethodId) };
        for (int column = 0; column < int(std::size(cells)); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    updateActions();
}

void BillingProfilesPanel::selectProfile(int row)
{
    m_table->selectRow(row);
}

const BillingProfile *BillingProfilesPanel::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_profiles.size()) || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_profiles[std::size_t(row)];
}

bool BillingProfilesPanel::mayEdit() const
{
    return m_session.can(m_session.isCustomerUser() ? Permission::ManageOwnAccount
                                                    : Permission::Billing);
}

void BillingProfilesPanel::updateActions()
{
    // Billing users edit any profile in their subtree; a customer's Admin and
    // Finance users their own (My Account), where its Viewers see the same
    // buttons disabled.
    const bool may = mayEdit();
    const BillingProfile *p = current();
    for (QAction *a : { m_add, m_edit, m_default, m_remove })
        a->setVisible(may || m_session.isCustomerUser());
    m_add->setEnabled(may && m_customerId != 0 && !m_archived);
    m_edit->setEnabled(may && p != nullptr);
    m_default->setEnabled(may && p != nullptr && !p->isDefault);
    m_remove->setEnabled(may && p != nullptr && !p->isDefault);
}

void BillingProfilesPanel::addProfile()
{
    if (m_customerId == 0)
        return;
    BillingProfileDialog dialog(m_session, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit statusMessage(tr("Added billing profile %1").arg(dialog.profile().name));
}

void BillingProfilesPanel::editProfile()
{
    const BillingProfile *p = current();
    if (!p || !mayEdit())
        return;
    BillingProfileDialog dialog(m_session, *p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit statusMessage(tr("Saved billing profile %1").arg(dialog.profile().name));
}

void BillingProfilesPanel::makeDefault()
{
    const BillingProfile *p = current();
    if (!p)
        return;
    BillingProfile profile = *p;
    try {
        CustomerService(m_session).updateProfile(profile, true);
    } catch (const Error &e) {
        showError(this, tr("Make Default"), e.userMessage());
        return;
    }
    reload();
    emit statusMessage(tr("%1 is now the default billing profile").arg(profile.name));
}

void BillingProfilesPanel::removeProfile()
{
    const BillingProfile *p = current();
    if (!p)
        return;
    const QString name = p->name;
    if (QMessageBox::question(this, tr("Remove Billing Profile"),
                              tr("Remove the billing profile %1?").arg(name))
        != QMessageBox::Yes)
        return;
    try {
        CustomerService(m_session).removeProfile(m_customerId, p->id);
    } catch (const Error &e) {
        showError(this, tr("Remove Billing Profile"), e.userMessage());
        return;
    }
    reload();
    emit statusMessage(tr("Removed billing profile %1").arg(name));
}

} // namespace Accrue
