#include "usersdialog.h"

#include "billing/session.h"
#include "billing/userservice.h"
#include "common/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

UsersDialog::UsersDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 2, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Users"));
    const bool server = session.isServerBook();
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Role") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const Role role : { Role::Viewer, Role::Finance, Role::Admin })
        m_role->addItem(Session::roleName(role), roleKey(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("new logins only; leave empty to keep"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto *form = new QFormLayout;
    form->addRow(server ? tr("&Login:") : tr("&OS user:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    if (server)
        form->addRow(tr("&Password:"), m_password);
    else
        m_password->hide();
    auto *apply = new QPushButton(tr("&Add or Change"), this);
    auto *remove = new QPushButton(tr("Re&move Selected"), this);
    connect(apply, &QPushButton::clicked, this, &UsersDialog::addOrChange);
    connect(remove, &QPushButton::clicked, this, &UsersDialog::removeSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_name->setText(m_table->item(row, 0)->text());
        m_role->setCurrentIndex(m_role->findData(m_table->item(row, 1)->data(Qt::UserRole)));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(server ? tr("Logins on the server with a role in this book. "
                                             "The server enforces the role for every client.")
                                        : tr("OS users and their roles. A book with no users "
                                             "listed belongs to whoever opens it."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(apply);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, 420);
    reload();
}

void UsersDialog::reload()
{
    m_table->setRowCount(0);
    for (const BookUser &user : UserService(m_session).list()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(user.name));
        auto *role = new QTableWidgetItem(Session::roleName(user.role));
        role->setData(Qt::UserRole, roleKey(user.role));
        m_table->setItem(row, 1, role);
    }
}

void UsersDialog::addOrChange()
{
    try {
        const auto role = roleFromKey(m_role->currentData().toString());
        UserService(m_session).setRole(m_name->text().trimmed(), role.value_or(Role::Viewer),
                                       m_password->text());
        m_password->clear();
        m_problem->clear();
        reload();
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
    }
}

void UsersDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, windowTitle(),
                              tr("Take %1's role in this book away?").arg(name))
        != QMessageBox::Yes)
        return;
    try {
        UserService(m_session).remove(name);
        m_problem->clear();
        reload();
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
    }
}

} // namespace Accrue
