#include "models/customertablemodel.h"

#include "models/moneyformat.h"
#include "queries/booklists.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Accrue {

CustomerTableModel::CustomerTableModel(Database &db, const QDate &today, QObject *parent)
    : PagedTableModel(db, pageSize, 32, parent)
{
    m_filter.today = today;
    reload();
}

void CustomerTableModel::setFilter(const CustomerListFilter &filter)
{
    const QDate today = m_filter.today;
    m_filter = filter;
    if (!m_filter.today.isValid())
        m_filter.today = today;
    reload();
}

void CustomerTableModel::reload()
{
    resetRows(BookLists(db()).customerCount(m_filter),
              [filter = m_filter](Database &db, const ListWindow<CustomerListRow> &window) {
                  return BookLists(db).customers(filter, window);
              });
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::display(const CustomerListRow &r, int column) const
{
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Currency:
        return r.currency.code();
    case Terms:
        return tr("%n day(s)", nullptr, r.paymentTermsDays);
    case Balance:
        return Display::money(r.balance);
    case Overdue:
        return r.overdue.isZero() ? QString() : Display::money(r.overdue);
    case Credit:
        return r.credit.isZero() ? QString() : Display::money(r.credit);
    case Email:
        return r.email;
    }
    return {};
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CustomerListRow *r = rowAt(index.row());
    if (!r) // its page is on its way from a worker
        return role == Qt::DisplayRole && index.column() == Code ? tr("Loading…") : QVariant();
    const bool amount
        = index.column() == Balance || index.column() == Overdue || index.column() == Credit;
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Overdue && r->overdue.isPositive())
            return Display::statusColor(QStringLiteral("overdue"), QApplication::palette());
        if (r->archived)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case IdRole:
        return r->id;
    case CodeRole:
        return r->code;
    case RawValueRole:
        if (index.column() == Balance)
            return r->balance.minor();
        if (index.column() == Overdue)
            return r->overdue.minor();
        if (index.column() == Credit)
            return r->credit.minor();
        return display(*r, index.column());
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Currency:
        return tr("Currency");
    case Terms:
        return tr("Terms");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case Credit:
        return tr("Credit");
    case Email:
        return tr("E-mail");
    }
    return {};
}

} // namespace Accrue
