#pragma once

#include <QMainWindow>

class QTabWidget;

namespace Accrue {

class Database;
class InvoicesPage;
class ReportsPage;

// Wires the pages together; it owns no business state. The Dashboard,
// Revenue and Transactions pages join the tabs with the desktop-app issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    // "invoices" or "reports"; false if there is no such tab.
    bool showTab(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openDatabase();
    void about();

    Database &m_db;
    QTabWidget *m_tabs;
    InvoicesPage *m_invoices;
    ReportsPage *m_reports;
};

} // namespace Accrue
