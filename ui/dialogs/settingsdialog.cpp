#include "dialogs/settingsdialog.h"

#include "billing/settingsservice.h"
#include "common/error.h"
#include "dialogs/accountingexportpane.h"
#include "dialogs/dunningsettingspane.h"
#include "dialogs/mailsettingspane.h"
#include "money/currency.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Accrue {

SettingsDialog::SettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_iban(new QLineEdit(this))
    , m_bic(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_routing(new QLineEdit(this))
    , m_footer(new QPlainTextEdit(this))
    , m_terms(new QSpinBox(this))
    , m_invoicePrefix(new QLineEdit(this))
    , m_creditNotePrefix(new QLineEdit(this))
    , m_receiptPrefix(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_logoPreview(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Company Settings"));
    m_currency = new QComboBox(this);
    m_currency->addItem(tr("Not set"), QString());
    for (const QString &code : Currency::codes())
        m_currency->addItem(code, code);
    m_taxCountry = new QLineEdit(this);
    m_taxCountry->setMaxLength(2);
    m_taxCountry->setObjectName(QStringLiteral("taxCountry"));
    m_name->setObjectName(QStringLiteral("legalName"));
    m_iban->setObjectName(QStringLiteral("iban"));
    m_taxCountry->setPlaceholderText(tr("DE, US, …"));
    m_billingRunIssues = new QCheckBox(tr("A billing run &issues its invoices (otherwise it "
                                          "leaves drafts to review)"),
                                       this);
    m_registration = new QLineEdit(this);
    m_registration->setPlaceholderText(tr("HRB 12345, Amtsgericht Berlin"));
    m_bankName = new QLineEdit(this);
    m_accent = new QLineEdit(this);
    m_accent->setObjectName(QStringLiteral("accentColor"));
    m_accent->setMaxLength(7);
    m_accent->setPlaceholderText(CompanySettings::defaultAccentColor);
    m_accentSwatch = new QLabel(this);
    m_accentSwatch->setFixedSize(24, 24);
    auto *accentButton = new QPushButton(tr("Choose…"), this);
    auto *accentRow = new QHBoxLayout;
    accentRow->addWidget(m_accent, 1);
    accentRow->addWidget(m_accentSwatch);
    accentRow->addWidget(accentButton);
    connect(accentButton, &QPushButton::clicked, this, &SettingsDialog::chooseAccent);
    connect(m_accent, &QLineEdit::textChanged, this, &SettingsDialog::showAccent);
    m_showCustomerCode = new QCheckBox(tr("Show the customer's &code on invoices"), this);
    m_showStatusStamp = new QCheckBox(tr("Stamp paid invoices “PAID”"), this);
    m_address->setTabChangesFocus(true);
    m_footer->setTabChangesFocus(true);
    m_address->setMaximumHeight(80);
    m_footer->setMaximumHeight(60);
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_paper->addItem(tr("From the locale"), QString());
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    m_logoPreview->setMinimumHeight(48);
    auto *logoButton = new QPushButton(tr("Choose…"), this);
    auto *clearLogo = new QPushButton(tr("Remove"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(logoButton);
    logoRow->addWidget(clearLogo);

    // Two pages, so that the dialog fits a 1280x800 screen: who the company
    // is and how it bills, then what its documents look like.
    auto *form = new QFormLayout;
    form->addRow(tr("&Legal name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Tax ID:"), m_taxId);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("0088:4012345000009"));
    m_endpoint->setToolTip(tr("The company's address for e-invoices (PEPPOL): an EAS scheme and an "
                              "identifier, as SCHEME:ID"));
    form->addRow(tr("E&lectronic address:"), m_endpoint);
    form->addRow(tr("&Registration number:"), m_registration);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Ta&x country:"), m_taxCountry);
    form->addRow(tr("Default payment &terms:"), m_terms);
    form->addRow(QString(), m_billingRunIssues);
    form->addRow(tr("Ban&k name:"), m_bankName);
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(tr("&BIC:"), m_bic);
    form->addRow(tr("Account number:"), m_account);
    form->addRow(tr("Routing number:"), m_routing);

    auto *documentForm = new QFormLayout;
    documentForm->addRow(tr("Logo:"), logoRow);
    documentForm->addRow(tr("Acce&nt colour:"), accentRow);
    documentForm->addRow(QString(), m_showCustomerCode);
    documentForm->addRow(QString(), m_showStatusStamp);
    documentForm->addRow(tr("Invoice &footer:"), m_footer);
    documentForm->addRow(tr("&Paper:"), m_paper);
    documentForm->addRow(tr("Invoice number prefix:"), m_invoicePrefix);
    documentForm->addRow(tr("Credit note number prefix:"), m_creditNotePrefix);
    m_receiptPrefix->setObjectName(QStringLiteral("receiptPrefix"));
    m_receiptPrefix->setPlaceholderText(QStringLiteral("RCT"));
    documentForm->addRow(tr("Rece&ipt number prefix:"), m_receiptPrefix);

    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *company = new QWidget(this);
    company->setLayout(form);
    auto *documents = new QWidget(this);
    documents->setLayout(documentForm);
    m_mail = new MailSettingsPane(m_session, this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(company, tr("&Company"));
    tabs->addTab(documents, tr("Docu&ments"));
    tabs->addTab(m_mail, tr("&E-mail"));
    m_dunning = new DunningSettingsPane(m_session, this);
    tabs->addTab(m_dunning, tr("&Dunning"));
    m_accountingExport = new AccountingExportPane(m_session, this);
    tabs->addTab(m_accountingExport, tr("Accounting E&xport"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(logoButton, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(clearLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    try {
        load(SettingsService(m_session).company());
    } catch (const Error &e) {
        m_problems->setText(e.userMessage());
    }
}

void SettingsDialog::load(const CompanySettings &s)
{
    m_version = s.version;
    m_loaded = s;
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(s.currency)));
    m_taxCountry->setText(s.taxCountry);
    m_billingRunIssues->setChecked(s.billingRunIssues);
    m_name->setText(s.legalName);
    m_address->setPlainText(s.address);
    m_taxId->setText(s.taxId);
    m_endpoint->setText(s.electronicAddress().text());
    m_iban->setText(s.iban);
    m_bic->setText(s.bic);
    m_account->setText(s.accountNumber);
    m_routing->setText(s.routingNumber);
    m_registration->setText(s.registrationNumber);
    m_bankName->setText(s.bankName);
    m_accent->setText(s.accentColor);
    showAccent();
    m_showCustomerCode->setChecked(s.showCustomerCode);
    m_showStatusStamp->setChecked(s.showStatusStamp);
    m_footer->setPlainText(s.footer);
    m_terms->setValue(s.defaultTermsDays);
    m_invoicePrefix->setText(s.invoicePrefix);
    m_creditNotePrefix->setText(s.creditNotePrefix);
    m_receiptPrefix->setText(s.receiptPrefix);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(s.paper)));
    m_logo = s.logo;
    showLogo();
}

CompanySettings SettingsDialog::collect() const
{
    CompanySettings s = m_loaded;
    s.version = m_version; // saving over someone else's newer settings is refused
    s.currency = m_currency->currentData().toString();
    s.taxCountry = m_taxCountry->text().trimmed().toUpper();
    s.billingRunIssues = m_billingRunIssues->isChecked();
    s.legalName = m_name->text().trimmed();
    s.address = m_address->toPlainText().trimmed();
    s.taxId = m_taxId->text().trimmed();
    // As typed: the settings' validation says what is wrong with it.
    const QString endpoint = m_endpoint->text().trimmed();
    const qsizetype colon = endpoint.indexOf(u':');
    s.endpointScheme = colon < 0 ? QString() : endpoint.left(colon).trimmed().toUpper();
    s.endpointId = colon < 0 ? endpoint : endpoint.mid(colon + 1).trimmed();
    s.iban = m_iban->text().trimmed();
    s.bic = m_bic->text().trimmed().remove(u' ').toUpper();
    s.registrationNumber = m_registration->text().trimmed();
    s.bankName = m_bankName->text().trimmed();
    s.accentColor = m_accent->text().trimmed().toUpper();
    s.showCustomerCode = m_showCustomerCode->isChecked();
    s.showStatusStamp = m_showStatusStamp->isChecked();
    s.accountNumber = m_account->text().trimmed();
    s.routingNumber = m_routing->text().trimmed();
    s.footer = m_footer->toPlainText().trimmed();
    s.defaultTermsDays = m_terms->value();
    s.invoicePrefix = m_invoicePrefix->text().trimmed();
    s.creditNotePrefix = m_creditNotePrefix->text().trimmed();
    s.receiptPrefix = m_receiptPrefix->text().trimmed();
    s.paper = m_paper->currentData().toString();
    s.logo = m_logo;
    return s;
}

void SettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_logo = file.readAll();
    showLogo();
}

void SettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo))
        m_logoPreview->setPixmap(pixmap.scaledToHeight(48, Qt::SmoothTransformation));
    else
        m_logoPreview->setText(m_logo.isEmpty() ? tr("(none)") : tr("(not an image)"));
}

void SettingsDialog::chooseAccent()
{
    CompanySettings current;
    current.accentColor = m_accent->text().trimmed();
    const QColor color
        = QColorDialog::getColor(QColor::fromString(current.accent()), this, tr("Accent Colour"));
    if (color.isValid())
        m_accent->setText(color.name().toUpper());
}

// The colour the documents will use: the entry when valid, else the default.
void SettingsDialog::showAccent()
{
    CompanySettings current;
    current.accentColor = m_accent->text().trimmed();
    m_accentSwatch->setStyleSheet(
        QStringLiteral("background: %1; border: 1px solid palette(mid);").arg(current.accent()));
}

void SettingsDialog::accept()
{
    const CompanySettings settings = collect();
    // Problems at the fields, in words; nothing is saved until all are fixed.
    QStringList problems = SettingsService::validate(settings);
    // E-mail is optional: checked once a server is entered or was saved.
    const bool mail = m_mail->isInUse();
    if (mail)
        for (const QString &problem : MailSettingsService::validate(m_mail->collect()))
            problems << tr("E-mail %1").arg(problem);
    for (const QString &problem : m_dunning->problems())
        problems << tr("Dunning %1").arg(problem);
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return;
    }
    try {
        SettingsService(m_session).saveCompany(settings);
        m_version = SettingsService(m_session).company().version; // a retry saves over it
        if (mail)
            m_mail->save();
        m_dunning->save(); // only when a step changed
        if (m_accountingExport->isModified())
            m_accountingExport->save();
    } catch (const Error &e) {
        m_problems->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
