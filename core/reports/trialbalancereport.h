#pragma once

#include <QDate>

namespace Accrue {

class Database;
class ReportSink;

// Every account's balance as of a date on its debit or credit side, per
// currency, with totals that must be equal (the books balance).
class TrialBalanceReport final
{
public:
    explicit TrialBalanceReport(Database &db);
    void run(const QDate &asOf, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
