#include "storage/taxraterepository.h"

#include "storage/database.h"
#include "storage/reportscope.h"
#include "storage/sqlquery.h"

#include <QDateTime>

namespace Accrue {

namespace {

// The column's default for "valid since always".
const QString alwaysText = QStringLiteral("0001-01-01");

QString startText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : alwaysText;
}

} // namespace

TaxRateRepository::TaxRateRepository(Database &db)
    : m_db(db)
{
}

qint64 TaxRateRepository::insert(TaxRate &r)
{
    SqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO tax_rate (country, region, category, rate_ppm, name, "
                       "valid_from, valid_to, created_at, exemption_code, exemption_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    // region is '' for the whole country, never NULL (it is part of the key).
    const QString region = r.region.isNull() ? QStringLiteral("") : r.region;
    r.id = q.bindAll(r.country, region, r.category, r.ratePpm, r.name, startText(r.validFrom),
                     r.validTo, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
               .bindNullable(r.exemptionCode.isEmpty() ? QString() : r.exemptionCode)
               .bindNullable(r.exemptionReason.isEmpty() ? QString() : r.exemptionReason)
               .scalar()
               .toLongLong();
    return r.id;
}

void TaxRateRepository::setValidTo(qint64 id, const QDate &validTo)
{
    m_db.query(QStringLiteral("UPDATE tax_rate SET valid_to = ? WHERE id = ?"))
        .bindAll(validTo, id)
        .exec();
}

std::vector<TaxRate> TaxRateRepository::list(const QString &country)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, country, region, category, rate_ppm, name, valid_from, "
                       "valid_to, COALESCE(exemption_code, ''), COALESCE(exemption_reason, '') "
                       "FROM tax_rate")
        + (country.isEmpty() ? QString() : QStringLiteral(" WHERE country = ?"))
        + QStringLiteral(" ORDER BY country, region, category, valid_from"));
    if (!country.isEmpty())
        q.bind(country);
    q.exec();
    std::vector<TaxRate> rates;
    while (q.next()) {
        TaxRate r;
        r.id = q.int64(0);
        r.country = q.text(1);
        r.region = q.text(2);
        r.category = q.text(3);
        r.ratePpm = q.value(4).toInt();
        r.name = q.text(5);
        if (q.text(6) != alwaysText)
            r.validFrom = q.date(6);
        r.validTo = q.date(7);
        r.exemptionCode = q.text(8);
        r.exemptionReason = q.text(9);
        rates.push_back(r);
    }
    return rates;
}

void TaxRateRepository::amounts(const QDate &from, const QDate &to, const ReportScope &scope,
                                const std::function<void(const Amount &)> &visit)
{
    // Lines stored before taxes had places (or in a book without a tax table)
    // carry no country, region or category: they group under empty ones.
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT currency, country, region, category, rate_ppm, SUM(net), SUM(tax) FROM ("
            " SELECT i.currency AS currency, COALESCE(l.tax_country, '') AS country,"
            " COALESCE(l.tax_region, '') AS region, COALESCE(l.tax_category, '') AS category,"
            " l.tax_rate_ppm AS rate_ppm, l.net_minor AS net, l.tax_minor AS tax"
            " FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id"
            " WHERE i.status <> 'draft' AND i.issue_date >= ? AND i.issue_date <= ?")
        + scope.customerCondition(m_db, QStringLiteral("i.customer_id"))
        + QStringLiteral(
            " UNION ALL"
            " SELECT n.currency, COALESCE(l.tax_country, ''), COALESCE(l.tax_region, ''),"
            " COALESCE(l.tax_category, ''), cl.tax_rate_ppm, -cl.net_minor, -cl.tax_minor"
            " FROM credit_note_line cl JOIN credit_note n ON n.id = cl.credit_note_id"
            " LEFT JOIN invoice_line l ON l.id = cl.invoice_line_id"
            " WHERE n.issue_date >= ? AND n.issue_date <= ?")
        + scope.customerCondition(m_db, QStringLiteral("n.customer_id"))
        + QStringLiteral(") t GROUP BY currency, country, region, category, rate_ppm"
                         " ORDER BY currency, country, region, category, rate_ppm"));
    q.bindAll(from, to);
    scope.bindCustomer(q);
    q.bindAll(from, to);
    scope.bindCustomer(q);
    q.exec();
    Amount a;
    while (q.next()) {
        a.currency = q.text(0);
        a.country = q.text(1);
        a.region = q.text(2);
        a.category = q.text(3);
        a.ratePpm = q.value(4).toInt();
        a.netMinor = q.int64(5);
        a.taxMinor = q.int64(6);
        visit(a);
    }
}

std::map<QString, qint64> TaxRateRepository::taxPayableMovement(const QDate &from, const QDate &to,
                                                                const ReportScope &scope)
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT jl.currency, SUM(jl.credit_minor) - SUM(jl.debit_minor)"
                                    " FROM journal_line jl JOIN account a ON a.id = jl.account_id"
                                    " WHERE a.system_role = 'tax_payable'"
                                    " AND jl.entry_date >= ? AND jl.entry_date <= ?")
                     + scope.customerCondition(m_db, QStringLiteral("jl.customer_id"))
                     + QStringLiteral(" GROUP BY jl.currency"));
    q.bindAll(from, to);
    scope.bindCustomer(q);
    q.exec();
    std::map<QString, qint64> movement;
    while (q.next())
        movement[q.text(0)] = q.int64(1);
    return movement;
}

} // namespace Accrue
