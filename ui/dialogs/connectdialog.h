#pragma once

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Accrue {

class Book;

// File > Connect to Server: host, port, database, user, SSL mode and the
// password, with "Test Connection" and the recent connections. The password
// goes to the OS keychain when "Remember" is ticked and a keychain is there;
// otherwise it stays in memory for this session only. Addresses (without
// password) are remembered in the settings.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr, const QString &location = {});
    ~ConnectDialog() override;

    // The address built from the fields (no password in it).
    QString location() const;
    // The open connection after accept(); the caller takes it.
    std::unique_ptr<Book> takeBook();

    // Opens a server book for the GUI: libpq's own sources first (PGPASSWORD,
    // ~/.pgpass, trusted sockets), then the keychain, then this dialog with the
    // address filled in. nullptr when the user gives up.
    static std::unique_ptr<Book> openInteractive(const QString &location, QWidget *parent);
    // The server addresses among the recent books.
    static QStringList recentConnections();

    void accept() override;

private:
    void fill(const QString &location);
    bool tryConnect(bool keep);
    void testConnection();
    void storePassword();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QListWidget *m_recent;
    QLabel *m_status;
    std::unique_ptr<Book> m_book;
};

} // namespace Accrue
