#include "pages/customerspage.h"

#include "billing/creditnoteservice.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/customerdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/paymentmethoddialog.h"
#include "documents/invoicepdfbatch.h"
#include "mail/mailsettings.h"
#include "mailtasks.h"
#include "models/customertablemodel.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "models/reporttablemodel.h"
#include "pages/billingprofilespanel.h"
#include "pages/receiptspanel.h"
#include "pages/subscriptionspanel.h"
#include "receipttasks.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

namespace {

void setUpTable(QTableView *table)
{
    setUpListTable(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

CustomersPage::CustomersPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_model(new CustomerTableModel(session.db(), session.today(), this))
    , m_search(new QLineEdit(this))
    , m_archived(new QCheckBox(tr("Archived"), this))
    , m_table(new QTableView(this))
    , m_details(new QTabWidget(this))
    , m_footer(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search code or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_archived->setToolTip(tr("Show the archived customers instead"));
    setUpTable(m_table);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Name,
                                                      QHeaderView::Stretch);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions();
    toolBar->addActions({ m_new, m_edit, m_paymentMethod, m_statement });
    toolBar->addSeparator();
    toolBar->addActions({ m_archive, m_restore, m_delete });
    toolBar->addSeparator();
    toolBar->addAction(m_import);
    // The tool bar takes no focus: the list's context menu (the Menu key,
    // Shift+F10) brings its actions within the keyboard's reach.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_table->addActions({ m_new, m_edit, m_paymentMethod, m_statement, separator, m_archive,
                          m_restore, m_delete, separator2, m_import });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_archived);
    createDetails();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_footer);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_archived, &QCheckBox::toggled, this, &CustomersPage::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::editCustomer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &CustomerTableModel::reloaded, this, [this](qint64 rows) {
        m_footer->setText(tr("%Ln customer(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
        updateActions();
        emit loaded();
    });
    m_footer->setText(tr("%Ln customer(s)", nullptr, int(m_model->totalRows())));
    updateActions();
}

void CustomersPage::createActions()
{
    auto action = [this](const char *name, const QString &text, const char *icon) {
        auto *a = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        a->setObjectName(QString::fromLatin1(name));
        // Shortcuts act on this page only.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(a);
        return a;
    };
    m_new = action("new", tr("&New Customer…"), "contact-new");
    m_new->setShortcut(QKeySequence::New);
    m_edit = action("edit", tr("&Edit…"), "document-edit");
    m_paymentMethod = action("paymentMethod", tr("Add &Payment Method…"), "list-add");
    m_archive = action("archive", tr("&Archive"), "archive-insert");
    m_restore = action("restore", tr("&Restore"), "edit-undo");
    m_delete = action("delete", tr("&Delete"), "edit-delete");
    m_statement = action("statement", tr("&Statement…"), "x-office-document");
    m_statement->setToolTip(tr("The customer's statement of account, on the Reports page"));
    m_import = action("import", tr("&Import Customers…"), "document-import");
    m_import->setToolTip(tr("Customers from another tool's CSV file, its columns mapped"));
    connect(m_import, &QAction::triggered, this, &CustomersPage::importCustomers);
    connect(m_statement, &QAction::triggered, this, [this] {
        if (const std::optional<Customer> c = current())
            emit statementRequested(c->code);
    });
    connect(m_new, &QAction::triggered, this, &CustomersPage::newCustomer);
    connect(m_edit, &QAction::triggered, this, &CustomersPage::editCustomer);
    connect(m_paymentMethod, &QAction::triggered, this, &CustomersPage::addPaymentMethod);
    connect(m_archive, &QAction::triggered, this, [this] { setArchived(true); });
    connect(m_restore, &QAction::triggered, this, [this] { setArchived(false); });
    connect(m_delete, &QAction::triggered, this, &CustomersPage::deleteCustomer);
}

void CustomersPage::createDetails()
{
    m_invoiceTable = new QTableView(m_details);
    m_paymentTable = new QTableView(m_details);
    m_creditNoteTable = new QTableView(m_details);
    for (QTableView *table : { m_invoiceTable, m_paymentTable, m_creditNoteTable })
        setUpTable(table);
    m_creditNotes = new ReportTableModel(this);
    m_creditNoteTable->setModel(m_creditNotes);
    m_profiles = new BillingProfilesPanel(m_session, m_details);
    connect(m_profiles, &BillingProfilesPanel::statusMessage, this, &Page::statusMessage);
    m_subscriptions = new SubscriptionsPanel(m_session, m_details);
    connect(m_subscriptions, &SubscriptionsPanel::statusMessage, this, &Page::statusMessage);
    m_receipts = new ReceiptsPanel(m_session, m_details);
    connect(m_receipts, &ReceiptsPanel::statusMessage, this, &Page::statusMessage);
    // A payment's receipt from its row too, through the context menu.
    m_paymentReceiptPdf = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                      tr("Receipt &PDF…"), m_paymentTable);
    m_paymentReceiptPdf->setObjectName(QStringLiteral("paymentReceiptPdf"));
    m_paymentTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_paymentTable->addAction(m_paymentReceiptPdf);
    connect(m_paymentReceiptPdf, &QAction::triggered, this,
            [this] { ReceiptTasks::savePdf(this, m_session, chosenPaymentReceipt()); });
    m_details->addTab(m_invoiceTable, tr("&Invoices"));
    m_details->addTab(m_paymentTable, tr("Pa&yments"));
    m_details->addTab(m_receipts, tr("Recei&pts"));
    m_details->addTab(createCreditNotesTab(), tr("C&redit Notes"));
    m_details->addTab(m_subscriptions, tr("&Subscriptions"));
    m_details->addTab(m_profiles, tr("&Billing Profiles"));
    m_details->setEnabled(false);
}

void CustomersPage::applyFilter()
{
    CustomerListFilter filter;
    filter.search = m_search->text().trimmed();
    filter.archived = m_archived->isChecked();
    m_model->setFilter(filter);
}

std::optional<Customer> CustomersPage::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 id = rows.first().data(CustomerTableModel::IdRole).toLongLong();
    return CustomerService(m_session).find(id);
}

QString CustomersPage::chosenPaymentReceipt() const
{
    const QModelIndex index = m_paymentTable->currentIndex();
    return index.isValid() ? index.data(PaymentTableModel::ReceiptRole).toString() : QString();
}

void CustomersPage::selectRow(int row)
{
    m_table->selectRow(row);
}

// The chosen customer's documents, read the way the Invoices and
// Transactions pages read theirs.
void CustomersPage::showDetails()
{
    const std::optional<Customer> c = current();
    m_details->setEnabled(c.has_value());
    if (!c)
        return;
    if (!m_invoices) {
        m_invoices = new InvoiceTableModel(m_session.db(), m_session.today(), this);
        m_invoiceTable->setModel(m_invoices);
        m_invoiceTable->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::Customer,
                                                                 QHeaderView::Stretch);
        m_payments = new PaymentTableModel(m_session.db(), 0, this);
        m_paymentTable->setModel(m_payments);
        m_paymentTable->horizontalHeader()->setSectionResizeMode(PaymentTableModel::AppliedTo,
                                                                 QHeaderView::Stretch);
    }
    InvoiceListFilter invoices;
    invoices.customer = c->code; // an exact code selects that customer alone
    m_invoices->setFilter(invoices);
    PaymentListFilter payments;
    payments.customerId = c->id;
    m_payments->setFilter(payments);
    showCreditNotes(*c);
    m_receipts->setCustomer(c->id);
    m_profiles->setCustomer(c->id, c->archivedAt.isValid());
    m_subscriptions->setCustomer(c->id, c->archivedAt.isValid());
}

// A customer has few credit notes: the credit-note report for them alone,
// from the first day of the book, is read at once.
void CustomersPage::showCreditNotes(const Customer &c)
{
    ReportParameters p;
    p.from = QDate(1900, 1, 1);
    p.to = m_session.today();
    p.customer = c.code;
    p.today = m_session.today();
    ReportTable table;
    try {
        ReportEngine::run(m_session.db(), QStringLiteral("credit-notes"), p, table);
    } catch (const Error &e) {
        emit statusMessage(e.userMessage());
    }
    m_creditNotes->setReport(std::move(table));
}

// The credit notes with "PDF…" and "Send by E-mail…" over them and in their
// context menu.
QWidget *CustomersPage::createCreditNotesTab()
{
    auto *tab = new QWidget(m_details);
    auto *bar = new QToolBar(tab);
    m_creditNotePdf
        = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&PDF…"), this);
    m_creditNotePdf->setObjectName(QStringLiteral("creditNotePdf"));
    m_creditNotePdf->setToolTip(tr("Save the chosen credit note as a PDF"));
    m_creditNotePdf->setVisible(m_session.can(Permission::Export));
    m_creditNotePdf->setEnabled(false);
    bar->addAction(m_creditNotePdf);
    m_creditNoteMail
        = new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send by &E-mail…"), this);
    m_creditNoteMail->setObjectName(QStringLiteral("creditNoteMail"));
    m_creditNoteMail->setToolTip(tr("E-mail the chosen credit note with its PDF to the customer"));
    m_creditNoteMail->setVisible(m_session.can(Permission::Billing));
    m_creditNoteMail->setEnabled(false);
    bar->addAction(m_creditNoteMail);
    m_creditNoteTable->setParent(tab);
    m_creditNoteTable->addAction(m_creditNotePdf);
    m_creditNoteTable->addAction(m_creditNoteMail);
    m_creditNoteTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_creditNoteTable);
    connect(m_creditNotePdf, &QAction::triggered, this, &CustomersPage::saveCreditNotePdf);
    connect(m_creditNoteMail, &QAction::triggered, this, &CustomersPage::sendCreditNote);
    auto update = [this] {
        const bool chosen = !chosenCreditNote().isEmpty();
        m_creditNotePdf->setEnabled(chosen);
        m_creditNoteMail->setEnabled(chosen);
    };
    connect(m_creditNoteTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            update);
    connect(m_creditNotes, &QAbstractItemModel::modelReset, this, update);
    return tab;
}

// The number of the chosen credit note; empty for none or a total row.
QString CustomersPage::chosenCreditNote() const
{
    const QModelIndexList rows = m_creditNoteTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_creditNotes->index(rows.first().row(), 0)
        .data(ReportTableModel::RawValueRole)
        .toString();
}

void CustomersPage::saveCreditNotePdf()
{
    const QString number = chosenCreditNote();
    if (number.isEmpty())
        return;
    const QString path
        = SaveFile::ask(this, tr("Save PDF"), number + u".pdf", tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        const CreditNote note = CreditNoteService(m_session).loadByNumber(number);
        InvoicePdfBatch::forBook(m_session).writeCreditNote(note.id, path);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showError(this, tr("Save PDF"), e.userMessage());
    }
}

void CustomersPage::sendCreditNote()
{
    if (chosenCreditNote().isEmpty())
        return;
    if (const auto password = MailTasks::readyToSend(this, m_session, tr("Send by E-mail")))
        sendCreditNoteWith(*password);
}

void CustomersPage::sendCreditNoteWith(const QString &password)
{
    const QString number = chosenCreditNote();
    try {
        const CreditNote note = CreditNoteService(m_session).loadByNumber(number);
        const MailSettings settings = MailSettingsService(m_session).load();
        emit statusMessage(tr("Sending credit note %1 by e-mail…").arg(number));
        MailTasks::sendCreditNote(
            this, m_session, note.id, settings, password,
            [this](const MailRun &run) {
                emit statusMessage(MailTasks::summary(run));
                const QStringList problems = run.refused + run.delivery.problems;
                if (!problems.isEmpty())
                    showError(this, tr("Send by E-mail"),
                              tr("The credit note was not sent (what was queued is tried again "
                                 "later; see Billing > E-mail Outbox):\n%1")
                                  .arg(problems.join(u'\n')));
                emit creditNoteMailed(run.delivery.sent, problems);
            },
            [this](const QString &error) {
                showError(this, tr("Send by E-mail"), error);
                emit creditNoteMailed(0, { error });
            });
    } catch (const Error &e) {
        showError(this, tr("Send by E-mail"), e.userMessage());
    }
}

void CustomersPage::updateActions()
{
    const bool may = m_session.can(Permission::Billing);
    const bool chosen = m_table->selectionModel()->hasSelection();
    const bool archived = m_archived->isChecked();
    m_new->setVisible(may);
    m_import->setVisible(may);
    for (QAction *a : { m_edit, m_paymentMethod, m_archive, m_restore, m_delete })
        a->setVisible(may);
    m_edit->setEnabled(chosen);
    m_statement->setEnabled(chosen);
    m_paymentMethod->setEnabled(chosen && !archived);
    m_archive->setEnabled(chosen && !archived);
    m_restore->setEnabled(chosen && archived);
    m_delete->setEnabled(chosen);
}

bool CustomersPage::runChange(const QString &what, const std::function<void()> &change)
{
    try {
        change();
        return true;
    } catch (const Error &e) {
        showError(this, what, e.userMessage());
        return false;
    }
}

void CustomersPage::newCustomer()
{
    CustomerDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Added customer %1").arg(dialog.customer().code));
}

void CustomersPage::editCustomer()
{
    const std::optional<Customer> c = current();
    if (!c || !m_session.can(Permission::Billing))
        return;
    CustomerDialog dialog(m_session, *c, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Saved customer %1").arg(c->code));
}

void CustomersPage::setArchived(bool archived)
{
    const std::optional<Customer> c = current();
    if (!c)
        return;
    if (runChange(archived ? tr("Archive Customer") : tr("Restore Customer"), [&] {
            if (archived)
                CustomerService(m_session).archive(c->id);
            else
                CustomerService(m_session).restore(c->id);
        }))
        emit statusMessage(archived ? tr("Archived %1; its history stays").arg(c->code)
                                    : tr("Restored %1").arg(c->code));
}

void CustomersPage::deleteCustomer()
{
    const std::optional<Customer> c = current();
    if (!c)
        return;
    if (QMessageBox::question(this, tr("Delete Customer"),
                              tr("Delete %1 (%2) with its billing profiles and payment methods? "
                                 "Only a customer with no documents can be deleted.")
                                  .arg(c->code, c->name))
        != QMessageBox::Yes)
        return;
    if (runChange(tr("Delete Customer"), [&] { CustomerService(m_session).remove(c->id); }))
        emit statusMessage(tr("Deleted %1").arg(c->code));
}

ImportDialog *CustomersPage::importCustomers()
{
    ImportDialog *dialog = ImportDialog::showFor(m_session, ImportDialog::Kind::Customers, this);
    connect(dialog, &ImportDialog::imported, this,
            [this, dialog] { emit statusMessage(dialog->message()); });
    return dialog;
}

void CustomersPage::addPaymentMethod()
{
    const std::optional<Customer> c = current();
    if (!c)
        return;
    PaymentMethodDialog dialog(m_session, c->id, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Added a payment method for %1").arg(c->code));
}

void CustomersPage::refresh()
{
    m_model->reload();
    showDetails();
}

void CustomersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Accrue
