#include "dialogs/productdialog.h"

#include "billing/catalogservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "money/currency.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Accrue {

namespace {

QString categoryName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("standard"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Standard") },
        { QStringLiteral("reduced"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Reduced") },
        { QStringLiteral("zero"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Zero-rated") },
        { QStringLiteral("exempt"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Exempt") },
        { QStringLiteral("reverse_charge"),
          QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Reverse charge") },
        { QStringLiteral("point_in_time"),
          QT_TRANSLATE_NOOP("Accrue::ProductDialog", "At a point in time") },
        { QStringLiteral("ratably"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "Ratably") },
        { QStringLiteral("as_delivered"),
          QT_TRANSLATE_NOOP("Accrue::ProductDialog", "As delivered") },
        { QStringLiteral("milestone"), QT_TRANSLATE_NOOP("Accrue::ProductDialog", "By milestone") },
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("Accrue::ProductDialog", name) : key;
}

} // namespace

ProductDialog::ProductDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(true)
{
    setWindowTitle(tr("New Product"));
    const QString home = SettingsService(session).company().currency;
    m_product.currency = Currency::fromCode(home).value_or(Currency::require(u"EUR"));
    m_product.unitPrice = Money::zero(m_product.currency);
    build();
    display();
}

ProductDialog::ProductDialog(Session &session, const Product &product, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_product(product)
    , m_isNew(false)
{
    setWindowTitle(tr("Product %1").arg(product.code));
    build();
    display();
    field(QStringLiteral("code"))->setReadOnly(true);
}

void ProductDialog::build()
{
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    auto combo = [this](const char *name, const QStringList &keys) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        for (const QString &key : keys)
            c->addItem(categoryName(key), key);
        return c;
    };
    auto *currency = new QComboBox(this);
    currency->setObjectName(QStringLiteral("currency"));
    currency->addItems(Currency::codes());
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), edit("code"));
    form->addRow(tr("&Name:"), edit("name"));
    form->addRow(tr("Unit &price:"), edit("price"));
    form->addRow(tr("C&urrency:"), currency);
    form->addRow(tr("U&nit:"), edit("unit"));
    form->addRow(tr("&Tax category:"), combo("taxCategory", CatalogService::taxCategories()));
    form->addRow(tr("&Revenue recognition:"),
                 combo("recognition", CatalogService::recognitionMethods()));
    form->addRow(tr("Revenue &account:"), edit("revenueAccount"));
    field(QStringLiteral("revenueAccount"))->setPlaceholderText(tr("The book's revenue account"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QLineEdit *ProductDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QComboBox *ProductDialog::combo(const QString &name) const
{
    return findChild<QComboBox *>(name);
}

QString ProductDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ProductDialog::display()
{
    const Product &p = m_product;
    field(QStringLiteral("code"))->setText(p.code);
    field(QStringLiteral("name"))->setText(p.name);
    field(QStringLiteral("price"))->setText(p.unitPrice.formatNumber(QLocale()));
    field(QStringLiteral("unit"))->setText(p.unit);
    combo(QStringLiteral("currency"))->setCurrentText(p.currency.code());
    combo(QStringLiteral("taxCategory"))
        ->setCurrentIndex(
            std::max(0, combo(QStringLiteral("taxCategory"))->findData(p.taxCategory)));
    combo(QStringLiteral("recognition"))
        ->setCurrentIndex(
            std::max(0, combo(QStringLiteral("recognition"))->findData(p.recognitionMethod)));
    if (p.revenueAccountId != 0)
        field(QStringLiteral("revenueAccount"))
            ->setText(CatalogService(m_session).accountCode(p.revenueAccountId));
}

// Throws Error naming the field for what cannot be read.
void ProductDialog::read()
{
    Product &p = m_product;
    p.code = field(QStringLiteral("code"))->text().trimmed();
    p.name = field(QStringLiteral("name"))->text().trimmed();
    p.currency = Currency::require(combo(QStringLiteral("currency"))->currentText());
    try {
        p.unitPrice = Money::parse(field(QStringLiteral("price"))->text(), p.currency, QLocale());
    } catch (const Error &e) {
        throw Error(tr("Unit price: %1").arg(e.userMessage()));
    }
    p.unit = field(QStringLiteral("unit"))->text().trimmed();
    p.taxCategory = combo(QStringLiteral("taxCategory"))->currentData().toString();
    p.recognitionMethod = combo(QStringLiteral("recognition"))->currentData().toString();
    p.revenueAccountId = CatalogService(m_session).revenueAccountId(
        field(QStringLiteral("revenueAccount"))->text().trimmed());
}

void ProductDialog::accept()
{
    m_problem->hide();
    try {
        read();
        CatalogService catalog(m_session);
        if (m_isNew)
            catalog.createProduct(m_product);
        else
            catalog.updateProduct(m_product);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
