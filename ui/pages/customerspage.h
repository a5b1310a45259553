#pragma once

#include "pages/page.h"

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace Accrue {

class BillingProfilesPanel;
class CustomerTableModel;
class ReceiptsPanel;
class ImportDialog;
class InvoiceTableModel;
class PaymentTableModel;
class ReportTableModel;
class SubscriptionsPanel;
class Session;
struct Customer;

// The customers of the book: searched by code or name, with what each owes
// (balance, overdue, credit); the chosen one's invoices, payments, credit
// notes and billing profiles below.
// New, edit, archive and restore, delete (only without documents) and
// payment methods go through CustomerService, which checks the role too.
class CustomersPage final : public Page
{
    Q_OBJECT

public:
    explicit CustomersPage(Session &session, QWidget *parent = nullptr);

    void refresh() override;
    BookAreas areas() const override
    {
        return BookArea::Customers | BookArea::Invoices | BookArea::Payments
            | BookArea::CreditNotes;
    }
    void focusSearch() override;
    CustomerTableModel *model() const { return m_model; }
    // The customer of the selected row, if any.
    std::optional<Customer> current() const;
    void selectRow(int row);
    // The chosen customer's invoices and payments (null until one is chosen).
    InvoiceTableModel *invoices() const { return m_invoices; }
    PaymentTableModel *payments() const { return m_payments; }
    // Its credit notes (all of them, to today) and billing profiles.
    ReportTableModel *creditNotes() const { return m_creditNotes; }
    BillingProfilesPanel *profiles() const { return m_profiles; }
    SubscriptionsPanel *subscriptions() const { return m_subscriptions; }
    ReceiptsPanel *receipts() const { return m_receipts; }
    // The receipt of the payment chosen on the Payments tab (empty if none).
    QString chosenPaymentReceipt() const;
    // Opens the import of customers without blocking.
    ImportDialog *importCustomers();

    // Send by E-mail on the Credit Notes tab: the chosen credit note queued
    // and delivered on a worker thread. Asks for the SMTP password when the
    // keychain has none; tests pass it.
    void sendCreditNote();
    void sendCreditNoteWith(const QString &password);

signals:
    // The customer's statement of account, to be shown on the Reports page.
    void statementRequested(const QString &customerCode);
    // A credit note's e-mail went (sent is 1) or not, with the problems.
    void creditNoteMailed(int sent, const QStringList &problems);

private:
    void createActions();
    void createDetails();
    void applyFilter();
    void showDetails();
    void showCreditNotes(const Customer &customer);
    QWidget *createCreditNotesTab();
    void saveCreditNotePdf();
    QString chosenCreditNote() const;
    void updateActions();
    void newCustomer();
    void editCustomer();
    void setArchived(bool archived);
    void deleteCustomer();
    void addPaymentMethod();
    bool runChange(const QString &what, const std::function<void()> &change);

    Session &m_session;
    CustomerTableModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_archived;
    QTableView *m_table;
    QTabWidget *m_details;
    QTableView *m_invoiceTable = nullptr;
    QTableView *m_paymentTable = nullptr;
    InvoiceTableModel *m_invoices = nullptr;
    PaymentTableModel *m_payments = nullptr;
    QTableView *m_creditNoteTable = nullptr;
    ReportTableModel *m_creditNotes = nullptr;
    QAction *m_creditNotePdf = nullptr;
    QAction *m_creditNoteMail = nullptr;
    BillingProfilesPanel *m_profiles = nullptr;
    SubscriptionsPanel *m_subscriptions = nullptr;
    ReceiptsPanel *m_receipts = nullptr;
    QAction *m_paymentReceiptPdf = nullptr;
    QLabel *m_footer;
    QTimer *m_debounce;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_paymentMethod = nullptr;
    QAction *m_statement = nullptr;
    QAction *m_import = nullptr;
};

} // namespace Accrue
