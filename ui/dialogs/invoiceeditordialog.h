#pragma once

#include "billing/invoiceservice.h"
#include "domain/customer.h"

#include <QDialog>
#include <map>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Accrue {

class InvoiceDraft;
class InvoiceLinesModel;
class Session;

// Writes and edits draft invoices: customer and billing profile, dates and
// terms, currency, lines with live totals and tax by rate, notes. Each edit
// can be undone; what blocks saving is shown at its field. Save keeps the
// draft, Issue numbers it (after which it cannot change), Duplicate starts a
// new draft from it. An issued invoice opens read-only.
class InvoiceEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // An invoice with id 0 is new; otherwise the stored draft (or issued
    // invoice, read-only) with that id.
    InvoiceEditorDialog(Session &session, Invoice invoice, QWidget *parent = nullptr);
    ~InvoiceEditorDialog() override;

    // A new draft for today with the company's default terms, in the book's
    // currency (the company's, see SettingsService::bookCurrency).
    static Invoice newInvoice(Session &session);

    InvoiceDraft *draft() const { return m_draft; }
    InvoiceLinesModel *linesModel() const { return m_model; }
    void setCustomer(qint64 customerId);
    // The message shown at a header field, empty when it is fine.
    QString fieldProblem(InvoiceProblem::Field field) const;

    // Stores the draft; false (with the problems shown) when it is not valid.
    bool saveDraft();
    // Saves, then numbers and posts the invoice; asks first unless told not to.
    bool issue(bool confirm = true);
    void duplicate();
    void reject() override;

signals:
    void saved(qint64 invoiceId);
    void issued(const QString &number);

private:
    void offerReload(const QString &message);
    QWidget *createHeader();
    QWidget *createLines();
    QWidget *createFooter();
    void loadChoices();
    void fillProfiles(qint64 customerId);
    void syncFromDraft();
    void showProblems();
    void updateTotals();
    void updateTitle();
    void setReadOnly(bool readOnly);
    QLabel *problemLabel(InvoiceProblem::Field field);

    Session &m_session;
    InvoiceDraft *m_draft;
    InvoiceLinesModel *m_model;
    std::vector<Customer> m_customers;
    bool m_readOnly = false;
    bool m_syncing = false;

    QComboBox *m_customer;
    QComboBox *m_profile;
    QDateEdit *m_issueDate;
    QSpinBox *m_terms;
    QDateEdit *m_dueDate;
    QComboBox *m_currency;
    QTableView *m_lines;
    QPlainTextEdit *m_notes;
    QLabel *m_totals;
    QLabel *m_banner;
    QLabel *m_inputProblem;
    QPushButton *m_save;
    QPushButton *m_issue;
    QPushButton *m_duplicate;
    std::map<InvoiceProblem::Field, QLabel *> m_problemLabels;
};

} // namespace Accrue
