#include "models/invoicetablemodel.h"

#include "backgroundtask.h"
#include "models/moneyformat.h"
#include "money/money.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace Accrue {

InvoiceTableModel::InvoiceTableModel(Database &db, const QDate &today, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_pages(64) // 64 pages x 256 rows: the rows around the viewport, not the book
    , m_today(today)
{
    reload();
}

void InvoiceTableModel::setFilter(const InvoiceRegister::InvoiceFilter &filter)
{
    const QString sortKey = m_filter.sortKey;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortKey = sortKey;
    m_filter.descending = descending;
    reload();
}

void InvoiceTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_loading.clear();
    ++m_generation;
    if (!m_filter.today.isValid())
        m_filter.today = m_today;
    m_count = InvoiceRegister(m_db).invoiceCount(m_filter);
    endResetModel();
    emit reloaded(m_count);
}

void InvoiceTableModel::refreshInPlace()
{
    if (InvoiceRegister(m_db).invoiceCount(m_filter) != m_count) {
        reload();
        return;
    }
    m_pages.clear();
    m_loading.clear();
    ++m_generation;
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit reloaded(m_count);
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    // Views handle int rows; a book beyond that shows its first 2^31 rows.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InvoiceRegister::InvoiceRow *InvoiceTableModel::rowAt(int row) const
{
    const qint64 pageIndex = row / pageSize;
    Page *page = m_pages.object(pageIndex);
    if (!page) {
        if (InvoiceRegister::rowsSkippedFor(pageIndex * pageSize, m_count) > m_syncSkipLimit) {
            requestPage(pageIndex);
            return nullptr;
        }
        page = new Page;
        page->reserve(pageSize);
        InvoiceRegister(m_db).invoicePage(
            m_filter, pageIndex * pageSize, pageSize,
            [page](const InvoiceRegister::InvoiceRow &r) { page->append(r); }, m_count);
        m_pages.insert(pageIndex, page);
    }
    const int offset = row % pageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

void InvoiceTableModel::requestPage(qint64 pageIndex) const
{
    if (m_loading.contains(pageIndex))
        return;
    m_loading.insert(pageIndex);
    auto *self = const_cast<InvoiceTableModel *>(this);
    const int generation = m_generation;
    const InvoiceRegister::InvoiceFilter filter = m_filter;
    const qint64 total = m_count;
    runInBackground<Page>(
        self, m_db.location(),
        [filter, pageIndex, total](Database &db) {
            Page page;
            page.reserve(pageSize);
            InvoiceRegister(db).invoicePage(
                filter, pageIndex * pageSize, pageSize,
                [&page](const InvoiceRegister::InvoiceRow &r) { page.append(r); }, total);
            return page;
        },
        [self, pageIndex, generation](Page page) {
            self->pageArrived(pageIndex, generation, std::move(page));
        },
        [self, pageIndex, generation](const QString &) {
            // Left unloaded: the next paint asks again.
            if (generation == self->m_generation)
                self->m_loading.remove(pageIndex);
        });
}

void InvoiceTableModel::pageArrived(qint64 pageIndex, int generation, Page page)
{
    if (generation != m_generation)
        return;
    m_loading.remove(pageIndex);
    m_pages.insert(pageIndex, new Page(std::move(page)));
    const int first = int(pageIndex * pageSize);
    const int last = std::min(first + pageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded();
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const InvoiceRegister::InvoiceRow *r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Number ? tr("Loading…") : QVariant();
    const auto money = [r](qint64 minor) {
        return Money(minor, Currency::fromCode(r->currency).value_or(Currency()));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return r->number.isEmpty() ? tr("(draft)") : r->number;
        case Customer:
            return r->customerName;
        case IssueDate:
            return QLocale().toString(QDate::fromString(r->issueDate, Qt::ISODate),
                                      QLocale::ShortFormat);
        case DueDate:
            return QLocale().toString(QDate::fromString(r->dueDate, Qt::ISODate),
                                      QLocale::ShortFormat);
        case Total:
            return Display::moneyWithCode(money(r->totalMinor));
        case Balance:
            return Display::moneyWithCode(money(r->balanceMinor));
        case Status:
            return Display::statusText(r->status);
        case Reminded:
            return QLocale().toString(QDate::fromString(r->lastReminded, Qt::ISODate),
                                      QLocale::ShortFormat);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Balance)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return Display::statusColor(r->status, QApplication::palette());
        break;
    case StatusKeyRole:
        return r->status;
    case IdRole:
        return r->id;
    case RawValueRole:
        switch (index.column()) {
        case Number:
            return r->number;
        case Customer:
            return r->customerName;
        case IssueDate:
            return r->issueDate;
        case DueDate:
            return r->dueDate;
        case Total:
            return r->totalMinor;
        case Balance:
            return r->balanceMinor;
        case Status:
            return r->status;
        case Reminded:
            return r->lastReminded;
        }
        break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    case Reminded:
        return tr("Last reminded");
    }
    return {};
}

QString InvoiceTableModel::sortKey(int column)
{
    static const char *keys[ColumnCount] = { "number", "customer", "issue_date", "due_date",
                                             "total",  "balance",  "status",     "reminded" };
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    m_filter.sortKey = sortKey(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace Accrue
