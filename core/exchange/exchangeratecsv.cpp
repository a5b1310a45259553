#include "exchange/exchangeratecsv.h"

#include "common/error.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ExchangeRateCsv", text);
}

using Record = CsvReader::Record;

[[noreturn]] void fail(const QString &fileName, int line, const QString &field,
                       const QString &message)
{
    throw Error(QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, message));
}

// ISO (the history file, the long list) or "03 June 2021" (the daily file).
QDate readDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        date = QLocale::c().toDate(text, QStringLiteral("d MMMM yyyy"));
    return date;
}

bool isBlank(const Record &r)
{
    return std::all_of(r.fields.cbegin(), r.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

ExchangeRateCsv::Parsed parseEcb(const std::vector<Record> &records, const QString &fileName)
{
    ExchangeRateCsv::Parsed out;
    out.format = ExchangeRateCsv::Format::Ecb;
    const Currency euro = Currency::require(QStringLiteral("EUR"));
    const Record &header = records.front();
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    std::vector<std::optional<Currency>> columns; // per field after Date
    for (qsizetype i = 1; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (name.isEmpty()) { // the trailing comma's empty column
            columns.emplace_back();
            continue;
        }
        if (!code.match(name).hasMatch())
            fail(fileName, header.line, name,
                 tr("the header of an ECB rates file names currencies (USD, JPY, ...)"));
        const std::optional<Currency> c = Currency::fromCode(name);
        if (!c)
            out.skippedColumns << name.toUpper();
        columns.push_back(c);
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (isBlank(rec))
            continue;
        const QString dateText = rec.fields.value(0).trimmed();
        const QDate date = readDate(dateText);
        if (!date.isValid())
            fail(fileName, rec.line, QStringLiteral("Date"),
                 tr("“%1” is not a date (YYYY-MM-DD or 03 June 2021)").arg(dateText));
        for (qsizetype i = 1; i < rec.fields.size(); ++i) {
            const QString cell = rec.fields.at(i).trimmed();
            if (cell.isEmpty() || cell.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0)
                continue;
            if (std::size_t(i - 1) >= columns.size() || !header.fields.at(i).trimmed().size())
                fail(fileName, rec.line, QString::number(i + 1),
                     tr("a value “%1” in a column the header does not name").arg(cell));
            const std::optional<Currency> &quote = columns[std::size_t(i - 1)];
            if (!quote)
                continue;
            ExchangeRateCsv::Row row;
            row.line = rec.line;
            row.rate.date = date;
            row.rate.base = euro;
            row.rate.quote = *quote;
            try {
                row.rate.rateE10 = RateE10::parse(cell);
            } catch (const Error &e) {
                fail(fileName, rec.line, quote->code(), e.userMessage());
            }
            out.rows.push_back(row);
        }
    }
    return out;
}

ExchangeRateCsv::Parsed parseLong(const std::vector<Record> &records, const QString &fileName)
{
    ExchangeRateCsv::Parsed out;
    const Record &header = records.front();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (!ExchangeRateCsv::columns().contains(name))
            fail(fileName, header.line, name,
                 tr("unknown column (a rates list has date, base, quote and rate)"));
        column.insert(name, i);
    }
    for (const QString &required : ExchangeRateCsv::columns())
        if (!column.contains(required))
            throw Error(tr("%1:%2: a “%3” column is required (or an ECB header “Date,USD,...”)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(required));
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (isBlank(rec))
            continue;
        auto value = [&](const char *name) {
            return rec.fields.value(column.value(QString::fromLatin1(name))).trimmed();
        };
        auto currency = [&](const char *field) {
            const QString text = value(field);
            const std::optional<Currency> c = Currency::fromCode(text);
            if (!c)
                fail(fileName, rec.line, QString::fromLatin1(field),
                     tr("“%1” is not an ISO 4217 currency code").arg(text));
            return *c;
        };
        ExchangeRateCsv::Row row;
        row.line = rec.line;
        const QString dateText = value("date");
        row.rate.date = QDate::fromString(dateText, Qt::ISODate);
        if (!row.rate.date.isValid() || dateText.size() != 10)
            fail(fileName, rec.line, QStringLiteral("date"),
                 tr("“%1” is not a date (use YYYY-MM-DD)").arg(dateText));
        row.rate.base = currency("base");
        row.rate.quote = currency("quote");
        if (row.rate.base == row.rate.quote)
            fail(fileName, rec.line, QStringLiteral("quote"), tr("the same currency as the base"));
        try {
            row.rate.rateE10 = RateE10::parse(value("rate"));
        } catch (const Error &e) {
            fail(fileName, rec.line, QStringLiteral("rate"), e.userMessage());
        }
        out.rows.push_back(row);
    }
    return out;
}

} // namespace

const QStringList &ExchangeRateCsv::columns()
{
    static const QStringList all { QStringLiteral("date"), QStringLiteral("base"),
                                   QStringLiteral("quote"), QStringLiteral("rate") };
    return all;
}

ExchangeRateCsv::Parsed ExchangeRateCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    const std::vector<Record> records = CsvReader::parse(bytes, fileName);
    if (records.empty())
        throw Error(tr("%1: the file is empty").arg(fileName));
    const QStringList &header = records.front().fields;
    const bool ecb = header.size() > 1
        && header.first().trimmed().compare(QLatin1String("Date"), Qt::CaseInsensitive) == 0
        && !header.contains(QStringLiteral("base"), Qt::CaseInsensitive);
    Parsed parsed = ecb ? parseEcb(records, fileName) : parseLong(records, fileName);
    if (parsed.rows.empty())
        throw Error(tr("%1: no exchange rates in the file").arg(fileName));
    return parsed;
}

} // namespace Accrue
