#pragma once

#include "domain/customerlist.h"
#include "models/pagedtablemodel.h"

namespace Accrue {

// Customers by name with what each owes: open balance, the overdue part and
// credit held, in the customer's currency. Served a page at a time, so a
// hundred thousand customers open at once.
class CustomerTableModel final : public PagedTableModel<CustomerListRow>
{
    Q_OBJECT

public:
    enum Column { Code, Name, Currency, Terms, Balance, Overdue, Credit, Email, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, RawValueRole };

    CustomerTableModel(Database &db, const QDate &today, QObject *parent = nullptr);

    void setFilter(const CustomerListFilter &filter);
    const CustomerListFilter &filter() const { return m_filter; }
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = 256;

private:
    QVariant display(const CustomerListRow &row, int column) const;

    CustomerListFilter m_filter;
};

} // namespace Accrue
