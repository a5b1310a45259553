#pragma once

#include "domain/companysettings.h"

#include <QDialog>

class QCheckBox;

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Accrue {

class AccountingExportPane;
class DunningSettingsPane;
class MailSettingsPane;
class Session;

// The issuing company: legal name, address, tax ID, bank details, logo,
// invoice footer, default payment terms, number prefixes and paper size; and
// on a second tab how e-mail leaves (MailSettingsPane).
// Problems are shown at the field and block saving.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Session &session, QWidget *parent = nullptr);

    void accept() override;
    MailSettingsPane *mailPane() const { return m_mail; }
    DunningSettingsPane *dunningPane() const { return m_dunning; }
    AccountingExportPane *accountingExportPane() const { return m_accountingExport; }

private:
    void load(const CompanySettings &settings);
    CompanySettings collect() const;
    void chooseLogo();
    void showLogo();
    void chooseAccent();
    void showAccent();

    Session &m_session;
    QByteArray m_logo;
    int m_version = 0;
    // What was loaded: fields this dialog does not show are saved unchanged.
    CompanySettings m_loaded;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_taxCountry = nullptr;
    QCheckBox *m_billingRunIssues = nullptr;
    // The documents' look and payment details (issue 15).
    QLineEdit *m_registration = nullptr;
    QLineEdit *m_bankName = nullptr;
    QLineEdit *m_accent = nullptr;
    QLabel *m_accentSwatch = nullptr;
    QCheckBox *m_showCustomerCode = nullptr;
    QCheckBox *m_showStatusStamp = nullptr;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_taxId;
    QLineEdit *m_endpoint;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QLineEdit *m_account;
    QLineEdit *m_routing;
    QPlainTextEdit *m_footer;
    QSpinBox *m_terms;
    QLineEdit *m_invoicePrefix;
    QLineEdit *m_creditNotePrefix;
    QLineEdit *m_receiptPrefix;
    QComboBox *m_paper;
    QLabel *m_logoPreview;
    QLabel *m_problems;
    MailSettingsPane *m_mail = nullptr;
    DunningSettingsPane *m_dunning = nullptr;
    AccountingExportPane *m_accountingExport = nullptr;
};

} // namespace Accrue
