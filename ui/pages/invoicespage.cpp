#include "pages/invoicespage.h"

#include "backgroundtask.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/paymentdialog.h"
#include "exchange/reportfile.h"
#include "models/invoicetablemodel.h"
#include "money/money.h"
#include "reports/agingreport.h"
#include "reports/invoicelistreport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Accrue {

InvoicesPage::InvoicesPage(Session &session, QWidget *parent)
    : Page(parent)
    , m_model(new InvoiceTableModel(session.db(), this))
    , m_session(session)
    , m_status(new QComboBox(this))
    , m_bucket(new QLabel(this))
    , m_customer(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_dated(new QCheckBox(tr("Issued"), this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableView(this))
    , m_footer(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    const std::pair<QString, QString> statuses[] = {
        { tr("All statuses"), QString() },
        { tr("Unpaid"), QStringLiteral("unpaid") },
        { tr("Draft"), QStringLiteral("draft") },
        { tr("Open"), QStringLiteral("open") },
        { tr("Partially paid"), QStringLiteral("partially_paid") },
        { tr("Overdue"), QStringLiteral("overdue") },
        { tr("Paid"), QStringLiteral("paid") },
        { tr("Void"), QStringLiteral("void") },
    };
    for (const auto &[label, key] : statuses)
        m_status->addItem(label, key);
    m_customer->setPlaceholderText(tr("Customer code or name"));
    m_customer->setClearButtonEnabled(true);
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
    filters->addWidget(m_bucket);
    m_bucket->hide();

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceTableModel::IssueDate, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep the view from measuring every row of a big book.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::Customer,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_table->setColumnWidth(InvoiceTableModel::Number,
                            metrics.horizontalAdvance(QStringLiteral("INV-0000-0000000")) + 16);

    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    // Typing refilters after a short pause, not on every key stroke.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &InvoicesPage::applyFilter);
    connect(m_customer, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_agingBucket = -1; // a status choice replaces the bucket from the Dashboard
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
    ReportRepository::InvoiceFilter filter = m_model->filter();
    filter.status = m_status->currentData().toString();
    filter.customer = m_customer->text().trimmed();
    filter.search = m_search->text().trimmed();
    filter.from = m_dated->isChecked() ? m_from->date() : QDate();
    filter.to = m_dated->isChecked() ? m_to->date() : QDate();
    filter.agingBucket = m_agingBucket;
    m_bucket->setVisible(m_agingBucket >= 0);
    if (m_agingBucket >= 0)
        m_bucket->setText(tr("Aging: %1").arg(AgingReport::bucketTitle(m_agingBucket)));
    m_model->setFilter(filter);
}

void InvoicesPage::setStatusFilter(const QString &statusKey)
{
    m_agingBucket = -1;
    const int index = std::max(0, m_status->findData(statusKey));
    if (index == m_status->currentIndex())
        applyFilter();
    else
        m_status->setCurrentIndex(index); // applies through currentIndexChanged
}

void InvoicesPage::setAgingBucket(int bucket)
{
    m_agingBucket = bucket;
    {
        const QSignalBlocker block(m_status);
        m_status->setCurrentIndex(0);
    }
    applyFilter();
}

void InvoicesPage::openInvoice(int row)
{
    const qint64 id = m_model->index(row, 0).data(InvoiceTableModel::IdRole).toLongLong();
    if (id <= 0)
        return;
    try {
        InvoiceViewDialog dialog(InvoiceService(m_session).documentData(id), this);
        dialog.exec();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Invoice"), e.userMessage());
    }
}

void InvoicesPage::createActions()
{
    // The selection's actions, in the context menu of the table.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto add = [this](const QString &text, const QString &icon, void (InvoicesPage::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_table);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    };
    auto *view = new QAction(tr("&View Invoice"), m_table);
    connect(view, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openInvoice(m_table->currentIndex().row());
    });
    m_table->addAction(view);
    add(tr("Record &Payment…"), QStringLiteral("list-add"), &InvoicesPage::recordPayment);
    add(tr("Issue &Credit Note…"), QStringLiteral("edit-undo"), &InvoicesPage::issueCreditNote);
    add(tr("&Apply Customer Credit"), QStringLiteral("go-next"), &InvoicesPage::applyCredit);
    add(tr("Mark &Reminded"), QStringLiteral("mail-mark-important"), &InvoicesPage::markReminded);
}

qint64 InvoicesPage::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(InvoiceTableModel::IdRole).toLongLong() : 0;
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
        QMessageBox::warning(this, tr("Invoice"), e.userMessage());
        return false;
    }
    refresh();
    emit bookChanged();
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

void InvoicesPage::applyCredit()
{
    withSelected([this](Session &session, const Invoice &invoice) {
        const qint64 applied = PaymentService(session).applyCredit(invoice.id, 0, session.today());
        QMessageBox::information(
            this, tr("Customer credit"),
            tr("%1 of credit applied to %2.")
                .arg(Money(applied, invoice.currency).format(QLocale()), invoice.number));
    });
}

void InvoicesPage::markReminded()
{
    withSelected([](Session &session, const Invoice &invoice) {
        InvoiceService(session).markReminded(invoice.id, session.today());
    });
}

void InvoicesPage::refresh()
{
    applyFilter();
}

void InvoicesPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export invoices"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ReportRepository::InvoiceFilter filter = m_model->filter();
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)),
                                         QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    runInBackground<bool>(
        this, m_session.db().location(),
        [filter, path](Database &db) {
            ReportFile::write(path, ReportFile::Format::Csv,
                              [&](ReportSink &csv) { InvoiceListReport(db).run(filter, csv); });
            return true;
        },
        [progress](bool) { progress->deleteLater(); },
        [this, progress](const QString &error) {
            progress->deleteLater();
            QMessageBox::warning(this, tr("Export invoices"), error);
        });
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

} // namespace Accrue
