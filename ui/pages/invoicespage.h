#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Accrue {

class Database;
class InvoiceTableModel;

// The invoice register: a filter bar (status, customer, search as you type)
// over a table that fetches rows as it scrolls.
class InvoicesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(Database &db, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    void setStatusFilter(const QString &statusKey);
    void focusSearch();

private:
    void applyFilter();
    void updateFooter(qint64 rows);

    InvoiceTableModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_customer;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_footer;
    QTimer *m_debounce;
};

} // namespace Accrue
