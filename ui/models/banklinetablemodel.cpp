#include "models/banklinetablemodel.h"

#include "common/localdates.h"
#include "models/moneyformat.h"
#include "money/money.h"
#include "queries/booklists.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace Accrue {

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("unmatched"))
        return BankLineTableModel::tr("Unmatched");
    if (state == QLatin1String("proposed"))
        return BankLineTableModel::tr("Proposed");
    if (state == QLatin1String("matched"))
        return BankLineTableModel::tr("Matched");
    if (state == QLatin1String("ignored"))
        return BankLineTableModel::tr("Ignored");
    return state;
}
} // namespace

BankLineTableModel::BankLineTableModel(Database &db, QObject *parent)
    : PagedTableModel(db, pageSize, 64, parent)
{
    reload();
}

void BankLineTableModel::setFilter(const BankLineFilter &filter)
{
    m_filter = filter;
    reload();
}

void BankLineTableModel::reload()
{
    resetRows(BookLists(db()).bankLineCount(m_filter),
              [filter = m_filter](Database &db, const ListWindow<BankLine> &window) {
                  return BookLists(db).bankLines(filter, window);
              });
}

int BankLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BankLine *t = rowAt(index.row());
    if (!t) // its page is on its way from a worker
        return role == Qt::DisplayRole && index.column() == Date ? tr("Loading…") : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return LocalDates::shortDate(t->date);
        case Amount:
            return Display::moneyWithCode(t->amount);
        case Counterparty:
            return t->counterparty;
        case Reference:
            return t->reference;
        case State:
            return stateText(t->state);
        case Confidence:
            return t->confidence > 0 ? QStringLiteral("%1%").arg(t->confidence) : QString();
        case Reason:
            return t->reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Reference)
            return index.column() == Reason ? t->reason : t->reference;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Confidence)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Amount && t->amount.isNegative())
            return QApplication::palette().color(QPalette::PlaceholderText);
        break;
    case IdRole:
        return t->id;
    case StateRole:
        return t->state;
    case RawValueRole:
        return index.column() == Amount ? QVariant(t->amount.minor()) : QVariant(t->date);
    }
    return {};
}

QVariant BankLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Counterparty:
        return tr("Counterparty");
    case Reference:
        return tr("Reference");
    case State:
        return tr("State");
    case Confidence:
        return tr("Confidence");
    case Reason:
        return tr("Why");
    }
    return {};
}

} // namespace Accrue
