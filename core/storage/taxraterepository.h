#pragma once

#include "domain/taxrate.h"

#include <QDate>
#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace Accrue {

class Database;
struct ReportScope;

// The book's tax table (tax_rate) and the tax report's sums over the
// documents and the ledger.
class TaxRateRepository final
{
public:
    explicit TaxRateRepository(Database &db);

    qint64 insert(TaxRate &rate);
    // Ends a rate on `validTo` (inclusive).
    void setValidTo(qint64 id, const QDate &validTo);
    // By country, region, category and start; one country's only when given.
    std::vector<TaxRate> list(const QString &country = {});

    // Net and tax of issued invoice lines less credit note lines (dated in the
    // period), by currency, country, region, category and rate. A credit note
    // line is placed where the invoice line it corrects was taxed.
    struct Amount
    {
        QString currency, country, region, category;
        int ratePpm = 0;
        qint64 netMinor = 0, taxMinor = 0;
    };
    void amounts(const QDate &from, const QDate &to, const ReportScope &scope,
                 const std::function<void(const Amount &)> &visit);
    // Credits less debits on the tax payable account in the period, per
    // currency: what the journal says the same documents owe in tax.
    std::map<QString, qint64> taxPayableMovement(const QDate &from, const QDate &to,
                                                 const ReportScope &scope);

private:
    Database &m_db;
};

} // namespace Accrue
