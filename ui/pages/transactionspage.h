#pragma once

#include "pages/page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Accrue {

class Database;
class PaymentTableModel;

// Payments received: date, customer, amount, method, reference and the
// invoices each settles; money not applied to any invoice stands out.
class TransactionsPage final : public Page
{
    Q_OBJECT

public:
    explicit TransactionsPage(Database &db, QWidget *parent = nullptr);

    void refresh() override;
    void focusSearch() override;
    PaymentTableModel *model() const { return m_model; }

private:
    void applyFilter();

    PaymentTableModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_unapplied;
    QTableView *m_table;
    QLabel *m_footer;
    QTimer *m_debounce;
};

} // namespace Accrue
