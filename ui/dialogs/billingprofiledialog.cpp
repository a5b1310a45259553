#include "dialogs/billingprofiledialog.h"

#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "models/methodnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Accrue {

namespace {

struct Field
{
    const char *name;
    QString BillingProfile::*member;
};

const Field fields[] = {
    { "name", &BillingProfile::name },
    { "address", &BillingProfile::addressLine1 },
    { "address2", &BillingProfile::addressLine2 },
    { "postalCode", &BillingProfile::postalCode },
    { "city", &BillingProfile::city },
    { "region", &BillingProfile::region },
    { "stateProvince", &BillingProfile::stateProvince },
    { "country", &BillingProfile::country },
    { "contactName", &BillingProfile::contactName },
    { "contactEmail", &BillingProfile::contactEmail },
    { "contactPhone", &BillingProfile::contactPhone },
};

} // namespace

BillingProfileDialog::BillingProfileDialog(Session &session, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(true)
{
    m_profile.customerId = customerId;
    setWindowTitle(tr("New Billing Profile"));
    build();
    display();
}

BillingProfileDialog::BillingProfileDialog(Session &session, const BillingProfile &profile,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profile(profile)
    , m_isNew(false)
{
    setWindowTitle(tr("Billing Profile %1").arg(profile.name));
    build();
    display();
}

void BillingProfileDialog::build()
{
    const QString labels[] = {
        tr("&Name:"),    tr("&Address:"),        tr("Address &line 2:"), tr("&Postal code:"),
        tr("&City:"),    tr("&Region:"),         tr("&State/province:"), tr("C&ountry (ISO):"),
        tr("Con&tact:"), tr("Contact &e-mail:"), tr("Contact p&hone:"),
    };
    auto *form = new QFormLayout;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(fields[i].name));
        form->addRow(labels[i], edit);
    }
    field(QStringLiteral("country"))->setMaxLength(2);
    field(QStringLiteral("stateProvince"))
        ->setToolTip(tr("With the country, it chooses the tax rates of this profile's invoices"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_method->addItem(tr("None"), qint64(0));
    for (const PaymentMethod &m : CustomerService(m_session).paymentMethods(m_profile.customerId)) {
        const QString detail = !m.last4.isEmpty() ? QStringLiteral("…%1").arg(m.last4) : m.account;
        m_method->addItem(
            QStringLiteral("%1 %2 %3").arg(paymentMethodName(m.kind), m.label, detail).simplified(),
            m.id);
    }
    form->addRow(tr("Default &payment method:"), m_method);
    auto *endpoint = new QLineEdit(this);
    endpoint->setObjectName(QStringLiteral("endpoint"));
    endpoint->setPlaceholderText(QStringLiteral("0088:4012345000009"));
    endpoint->setToolTip(tr("Where e-invoices to this profile go (PEPPOL): an EAS scheme and an "
                            "identifier, as SCHEME:ID"));
    form->addRow(tr("Electronic address (&e-invoices):"), endpoint);
    m_default = new QCheckBox(tr("The customer's &default billing profile"), this);
    form->addRow(QString(), m_default);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BillingProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BillingProfileDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void BillingProfileDialog::display()
{
    for (const Field &f : fields)
        field(QString::fromLatin1(f.name))->setText(m_profile.*(f.member));
    m_method->setCurrentIndex(std::max(0, m_method->findData(m_profile.paymentMethodId)));
    field(QStringLiteral("endpoint"))->setText(m_profile.electronicAddress().text());
    m_default->setChecked(m_profile.isDefault);
    // The default moves by choosing another; it cannot be switched off.
    m_default->setEnabled(!m_profile.isDefault);
}

QLineEdit *BillingProfileDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QString BillingProfileDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BillingProfileDialog::read()
{
    for (const Field &f : fields)
        m_profile.*(f.member) = field(QString::fromLatin1(f.name))->text().trimmed();
    m_profile.country = m_profile.country.toUpper();
    m_profile.paymentMethodId = m_method->currentData().toLongLong();
    // Kept as typed when it is not an address: the service refuses it with
    // the reason, shown under the form.
    const QString endpoint = field(QStringLiteral("endpoint"))->text().trimmed();
    const qsizetype colon = endpoint.indexOf(u':');
    m_profile.endpointScheme = colon < 0 ? QString() : endpoint.left(colon).trimmed().toUpper();
    m_profile.endpointId = colon < 0 ? endpoint : endpoint.mid(colon + 1).trimmed();
}

void BillingProfileDialog::accept()
{
    m_problem->hide();
    read();
    try {
        CustomerService customers(m_session);
        if (m_isNew)
            customers.addProfile(m_profile.customerId, m_profile, m_default->isChecked());
        else
            customers.updateProfile(m_profile, m_default->isChecked());
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
