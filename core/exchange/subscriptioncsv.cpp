#include "exchange/subscriptioncsv.h"

#include "common/error.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QHash>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SubscriptionCsv", text);
}

QHash<QString, int> readHeader(const CsvReader::Record &header, const QString &fileName)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!SubscriptionCsv::columns().contains(name))
            throw Error(tr("%1:%2: unknown column “%3” (known: %4)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(header.fields.at(i), SubscriptionCsv::columns().join(u", ")));
        if (column.contains(name))
            throw Error(tr("%1:%2: the column “%3” appears twice")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(name));
        column.insert(name, i);
    }
    for (const QString &required : SubscriptionCsv::requiredColumns())
        if (!column.contains(required))
            throw Error(tr("%1:%2: a “%3” column is required")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(required));
    return column;
}

} // namespace

const QStringList &SubscriptionCsv::requiredColumns()
{
    static const QStringList required { QStringLiteral("customer"), QStringLiteral("plan") };
    return required;
}

const QStringList &SubscriptionCsv::columns()
{
    static const QStringList all {
        QStringLiteral("customer"),       QStringLiteral("plan"),  QStringLiteral("name"),
        QStringLiteral("licenses"),       QStringLiteral("start"), QStringLiteral("region"),
        QStringLiteral("state_province"),
    };
    return all;
}

std::vector<SubscriptionCsv::Row> SubscriptionCsv::parse(const QByteArray &csv,
                                                         const QString &fileName)
{
    const std::vector<CsvReader::Record> records = CsvReader::parse(csv, fileName);
    if (records.size() < 2)
        throw Error(tr("%1: no subscriptions after the header").arg(fileName));
    const QHash<QString, int> column = readHeader(records.front(), fileName);
    const qsizetype width = records.front().fields.size();
    std::vector<Row> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records[r];
        if (rec.fields.size() != width)
            throw Error(tr("%1:%2: %3 fields, but the header names %4")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(rec.fields.size())
                            .arg(width));
        auto value = [&](const char *name) {
            const int i = column.value(QString::fromLatin1(name), -1);
            return i >= 0 ? rec.fields.at(i).trimmed() : QString();
        };
        auto fail = [&](const char *field, const QString &message) {
            throw Error(QStringLiteral("%1:%2: %3: %4")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(QString::fromLatin1(field), message));
        };
        Row row;
        row.line = rec.line;
        row.customerCode = value("customer");
        if (row.customerCode.isEmpty())
            fail("customer", tr("enter the customer's code"));
        row.planCode = value("plan");
        if (row.planCode.isEmpty())
            fail("plan", tr("enter the plan's code"));
        row.name = value("name");
        if (const QString licenses = value("licenses"); !licenses.isEmpty()) {
            bool ok = false;
            row.licenses = licenses.toInt(&ok);
            if (!ok || row.licenses < 1 || row.licenses > 1'000'000)
                fail("licenses", tr("“%1” is not a whole number from 1 to 1000000").arg(licenses));
        }
        if (const QString start = value("start"); !start.isEmpty()) {
            row.start = QDate::fromString(start, Qt::ISODate);
            if (!row.start.isValid() || start.size() != 10)
                fail("start", tr("“%1” is not a date (use YYYY-MM-DD)").arg(start));
        }
        row.region = value("region");
        row.stateProvince = value("state_province");
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Accrue
