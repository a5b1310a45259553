#pragma once

#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

class Database;

// Invoiced revenue (net of tax, less credit notes) by month and by module,
// customer or plan: issued invoice lines in the month of issue, credit note
// lines in the month of the note.
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

    explicit RevenueRepository(Database &db);
    std::vector<Cell> byMonth(Dimension dimension, const QString &currency, const QDate &from,
                              const QDate &to, const ReportScope &scope = {});

private:
    Database &m_db;
};

} // namespace Accrue
