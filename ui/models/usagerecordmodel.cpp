#include "models/usagerecordmodel.h"

#include "billing/recognitionservice.h"
#include "common/localdates.h"
#include "models/moneyformat.h"
#include "money/decimal.h"

#include <QLocale>

namespace Accrue {

UsageRecordModel::UsageRecordModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void UsageRecordModel::load(qint64 customerId)
{
    // One more than shown tells whether there are more.
    std::vector<UsageListRow> rows = customerId > 0
        ? RecognitionService(m_session).usageOf(customerId, rowLimit + 1)
        : std::vector<UsageListRow>();
    beginResetModel();
    m_customerId = customerId;
    m_truncated = rows.size() > std::size_t(rowLimit);
    if (m_truncated)
        rows.resize(std::size_t(rowLimit));
    m_rows = std::move(rows);
    endResetModel();
}

QString UsageRecordModel::stateText(UsageState state)
{
    switch (state) {
    case UsageState::Unbilled:
        return tr("Unbilled");
    case UsageState::Accrued:
        return tr("Accrued");
    case UsageState::Billed:
        return tr("Billed");
    }
    return {};
}

int UsageRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const UsageListRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == State)
            return row.state() == UsageState::Unbilled
                ? tr("Not yet accrued: the next recognition run books it to Unbilled revenue")
                : row.state() == UsageState::Accrued
                ? tr("In Unbilled revenue until an invoice line bills it")
                : tr("Billed on %1").arg(row.invoiceNumber);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Quantity || index.column() == Amount
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant UsageRecordModel::display(const UsageListRow &row, int column) const
{
    const UsageRecord &u = row.usage;
    switch (column) {
    case Date:
        return LocalDates::shortDate(u.deliveredOn);
    case Product:
        return row.productName == row.productCode
            ? row.productCode
            : row.productCode + QStringLiteral(" — ") + row.productName; // as on invoice lines
    case Quantity:
        return tr("%1 %2").arg(Decimal::format(u.quantityMilli, 3, QLocale()), row.unit);
    case Amount:
        return Display::moneyWithCode(u.amount);
    case State:
        return stateText(row.state());
    case Invoice:
        return row.invoiceNumber;
    default:
        return {};
    }
}

QVariant UsageRecordModel::raw(const UsageListRow &row, int column) const
{
    const UsageRecord &u = row.usage;
    switch (column) {
    case Date:
        return u.deliveredOn;
    case Product:
        return row.productCode;
    case Quantity:
        return u.quantityMilli;
    case Amount:
        return u.amount.minor();
    case State:
        return int(row.state());
    case Invoice:
        return row.invoiceNumber;
    default:
        return {};
    }
}

QVariant UsageRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Delivered");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Amount:
        return tr("Amount");
    case State:
        return tr("State");
    case Invoice:
        return tr("Invoice");
    default:
        return {};
    }
}

} // namespace Accrue
