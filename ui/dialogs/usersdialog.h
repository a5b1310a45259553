#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Accrue {

class Session;

// Edit > Users (Admins): who works on the book and in which role. On
// PostgreSQL these are the server's logins (a new one can get a password
// here, which goes to the server and nowhere else); on SQLite, OS user names.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void addOrChange();
    void removeSelected();

    Session &m_session;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace Accrue
