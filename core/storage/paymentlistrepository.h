#pragma once

#include "domain/listwindow.h"
#include "domain/paymentlist.h"

#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// The read side of the Transactions page: payments received, a window at a
// time, with the invoices each one settles.
class PaymentListRepository final
{
public:
    explicit PaymentListRepository(Database &db);

    qint64 count(const PaymentListFilter &filter);
    // Newest first, sought from the window's anchor (keyset paging).
    std::vector<PaymentListRow> page(const PaymentListFilter &filter,
                                     const ListWindow<PaymentListRow> &window);

private:
    QString where(const PaymentListFilter &filter) const;
    void bind(class SqlQuery &q, const PaymentListFilter &filter);
    void addInvoices(std::vector<PaymentListRow> &rows);
    Database &m_db;
};

} // namespace Accrue
