#pragma once

#include "pages/page.h"

#include <QKeySequence>
#include <functional>
#include <utility>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace Accrue {

class Database;
class InvoiceTableModel;
class Session;
struct Invoice;

// The invoice register: a filter bar (status, customer, search as you type)
// over a table that fetches rows as it scrolls.
class InvoicesPage final : public Page
{
    Q_OBJECT

public:
    // The session names the user in the audit records of the page's actions.
    explicit InvoicesPage(Session &session, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    // A drill-down from the Dashboard: the invoices of one status ("overdue",
    // "unpaid", ...) or, with setAgingBucket, the open ones in one aging
    // bucket (0 Current .. 4 90+; -1 none). It shows as a chip above the
    // table ("Overdue 31–60 days ×"); clicking it, choosing a status or
    // typing a search removes it.
    void setStatusFilter(const QString &statusKey);
    void setAgingBucket(int bucket);
    // The chip's text, empty when there is none.
    QString drillDown() const;

    void refresh() override;
    BookAreas areas() const override
    {
        return BookArea::Invoices | BookArea::Payments | BookArea::CreditNotes
            | BookArea::Customers;
    }
    void refreshFromOthers() override;
    void focusSearch() override;
    bool canExport() const override { return true; }
    void exportCsv() override;

    // Opens a draft in the editor, an issued invoice in the read-only view.
    void openInvoice(int row);
    // A new draft in the editor (Ctrl+N on this page).
    void newInvoice();
    void editDraft();
    void duplicateInvoice();
    void deleteDraft();
    void issueDraft();
    // The life-cycle actions on the selected invoice.
    void recordPayment();
    void issueCreditNote();
    void voidInvoice();
    void applyCredit();
    void markReminded();
    // Collections (CollectionsService, Finance and Admin): disputes and
    // write-offs of the selected invoice, and the 90+ bulk write-off.
    void markInDispute();
    void addDisputeNote();
    void resolveDispute();
    void writeOff();
    void writeOffOverdue();
    // Writes a PDF of each selected invoice into a folder the user picks.
    void exportPdfs();
    void exportPdfsTo(const QString &folder);
    std::vector<qint64> selectedIds() const;
    // Export E-invoice…: the selected issued invoice as a UBL e-invoice
    // (EN 16931, PEPPOL BIS Billing 3.0) in a file the user picks, proposed
    // as NUMBER.xml; what makes it invalid is shown as core's validator says
    // it. exportEInvoiceTo writes without asking (tests); false when refused.
    void exportEInvoice();
    bool exportEInvoiceTo(const QString &path);
    // Sends each selected invoice by e-mail: queued, then delivered on a
    // worker thread (mailSent reports). sendByEmail asks for the password
    // when the keychain has none; tests pass it.
    void sendByEmail();
    void sendByEmailWith(const QString &password);
    // Dunning Run…: the reminders due on a date, carried out on Confirm.
    void openDunningRun();
    // The invoice's audit records in the Audit Log viewer.
    void showHistory();
    QAction *action(const QString &objectName) const;

    // A window-wide action (Billing Run…) shown at the end of the toolbar.
    void addPageAction(QAction *action);

signals:
    void pdfsExported(int count);
    // Every problem: invoices whose e-mail could not be made, messages not sent.
    void mailSent(int sent, const QStringList &problems);

private:
    // The selected invoices (ids and rows) before a reload, to find again.
    struct KeptSelection
    {
        qint64 current = 0;
        int currentRow = -1;
        std::vector<std::pair<qint64, int>> rows;
    };
    static constexpr int keptRowsLimit = 1000;

    void applyFilter();
    void setDrillDown(const QString &statusKey, int bucket);
    void clearDrillDown();
    void showDrillDown();
    QString drillDownText() const;
    KeptSelection keptSelection() const;
    void restoreSelection(const KeptSelection &kept, bool scroll = true);
    qint64 selectedId() const;
    void createActions();
    void updateActions();
    void updateCollectActions(const QModelIndex &current);
    QAction *addAction(const QString &name, const QString &text, const QString &icon,
                       const QKeySequence &shortcut, void (InvoicesPage::*slot)());
    void openEditor(const Invoice &invoice);
    // Runs an action on the selected issued invoice; false if none is selected.
    bool withSelected(const std::function<void(Session &, const Invoice &)> &action);
    void updateFooter(qint64 rows);
    // A tool button that drops down a menu of the page's actions.
    void addMenuButton(const QString &name, const QString &text, const QString &icon,
                       const QStringList &actions);

    InvoiceTableModel *m_model;
    Session &m_session;
    QComboBox *m_status;
    QToolButton *m_chip;
    int m_agingBucket = -1;
    QString m_drillStatus;
    QLineEdit *m_customer;
    QLineEdit *m_search;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QToolBar *m_toolBar;
    QLabel *m_footer;
    QTimer *m_debounce;
};

} // namespace Accrue
