#include "models/recognitionschedulemodel.h"

#include "common/localdates.h"
#include "domain/product.h"
#include "models/moneyformat.h"

#include <QLocale>

namespace Accrue {

void RecognitionScheduleModel::setRows(std::vector<RecognitionScheduleLine> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecognitionScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecognitionScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecognitionScheduleModel::methodName(const QString &method)
{
    if (method == RecognitionMethod::Ratably)
        return tr("Ratably");
    if (method == RecognitionMethod::AsDelivered)
        return tr("As delivered");
    if (method == RecognitionMethod::Milestone)
        return tr("Milestone");
    return tr("Point in time");
}

QString RecognitionScheduleModel::stateText(const RecognitionScheduleLine &r) const
{
    if (r.posted)
        return tr("Posted");
    // Text, not colour alone: reads the same in any palette.
    return r.date.isValid() ? tr("Pending") : tr("Awaiting milestone");
}

QVariant RecognitionScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const RecognitionScheduleLine &r = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Amount || index.column() == Line
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawRole) {
        switch (index.column()) {
        case Line:
            return r.linePosition;
        case Date:
            return r.date;
        case Amount:
            return r.amount.minor();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return QLocale().toString(r.linePosition);
    case Description:
        return r.description;
    case Method:
        return methodName(r.method);
    case Date:
        return r.date.isValid() ? LocalDates::shortDate(r.date) : QString();
    case Amount:
        return Display::money(r.amount);
    case Milestone:
        if (r.milestonePosition == 0)
            return QString();
        return r.milestoneDoneOn.isValid()
            ? tr("%1 (done %2)").arg(r.milestoneName, LocalDates::shortDate(r.milestoneDoneOn))
            : r.milestoneName;
    case CreditNote:
        return r.creditNoteNumber;
    case State:
        return stateText(r);
    default:
        break;
    }
    return {};
}

QVariant RecognitionScheduleModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Description:
        return tr("Description");
    case Method:
        return tr("Method");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Milestone:
        return tr("Milestone");
    case CreditNote:
        return tr("Credit note");
    case State:
        return tr("State");
    default:
        break;
    }
    return {};
}

} // namespace Accrue
