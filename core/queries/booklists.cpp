#include "queries/booklists.h"

#include "storage/bankrepository.h"
#include "storage/customerlistrepository.h"
#include "storage/invoiceregister.h"
#include "storage/paymentlistrepository.h"

namespace Accrue {

BookLists::BookLists(Database &db)
    : m_db(db)
{
}

qint64 BookLists::invoiceCount(const InvoiceListFilter &filter)
{
    return InvoiceRegister(m_db).invoiceCount(filter);
}

std::vector<InvoiceListRow> BookLists::invoices(const InvoiceListFilter &filter,
                                                const ListWindow<InvoiceListRow> &window)
{
    return InvoiceRegister(m_db).page(filter, window);
}

qint64 BookLists::paymentCount(const PaymentListFilter &filter)
{
    return PaymentListRepository(m_db).count(filter);
}

std::vector<PaymentListRow> BookLists::payments(const PaymentListFilter &filter,
                                                const ListWindow<PaymentListRow> &window)
{
    return PaymentListRepository(m_db).page(filter, window);
}

qint64 BookLists::bankLineCount(const BankLineFilter &filter)
{
    return BankRepository(m_db).count(filter);
}

std::vector<BankLine> BookLists::bankLines(const BankLineFilter &filter,
                                           const ListWindow<BankLine> &window)
{
    return BankRepository(m_db).lines(filter, window);
}

std::optional<BankLine> BookLists::bankLine(qint64 id)
{
    return BankRepository(m_db).transaction(id);
}

qint64 BookLists::customerCount(const CustomerListFilter &filter)
{
    return CustomerListRepository(m_db).count(filter);
}

std::vector<CustomerListRow> BookLists::customers(const CustomerListFilter &filter,
                                                  const ListWindow<CustomerListRow> &window)
{
    return CustomerListRepository(m_db).page(filter, window);
}

} // namespace Accrue
