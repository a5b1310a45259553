#include "models/paymenttablemodel.h"

#include "models/methodnames.h"
#include "models/moneyformat.h"
#include "money/money.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Accrue {

PaymentTableModel::PaymentTableModel(Database &db, qint64 maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_maxRows(maxRows)
    , m_pages(32)
{
    reload();
}

void PaymentTableModel::setFilter(const PaymentListRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    if (m_maxRows > 0 && m_maxRows <= pageSize) {
        // A short "latest" list: its one page is the count, no COUNT(*) needed.
        const auto rows = PaymentListRepository(m_db).page(m_filter, 0, m_maxRows);
        m_pages.insert(0, new Page(rows.begin(), rows.end()));
        m_count = qint64(rows.size());
    } else {
        m_count = PaymentListRepository(m_db).count(m_filter);
        if (m_maxRows > 0)
            m_count = std::min(m_count, m_maxRows);
    }
    endResetModel();
    emit reloaded(m_count);
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PaymentListRepository::Row *PaymentTableModel::rowAt(int row) const
{
    const qint64 pageIndex = row / pageSize;
    Page *page = m_pages.object(pageIndex);
    if (!page) {
        const auto rows
            = PaymentListRepository(m_db).page(m_filter, pageIndex * pageSize, pageSize);
        page = new Page(rows.begin(), rows.end());
        m_pages.insert(pageIndex, page);
    }
    const int offset = row % pageSize;
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PaymentListRepository::Row *r = rowAt(index.row());
    if (!r)
        return {};
    const Currency currency = Currency::fromCode(r->currency).value_or(Currency());
    const bool hasCredit = r->unappliedMinor > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(r->date, QLocale::ShortFormat);
        case Customer:
            return r->customer;
        case Amount:
            return Display::moneyWithCode(Money(r->amountMinor, currency));
        case Method:
            return paymentMethodName(r->method);
        case Reference:
            return r->reference;
        case AppliedTo:
            return r->invoices.isEmpty() ? tr("(not applied)")
                                         : r->invoices.join(QStringLiteral(", "));
        case Unapplied:
            return hasCredit ? Display::moneyWithCode(Money(r->unappliedMinor, currency))
                             : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Unapplied)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (hasCredit && (index.column() == Unapplied || index.column() == AppliedTo)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (hasCredit && index.column() == Unapplied)
            return Display::statusColor(QStringLiteral("partially_paid"), QApplication::palette());
        break;
    case Qt::ToolTipRole:
        if (hasCredit)
            return tr("Not applied to an invoice: held as customer credit");
        break;
    case RawValueRole:
        switch (index.column()) {
        case Date:
            return r->date;
        case Amount:
            return r->amountMinor;
        case Unapplied:
            return r->unappliedMinor;
        case AppliedTo:
            return r->invoices;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case AppliedTo:
        return tr("Applied to");
    case Unapplied:
        return tr("Unapplied");
    }
    return {};
}

} // namespace Accrue
