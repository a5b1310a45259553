#include "models/billingpreviewmodel.h"

#include "common/localdates.h"
#include "models/moneyformat.h"

#include <QLocale>

namespace Accrue {

void BillingPreviewModel::setItems(std::vector<BillingItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int BillingPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BillingPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const BillingItem &item = m_items[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Net || index.column() == Lines
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Kind:
        return item.kind == BillingItem::Kind::Invoice ? tr("Invoice") : tr("Credit note");
    case Customer:
        return item.customerCode;
    case Subscription:
        return item.subscriptionId;
    case Period:
        return item.periodStart.isValid()
            ? tr("%1 – %2").arg(LocalDates::shortDate(item.periodStart, locale),
                                LocalDates::shortDate(item.periodEnd, locale))
            : QString();
    case Lines:
        return qint64(item.lines.size());
    case Net:
        return Display::moneyWithCode(item.net);
    case Key:
        return role == Qt::ToolTipRole && !item.reason.isEmpty() ? item.reason : item.billingKey;
    }
    return {};
}

QVariant BillingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Document");
    case Customer:
        return tr("Customer");
    case Subscription:
        return tr("Subscription");
    case Period:
        return tr("Period");
    case Lines:
        return tr("Lines");
    case Net:
        return tr("Net");
    case Key:
        return tr("Billing key");
    }
    return {};
}

} // namespace Accrue
