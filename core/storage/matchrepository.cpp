#include "storage/matchrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace Accrue {

namespace {
OpenInvoice read(const SqlQuery &q)
{
    const Currency currency = Currency::require(q.text(3));
    return { q.int64(0),
             q.int64(1),
             q.text(2),
             currency,
             Money(q.int64(4), currency),
             q.text(5) == QLatin1String("open") };
}
// Rows of (…, due_date) oldest due first, then by id.
std::vector<OpenInvoice> sortedByDue(SqlQuery &q)
{
    std::vector<std::pair<QString, OpenInvoice>> rows;
    while (q.next())
        rows.emplace_back(q.text(6), read(q));
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    std::vector<OpenInvoice> out;
    for (auto &[due, inv] : rows)
        out.push_back(std::move(inv));
    return out;
}

const QString columns = QStringLiteral(
    "SELECT id, customer_id, number, currency, balance_minor, status FROM invoice");
} // namespace

MatchRepository::MatchRepository(Database &db)
    : m_db(db)
{
}

std::optional<OpenInvoice> MatchRepository::invoiceByNumber(const QString &number)
{
    SqlQuery q = m_db.query(columns + QStringLiteral(" WHERE number = ?"));
    q.bind(number).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QStringList MatchRepository::numberPrefixes()
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT series FROM number_series"));
    q.exec();
    QStringList prefixes;
    while (q.next())
        prefixes << q.value(0).toString();
    return prefixes;
}

std::vector<OpenInvoice> MatchRepository::openWithBalance(const Money &balance, int limit)
{
    // Through invoice(balance_minor): an ORDER BY here would make the planner
    // walk every open invoice by due date instead. A handful of rows is sorted
    // here, oldest first.
    // (SQLite's planner is told; PostgreSQL's statistics find it alone.)
    const QString hint = m_db.dialect() == Database::Dialect::Sqlite
        ? QStringLiteral(" INDEXED BY invoice_balance")
        : QString();
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, customer_id, number, currency, balance_minor, status, due_date"
                       " FROM invoice")
        + hint
        + QStringLiteral(" WHERE balance_minor = ? AND status = 'open' AND currency = ? LIMIT ?"));
    q.bindAll(balance.minor(), balance.currency().code(), limit).exec();
    return sortedByDue(q);
}

std::vector<OpenInvoice> MatchRepository::openOfCustomer(qint64 customerId, Currency currency)
{
    // Through invoice(customer_id, issue_date), sorted here: ordering by due
    // date in SQL would walk every open invoice of the book instead.
    const QString hint = m_db.dialect() == Database::Dialect::Sqlite
        ? QStringLiteral(" INDEXED BY invoice_customer")
        : QString();
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, customer_id, number, currency, balance_minor, status, due_date"
                       " FROM invoice")
        + hint + QStringLiteral(" WHERE customer_id = ? AND status = 'open' AND currency = ?"));
    q.bindAll(customerId, currency.code()).exec();
    return sortedByDue(q);
}

std::vector<CustomerName> MatchRepository::customers()
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT id, code, name FROM customer"));
    q.exec();
    std::vector<CustomerName> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2) });
    return out;
}

} // namespace Accrue
