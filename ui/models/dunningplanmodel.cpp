#include "models/dunningplanmodel.h"

#include "models/moneyformat.h"

#include <QLocale>

namespace Accrue {

void DunningPlanModel::setRows(std::vector<DunningPlanRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DunningPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DunningPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DunningPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const DunningPlanRow &r = m_rows[size_t(index.row())];
    const bool number = index.column() == Days || index.column() == Open || index.column() == Fee;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Step && !r.skippedKeys.isEmpty())
        return tr("Skipped, since a later step is due: %1")
            .arg(r.skippedKeys.join(QStringLiteral(", ")));
    if (role == RawRole) {
        switch (index.column()) {
        case Days:
            return r.daysOverdue;
        case Open:
            return r.balance.minor();
        case Fee:
            return r.fee.minor();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case Invoice:
        return r.invoiceNumber;
    case Customer:
        return r.customerName;
    case Step:
        return r.step.name;
    case Action:
        return DunningStep::actionName(r.step.action);
    case Days:
        // Before the due date the days read as "due in".
        return r.daysOverdue >= 0 ? QLocale().toString(r.daysOverdue)
                                  : tr("in %1").arg(QLocale().toString(-r.daysOverdue));
    case Open:
        return Display::moneyWithCode(r.balance);
    case Fee:
        return r.fee.isPositive() ? Display::moneyWithCode(r.fee) : QString();
    case Recipient:
        return r.recipient;
    case Problem:
        return r.problem;
    default:
        break;
    }
    return {};
}

QVariant DunningPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Invoice:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case Step:
        return tr("Step");
    case Action:
        return tr("Action");
    case Days:
        return tr("Days overdue");
    case Open:
        return tr("Open");
    case Fee:
        return tr("Late fee");
    case Recipient:
        return tr("Recipient");
    case Problem:
        return tr("Problem");
    default:
        break;
    }
    return {};
}

} // namespace Accrue
