#include "models/paymenttablemodel.h"

#include "common/localdates.h"
#include "models/methodnames.h"
#include "models/moneyformat.h"
#include "money/money.h"
#include "queries/booklists.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Accrue {

PaymentTableModel::PaymentTableModel(Database &db, qint64 maxRows, QObject *parent)
    : PagedTableModel(db, pageSize, 32, parent)
    , m_maxRows(maxRows)
{
    reload();
}

void PaymentTableModel::setFilter(const PaymentListFilter &filter)
{
    m_filter = filter;
    reload();
}

void PaymentTableModel::reload()
{
    auto loader = [filter = m_filter](Database &db, const ListWindow<PaymentListRow> &window) {
        return BookLists(db).payments(filter, window);
    };
    if (m_maxRows > 0 && m_maxRows <= pageSize) {
        // A short "latest" list: its one page is the count, no COUNT(*) needed.
        auto rows
            = BookLists(db()).payments(m_filter, ListWindow<PaymentListRow>::top(0, m_maxRows));
        const qint64 count = qint64(rows.size());
        resetRows(count, loader, std::move(rows));
        return;
    }
    qint64 count = BookLists(db()).paymentCount(m_filter);
    if (m_maxRows > 0)
        count = std::min(count, m_maxRows);
    resetRows(count, loader);
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PaymentListRow *r = rowAt(index.row());
    if (!r) // its page is on its way from a worker
        return role == Qt::DisplayRole && index.column() == Date ? tr("Loading…") : QVariant();
    const bool hasCredit = r->unapplied.isPositive();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return LocalDates::shortDate(r->date);
        case Customer:
            return r->customer;
        case Amount:
            return Display::moneyWithCode(r->amount);
        case Method:
            return paymentMethodName(r->method);
        case Reference:
            return r->reference;
        case AppliedTo:
            return r->invoices.isEmpty() ? tr("(not applied)")
                                         : r->invoices.join(QStringLiteral(", "));
        case Unapplied:
            return hasCredit ? Display::moneyWithCode(r->unapplied) : QString();
        case Receipt:
            return r->receiptNumber;
        }
        break;
    case IdRole:
        return r->id;
    case ReceiptRole:
        return r->receiptNumber;
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
            return r->amount.minor();
        case Unapplied:
            return r->unapplied.minor();
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
    case Receipt:
        return tr("Receipt");
    }
    return {};
}

} // namespace Accrue
