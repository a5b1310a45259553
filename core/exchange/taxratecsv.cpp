#include "exchange/taxratecsv.h"

#include "common/error.h"
#include "exchange/csvreader.h"
#include "money/decimal.h"

#include <QCoreApplication>
#include <QHash>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TaxRateCsv", text);
}

QHash<QString, int> readHeader(const CsvReader::Record &header, const QString &fileName)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!TaxRateCsv::columns().contains(name))
            throw Error(tr("%1:%2: unknown column “%3” (known: %4)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(header.fields.at(i), TaxRateCsv::columns().join(u", ")));
        if (column.contains(name))
            throw Error(tr("%1:%2: the column “%3” appears twice")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(name));
        column.insert(name, i);
    }
    for (const QString &required : TaxRateCsv::requiredColumns())
        if (!column.contains(required))
            throw Error(tr("%1:%2: a “%3” column is required")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(required));
    return column;
}

} // namespace

const QStringList &TaxRateCsv::requiredColumns()
{
    static const QStringList required { QStringLiteral("country"), QStringLiteral("category"),
                                        QStringLiteral("rate") };
    return required;
}

const QStringList &TaxRateCsv::columns()
{
    static const QStringList all { QStringLiteral("country"), QStringLiteral("region"),
                                   QStringLiteral("category"), QStringLiteral("rate"),
                                   QStringLiteral("name"), QStringLiteral("valid_from"),
                                   QStringLiteral("valid_to"),
                                   // Why its supplies carry no tax, for e-invoices.
                                   QStringLiteral("exemption_code"),
                                   QStringLiteral("exemption_reason") };
    return all;
}

int TaxRateCsv::parsePercent(const QString &text)
{
    const QString number = text.trimmed();
    qint64 ppm = -1;
    try {
        // Always the C locale: a file or a command line reads the same everywhere.
        ppm = TaxPercent::parse(number, QLocale::c());
    } catch (const Error &) {
        // A fifth decimal has a message of its own.
        if (TaxPercent::isTooPrecise(number, QLocale::c()))
            throw;
        ppm = -1;
    }
    if (number.isEmpty() || ppm < 0 || ppm > TaxPercent::Max)
        throw Error(tr("“%1” is not a percentage from 0 to 100 with at most four decimals "
                       "(such as 19, 7.25 or 8.875)")
                        .arg(text));
    return int(ppm);
}

std::vector<TaxRateCsv::Row> TaxRateCsv::parse(const QByteArray &csv, const QString &fileName)
{
    const std::vector<CsvReader::Record> records = CsvReader::parse(csv, fileName);
    if (records.size() < 2)
        throw Error(tr("%1: no tax rates after the header").arg(fileName));
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
        auto date = [&](const char *field) {
            const QString text = value(field);
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && (!d.isValid() || text.size() != 10))
                fail(field, tr("“%1” is not a date (use YYYY-MM-DD)").arg(text));
            return d;
        };
        Row row;
        row.line = rec.line;
        TaxRate &t = row.rate;
        t.country = value("country");
        t.region = value("region");
        t.category = value("category").toLower();
        try {
            t.ratePpm = parsePercent(value("rate"));
        } catch (const Error &e) {
            fail("rate", e.userMessage());
        }
        t.name = value("name");
        t.validFrom = date("valid_from");
        t.validTo = date("valid_to");
        t.exemptionCode = value("exemption_code").toUpper();
        t.exemptionReason = value("exemption_reason");
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Accrue
