#pragma once

#include "receipttasks.h"

#include <QWidget>

class QAction;
class QTableWidget;

namespace Accrue {

class Session;

// A customer's receipts (number, date, amount, method, reference), newest
// first, with "Receipt PDF…" and "Send Receipt…" (billing roles). One customer's receipts are few,
// so they are read whole (ReceiptService::list) each time the customer is chosen.
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
    QAction *mailAction() const { return m_mail; }
    // Send Receipt… with the password known (tests, no keychain).
    void sendSelectedWith(const QString &password);

signals:
    void statusMessage(const QString &text);
    // A Send Receipt… finished: e-mails sent, and why any were not.
    void receiptMailed(int sent, const QStringList &problems);

private:
    ReceiptTasks::MailFinished whenMailed();

    Session &m_session;
    QTableWidget *m_table;
    QAction *m_pdf;
    QAction *m_mail;
};

} // namespace Accrue
