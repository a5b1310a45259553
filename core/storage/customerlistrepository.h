#pragma once

#include "domain/customerlist.h"
#include "domain/listwindow.h"

#include <vector>

namespace Accrue {

class Database;
class SqlQuery;

// The Customers list: customers by name a window at a time (keyset paging),
// with their balances summed for that window's customers only, so the first
// rows of a hundred thousand customers come at once.
class CustomerListRepository final
{
public:
    explicit CustomerListRepository(Database &db);

    qint64 count(const CustomerListFilter &filter);
    std::vector<CustomerListRow> page(const CustomerListFilter &filter,
                                      const ListWindow<CustomerListRow> &window);

private:
    QString where(const CustomerListFilter &filter) const;
    void bind(SqlQuery &q, const CustomerListFilter &filter) const;
    void addBalances(std::vector<CustomerListRow> &rows, const QDate &today);
    Database &m_db;
};

} // namespace Accrue
