#include "models/invoicetablemodel.h"

#include "common/localdates.h"
#include "models/moneyformat.h"
#include "money/money.h"
#include "queries/booklists.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace Accrue {

InvoiceTableModel::InvoiceTableModel(Database &db, const QDate &today, QObject *parent)
    // 64 pages x 256 rows: the rows around the viewport, not the book.
    : PagedTableModel(db, pageSize, 64, parent)
    , m_today(today)
{
    reload();
}

void InvoiceTableModel::setFilter(const InvoiceListFilter &filter)
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
    if (!m_filter.today.isValid())
        m_filter.today = m_today;
    resetRows(BookLists(db()).invoiceCount(m_filter),
              [filter = m_filter](Database &db, const ListWindow<InvoiceListRow> &window) {
                  return BookLists(db).invoices(filter, window);
              });
}

void InvoiceTableModel::refreshInPlace()
{
    if (BookLists(db()).invoiceCount(m_filter) != totalRows())
        reload();
    else
        repaintRows();
}

int InvoiceTableModel::rowOf(qint64 invoiceId, int nearRow, int reach) const
{
    return rowWithId(invoiceId, nearRow, reach);
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const InvoiceListRow *r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Number ? tr("Loading…") : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return r->number.isEmpty() ? tr("(draft)") : r->number;
        case Customer:
            return r->customerName;
        case IssueDate:
            return LocalDates::shortDate(QDate::fromString(r->issueDate, Qt::ISODate));
        case DueDate:
            return LocalDates::shortDate(QDate::fromString(r->dueDate, Qt::ISODate));
        case Total:
            return Display::moneyWithCode(r->total);
        case Balance:
            return Display::moneyWithCode(r->balance);
        case Status:
            return r->disputed ? tr("%1 · Disputed").arg(Display::statusText(r->status))
                               : Display::statusText(r->status);
        case Reminded:
            return LocalDates::shortDate(QDate::fromString(r->lastReminded, Qt::ISODate));
        case Sent:
            return r->lastSent.isEmpty()
                ? QString()
                : LocalDates::shortDateTime(
                    QDateTime::fromString(r->lastSent, Qt::ISODateWithMs).toLocalTime());
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
    case Qt::DecorationRole:
        if (index.column() == Status && r->disputed)
            return QIcon::fromTheme(QStringLiteral("flag-red"),
                                    QIcon::fromTheme(QStringLiteral("dialog-warning")));
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && r->disputed)
            return tr("In dispute: dunning leaves it alone until the dispute is resolved");
        break;
    case DisputedRole:
        return r->disputed;
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
            return r->total.minor();
        case Balance:
            return r->balance.minor();
        case Status:
            return r->status;
        case Reminded:
            return r->lastReminded;
        case Sent:
            return r->lastSent;
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
    case Sent:
        return tr("Sent");
    }
    return {};
}

QString InvoiceTableModel::sortKey(int column)
{
    // Sent has no key: ordering a million invoices by a per-row lookup in
    // the outbox is no index walk, so the list keeps its order instead.
    static const char *keys[ColumnCount]
        = { "number",  "customer", "issue_date", "due_date", "total",
            "balance", "status",   "reminded",   "" };
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    if (sortKey(column).isEmpty())
        return;
    m_filter.sortKey = sortKey(column);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace Accrue
