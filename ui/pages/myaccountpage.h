#pragma once

#include "domain/customer.h"
#include "domain/subscription.h"
#include "pages/page.h"

#include <vector>

class QAction;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Accrue {

class BillingProfilesPanel;
class InvoiceTableModel;
class ReportTableModel;
struct ReportParameters;

// "My Account — Billing": all a customer tenant's user sees of the book.
// Its invoices (served a page at a time like the Invoices page, drafts left
// out) and credit notes to view and save as PDF; its subscriptions, with
// Change Quantity… where the book lets customers do it; its payment methods
// and billing profiles to edit; its statement of account with CSV and PDF.
// Every edit goes through the same services as the finance tabs', which
// refuse what this page merely disables (Permission::ManageOwnAccount).
class MyAccountPage final : public Page
{
    Q_OBJECT

public:
    explicit MyAccountPage(Session &session, QWidget *parent = nullptr);

    void refresh() override;
    BookAreas areas() const override;
    bool canExport() const override { return true; }
    void exportCsv() override; // the statement, as the Statement section shows it

    const Customer &customer() const { return m_customer; }
    QTabWidget *sections() const { return m_sections; }
    QTableView *invoiceView() const { return m_invoiceView; }
    InvoiceTableModel *invoices() const { return m_invoices; }
    ReportTableModel *creditNotes() const { return m_creditNotes; }
    QTableWidget *subscriptionTable() const { return m_subscriptionTable; }
    QAction *changeQuantityAction() const { return m_changeQuantity; }
    QTableWidget *paymentMethodTable() const { return m_methodTable; }
    QAction *addPaymentMethodAction() const { return m_addMethod; }
    BillingProfilesPanel *profiles() const { return m_profiles; }
    ReportTableModel *statement() const { return m_statement; }

    // A proposed file name for an invoice's PDF: "Acme Corp INV-2026-000012.pdf".
    static QString pdfFileName(const QString &customerName, const QString &number);

private:
    QWidget *createInvoicesSection();
    QWidget *createSubscriptionsSection();
    QWidget *createPaymentMethodsSection();
    QWidget *createStatementSection();
    void loadSubscriptions();
    void loadPaymentMethods();
    void loadCreditNotes();
    void loadStatement();
    void updateActions();
    qint64 currentInvoiceId() const;
    void viewInvoice();
    void downloadInvoicePdf();
    void downloadCreditNotePdf();
    void changeQuantity();
    void addPaymentMethod();
    void saveStatementPdf();
    // The statement's range and customer, for its CSV and PDF alike.
    ReportParameters statementParameters() const;
    QString statementFileName(const QString &extension) const;

    Session &m_session;
    Customer m_customer;
    bool m_mayChangeQuantity = false;
    std::vector<Subscription> m_subscriptions;
    QLabel *m_heading;
    QTabWidget *m_sections;
    QTableView *m_invoiceView = nullptr;
    InvoiceTableModel *m_invoices = nullptr;
    QTableView *m_creditNoteView = nullptr;
    ReportTableModel *m_creditNotes = nullptr;
    QAction *m_viewInvoice = nullptr;
    QAction *m_invoicePdf = nullptr;
    QAction *m_creditNotePdf = nullptr;
    QTableWidget *m_subscriptionTable = nullptr;
    QAction *m_changeQuantity = nullptr;
    QTableWidget *m_methodTable = nullptr;
    QAction *m_addMethod = nullptr;
    BillingProfilesPanel *m_profiles = nullptr;
    QDateEdit *m_statementFrom = nullptr;
    QDateEdit *m_statementTo = nullptr;
    ReportTableModel *m_statement = nullptr;
};

} // namespace Accrue
