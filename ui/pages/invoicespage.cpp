#include "pages/invoicespage.h"

#include "models/invoicetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Accrue {

InvoicesPage::InvoicesPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new InvoiceTableModel(db, this))
    , m_status(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_search(new QLineEdit(this))
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
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_model, &InvoiceTableModel::reloaded, this, &InvoicesPage::updateFooter);
    updateFooter(m_model->totalRows());
}

void InvoicesPage::applyFilter()
{
    ReportRepository::InvoiceFilter filter = m_model->filter();
    filter.status = m_status->currentData().toString();
    filter.customer = m_customer->text().trimmed();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void InvoicesPage::setStatusFilter(const QString &statusKey)
{
    const int index = m_status->findData(statusKey);
    m_status->setCurrentIndex(index < 0 ? 0 : index);
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
