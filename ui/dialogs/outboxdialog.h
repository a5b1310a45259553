#pragma once

#include "domain/outboxmessage.h"

#include <QDialog>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Accrue {

class Session;

// The e-mail outbox: every message with its document, recipients, status,
// attempts, next attempt and the server's last answer; Deliver Now sends
// what is due on a worker thread, Retry puts a failed message back in the
// queue.
class OutboxDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(Session &session, QWidget *parent = nullptr);

    void reload();
    // Asks for the password when the keychain has none; tests pass it.
    void deliverNow();
    void deliverNowWith(const QString &password);
    // Retry: the chosen failed message back in the queue (then Deliver Now).
    void retrySelected();
    QTableWidget *table() const { return m_table; }

signals:
    void delivered(int sent, const QStringList &problems);

private:
    Session &m_session;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_deliver;
    QPushButton *m_retry;
    std::vector<OutboxMessage> m_messages;
};

} // namespace Accrue
