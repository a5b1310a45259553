#pragma once

#include <QWidget>

class QAction;
class QTableWidget;

namespace Accrue {

class Session;

// A customer's receipts (number, date, amount, method, reference), newest
// first, with "Receipt PDF…". One customer's receipts are few, so they are
// read whole (ReceiptService::list) each time the customer is chosen.
class ReceiptsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiptsPanel(Session &session, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    int rowCount() const;
    QString numberAt(int row) const;
    QString selectedNumber() const;
    void selectRow(int row);
    QAction *pdfAction() const { return m_pdf; }

private:
    Session &m_session;
    QTableWidget *m_table;
    QAction *m_pdf;
};

} // namespace Accrue
