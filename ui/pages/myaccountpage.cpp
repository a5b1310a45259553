#include "pages/myaccountpage.h"

#include "billing/catalogservice.h"
#include "billing/creditnoteservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/subscriptionservice.h"
#include "common/error.h"
#include "common/localdates.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/paymentmethoddialog.h"
#include "dialogs/subscriptiondialog.h"
#include "documents/invoicepdfbatch.h"
#include "documents/reportfile.h"
#include "domain/paymentmethodrules.h"
#include "models/invoicetablemodel.h"
#include "models/reporttablemodel.h"
#include "pages/billingprofilespanel.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

namespace {

QString shortDate(const QDate &date)
{
    return date.isValid() ? LocalDates::shortDate(date) : QString();
}

QString statusWords(const QString &key)
{
    if (key == SubscriptionStatus::Trial)
        return MyAccountPage::tr("Trial");
    if (key == SubscriptionStatus::Paused)
        return MyAccountPage::tr("Paused");
    if (key == SubscriptionStatus::Cancelled)
        return MyAccountPage::tr("Cancelled");
    return MyAccountPage::tr("Active");
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpListTable(table);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

} // namespace

MyAccountPage::MyAccountPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_sections(new QTabWidget(this))
{
    if (const std::optional<Customer> c = CustomerService(session).find(session.scope().customerId))
        m_customer = *c;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(tr("My Account — Billing"));
    auto *who = new QLabel(tr("%1 (%2) · signed in as %3, %4")
                               .arg(m_customer.name, m_customer.code, session.userName(),
                                    Session::roleName(session.role())),
                           this);
    who->setObjectName(QStringLiteral("accountOwner"));
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(createInvoicesSection(), tr("Invoices && Credit Notes"));
    m_sections->addTab(createSubscriptionsSection(), tr("Subscriptions"));
    m_sections->addTab(createPaymentMethodsSection(), tr("Payment Methods"));
    m_profiles = new BillingProfilesPanel(session, this);
    m_profiles->setCustomer(m_customer.id, m_customer.archivedAt.isValid());
    connect(m_profiles, &BillingProfilesPanel::statusMessage, this, &Page::statusMessage);
    m_sections->addTab(m_profiles, tr("Billing Profiles"));
    m_sections->addTab(createStatementSection(), tr("Statement"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(who);
    layout->addWidget(m_sections, 1);
    refresh();
}

BookAreas MyAccountPage::areas() const
{
    return BookArea::Invoices | BookArea::Payments | BookArea::CreditNotes | BookArea::Customers
        | BookArea::Settings;
}

void MyAccountPage::refresh()
{
    m_mayChangeQuantity = m_session.can(Permission::ManageOwnAccount)
        && SettingsService(m_session).customersMayChangeQuantity();
    InvoiceListFilter filter;
    filter.status = QStringLiteral("issued"); // drafts are the biller's, not yet the customer's
    filter.today = m_session.today();
    m_invoices->setFilter(filter);
    loadCreditNotes();
    loadSubscriptions();
    loadPaymentMethods();
    m_profiles->setCustomer(m_customer.id, m_customer.archivedAt.isValid());
    loadStatement();
    updateActions();
    emit loaded();
}

// Invoices above, credit notes below; View and Download PDF over each.
QWidget *MyAccountPage::createInvoicesSection()
{
    auto *section = new QWidget(this);
    auto *bar = new QToolBar(section);
    m_viewInvoice = bar->addAction(QIcon::fromTheme(QStringLiteral("document-preview")),
                                   tr("&View…"), this, &MyAccountPage::viewInvoice);
    m_viewInvoice->setObjectName(QStringLiteral("viewInvoice"));
    m_invoicePdf = bar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                  tr("&Download PDF…"), this, &MyAccountPage::downloadInvoicePdf);
    m_invoicePdf->setObjectName(QStringLiteral("downloadInvoicePdf"));

    m_invoices = new InvoiceTableModel(m_session.db(), m_session.today(), this);
    m_invoiceView = new QTableView(section);
    m_invoiceView->setObjectName(QStringLiteral("myInvoices"));
    m_invoiceView->setModel(m_invoices);
    setUpListTable(m_invoiceView);
    m_invoiceView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Its own name on every row, and the biller's reminder and e-mail
    // columns, say nothing to the customer.
    for (const int column :
         { InvoiceTableModel::Customer, InvoiceTableModel::Reminded, InvoiceTableModel::Sent })
        m_invoiceView->setColumnHidden(column, true);
    // A customer's list is short: its numbers are shown whole.
    m_invoiceView->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::Number,
                                                            QHeaderView::ResizeToContents);
    m_invoiceView->horizontalHeader()->setStretchLastSection(true);
    // Newest first; the model keeps the order across refreshes.
    m_invoiceView->setSortingEnabled(true);
    m_invoiceView->sortByColumn(InvoiceTableModel::IssueDate, Qt::DescendingOrder);
    connect(m_invoiceView, &QTableView::doubleClicked, this, &MyAccountPage::viewInvoice);
    connect(m_invoiceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyAccountPage::updateActions);
    connect(m_invoices, &QAbstractItemModel::modelReset, this, &MyAccountPage::updateActions);

    auto *creditBar = new QToolBar(section);
    m_creditNotePdf = creditBar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                           tr("Download Credit Note &PDF…"), this,
                                           &MyAccountPage::downloadCreditNotePdf);
    m_creditNotePdf->setObjectName(QStringLiteral("downloadCreditNotePdf"));
    m_creditNotes = new ReportTableModel(this);
    m_creditNoteView = new QTableView(section);
    m_creditNoteView->setObjectName(QStringLiteral("myCreditNotes"));
    m_creditNoteView->setModel(m_creditNotes);
    setUpListTable(m_creditNoteView);
    m_creditNoteView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_creditNoteView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyAccountPage::updateActions);
    connect(m_creditNotes, &QAbstractItemModel::modelReset, this, &MyAccountPage::updateActions);

    auto *invoicesBox = new QWidget(section);
    auto *invoicesLayout = new QVBoxLayout(invoicesBox);
    invoicesLayout->setContentsMargins(0, 0, 0, 0);
    invoicesLayout->addWidget(new QLabel(tr("Invoices"), invoicesBox));
    invoicesLayout->addWidget(bar);
    invoicesLayout->addWidget(m_invoiceView, 1);
    auto *creditBox = new QWidget(section);
    auto *creditLayout = new QVBoxLayout(creditBox);
    creditLayout->setContentsMargins(0, 0, 0, 0);
    creditLayout->addWidget(new QLabel(tr("Credit notes"), creditBox));
    creditLayout->addWidget(creditBar);
    creditLayout->addWidget(m_creditNoteView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, section);
    splitter->addWidget(invoicesBox);
    splitter->addWidget(creditBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(splitter);
    return section;
}

QWidget *MyAccountPage::createSubscriptionsSection()
{
    auto *section = new QWidget(this);
    auto *bar = new QToolBar(section);
    m_changeQuantity
        = bar->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Change Quantity…"),
                         this, &MyAccountPage::changeQuantity);
    m_changeQuantity->setObjectName(QStringLiteral("changeQuantity"));
    m_subscriptionTable = newTable(
        { tr("Subscription"), tr("Plan"), tr("Quantity"), tr("Status"), tr("Next billing") },
        section);
    m_subscriptionTable->setObjectName(QStringLiteral("mySubscriptions"));
    connect(m_subscriptionTable, &QTableWidget::itemSelectionChanged, this,
            &MyAccountPage::updateActions);
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(bar);
    layout->addWidget(m_subscriptionTable, 1);
    return section;
}

QWidget *MyAccountPage::createPaymentMethodsSection()
{
    auto *section = new QWidget(this);
    auto *bar = new QToolBar(section);
    m_addMethod
        = bar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Payment Method…"),
                         this, &MyAccountPage::addPaymentMethod);
    m_addMethod->setObjectName(QStringLiteral("addPaymentMethod"));
    m_methodTable
        = newTable({ tr("Label"), tr("Kind"), tr("Card or account"), tr("Expires") }, section);
    m_methodTable->setObjectName(QStringLiteral("myPaymentMethods"));
    auto *layout = new QVBoxLayout(section);
    layout->addWidget(bar);
    layout->addWidget(m_methodTable, 1);
    return section;
}

QWidget *MyAccountPage::createStatementSection()
{
    auto *section = new QWidget(this);
    const QDate today = m_session.today();
    m_statementFrom = new QDateEdit(QDate(today.year(), 1, 1), section);
    m_statementTo = new QDateEdit(today, section);
    for (QDateEdit *edit : { m_statementFrom, m_statementTo })
        edit->setCalendarPopup(true);
    auto *show = new QPushButton(tr("&Show"), section);
    auto *csv = new QPushButton(tr("Export &CSV…"), section);
    csv->setObjectName(QStringLiteral("statementCsv"));
    auto *pdf = new QPushButton(tr("Save P&DF…"), section);
    pdf->setObjectName(QStringLiteral("statementPdf"));
    connect(show, &QPushButton::clicked, this, &MyAccountPage::loadStatement);
    connect(csv, &QPushButton::clicked, this, &MyAccountPage::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &MyAccountPage::saveStatementPdf);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), section));
    top->addWidget(m_statementFrom);
    top->addWidget(new QLabel(tr("to"), section));
    top->addWidget(m_statementTo);
    top->addWidget(show);
    top->addStretch(1);
    top->addWidget(csv);
    top->addWidget(pdf);
    m_statement = new ReportTableModel(this);
    auto *view = new QTableView(section);
    view->setObjectName(QStringLiteral("myStatement"));
    view->setModel(m_statement);
    setUpListTable(view);
    auto *layout = new QVBoxLayout(section);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    return section;
}

void MyAccountPage::loadSubscriptions()
{
    m_subscriptions.clear();
    if (m_customer.id != 0)
        m_subscriptions = SubscriptionService(m_session).list(m_customer.id);
    QHash<qint64, QString> planNames;
    for (const Plan &p : CatalogService(m_session).plans(true))
        planNames.insert(p.id, p.name);
    m_subscriptionTable->setRowCount(int(m_subscriptions.size()));
    for (int row = 0; row < int(m_subscriptions.size()); ++row) {
        const Subscription &s = m_subscriptions[std::size_t(row)];
        const QString cells[]
            = { s.name, planNames.value(s.planId), QLocale().toString(s.licenses),
                statusWords(s.status),
                s.status == SubscriptionStatus::Cancelled ? QString() : shortDate(s.renewalDate) };
        for (int column = 0; column < int(std::size(cells)); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_subscriptionTable->setItem(row, column, item);
        }
    }
}

void MyAccountPage::loadPaymentMethods()
{
    const std::vector<PaymentMethod> methods = m_customer.id != 0
        ? CustomerService(m_session).paymentMethods(m_customer.id)
        : std::vector<PaymentMethod>();
    m_methodTable->setRowCount(int(methods.size()));
    for (int row = 0; row < int(methods.size()); ++row) {
        const PaymentMethod &m = methods[std::size_t(row)];
        const QString number = !m.last4.isEmpty() ? tr("•••• %1").arg(m.last4) : m.account;
        const QString cells[] = { m.label, PaymentMethodRules::kindName(m.kind), number, m.expiry };
        for (int column = 0; column < int(std::size(cells)); ++column)
            m_methodTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

// A customer has few credit notes: the credit-note report for it alone,
// from the book's first day, is read at once.
void MyAccountPage::loadCreditNotes()
{
    ReportParameters p;
    p.from = QDate(1900, 1, 1);
    p.to = m_session.today();
    p.customer = m_customer.code;
    p.today = m_session.today();
    ReportTable table;
    try {
        if (m_customer.id != 0)
            ReportEngine::run(m_session.db(), QStringLiteral("credit-notes"), p, table);
    } catch (const Error &e) {
        emit statusMessage(e.userMessage());
    }
    m_creditNotes->setReport(std::move(table));
    m_creditNoteView->resizeColumnsToContents();
    // Its own code and name on every line say nothing to the customer.
    const auto &columns = m_creditNotes->report().columns();
    for (int column = 0; column < int(columns.size()); ++column)
        m_creditNoteView->setColumnHidden(column,
                                          columns.at(column).key == QLatin1String("customer_code")
                                              || columns.at(column).key
                                                  == QLatin1String("customer"));
}

void MyAccountPage::loadStatement()
{
    ReportParameters p;
    p.from = m_statementFrom->date();
    p.to = m_statementTo->date();
    p.customer = m_customer.code;
    p.today = m_session.today();
    ReportTable table;
    try {
        if (m_customer.id != 0)
            ReportEngine::run(m_session.db(), QStringLiteral("statement-of-account"), p, table);
    } catch (const Error &e) {
        emit statusMessage(e.userMessage());
    }
    m_statement->setReport(std::move(table));
}

void MyAccountPage::updateActions()
{
    const bool invoice = currentInvoiceId() != 0;
    m_viewInvoice->setEnabled(invoice);
    m_invoicePdf->setEnabled(invoice && m_session.can(Permission::Export));
    m_creditNotePdf->setEnabled(m_creditNoteView->selectionModel()->hasSelection()
                                && m_session.can(Permission::Export));
    const int row = m_subscriptionTable->currentRow();
    const bool live = row >= 0 && row < int(m_subscriptions.size())
        && !m_subscriptionTable->selectedItems().isEmpty()
        && m_subscriptions[std::size_t(row)].status != SubscriptionStatus::Cancelled;
    // Shown to every customer user, enabled only where the book allows it.
    m_changeQuantity->setEnabled(m_mayChangeQuantity && live);
    m_changeQuantity->setToolTip(m_mayChangeQuantity
                                     ? tr("Change the number of licenses from a date")
                                     : tr("Ask your provider to change quantities"));
    m_addMethod->setEnabled(m_session.can(Permission::ManageOwnAccount) && m_customer.id != 0);
}

qint64 MyAccountPage::currentInvoiceId() const
{
    const QModelIndexList rows = m_invoiceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_invoices->index(rows.first().row(), 0).data(InvoiceTableModel::IdRole).toLongLong();
}

void MyAccountPage::viewInvoice()
{
    const qint64 id = currentInvoiceId();
    if (id == 0)
        return;
    try {
        // Read only: no life-cycle actions are offered to a customer.
        InvoiceViewDialog dialog(m_session, InvoiceService(m_session).documentData(id), this);
        dialog.exec();
    } catch (const Error &e) {
        showError(this, tr("View Invoice"), e.userMessage());
    }
}

QString MyAccountPage::pdfFileName(const QString &customerName, const QString &number)
{
    // Only what every file system takes; the number makes it unique.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .-]+"));
    QString name = QString(customerName + u' ' + number).trimmed();
    name.replace(unsafe, QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

void MyAccountPage::downloadInvoicePdf()
{
    const qint64 id = currentInvoiceId();
    if (id == 0)
        return;
    const QString number = m_invoices->index(m_invoiceView->currentIndex().row(), 0)
                               .data(Qt::DisplayRole)
                               .toString();
    const QString path = SaveFile::ask(
        this, tr("Download PDF"), pdfFileName(m_customer.name, number), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        InvoicePdfBatch::forBook(m_session).writeOne(id, path);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showError(this, tr("Download PDF"), e.userMessage());
    }
}

void MyAccountPage::downloadCreditNotePdf()
{
    const QModelIndexList rows = m_creditNoteView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString number = m_creditNotes->index(rows.first().row(), 0)
                               .data(ReportTableModel::RawValueRole)
                               .toString();
    if (number.isEmpty())
        return;
    const QString path = SaveFile::ask(
        this, tr("Download PDF"), pdfFileName(m_customer.name, number), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        const CreditNote note = CreditNoteService(m_session).loadByNumber(number);
        InvoicePdfBatch::forBook(m_session).writeCreditNote(note.id, path);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showError(this, tr("Download PDF"), e.userMessage());
    }
}

void MyAccountPage::changeQuantity()
{
    const int row = m_subscriptionTable->currentRow();
    if (!m_mayChangeQuantity || row < 0 || row >= int(m_subscriptions.size()))
        return;
    SubscriptionDialog dialog(m_session, SubscriptionDialog::Mode::Change,
                              m_subscriptions[std::size_t(row)], this);
    dialog.setWindowTitle(tr("Change Quantity"));
    // The plan is the provider's to change; the licenses are the customer's.
    if (dialog.plan())
        dialog.plan()->setEnabled(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadSubscriptions();
    updateActions();
    emit statusMessage(tr("%1: %n license(s) from %2", nullptr, dialog.licenses()->value())
                           .arg(dialog.subscription().name, shortDate(dialog.date()->date())));
}

void MyAccountPage::addPaymentMethod()
{
    if (m_customer.id == 0)
        return;
    PaymentMethodDialog dialog(m_session, m_customer.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadPaymentMethods();
    // The profiles offer the new method as their default one.
    m_profiles->setCustomer(m_customer.id, m_customer.archivedAt.isValid());
    emit statusMessage(tr("Added a payment method"));
}

ReportParameters MyAccountPage::statementParameters() const
{
    ReportParameters p;
    p.from = m_statementFrom->date();
    p.to = m_statementTo->date();
    p.customer = m_customer.code;
    p.today = m_session.today();
    return p;
}

QString MyAccountPage::statementFileName(const QString &extension) const
{
    return QStringLiteral("%1 statement %2.%3")
        .arg(m_customer.code, m_statementTo->date().toString(Qt::ISODate), extension);
}

void MyAccountPage::exportCsv()
{
    const QString path
        = SaveFile::ask(this, tr("Export Statement"), statementFileName(QStringLiteral("csv")),
                        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ReportParameters p = statementParameters();
    try {
        ReportFile::write(m_session, path, ReportFile::Format::Csv, [&](ReportSink &sink) {
            ReportEngine::run(m_session.db(), QStringLiteral("statement-of-account"), p, sink);
        });
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showError(this, tr("Export Statement"), e.userMessage());
    }
}

void MyAccountPage::saveStatementPdf()
{
    const QString path
        = SaveFile::ask(this, tr("Save Statement"), statementFileName(QStringLiteral("pdf")),
                        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportParameters p = statementParameters();
    const QString described
        = tr("%1 (%2), %3 to %4")
              .arg(m_customer.name, m_customer.code, shortDate(p.from), shortDate(p.to));
    try {
        ReportFile::write(
            m_session, path, ReportFile::Format::Pdf,
            [&](ReportSink &sink) {
                ReportEngine::run(m_session.db(), QStringLiteral("statement-of-account"), p, sink);
            },
            described);
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showError(this, tr("Save Statement"), e.userMessage());
    }
}

} // namespace Accrue
