#include "storage/matchrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {
MatchRepository::OpenInvoice read(const SqlQuery &q)
{
    return { q.int64(0), q.int64(1), q.text(2),
             q.text(3),  q.int64(4), q.text(5) == QLatin1String("open") };
}
const QString columns = QStringLiteral(
    "SELECT id, customer_id, number, currency, balance_minor, status FROM invoice");
} // namespace

MatchRepository::MatchRepository(Database &db)
    : m_db(db)
{
}

std::optional<MatchRepository::OpenInvoice> MatchRepository::invoiceByNumber(const QString &number)
{
    SqlQuery q = m_db.query(columns + QStringLiteral(" WHERE number = ?"));
    q.bind(number).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::vector<MatchRepository::OpenInvoice>
MatchRepository::openWithBalance(qint64 balanceMinor, const QString &currency, int limit)
{
    SqlQuery q = m_db.query(columns
                            + QStringLiteral(" WHERE balance_minor = ? AND status = 'open'"
                                             " AND currency = ? ORDER BY due_date, id LIMIT ?"));
    q.bindAll(balanceMinor, currency, limit).exec();
    std::vector<OpenInvoice> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

std::vector<MatchRepository::OpenInvoice> MatchRepository::openOfCustomer(qint64 customerId,
                                                                          const QString &currency)
{
    SqlQuery q = m_db.query(columns
                            + QStringLiteral(" WHERE customer_id = ? AND status = 'open'"
                                             " AND currency = ? ORDER BY due_date, id"));
    q.bindAll(customerId, currency).exec();
    std::vector<OpenInvoice> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

std::vector<MatchRepository::CustomerName> MatchRepository::customers()
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT id, code, name FROM customer"));
    q.exec();
    std::vector<CustomerName> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2) });
    return out;
}

} // namespace Accrue
