#include "dialogs/customerdialog.h"

#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "money/currency.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Accrue {

CustomerDialog::CustomerDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(true)
{
    setWindowTitle(tr("New Customer"));
    m_customer.currency = Currency::fromCode(QLocale().currencySymbol(QLocale::CurrencyIsoCode))
                              .value_or(Currency::require(QStringLiteral("EUR")));
    build(true);
    display(m_customer);
}

CustomerDialog::CustomerDialog(Session &session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_isNew(false)
{
    setWindowTitle(tr("Customer %1").arg(customer.code));
    build(false);
    display(m_customer);
    m_code->setReadOnly(true);
}

void CustomerDialog::build(bool withProfile)
{
    auto lineEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_code = lineEdit("code");
    m_name = lineEdit("name");
    m_taxId = lineEdit("taxId");
    m_email = lineEdit("email");
    m_currency = new QComboBox(this);
    m_currency->addItems(Currency::codes());
    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setToolTip(tr("The language of this customer's invoices, credit notes, receipts "
                              "and their dates and amounts"));
    // Documents are worded in these; other locales get English words in
    // their own date and number formats.
    m_language->addItem(tr("The book's language"), QString());
    for (const char *code :
         { "de", "en", "en_US", "en_GB", "es", "fr", "fr_CH", "de_CH", "de_AT", "it", "nl" }) {
        const QLocale locale(QString::fromLatin1(code));
        QString name = locale.nativeLanguageName();
        if (QByteArray(code).contains('_'))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(QStringLiteral("%1 — %2").arg(name, QString::fromLatin1(code)),
                            QString::fromLatin1(code));
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tax ID:"), m_taxId);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Payment terms:"), m_terms);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    if (withProfile) {
        // Where the invoices go: the default billing profile.
        auto *group = new QGroupBox(tr("Billing address"), this);
        auto *address = new QFormLayout(group);
        const std::pair<const char *, QString> fields[] = {
            { "address", tr("Address:") },
            { "postalCode", tr("Postal code:") },
            { "city", tr("City:") },
            { "region", tr("Region:") },
            { "stateProvince", tr("State/province:") },
            { "country", tr("Country:") },
            { "contactName", tr("Contact:") },
            { "contactEmail", tr("Contact e-mail:") },
        };
        for (const auto &[name, label] : fields)
            address->addRow(label, lineEdit(name));
        layout->addWidget(group);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(buttons);
}

void CustomerDialog::display(const Customer &c)
{
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_taxId->setText(c.taxId);
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(c.currency.code())));
    m_terms->setValue(c.paymentTermsDays);
    int language = m_language->findData(c.language);
    if (language < 0) { // a code set elsewhere (CLI, import): keep it
        m_language->addItem(c.language, c.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_email->setText(c.email);
    m_notes->setPlainText(c.notes);
}

QLineEdit *CustomerDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QString CustomerDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CustomerDialog::read()
{
    m_customer.code = m_code->text();
    m_customer.name = m_name->text();
    m_customer.taxId = m_taxId->text().trimmed();
    m_customer.currency = Currency::fromCode(m_currency->currentText()).value_or(Currency());
    m_customer.paymentTermsDays = m_terms->value();
    m_customer.language = m_language->currentData().toString();
    m_customer.email = m_email->text().trimmed();
    m_customer.notes = m_notes->toPlainText().trimmed();
    if (!m_isNew)
        return;
    auto text = [this](const char *name) {
        QLineEdit *edit = field(QString::fromLatin1(name));
        return edit ? edit->text().trimmed() : QString();
    };
    m_profile.addressLine1 = text("address");
    m_profile.postalCode = text("postalCode");
    m_profile.city = text("city");
    m_profile.region = text("region");
    m_profile.stateProvince = text("stateProvince");
    m_profile.country = text("country").toUpper();
    m_profile.contactName = text("contactName");
    m_profile.contactEmail
        = text("contactEmail").isEmpty() ? m_customer.email : text("contactEmail");
}

void CustomerDialog::accept()
{
    read();
    try {
        CustomerService customers(m_session);
        if (m_isNew)
            customers.create(m_customer, m_profile);
        else
            customers.update(m_customer);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
