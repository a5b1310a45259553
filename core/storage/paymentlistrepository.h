#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// The read side of the Transactions page: payments received, a window at a
// time, with the invoices each one settles.
class PaymentListRepository final
{
public:
    struct Filter
    {
        QString search; // customer name/code or reference
        bool unappliedOnly = false;
    };

    struct Row
    {
        qint64 id = 0;
        QDate date;
        QString customer;
        QString currency;
        qint64 amountMinor = 0;
        qint64 unappliedMinor = 0;
        QString method;
        QString reference;
        QStringList invoices; // numbers this payment is applied to
    };

    explicit PaymentListRepository(Database &db);

    qint64 count(const Filter &filter);
    // Newest first.
    std::vector<Row> page(const Filter &filter, qint64 offset, qint64 limit);

private:
    QString where(const Filter &filter) const;
    void bind(class SqlQuery &q, const Filter &filter);
    Database &m_db;
};

} // namespace Accrue
