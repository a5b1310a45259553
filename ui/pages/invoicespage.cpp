#include "pages/invoicespage.h"

#include "backgroundtask.h"
#include "billing/auditaccess.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "csvexport.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/bulkwriteoffdialog.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/disputedialog.h"
#include "dialogs/dunningrundialog.h"
#include "dialogs/invoiceeditordialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/writeoffdialog.h"
#include "documents/invoicedocument.h"
#include "documents/invoicepdfbatch.h"
#include "einvoice/einvoiceservice.h"
#include "mail/mailsettings.h"
#include "mailtasks.h"
#include "models/invoicetablemodel.h"
#include "money/money.h"
#include "reports/agingreport.h"
#include "reports/invoicelistreport.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace Accrue {

InvoicesPage::InvoicesPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new InvoiceTableModel(session.db(), session.today(), this))
    , m_session(session)
    , m_status(new QComboBox(this))
    , m_chip(new QToolButton(this))
    , m_customer(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_dated(new QCheckBox(tr("Issued"), this))
    , m_from(new QDateEdit(session.today().addMonths(-1), this))
    , m_to(new QDateEdit(session.today(), this))
    , m_table(new QTableView(this))
    , m_toolBar(new QToolBar(this))
    , m_footer(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    for (const InvoiceStatusFilter &filter : InvoiceRules::statusFilters())
        m_status->addItem(filter.name, filter.key);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Customer code or name"));
    m_customer->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number or customer (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_customer, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_dated);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &InvoicesPage::applyFilter);
    }
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    // A filter the Dashboard opened the page with: a chip of its own above
    // the table, one click (or a search) away from the whole list.
    m_chip->setObjectName(QStringLiteral("drillDownChip"));
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setToolTip(tr("Remove this filter"));
    m_chip->hide();
    connect(m_chip, &QToolButton::clicked, this, [this] {
        clearDrillDown();
        applyFilter();
    });
    auto *chips = new QHBoxLayout;
    chips->addWidget(m_chip);
    chips->addStretch(1);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceTableModel::IssueDate, Qt::DescendingOrder);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::Customer,
                                                      QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(InvoiceTableModel::Number,
                            metrics.horizontalAdvance(QStringLiteral("INV-0000-0000000")) + 16);
    // Room for the dispute flag after the status (icon and text).
    m_table->setColumnWidth(InvoiceTableModel::Status,
                            metrics.horizontalAdvance(tr("Partially paid · Disputed")) + 40);

    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addLayout(chips);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    // Typing refilters after a short pause, not on every key stroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &InvoicesPage::applyFilter);
    connect(m_customer, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Searching looks through every invoice, not just the Dashboard's few.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            clearDrillDown();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        clearDrillDown(); // a status choice replaces the Dashboard's filter
        applyFilter();
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openInvoice(index.row()); });
    connect(m_model, &InvoiceTableModel::reloaded, this, [this](qint64 rows) {
        updateFooter(rows);
        emit loaded();
    });
    updateFooter(m_model->totalRows());
}

void InvoicesPage::applyFilter()
{
    InvoiceListFilter filter = m_model->filter();
    filter.status = m_drillStatus.isEmpty() ? m_status->currentData().toString() : m_drillStatus;
    filter.customer = m_customer->text().trimmed();
    filter.search = m_search->text().trimmed();
    filter.from = m_dated->isChecked() ? m_from->date() : QDate();
    filter.to = m_dated->isChecked() ? m_to->date() : QDate();
    filter.agingBucket = m_agingBucket;
    filter.today = m_session.today();
    m_model->setFilter(filter);
}

QString InvoicesPage::drillDownText() const
{
    if (m_agingBucket == 0)
        return tr("Not yet due");
    if (m_agingBucket > 0) // "31-60" reads as a range: an en dash
        return tr("Overdue %1 days")
            .arg(AgingReport::bucketTitle(m_agingBucket).replace(u'-', u'–'));
    for (const InvoiceStatusFilter &filter : InvoiceRules::statusFilters())
        if (filter.key == m_drillStatus)
            return filter.name;
    return m_drillStatus;
}

void InvoicesPage::showDrillDown()
{
    const bool on = m_agingBucket >= 0 || !m_drillStatus.isEmpty();
    m_chip->setVisible(on);
    if (on)
        m_chip->setText(drillDownText() + QStringLiteral("  ×"));
    m_chip->setAccessibleName(on ? tr("Filter: %1. Remove").arg(drillDownText()) : QString());
}

void InvoicesPage::clearDrillDown()
{
    m_agingBucket = -1;
    m_drillStatus.clear();
    showDrillDown();
}

void InvoicesPage::setDrillDown(const QString &statusKey, int bucket)
{
    m_drillStatus = statusKey;
    m_agingBucket = bucket;
    {
        // The chip is the filter: the status box shows all, and the search
        // is cleared so that what the Dashboard counted is what is listed.
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockSearch(m_search);
        m_status->setCurrentIndex(0);
        m_search->clear();
    }
    showDrillDown();
    applyFilter();
}

void InvoicesPage::setStatusFilter(const QString &statusKey)
{
    setDrillDown(statusKey, -1);
}

void InvoicesPage::setAgingBucket(int bucket)
{
    setDrillDown(QString(), bucket);
}

QString InvoicesPage::drillDown() const
{
    return m_chip->isHidden() ? QString() : drillDownText();
}

void InvoicesPage::openInvoice(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    const qint64 id = index.data(InvoiceTableModel::IdRole).toLongLong();
    if (id <= 0)
        return;
    try {
        if (index.data(InvoiceTableModel::StatusKeyRole).toString() == QLatin1String("draft")) {
            openEditor(InvoiceService(m_session).load(id));
            return;
        }
        InvoiceViewDialog dialog(m_session, InvoiceService(m_session).documentData(id), this);
        m_table->setCurrentIndex(index); // the actions act on the viewed invoice
        QList<QAction *> actions;
        for (const char *name : { "pay", "credit", "void", "applyCredit", "remind", "dispute",
                                  "resolveDispute", "writeOff", "mail", "duplicate", "history" })
            actions << action(QString::fromLatin1(name));
        // Not even greyed out for users the audit trail is closed to.
        if (!action(QStringLiteral("history"))->isVisible())
            actions.removeOne(action(QStringLiteral("history")));
        dialog.offerActions(actions);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenAction())
            dialog.chosenAction()->trigger();
    } catch (const Error &e) {
        showError(this, tr("Invoice"), e.userMessage());
    }
}

void InvoicesPage::openEditor(const Invoice &invoice)
{
    InvoiceEditorDialog editor(m_session, invoice, this);
    bool changed = false;
    connect(&editor, &InvoiceEditorDialog::saved, this, [&changed] { changed = true; });
    connect(&editor, &InvoiceEditorDialog::issued, this, [&changed] { changed = true; });
    editor.exec();
    if (changed) {
        refresh();
    }
}

QAction *InvoicesPage::addAction(const QString &name, const QString &text, const QString &icon,
                                 const QKeySequence &shortcut, void (InvoicesPage::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Shortcuts act on this page only: Ctrl+N is "new invoice" here.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

void InvoicesPage::createActions()
{
    // Ctrl+N wherever the focus is while the page is in front (its tab,
    // the search field, the table): the window's shortcut, and only while
    // the page is shown, since a hidden page's actions do not match.
    addAction(QStringLiteral("new"), tr("&New Invoice"), QStringLiteral("document-new"),
              QKeySequence::New, &InvoicesPage::newInvoice)
        ->setShortcutContext(Qt::WindowShortcut);
    addAction(QStringLiteral("edit"), tr("&Edit Draft…"), QStringLiteral("document-edit"),
              QKeySequence(Qt::Key_F2), &InvoicesPage::editDraft);
    addAction(QStringLiteral("issue"), tr("&Issue"), QStringLiteral("document-send"),
              QKeySequence(tr("Ctrl+Shift+I")), &InvoicesPage::issueDraft);
    addAction(QStringLiteral("duplicate"), tr("D&uplicate"), QStringLiteral("edit-copy"),
              QKeySequence(tr("Ctrl+D")), &InvoicesPage::duplicateInvoice);
    addAction(QStringLiteral("delete"), tr("&Delete Draft"), QStringLiteral("edit-delete"),
              QKeySequence::Delete, &InvoicesPage::deleteDraft);
    addAction(QStringLiteral("pay"), tr("Record &Payment…"), QStringLiteral("list-add"),
              QKeySequence(tr("Ctrl+Shift+P")), &InvoicesPage::recordPayment);
    addAction(QStringLiteral("credit"), tr("Issue &Credit Note…"), QStringLiteral("edit-undo"),
              QKeySequence(tr("Ctrl+Shift+C")), &InvoicesPage::issueCreditNote);
    addAction(QStringLiteral("void"), tr("&Void…"), QStringLiteral("process-stop"), QKeySequence(),
              &InvoicesPage::voidInvoice);
    addAction(QStringLiteral("applyCredit"), tr("&Apply Customer Credit"),
              QStringLiteral("go-next"), QKeySequence(), &InvoicesPage::applyCredit);
    addAction(QStringLiteral("remind"), tr("Mark &Reminded"), QStringLiteral("mail-mark-important"),
              QKeySequence(tr("Ctrl+Shift+R")), &InvoicesPage::markReminded);
    addAction(QStringLiteral("pdf"), tr("Export P&DFs…"), QStringLiteral("document-save-as"),
              QKeySequence(), &InvoicesPage::exportPdfs);
    addAction(QStringLiteral("mail"), tr("Send by E-&mail…"), QStringLiteral("mail-send"),
              QKeySequence(), &InvoicesPage::sendByEmail);
    addAction(QStringLiteral("einvoice"), tr("Export E-&invoice…"), QStringLiteral("text-xml"),
              QKeySequence(), &InvoicesPage::exportEInvoice);
    addAction(QStringLiteral("dunningRun"), tr("D&unning Run…"),
              QStringLiteral("mail-mark-important"), QKeySequence(), &InvoicesPage::openDunningRun);

    addAction(QStringLiteral("dispute"), tr("Mark In &Dispute…"), QStringLiteral("flag-red"),
              QKeySequence(), &InvoicesPage::markInDispute);
    addAction(QStringLiteral("disputeNote"), tr("Add Dispute &Note…"),
              QStringLiteral("document-edit"), QKeySequence(), &InvoicesPage::addDisputeNote);
    addAction(QStringLiteral("resolveDispute"), tr("Re&solve Dispute…"),
              QStringLiteral("dialog-ok-apply"), QKeySequence(), &InvoicesPage::resolveDispute);
    addAction(QStringLiteral("writeOff"), tr("&Write Off…"), QStringLiteral("edit-clear"),
              QKeySequence(), &InvoicesPage::writeOff);
    addAction(QStringLiteral("writeOff90"), tr("Write Off &90+ Days…"),
              QStringLiteral("edit-clear-history"), QKeySequence(), &InvoicesPage::writeOffOverdue);
    addAction(QStringLiteral("history"), tr("&History of This Invoice…"),
              QStringLiteral("view-history"), QKeySequence(), &InvoicesPage::showHistory);

    // The selection's actions: in a toolbar over the table and its context
    // menu. The toolbar groups them in drop-down buttons (Collect, Send) so
    // that it fits a 1280 px window without the overflow arrow.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : { "new", "edit", "issue", "duplicate", "delete" })
        m_toolBar->addAction(action(QString::fromLatin1(name)));
    m_toolBar->addSeparator();
    addMenuButton(QStringLiteral("collectMenu"), tr("Co&llect"), QStringLiteral("wallet-open"),
                  { QStringLiteral("pay"),
                    QStringLiteral("applyCredit"),
                    QStringLiteral("remind"),
                    QStringLiteral("dunningRun"),
                    {},
                    QStringLiteral("dispute"),
                    QStringLiteral("disputeNote"),
                    QStringLiteral("resolveDispute"),
                    {},
                    QStringLiteral("writeOff"),
                    QStringLiteral("writeOff90") });
    m_toolBar->addAction(action(QStringLiteral("credit")));
    m_toolBar->addAction(action(QStringLiteral("void")));
    m_toolBar->addSeparator();
    addMenuButton(QStringLiteral("sendMenu"), tr("S&end"), QStringLiteral("document-send"),
                  { QStringLiteral("pdf"), QStringLiteral("einvoice"), QStringLiteral("mail") });

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QStringList contextMenu {
        QStringLiteral("new"),
        QStringLiteral("edit"),
        QStringLiteral("issue"),
        QStringLiteral("duplicate"),
        QStringLiteral("delete"),
        {},
        QStringLiteral("pay"),
        QStringLiteral("credit"),
        QStringLiteral("void"),
        QStringLiteral("applyCredit"),
        QStringLiteral("remind"),
        {},
        QStringLiteral("dispute"),
        QStringLiteral("disputeNote"),
        QStringLiteral("resolveDispute"),
        QStringLiteral("writeOff"),
        {},
        QStringLiteral("pdf"),
        QStringLiteral("einvoice"),
        QStringLiteral("mail"),
        {},
        QStringLiteral("history"),
    };
    for (const QString &name : contextMenu) {
        if (name.isEmpty()) {
            auto *separator = new QAction(m_table);
            separator->setSeparator(true);
            m_table->addAction(separator);
        } else {
            m_table->addAction(action(name));
        }
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvoicesPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvoicesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateActions);
    updateActions();
}

void InvoicesPage::addMenuButton(const QString &name, const QString &text, const QString &icon,
                                 const QStringList &actions)
{
    auto *menu = new QMenu(this);
    for (const QString &a : actions) {
        if (a.isEmpty())
            menu->addSeparator();
        else
            menu->addAction(action(a));
    }
    auto *button = new QToolButton(m_toolBar);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(icon));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(button);
}

QAction *InvoicesPage::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly);
}

void InvoicesPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const QString status
        = current.isValid() ? current.data(InvoiceTableModel::StatusKeyRole).toString() : QString();
    // Which actions the row's status allows and the role may use: core's rule.
    const std::pair<const char *, InvoiceAction> actions[] = {
        { "edit", InvoiceAction::Edit },     { "issue", InvoiceAction::Issue },
        { "delete", InvoiceAction::Delete }, { "duplicate", InvoiceAction::Duplicate },
        { "pay", InvoiceAction::Pay },       { "credit", InvoiceAction::Credit },
        { "void", InvoiceAction::Void },     { "applyCredit", InvoiceAction::ApplyCredit },
        { "remind", InvoiceAction::Remind }, { "pdf", InvoiceAction::Pdf },
    };
    for (const auto &[name, rule] : actions) {
        QAction *a = action(QString::fromLatin1(name));
        const bool may = m_session.can(InvoiceRules::permission(rule));
        a->setVisible(may || rule == InvoiceAction::Pdf);
        // PDFs: of the issued invoices among the selected rows too.
        const bool applies = InvoiceRules::allows(rule, status)
            || (rule == InvoiceAction::Pdf && !selectedIds().empty());
        a->setEnabled(may && applies);
    }
    // E-invoice: the current issued invoice, for those who may export.
    QAction *einvoice = action(QStringLiteral("einvoice"));
    einvoice->setVisible(m_session.can(Permission::Export));
    einvoice->setEnabled(einvoice->isVisible() && current.isValid()
                         && status != QLatin1String("draft"));
    // E-mail: the issued invoices among the selected rows, for billing roles.
    QAction *mail = action(QStringLiteral("mail"));
    mail->setVisible(m_session.can(Permission::Billing));
    mail->setEnabled(mail->isVisible() && !selectedIds().empty());
    action(QStringLiteral("dunningRun"))->setVisible(m_session.can(Permission::Billing));
    QAction *history = action(QStringLiteral("history"));
    history->setVisible(AuditAccess::allowed(m_session));
    history->setEnabled(history->isVisible() && selectedId() > 0);
    QAction *create = action(QStringLiteral("new"));
    create->setVisible(m_session.can(Permission::Billing));
    create->setEnabled(create->isVisible());
    updateCollectActions(current);
}

void InvoicesPage::updateCollectActions(const QModelIndex &current)
{
    // Shown to every role, enabled for those CollectionsService lets write
    // (Finance, Admin): the service checks again and says why it refuses.
    const bool may = m_session.can(Permission::Billing);
    const QString status
        = current.isValid() ? current.data(InvoiceTableModel::StatusKeyRole).toString() : QString();
    const bool open = status == QLatin1String("open") || status == QLatin1String("overdue")
        || status == QLatin1String("partially_paid");
    const bool disputed
        = current.isValid() && current.data(InvoiceTableModel::DisputedRole).toBool();
    const bool owes = current.isValid()
        && m_model->index(current.row(), InvoiceTableModel::Balance)
                .data(InvoiceTableModel::RawValueRole)
                .toLongLong()
            > 0;
    const std::pair<const char *, bool> rules[] = {
        { "dispute", open && !disputed }, { "disputeNote", disputed },
        { "resolveDispute", disputed },   { "writeOff", open && owes },
        { "writeOff90", true },
    };
    const QString why = tr("Needs the Finance or Admin role");
    for (const auto &[name, applies] : rules) {
        QAction *a = action(QString::fromLatin1(name));
        a->setEnabled(may && applies);
        a->setToolTip(may ? a->text().remove(u'&') : why);
    }
}

qint64 InvoicesPage::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(InvoiceTableModel::IdRole).toLongLong() : 0;
}

std::vector<qint64> InvoicesPage::selectedIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qint64 id = index.data(InvoiceTableModel::IdRole).toLongLong();
        if (id > 0
            && index.data(InvoiceTableModel::StatusKeyRole).toString() != QLatin1String("draft"))
            ids.push_back(id);
    }
    if (ids.empty() && selectedId() > 0)
        ids.push_back(selectedId());
    return ids;
}

void InvoicesPage::newInvoice()
{
    try {
        openEditor(InvoiceEditorDialog::newInvoice(m_session));
    } catch (const Error &e) {
        showError(this, tr("New Invoice"), e.userMessage());
    }
}

void InvoicesPage::editDraft()
{
    if (m_table->currentIndex().isValid())
        openInvoice(m_table->currentIndex().row());
}

void InvoicesPage::duplicateInvoice()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    try {
        const Invoice source = InvoiceService(m_session).load(id);
        openEditor(InvoiceRules::duplicateOf(source, m_session.today()));
    } catch (const Error &e) {
        showError(this, tr("Duplicate"), e.userMessage());
    }
}

void InvoicesPage::deleteDraft()
{
    const qint64 id = selectedId();
    if (id <= 0
        || QMessageBox::question(this, tr("Delete Draft"), tr("Delete this draft invoice?"))
            != QMessageBox::Yes)
        return;
    try {
        InvoiceService(m_session).deleteDraft(id);
    } catch (const Error &e) {
        showError(this, tr("Delete Draft"), e.userMessage());
    }
    refresh();
}

void InvoicesPage::issueDraft()
{
    const qint64 id = selectedId();
    if (id <= 0
        || QMessageBox::question(this, tr("Issue Invoice"),
                                 tr("Issue this draft? It gets its number and cannot be changed "
                                    "afterwards."))
            != QMessageBox::Yes)
        return;
    try {
        const Invoice issued = InvoiceService(m_session).issue(id);
        emit statusMessage(tr("Issued %1").arg(issued.number));
    } catch (const Error &e) {
        showError(this, tr("Issue Invoice"), e.userMessage());
    }
    refresh();
}

bool InvoicesPage::withSelected(const std::function<void(Session &, const Invoice &)> &action)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    try {
        const Invoice invoice = InvoiceService(m_session).load(id);
        if (invoice.status == InvoiceStatus::Draft) {
            QMessageBox::information(this, tr("Invoice"), tr("A draft has to be issued first."));
            return false;
        }
        action(m_session, invoice);
    } catch (const Error &e) {
        showError(this, tr("Invoice"), e.userMessage());
        return false;
    }
    refresh();
    return true;
}

void InvoicesPage::recordPayment()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        PaymentDialog(session, invoice, this).exec();
    });
}

void InvoicesPage::issueCreditNote()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        CreditNoteDialog(session, invoice, this).exec();
    });
}

void InvoicesPage::voidInvoice()
{
    // Voiding is a full credit note: the invoice stays, its balance goes.
    withSelected([this](Session &session, const Invoice &invoice) {
        CreditNoteDialog dialog(session, invoice, this);
        dialog.setVoidMode();
        dialog.exec();
    });
}

void InvoicesPage::applyCredit()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        const Money applied
            = PaymentService(session).applyCredit(invoice.id, Money(), session.today());
        QMessageBox::information(
            this, tr("Customer credit"),
            tr("%1 of credit applied to %2.").arg(applied.format(QLocale()), invoice.number));
    });
}

void InvoicesPage::markReminded()
{
    withSelected([](Session &session, const Invoice &invoice) {
        InvoiceService(session).markReminded(invoice.id, session.today());
    });
}

void InvoicesPage::markInDispute()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        if (DisputeDialog(session, invoice, DisputeDialog::Mode::Open, this).exec()
            == QDialog::Accepted)
            emit statusMessage(tr("%1 is in dispute").arg(invoice.number));
    });
}

void InvoicesPage::addDisputeNote()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        DisputeDialog(session, invoice, DisputeDialog::Mode::AddNote, this).exec();
    });
}

void InvoicesPage::resolveDispute()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        if (WriteOffDialog(session, invoice, WriteOffDialog::Mode::ResolveDispute, this).exec()
            == QDialog::Accepted)
            emit statusMessage(tr("The dispute of %1 is resolved").arg(invoice.number));
    });
}

void InvoicesPage::writeOff()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        if (WriteOffDialog(session, invoice, WriteOffDialog::Mode::WriteOff, this).exec()
            == QDialog::Accepted)
            emit statusMessage(
                tr("Wrote off %1 of %2").arg(invoice.balance.format(QLocale()), invoice.number));
    });
}

void InvoicesPage::writeOffOverdue()
{
    try {
        BulkWriteOffDialog dialog(m_session, 90, this);
        if (dialog.exec() == QDialog::Accepted)
            emit statusMessage(dialog.summary());
    } catch (const Error &e) {
        showError(this, tr("Write Off 90+"), e.userMessage());
    }
    refresh();
}

void InvoicesPage::exportPdfs()
{
    if (selectedIds().empty())
        return;
    const QString folder = SaveFile::askFolder(this, tr("Export PDFs to"));
    if (!folder.isEmpty())
        exportPdfsTo(folder);
}

void InvoicesPage::exportPdfsTo(const QString &folder)
{
    const std::vector<qint64> ids = selectedIds();
    auto *progress = new QProgressDialog(tr("Writing %Ln PDF(s)…", nullptr, int(ids.size())),
                                         tr("Cancel"), 0, int(ids.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    // The worker reads the flag between files; the dialog's Cancel sets it.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const QString user = m_session.userName();
    const QDate today = m_session.today();
    QPointer<QProgressDialog> guard(progress);
    runInBackground<int>(
        this, m_session.db(),
        [=](Database &db) {
            Session session(db, user);
            session.setToday(today);
            const auto paper = InvoiceDocument::paperFor(SettingsService(session).company());
            return InvoicePdfBatch(session, paper, QLocale())
                .write(ids, folder, [guard, cancelled](int done, int) {
                    QMetaObject::invokeMethod(guard, [guard, done] {
                        if (guard)
                            guard->setValue(done);
                    });
                    return !*cancelled;
                });
        },
        [this, progress, folder](int written) {
            progress->deleteLater();
            emit statusMessage(tr("Wrote %Ln PDF(s) to %1", nullptr, written)
                                   .arg(QDir::toNativeSeparators(folder)));
            emit pdfsExported(written);
        },
        [this, progress](const QString &error) {
            progress->deleteLater();
            showError(this, tr("Export PDFs"), error);
        });
}

void InvoicesPage::exportEInvoice()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QString number;
    try {
        number = InvoiceService(m_session).load(id).number;
    } catch (const Error &e) {
        showError(this, tr("Export E-invoice"), e.userMessage());
        return;
    }
    if (number.isEmpty()) {
        QMessageBox::information(this, tr("Export E-invoice"),
                                 tr("A draft has to be issued first."));
        return;
    }
    const QString path
        = SaveFile::ask(this, tr("Export E-invoice"), EInvoiceService::fileNameFor(number),
                        tr("UBL e-invoices (*.xml)"));
    if (!path.isEmpty())
        exportEInvoiceTo(path);
}

bool InvoicesPage::exportEInvoiceTo(const QString &path)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    try {
        // One document: written at once, on this thread.
        const EInvoice e
            = EInvoiceService(m_session).exportTo(InvoiceService(m_session).load(id).number, path);
        emit statusMessage(
            tr("Wrote the e-invoice %1 to %2").arg(e.number, QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error &e) {
        showError(this, tr("Export E-invoice"), e.userMessage());
        return false;
    }
}

void InvoicesPage::sendByEmail()
{
    if (selectedIds().empty())
        return;
    if (const auto password = MailTasks::readyToSend(this, m_session, tr("Send by E-mail")))
        sendByEmailWith(*password);
}

void InvoicesPage::sendByEmailWith(const QString &password)
{
    const std::vector<qint64> ids = selectedIds();
    const MailSettings settings = MailSettingsService(m_session).load();
    emit statusMessage(tr("Sending %Ln invoice(s) by e-mail…", nullptr, int(ids.size())));
    MailTasks::sendInvoices(
        this, m_session, ids, settings, password,
        [this](const MailRun &run) {
            emit statusMessage(MailTasks::summary(run));
            const QStringList problems = run.refused + run.delivery.problems;
            if (!problems.isEmpty())
                showError(this, tr("Send by E-mail"),
                          tr("Not everything was sent (what was queued is tried again later; "
                             "see Billing > E-mail Outbox):\n%1")
                              .arg(problems.join(u'\n')));
            emit mailSent(run.delivery.sent, problems);
        },
        [this](const QString &error) {
            showError(this, tr("Send by E-mail"), error);
            emit mailSent(0, { error });
        });
}

void InvoicesPage::refresh()
{
    // After Issue, Payment, Credit note and the rest: the same invoices stay
    // selected, found again in the reloaded list.
    const KeptSelection kept = keptSelection();
    applyFilter();
    restoreSelection(kept);
}

void InvoicesPage::refreshFromOthers()
{
    // In place the rows may still have moved (a paid invoice under a sort by
    // status): the selection follows the invoices, the view stays where the
    // user scrolled unless the list was reloaded.
    const KeptSelection kept = keptSelection();
    const qint64 before = m_model->totalRows();
    m_model->refreshInPlace();
    restoreSelection(kept, m_model->totalRows() != before);
}

InvoicesPage::KeptSelection InvoicesPage::keptSelection() const
{
    KeptSelection kept;
    const QModelIndex current = m_table->currentIndex();
    kept.current = current.isValid() ? current.data(InvoiceTableModel::IdRole).toLongLong() : 0;
    kept.currentRow = current.isValid() ? current.row() : -1;
    // A whole list selected is no place to come back to: its first rows are.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows.mid(0, keptRowsLimit))
        if (const qint64 id = index.data(InvoiceTableModel::IdRole).toLongLong(); id > 0)
            kept.rows.emplace_back(id, index.row());
    return kept;
}

void InvoicesPage::restoreSelection(const KeptSelection &kept, bool scroll)
{
    QItemSelection selection;
    QModelIndex current;
    for (const auto &[id, row] : kept.rows) {
        const int found = m_model->rowOf(id, row);
        if (found < 0)
            continue; // no longer listed (an issued draft under "Draft")
        selection.select(m_model->index(found, 0),
                         m_model->index(found, InvoiceTableModel::ColumnCount - 1));
        if (id == kept.current)
            current = m_model->index(found, 0);
    }
    if (!current.isValid() && kept.current > 0) {
        const int found = m_model->rowOf(kept.current, kept.currentRow);
        if (found >= 0)
            current = m_model->index(found, 0);
    }
    if (!current.isValid() && !selection.isEmpty())
        current = selection.first().topLeft();
    QItemSelectionModel *model = m_table->selectionModel();
    if (!current.isValid()) {
        // Gone from the list: select nothing rather than whatever took its row.
        if (kept.current > 0 || !kept.rows.empty())
            model->clear();
        return;
    }
    model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    model->select(selection.isEmpty() ? QItemSelection(current, current) : selection,
                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        m_table->scrollTo(current);
}

void InvoicesPage::exportCsv()
{
    const QString path = SaveFile::ask(
        this, tr("Export invoices"),
        SaveFile::dated(QStringLiteral("invoices"), m_session.today(), QStringLiteral("csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const InvoiceListFilter filter = m_model->filter();
    CsvExport::start(
        this, m_session, path, tr("Export invoices"),
        [filter](Database &db, ReportSink &csv) { InvoiceListReport(db).run(filter, csv); });
}

void InvoicesPage::showHistory()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    try {
        // The invoice's records name it by its id (InvoiceService and the
        // services settling, disputing or writing it off).
        AuditLogDialog dialog(m_session, this);
        dialog.showHistory(QStringLiteral("invoice"), QString::number(id));
        dialog.exec();
    } catch (const Error &e) {
        showError(this, tr("History of This Invoice"), e.userMessage());
    }
}

void InvoicesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvoicesPage::updateFooter(qint64 rows)
{
    m_footer->setText(tr("%Ln invoice(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
}

void InvoicesPage::openDunningRun()
{
    DunningRunDialog dialog(m_session, this);
    dialog.exec();
    refresh();
}

void InvoicesPage::addPageAction(QAction *action)
{
    m_toolBar->addSeparator();
    m_toolBar->addAction(action);
}

} // namespace Accrue
