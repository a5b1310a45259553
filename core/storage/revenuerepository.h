#pragma once

#include "storage/monthlybalancerepository.h"
#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

class Database;

// Invoiced revenue (net of tax, less credit notes) by month and by module,
// customer or plan: issued invoice lines in the month of issue, credit note
// lines in the month of the note. By module it reads the monthly balances of
// the revenue accounts when each module has an account of its own (a line
// always posts to its product's account, one rule in InvoiceService) and
// nothing was ever deferred (then the balances are recognised revenue, see
// RecognitionService), which gives the same answer without reading every
// invoice line.
class RevenueRepository final
{
public:
    enum class Dimension { Module, Customer, Plan };

    struct Cell
    {
        QString key; // module code, customer code, plan code ("" if none)
        QString label; // its name
        QString month; // YYYY-MM
        qint64 amountMinor = 0;
    };

    using Source = MonthlyBalanceRepository::Source;

    // JournalLines: always from the invoice and credit note lines.
    explicit RevenueRepository(Database &db, Source source = Source::MonthlyBalances);
    std::vector<Cell> byMonth(Dimension dimension, const QString &currency, const QDate &from,
                              const QDate &to, const ReportScope &scope = {});
    // The same revenue per document (issued invoice or credit note) and key,
    // in every currency, with the document's date: for converting each
    // document at its own date's rate.
    struct DocumentCell
    {
        QString key;
        QString label;
        QDate date;
        QString currency;
        qint64 amountMinor = 0;
    };
    std::vector<DocumentCell> byDocument(Dimension dimension, const QDate &from, const QDate &to,
                                         const ReportScope &scope = {});
    // Partners' billed revenue (the commission report): per partner tenant
    // above the customer (0 and "" for the root's own customers), month of
    // issue and currency, the issued invoices' net (excluding tax) and the
    // credit notes' net, from the stored documents. A customer counts for
    // the partner it belongs to now (a moved customer's past follows it).
    // `currency` empty: every currency. Narrowed to the user's scope.
    struct PartnerCell
    {
        qint64 partnerId = 0;
        QString partnerName;
        QString month; // YYYY-MM
        QString currency;
        qint64 invoicedMinor = 0;
        qint64 creditedMinor = 0;
    };
    std::vector<PartnerCell> byPartner(const QDate &from, const QDate &to,
                                       const QString &currency = {});
    // Whether every product has a revenue account no other product or
    // product-less line shares, and no revenue was ever deferred, so that an
    // account's balance is its module's invoiced revenue.
    bool accountsAreModules();

private:
    std::vector<Cell> fromDocuments(Dimension dimension, const QString &currency, const QDate &from,
                                    const QDate &to, const ReportScope &scope);
    std::vector<Cell> modulesFromBalances(const QString &currency, const QDate &from,
                                          const QDate &to, const QString &module);

    Database &m_db;
    Source m_source;
};

} // namespace Accrue
