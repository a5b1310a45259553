#pragma once

#include "reports/reportparameters.h"

#include <QStringList>
#include <vector>

namespace Accrue {

class Database;
class ReportSink;

// The Deferred revenue account month by month: opening balance, billed
// (credited by invoices issued and by the catch-up of older books),
// recognised (debited by the recognition run), credited (debited by credit
// notes), other movements (manual or unforeseen entries, normally none)
// and the closing balance read from the ledger at the month's end, so it is
// the trial balance's figure: closing = opening + billed - recognised -
// credited + other. Months are clipped to the range.
class DeferredRollforwardReport final
{
public:
    struct Month
    {
        QString month; // YYYY-MM
        qint64 opening = 0;
        qint64 billed = 0;
        qint64 recognised = 0;
        qint64 credited = 0;
        qint64 other = 0;
        qint64 closing = 0;
    };

    explicit DeferredRollforwardReport(Database &db);
    // currency empty: the book's main currency.
    std::vector<Month> months(const QDate &from, const QDate &to, const QString &currency);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
