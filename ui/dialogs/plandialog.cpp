#include "dialogs/plandialog.h"

#include "billing/catalogservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "domain/planpricing.h"
#include "models/moneyformat.h"
#include "money/currency.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

PlanDialog::PlanDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(true)
{
    setWindowTitle(tr("New Plan"));
    build();
    if (combo(QStringLiteral("product"))->count() > 0) {
        const std::optional<Product> first = CatalogService(session).findProduct(
            combo(QStringLiteral("product"))->itemData(0).toLongLong());
        if (first) {
            m_plan.currency = first->currency;
            m_plan.price = first->unitPrice;
        }
    }
    display();
}

PlanDialog::PlanDialog(Session &session, const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_plan(plan)
    , m_isNew(false)
{
    setWindowTitle(tr("Plan %1").arg(plan.code));
    build();
    display();
    field(QStringLiteral("code"))->setReadOnly(true);
}

void PlanDialog::build()
{
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &PlanDialog::updateExample);
        return e;
    };
    auto comboBox = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        return c;
    };
    QComboBox *product = comboBox("product");
    for (const Product &p : CatalogService(m_session).products())
        product->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id);
    QComboBox *period = comboBox("period");
    period->addItem(tr("Monthly"), 1);
    period->addItem(tr("Quarterly"), 3);
    period->addItem(tr("Annual"), 12);
    QComboBox *currency = comboBox("currency");
    currency->addItems(Currency::codes());
    QComboBox *pricing = comboBox("pricing");
    for (PricingModel model : { PricingModel::Flat, PricingModel::PerUnit, PricingModel::Graduated,
                                PricingModel::Volume })
        pricing->addItem(PlanPricing::displayName(model), PlanPricing::key(model));
    m_trialDays = new QSpinBox(this);
    m_trialDays->setRange(0, 366);
    m_trialDays->setSuffix(tr(" days"));

    m_tiers = new QTableWidget(0, 3, this);
    m_tiers->setHorizontalHeaderLabels(
        { tr("Up to (empty: and more)"), tr("Unit price"), tr("Flat fee") });
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->hide();
    m_tiers->setMinimumHeight(m_tiers->fontMetrics().height() * 8);
    auto *addTier = new QPushButton(tr("Add &Tier"), this);
    auto *removeTier = new QPushButton(tr("Remove Tier"), this);
    connect(addTier, &QPushButton::clicked, this, [this] { this->addTier({}, {}); });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->currentRow() >= 0)
            m_tiers->removeRow(m_tiers->currentRow());
        updateExample();
    });
    connect(m_tiers, &QTableWidget::cellChanged, this, &PlanDialog::updateExample);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    tierButtons->addStretch();

    m_exampleQuantity = new QSpinBox(this);
    m_exampleQuantity->setRange(0, 1000000);
    m_exampleQuantity->setValue(10);
    m_exampleQuantity->setPrefix(tr("Example: "));
    m_exampleQuantity->setSuffix(tr(" units"));
    m_example = new QLabel(this);
    auto *example = new QHBoxLayout;
    example->addWidget(m_exampleQuantity);
    example->addWidget(m_example, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), edit("code"));
    form->addRow(tr("&Name:"), edit("name"));
    form->addRow(tr("P&roduct:"), product);
    form->addRow(tr("&Billed:"), period);
    form->addRow(tr("C&urrency:"), currency);
    form->addRow(tr("Pr&icing:"), pricing);
    form->addRow(tr("&Price per period:"), edit("price"));
    form->addRow(tr("T&rial:"), m_trialDays);
    form->addRow(tr("Tiers:"), m_tiers);
    form->addRow(QString(), tierButtons);
    form->addRow(QString(), example);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QComboBox *c : { product, period, currency, pricing })
        connect(c, &QComboBox::currentIndexChanged, this, &PlanDialog::updateModel);
    connect(m_exampleQuantity, &QSpinBox::valueChanged, this, &PlanDialog::updateExample);
}

QLineEdit *PlanDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QComboBox *PlanDialog::combo(const QString &name) const
{
    return findChild<QComboBox *>(name);
}

QString PlanDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString PlanDialog::example() const
{
    return m_example->text();
}

void PlanDialog::addTier(const QString &upTo, const QString &unitPrice, const QString &flat)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, 0, new QTableWidgetItem(upTo));
    m_tiers->setItem(row, 1, new QTableWidgetItem(unitPrice));
    m_tiers->setItem(row, 2, new QTableWidgetItem(flat));
    updateExample();
}

void PlanDialog::display()
{
    const Plan &p = m_plan;
    const QLocale locale;
    field(QStringLiteral("code"))->setText(p.code);
    field(QStringLiteral("name"))->setText(p.name);
    auto select = [this](const char *name, const QVariant &data) {
        QComboBox *c = combo(QString::fromLatin1(name));
        c->setCurrentIndex(std::max(0, c->findData(data)));
    };
    select("product", p.productId);
    select("period", p.billingPeriodMonths);
    select("pricing", PlanPricing::key(p.pricing));
    combo(QStringLiteral("currency"))
        ->setCurrentText(p.currency.isValid() ? p.currency.code() : QStringLiteral("EUR"));
    field(QStringLiteral("price"))
        ->setText(p.price.currency().isValid() ? p.price.formatNumber(locale) : QString());
    m_trialDays->setValue(p.trialDays);
    for (const PriceTier &t : p.tiers)
        addTier(t.upTo ? locale.toString(*t.upTo) : QString(), t.unitPrice.formatNumber(locale),
                t.flat.isZero() ? QString() : t.flat.formatNumber(locale));
    updateModel();
}

Plan PlanDialog::read() const
{
    Plan p = m_plan;
    const QLocale locale;
    p.code = field(QStringLiteral("code"))->text().trimmed();
    p.name = field(QStringLiteral("name"))->text().trimmed();
    p.productId = combo(QStringLiteral("product"))->currentData().toLongLong();
    p.billingPeriodMonths = combo(QStringLiteral("period"))->currentData().toInt();
    p.currency = Currency::require(combo(QStringLiteral("currency"))->currentText());
    p.pricing = PlanPricing::requireKey(combo(QStringLiteral("pricing"))->currentData().toString());
    p.trialDays = m_trialDays->value();
    const QString price = field(QStringLiteral("price"))->text().trimmed();
    try {
        p.price
            = price.isEmpty() ? Money::zero(p.currency) : Money::parse(price, p.currency, locale);
    } catch (const Error &e) {
        throw Error(tr("Price: %1").arg(e.userMessage()));
    }
    p.tiers.clear();
    const bool tiered = p.pricing == PricingModel::Graduated || p.pricing == PricingModel::Volume;
    for (int row = 0; tiered && row < m_tiers->rowCount(); ++row) {
        auto cell = [this, row](int column) {
            const QTableWidgetItem *item = m_tiers->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        PriceTier tier;
        try {
            if (!cell(0).isEmpty()) {
                bool ok = false;
                tier.upTo = locale.toInt(cell(0), &ok);
                if (!ok)
                    throw Error(tr("“%1” is not a whole number of units").arg(cell(0)));
            }
            tier.unitPrice = Money::parse(cell(1).isEmpty() ? QStringLiteral("0") : cell(1),
                                          p.currency, locale);
            tier.flat = Money::parse(cell(2).isEmpty() ? QStringLiteral("0") : cell(2), p.currency,
                                     locale);
        } catch (const Error &e) {
            throw Error(tr("Tier %1: %2").arg(row + 1).arg(e.userMessage()));
        }
        p.tiers.push_back(tier);
    }
    return p;
}

// Tiers only where the model has them; the price only where it is used.
void PlanDialog::updateModel()
{
    const QString key = combo(QStringLiteral("pricing"))->currentData().toString();
    const bool tiered = key == QLatin1String("graduated") || key == QLatin1String("volume");
    m_tiers->setEnabled(tiered);
    field(QStringLiteral("price"))->setEnabled(!tiered);
    updateExample();
}

void PlanDialog::updateExample()
{
    if (!m_example)
        return;
    try {
        const Plan p = read();
        PlanPricing::check(p);
        const int quantity = m_exampleQuantity->value();
        m_example->setText(
            tr("= %1 per period")
                .arg(Display::moneyWithCode(PlanPricing::periodCharge(p, quantity))));
    } catch (const Error &e) {
        m_example->setText(e.userMessage());
    }
}

void PlanDialog::accept()
{
    m_problem->hide();
    try {
        m_plan = read();
        CatalogService catalog(m_session);
        if (m_isNew)
            catalog.createPlan(m_plan);
        else
            catalog.updatePlan(m_plan);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
