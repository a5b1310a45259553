#include "exchange/customercsv.h"

#include "common/error.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QHash>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CustomerCsv", text);
}

QHash<QString, int> readHeader(const CsvReader::Record &header, const QString &fileName)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!CustomerCsv::columns().contains(name))
            throw Error(tr("%1:%2: unknown column “%3” (known: %4)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(header.fields.at(i), CustomerCsv::columns().join(u", ")));
        if (column.contains(name))
            throw Error(tr("%1:%2: the column “%3” appears twice")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(name));
        column.insert(name, i);
    }
    for (const QString &required : CustomerCsv::requiredColumns())
        if (!column.contains(required))
            throw Error(tr("%1:%2: a “%3” column is required")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(required));
    return column;
}

} // namespace

const QStringList &CustomerCsv::requiredColumns()
{
    static const QStringList required { QStringLiteral("code"), QStringLiteral("name"),
                                        QStringLiteral("currency") };
    return required;
}

const QStringList &CustomerCsv::columns()
{
    static const QStringList all {
        QStringLiteral("code"),           QStringLiteral("name"),    QStringLiteral("currency"),
        QStringLiteral("terms_days"),     QStringLiteral("email"),   QStringLiteral("tax_id"),
        QStringLiteral("language"),       QStringLiteral("notes"),   QStringLiteral("address"),
        QStringLiteral("postal_code"),    QStringLiteral("city"),    QStringLiteral("region"),
        QStringLiteral("state_province"), QStringLiteral("country"), QStringLiteral("contact"),
        QStringLiteral("contact_email"),
    };
    return all;
}

std::vector<CustomerCsv::Row> CustomerCsv::parse(const QByteArray &csv, const QString &fileName)
{
    const std::vector<CsvReader::Record> records = CsvReader::parse(csv, fileName);
    if (records.size() < 2)
        throw Error(tr("%1: no customers after the header").arg(fileName));
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
        Customer &c = row.customer;
        c.code = value("code");
        c.name = value("name");
        const QString currency = value("currency");
        const std::optional<Currency> known = Currency::fromCode(currency);
        if (!known)
            fail("currency", tr("“%1” is not an ISO 4217 currency code").arg(currency));
        c.currency = *known;
        if (const QString terms = value("terms_days"); !terms.isEmpty()) {
            bool ok = false;
            c.paymentTermsDays = terms.toInt(&ok);
            if (!ok || c.paymentTermsDays < 0 || c.paymentTermsDays > 365)
                fail("terms_days", tr("“%1” is not a number of days from 0 to 365").arg(terms));
        }
        c.email = value("email");
        c.taxId = value("tax_id");
        c.language = value("language");
        c.notes = value("notes");
        BillingProfile &p = row.profile;
        p.addressLine1 = value("address");
        p.postalCode = value("postal_code");
        p.city = value("city");
        p.region = value("region");
        p.stateProvince = value("state_province");
        p.country = value("country").toUpper();
        p.contactName = value("contact");
        p.contactEmail = value("contact_email").isEmpty() ? c.email : value("contact_email");
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Accrue
