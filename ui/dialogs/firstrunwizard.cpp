#include "dialogs/firstrunwizard.h"

#include "billing/booksetup.h"
#include "billing/session.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "money/currency.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Accrue {

FirstRunWizard::FirstRunWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWindowTitle(tr("Set Up Your Book"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Welcome, createWelcome());
    setPage(Company, createCompany());
    setPage(FirstCustomer, createCustomer());
    setStartId(Welcome);
}

QLineEdit *FirstRunWizard::lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QWizardPage *FirstRunWizard::createWelcome()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Accrue"));
    page->setSubTitle(tr("This book is empty. Set up your company and first customer, or look "
                         "around a book filled with demo data."));
    m_setUp = new QRadioButton(tr("&Set up my company"), page);
    m_demo = new QRadioButton(tr("Fill it with &demo data (two years of invoices)"), page);
    m_setUp->setChecked(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_setUp);
    layout->addWidget(m_demo);
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::createCompany()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your Company"));
    page->setSubTitle(tr("As it appears on invoices. Everything but the currency can be changed "
                         "later under Settings."));
    m_address = new QPlainTextEdit(page);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().height() * 4);
    m_currency = new QComboBox(page);
    m_currency->addItems(Currency::codes());
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    m_currency->setCurrentIndex(std::max(
        0, m_currency->findText(Currency::fromCode(local) ? local : QStringLiteral("EUR"))));
    m_terms = new QSpinBox(page);
    m_terms->setRange(0, 365);
    m_terms->setValue(30);
    m_terms->setSuffix(tr(" days"));
    QLineEdit *country = lineEdit(page, "taxCountry");
    country->setMaxLength(2);
    const QString territory = QLocale::territoryToCode(QLocale().territory());
    country->setText(territory.size() == 2 ? territory : QString());
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Legal name:"), lineEdit(page, "legalName"));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Tax ID:"), lineEdit(page, "taxId"));
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Tax &country:"), country);
    form->addRow(tr("&Payment terms:"), m_terms);
    return page;
}

QWizardPage *FirstRunWizard::createCustomer()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your First Customer"));
    page->setSubTitle(tr("Who you bill first. Leave the code empty to add customers later on the "
                         "Customers tab."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("C&ode:"), lineEdit(page, "customerCode"));
    form->addRow(tr("&Name:"), lineEdit(page, "customerName"));
    form->addRow(tr("&E-mail:"), lineEdit(page, "customerEmail"));
    form->addRow(tr("&Address:"), lineEdit(page, "customerAddress"));
    form->addRow(tr("Post&al code:"), lineEdit(page, "customerPostalCode"));
    form->addRow(tr("C&ity:"), lineEdit(page, "customerCity"));
    form->addRow(tr("&Region:"), lineEdit(page, "customerRegion"));
    form->addRow(tr("&State/province:"), lineEdit(page, "customerState"));
    form->addRow(tr("Countr&y:"), lineEdit(page, "customerCountry"));
    m_problem = new QLabel(page);
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    return page;
}

QLineEdit *FirstRunWizard::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

void FirstRunWizard::chooseDemo(bool demo)
{
    (demo ? m_demo : m_setUp)->setChecked(true);
}

QString FirstRunWizard::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void FirstRunWizard::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case Welcome:
        return m_demo->isChecked() ? -1 : Company;
    case Company:
        return FirstCustomer;
    default:
        return -1;
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == Company && field(QStringLiteral("legalName"))->text().trimmed().isEmpty()) {
        field(QStringLiteral("legalName"))->setFocus();
        field(QStringLiteral("legalName"))->setPlaceholderText(tr("Required"));
        return false;
    }
    if (nextId() != -1)
        return true;
    return finish();
}

// The last page's Finish (or the first page's, for the demo).
bool FirstRunWizard::finish()
{
    showProblem({});
    try {
        if (m_demo->isChecked()) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            DemoGenerator::Options options;
            options.endDate = m_session.today();
            DemoGenerator(m_session).generate(options);
            QApplication::restoreOverrideCursor();
            m_demoLoaded = true;
            return true;
        }
        auto text = [this](const char *name) {
            return field(QString::fromLatin1(name))->text().trimmed();
        };
        CompanySettings company;
        company.legalName = text("legalName");
        company.address = m_address->toPlainText().trimmed();
        company.taxId = text("taxId");
        company.currency = m_currency->currentText();
        company.taxCountry = text("taxCountry").toUpper();
        company.defaultTermsDays = m_terms->value();
        std::optional<BookSetup::FirstCustomer> first;
        if (!text("customerCode").isEmpty()) {
            first.emplace();
            first->customer.code = text("customerCode");
            first->customer.name = text("customerName");
            first->customer.email = text("customerEmail");
            first->customer.paymentTermsDays = company.defaultTermsDays;
            first->profile.addressLine1 = text("customerAddress");
            first->profile.postalCode = text("customerPostalCode");
            first->profile.city = text("customerCity");
            first->profile.region = text("customerRegion");
            first->profile.stateProvince = text("customerState");
            first->profile.country = text("customerCountry").toUpper();
            first->profile.contactEmail = first->customer.email;
        }
        BookSetup(m_session).apply(company, first);
    } catch (const Error &e) {
        if (QApplication::overrideCursor())
            QApplication::restoreOverrideCursor();
        showProblem(e.userMessage());
        return false;
    }
    return true;
}

} // namespace Accrue
