#pragma once

#include "pages/page.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Accrue {

class Database;
class InvoiceTableModel;
class Session;
struct Invoice;

// The invoice register: a filter bar (status, customer, search as you type)
// over a table that fetches rows as it scrolls.
class InvoicesPage final : public Page
{
    Q_OBJECT

public:
    // The session names the user in the audit records of the page's actions.
    explicit InvoicesPage(Session &session, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    void setStatusFilter(const QString &statusKey);
    // Open invoices in one aging bucket (0 Current .. 4 90+), -1 for none.
    void setAgingBucket(int bucket);

    void refresh() override;
    void focusSearch() override;
    bool canExport() const override { return true; }
    void exportCsv() override;

    // Opens the read-only view of the invoice in a row.
    void openInvoice(int row);
    // The life-cycle actions on the selected invoice.
    void recordPayment();
    void issueCreditNote();
    void applyCredit();
    void markReminded();

signals:
    // A payment, credit or reminder changed the book: other pages refresh.
    void bookChanged();

private:
    void applyFilter();
    qint64 selectedId() const;
    void createActions();
    // Runs an action on the selected issued invoice; false if none is selected.
    bool withSelected(const std::function<void(Session &, const Invoice &)> &action);
    void updateFooter(qint64 rows);

    InvoiceTableModel *m_model;
    Session &m_session;
    QComboBox *m_status;
    QLabel *m_bucket;
    int m_agingBucket = -1;
    QLineEdit *m_customer;
    QLineEdit *m_search;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_footer;
    QTimer *m_debounce;
};

} // namespace Accrue
