#include "exchange/invoicecsv.h"

#include "common/error.h"
#include "domain/invoicerules.h"
#include "exchange/csvreader.h"
#include "exchange/invoicejson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceCsv", text);
}

const QStringList invoiceColumns
    = { QStringLiteral("customer"),   QStringLiteral("issue_date"), QStringLiteral("due_date"),
        QStringLiteral("terms_days"), QStringLiteral("currency"),   QStringLiteral("notes") };
const QStringList lineColumns = { QStringLiteral("product"),       QStringLiteral("description"),
                                  QStringLiteral("quantity"),      QStringLiteral("unit_price"),
                                  QStringLiteral("discount"),      QStringLiteral("tax_rate"),
                                  QStringLiteral("service_start"), QStringLiteral("service_end"),
                                  QStringLiteral("recognition") };

// The rows of one invoice, in file order.
struct Group
{
    QJsonObject header;
    QHash<QString, int> headerLine; // where each invoice field was first given
    int firstLine = 0;
    std::vector<int> lineRows; // file line of each invoice line
    QJsonArray lines;
};

QString columnName(InvoiceProblem::Field field)
{
    using F = InvoiceProblem::Field;
    switch (field) {
    case F::Customer:
        return QStringLiteral("customer");
    case F::Currency:
        return QStringLiteral("currency");
    case F::IssueDate:
        return QStringLiteral("issue_date");
    case F::DueDate:
        return QStringLiteral("due_date");
    case F::Lines:
        return QStringLiteral("lines");
    case F::Description:
        return QStringLiteral("description");
    case F::Quantity:
        return QStringLiteral("quantity");
    case F::UnitPrice:
        return QStringLiteral("unit_price");
    case F::Discount:
        return QStringLiteral("discount");
    case F::TaxRate:
        return QStringLiteral("tax_rate");
    case F::ServicePeriod:
        return QStringLiteral("service_start");
    case F::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

} // namespace

std::vector<Invoice> InvoiceCsv::parse(const QByteArray &csv, const QString &fileName, Database &db)
{
    const std::vector<CsvReader::Record> records = CsvReader::parse(csv, fileName);
    if (records.empty())
        throw Error(tr("%1: the file is empty").arg(fileName));
    QHash<QString, int> column;
    const QStringList &header = records.front().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name != QLatin1String("invoice") && !invoiceColumns.contains(name)
            && !lineColumns.contains(name))
            throw Error(tr("%1:%2: unknown column “%3” (known: invoice, %4, %5)")
                            .arg(fileName)
                            .arg(records.front().line)
                            .arg(header.at(i), invoiceColumns.join(QStringLiteral(", ")),
                                 lineColumns.join(QStringLiteral(", "))));
        if (column.contains(name))
            throw Error(tr("%1:%2: the column “%3” appears twice")
                            .arg(fileName)
                            .arg(records.front().line)
                            .arg(name));
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("customer")))
        throw Error(tr("%1:%2: a “customer” column is required").arg(fileName).arg(1));

    std::vector<Group> groups;
    std::map<QString, size_t> groupOf;
    for (size_t r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records[r];
        if (rec.fields.size() > header.size())
            throw Error(tr("%1:%2: %3 fields, but the header names %4")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(rec.fields.size())
                            .arg(header.size()));
        // A row cut short is a truncated file or a lost separator, not a
        // row whose last columns are meant to be empty (those keep their commas).
        if (rec.fields.size() < header.size())
            throw Error(tr("%1:%2: %3: missing; the row has %4 fields, but the header names %5 "
                           "(is the file cut short?)")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(header.at(rec.fields.size()).trimmed())
                            .arg(rec.fields.size())
                            .arg(header.size()));
        auto value = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < rec.fields.size() ? rec.fields.at(i).trimmed() : QString();
        };
        const QString key = value(QStringLiteral("invoice"));
        auto [it, added] = groupOf.try_emplace(key, groups.size());
        if (added) {
            groups.emplace_back();
            groups.back().firstLine = rec.line;
        }
        Group &g = groups[it->second];
        for (const QString &name : invoiceColumns) {
            const QString v = value(name);
            if (v.isEmpty())
                continue;
            if (g.header.contains(name) && g.header.value(name).toString() != v)
                throw Error(tr("%1:%2: %3: “%4” differs from “%5” on line %6 of the same invoice")
                                .arg(fileName)
                                .arg(rec.line)
                                .arg(name, v, g.header.value(name).toString())
                                .arg(g.headerLine.value(name)));
            if (!g.header.contains(name)) {
                g.header.insert(name, v);
                g.headerLine.insert(name, rec.line);
            }
        }
        QJsonObject line;
        for (const QString &name : lineColumns)
            if (const QString v = value(name); !v.isEmpty())
                line.insert(name, v);
        g.lines.append(line);
        g.lineRows.push_back(rec.line);
    }
    if (groups.empty())
        throw Error(tr("%1: no invoice lines after the header").arg(fileName));

    std::vector<Invoice> invoices;
    static const QRegularExpression linePath(QStringLiteral("^lines\\[(\\d+)\\]\\.(.*)$"));
    for (Group &g : groups) {
        QJsonObject object = g.header;
        object.insert(QStringLiteral("lines"), g.lines);
        // JSON paths back to CSV places: "lines[2].unit_price" is the second
        // row of this invoice, column unit_price.
        auto locate = [&fileName, &g](const QString &field) -> QString {
            const auto m = linePath.match(field);
            if (m.hasMatch()) {
                const size_t index = m.captured(1).toULongLong() - 1;
                const int line = index < g.lineRows.size() ? g.lineRows[index] : g.firstLine;
                return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(m.captured(2));
            }
            return QStringLiteral("%1:%2: %3")
                .arg(fileName)
                .arg(g.headerLine.value(field, g.firstLine))
                .arg(field);
        };
        Invoice invoice = InvoiceJson::fromObject(object, locate, db);
        // What the service would refuse, named by CSV line and column now.
        if (const auto problems = InvoiceRules::check(invoice); !problems.empty()) {
            const InvoiceProblem &p = problems.front();
            const QString field = p.line >= 0
                ? QStringLiteral("lines[%1].%2").arg(p.line + 1).arg(columnName(p.field))
                : columnName(p.field);
            throw Error(locate(field) + QStringLiteral(": ") + p.message);
        }
        invoices.push_back(std::move(invoice));
    }
    return invoices;
}

} // namespace Accrue
