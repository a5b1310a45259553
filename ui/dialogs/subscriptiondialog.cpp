#include "dialogs/subscriptiondialog.h"

#include "billing/catalogservice.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "billing/subscriptionservice.h"
#include "common/error.h"
#include "domain/planpricing.h"
#include "models/moneyformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Accrue {

SubscriptionDialog::SubscriptionDialog(Session &session, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(Mode::New)
{
    m_subscription.customerId = customerId;
    m_subscription.startDate = session.today();
    setWindowTitle(tr("New Subscription"));
    build();
}

SubscriptionDialog::SubscriptionDialog(Session &session, Mode mode,
                                       const Subscription &subscription, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_subscription(subscription)
{
    const QString titles[]
        = { tr("New Subscription"), tr("Change Subscription %1"), tr("Pause Subscription %1"),
            tr("Resume Subscription %1"), tr("Cancel Subscription %1") };
    setWindowTitle(titles[int(mode)].arg(subscription.name));
    build();
}

void SubscriptionDialog::build()
{
    auto *form = new QFormLayout;
    const bool isNew = m_mode == Mode::New;
    if (isNew || m_mode == Mode::Change) {
        // Plans in the customer's currency, on sale; the price of each shown.
        const std::optional<Customer> customer
            = CustomerService(m_session).find(m_subscription.customerId);
        m_plan = new QComboBox(this);
        m_plan->setObjectName(QStringLiteral("plan"));
        for (const Plan &p : CatalogService(m_session).plans()) {
            if (customer && p.currency != customer->currency)
                continue;
            const QString price = p.tiers.empty() ? Display::moneyWithCode(p.price)
                                                  : PlanPricing::displayName(p.pricing);
            m_plan->addItem(
                QStringLiteral("%1 — %2 (%3, %4)")
                    .arg(p.code, p.name, PlanPricing::periodKey(p.billingPeriodMonths), price),
                p.id);
        }
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(m_subscription.planId)));
        m_licenses = new QSpinBox(this);
        m_licenses->setRange(1, 1000000);
        m_licenses->setValue(m_subscription.licenses);
        form->addRow(tr("&Plan:"), m_plan);
        form->addRow(tr("&Licenses:"), m_licenses);
    }
    if (isNew) {
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(tr("The plan's name"));
        m_profile = new QComboBox(this);
        for (const BillingProfile &p :
             CustomerService(m_session).profiles(m_subscription.customerId))
            m_profile->addItem(p.isDefault ? tr("%1 (default)").arg(p.name) : p.name, p.id);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Billing profile:"), m_profile);
    }
    m_date = new QDateEdit(isNew ? m_subscription.startDate : m_session.today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QString dateLabels[] = { tr("&Starts on:"), tr("&From:"), tr("&Paused from:"),
                                   tr("&Resumes on:"), tr("&Cancelled from:") };
    form->addRow(dateLabels[int(m_mode)], m_date);
    if (m_mode == Mode::Cancel) {
        m_atPeriodEnd = new QCheckBox(tr("At the &end of the period holding that date"), this);
        form->addRow(QString(), m_atPeriodEnd);
    }
    if (m_mode == Mode::Change || m_mode == Mode::Cancel) {
        auto *note = new QLabel(tr("The next billing run credits the unused days already billed "
                                   "and charges the new terms for them."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubscriptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubscriptionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SubscriptionDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SubscriptionDialog::apply()
{
    SubscriptionService service(m_session);
    const QDate date = m_date->date();
    switch (m_mode) {
    case Mode::New:
        m_subscription.planId = m_plan->currentData().toLongLong();
        m_subscription.licenses = m_licenses->value();
        m_subscription.startDate = date;
        m_subscription.name = m_name->text().trimmed();
        m_subscription.billingProfileId = m_profile->currentData().toLongLong();
        service.add(m_subscription);
        return;
    case Mode::Change:
        service.change(m_subscription.id, m_plan->currentData().toLongLong(), m_licenses->value(),
                       date);
        break;
    case Mode::Pause:
        service.pause(m_subscription.id, date);
        break;
    case Mode::Resume:
        service.resume(m_subscription.id, date);
        break;
    case Mode::Cancel:
        service.cancel(m_subscription.id, date, m_atPeriodEnd->isChecked());
        break;
    }
    m_subscription = service.load(m_subscription.id);
}

void SubscriptionDialog::accept()
{
    m_problem->hide();
    try {
        apply();
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
