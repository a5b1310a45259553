#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// Subscriptions from a spreadsheet, one row each. Columns are found by their
// header (any order): customer (code) and plan (code) are required; name,
// licenses, start (YYYY-MM-DD), region and state_province may follow.
// UTF-8 (a BOM is fine), RFC 4180. Errors name file, line and column:
// "subscriptions.csv:3: licenses: “many” is not a whole number from 1 to
// 1000000". The codes are looked up by SubscriptionService.
class SubscriptionCsv final
{
public:
    struct Row
    {
        int line = 0;
        QString customerCode;
        QString planCode;
        QString name;
        int licenses = 1;
        QDate start; // invalid: today
        QString region;
        QString stateProvince;
    };

    static std::vector<Row> parse(const QByteArray &csv, const QString &fileName);
    // Every column the reader knows, and those a file must have.
    static const QStringList &columns();
    static const QStringList &requiredColumns();
};

} // namespace Accrue
