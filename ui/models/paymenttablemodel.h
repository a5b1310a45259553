#pragma once

#include "domain/paymentlist.h"
#include "models/pagedtablemodel.h"

namespace Accrue {

class Database;

// Payments received, newest first, fetched a page at a time. Amounts left
// unapplied (customer credit) are shown in bold and accented.
class PaymentTableModel final : public PagedTableModel<PaymentListRow>
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Customer,
        Amount,
        Method,
        Reference,
        AppliedTo,
        Unapplied,
        Receipt,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole, ReceiptRole };

    // maxRows > 0 shows only the newest rows (the Dashboard's recent list).
    explicit PaymentTableModel(Database &db, qint64 maxRows = 0, QObject *parent = nullptr);

    void setFilter(const PaymentListFilter &filter);
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = 256;

private:
    qint64 m_maxRows;
    PaymentListFilter m_filter;
};

} // namespace Accrue
