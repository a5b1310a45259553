#pragma once

#include "billing/changebus.h"

#include <QDate>
#include <QMainWindow>
#include <array>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace Accrue {

class Book;
class Session;
class DashboardPage;
class InvoicesPage;
class Page;
class ReportsPage;
class RevenuePage;
class TransactionsPage;
class CustomersPage;
class MyAccountPage;

// Wires the pages together and owns the open book; it holds no business
// state. File > New/Open swaps the book and rebuilds the pages on it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Dashboard, Invoices, Customers, Reports, Revenue, Transactions };

    // `today` fixes the date the pages work from (tests, screenshots of a
    // demo book); invalid means the calendar's date.
    explicit MainWindow(std::unique_ptr<Book> book, const QDate &today = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // "dashboard", "invoices", ..., "myaccount"; false if this window has no
    // such tab (a customer tenant's user has My Account alone; others all
    // but it).
    bool showTab(const QString &name);
    static QStringList tabNames();
    Page *currentPage() const;

    Session &session() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    InvoicesPage *invoices() const { return m_invoices; }
    ReportsPage *reports() const { return m_reports; }
    RevenuePage *revenue() const { return m_revenue; }
    TransactionsPage *transactions() const { return m_transactions; }
    CustomersPage *customers() const { return m_customers; }
    MyAccountPage *myAccount() const { return m_myAccount; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openPreferences();
    QStringList restartArguments(const QStringList &started) const;
    std::array<QWidget *, 7> tabPages() const;
    void setBook(std::unique_ptr<Book> book);
    void createPages();
    void createMyAccountPage();
    // Shows the finance menus and actions, or (a customer's user) hides them.
    void showFinanceMenus(bool show);
    void createMenus();
    void updateActions();
    void newBook();
    void openBookFile();
    void openBook(const QString &location, bool create);
    void fillRecentMenu();
    void showInvoicesInBucket(int bucket);
    void showStatement(const QString &customerCode);
    void showInvoicesWithStatus(const QString &statusKey);
    void about();
    void openBillingRun();
    void openAuditLog();
    void createImportMenu(QMenu *billing);
    void connectToServer();
    void noteChangesElsewhere();

    std::unique_ptr<Book> m_book; // the open book and its session
    QDate m_today;
    QTabWidget *m_tabs;
    QLabel *m_identity = nullptr;
    DashboardPage *m_dashboard = nullptr;
    InvoicesPage *m_invoices = nullptr;
    ReportsPage *m_reports = nullptr;
    RevenuePage *m_revenue = nullptr;
    TransactionsPage *m_transactions = nullptr;
    CustomersPage *m_customers = nullptr;
    MyAccountPage *m_myAccount = nullptr; // only for a customer tenant's user
    QMenu *m_recentMenu = nullptr;
    QMenu *m_billingMenu = nullptr;
    QAction *m_customersAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_billingRunAction = nullptr;
    QAction *m_catalogAction = nullptr;
    QMenu *m_importMenu = nullptr;
    QTimer *m_elsewhereTimer = nullptr; // one status note per burst of others' changes
};

} // namespace Accrue
