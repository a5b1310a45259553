#include "exchange/productcsv.h"

#include "common/error.h"
#include "domain/planpricing.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ProductCsv", text);
}

// One data row of either file: its fields by column name and a way to
// fail that names file, line and column.
class RowReader final
{
public:
    RowReader(const QString &fileName, const CsvReader::Record &record,
              const QHash<QString, int> &column)
        : m_fileName(fileName)
        , m_record(record)
        , m_column(column)
    {
    }

    int line() const { return m_record.line; }

    QString value(const char *name) const
    {
        const int i = m_column.value(QString::fromLatin1(name), -1);
        return i >= 0 ? m_record.fields.at(i).trimmed() : QString();
    }

    [[noreturn]] void fail(const char *field, const QString &message) const
    {
        throw Error(QStringLiteral("%1:%2: %3: %4")
                        .arg(m_fileName)
                        .arg(m_record.line)
                        .arg(QString::fromLatin1(field), message));
    }

    Currency currency() const
    {
        const QString code = value("currency");
        const std::optional<Currency> known = Currency::fromCode(code);
        if (!known)
            fail("currency", tr("“%1” is not an ISO 4217 currency code").arg(code));
        return *known;
    }

    Money amount(const char *field, Currency currency) const
    {
        const QString text = value(field);
        try {
            return Money::fromPlainString(text, currency);
        } catch (const Error &) {
            fail(field,
                 tr("“%1” is not an amount in %2 (use a dot: 12.50)").arg(text, currency.code()));
        }
    }

private:
    const QString &m_fileName;
    const CsvReader::Record &m_record;
    const QHash<QString, int> &m_column;
};

QHash<QString, int> readHeader(const CsvReader::Record &header, const QString &fileName,
                               const QStringList &known, const QStringList &required)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            throw Error(tr("%1:%2: unknown column “%3” (known: %4)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(header.fields.at(i), known.join(u", ")));
        if (column.contains(name))
            throw Error(tr("%1:%2: the column “%3” appears twice")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(name));
        column.insert(name, i);
    }
    for (const QString &name : required)
        if (!column.contains(name))
            throw Error(
                tr("%1:%2: a “%3” column is required").arg(fileName).arg(header.line).arg(name));
    return column;
}

// The records after the header, each as a RowReader, with the field count
// checked against the header.
void forEachRow(const QByteArray &csv, const QString &fileName, const QStringList &known,
                const QStringList &required, const QString &emptyMessage,
                const std::function<void(const RowReader &)> &visit)
{
    const std::vector<CsvReader::Record> records = CsvReader::parse(csv, fileName);
    if (records.size() < 2)
        throw Error(emptyMessage.arg(fileName));
    const QHash<QString, int> column = readHeader(records.front(), fileName, known, required);
    const qsizetype width = records.front().fields.size();
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records[r];
        if (rec.fields.size() != width)
            throw Error(tr("%1:%2: %3 fields, but the header names %4")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(rec.fields.size())
                            .arg(width));
        visit(RowReader(fileName, rec, column));
    }
}

} // namespace

const QStringList &ProductCsv::productRequiredColumns()
{
    static const QStringList required { QStringLiteral("code"), QStringLiteral("name"),
                                        QStringLiteral("unit_price"), QStringLiteral("currency") };
    return required;
}

const QStringList &ProductCsv::planRequiredColumns()
{
    static const QStringList required { QStringLiteral("code"),    QStringLiteral("name"),
                                        QStringLiteral("product"), QStringLiteral("period"),
                                        QStringLiteral("price"),   QStringLiteral("currency") };
    return required;
}

const QStringList &ProductCsv::productColumns()
{
    static const QStringList all {
        QStringLiteral("code"),        QStringLiteral("name"),
        QStringLiteral("unit_price"),  QStringLiteral("currency"),
        QStringLiteral("unit"),        QStringLiteral("tax_category"),
        QStringLiteral("recognition"), QStringLiteral("revenue_account"),
    };
    return all;
}

const QStringList &ProductCsv::planColumns()
{
    static const QStringList all {
        QStringLiteral("code"),    QStringLiteral("name"),       QStringLiteral("product"),
        QStringLiteral("period"),  QStringLiteral("price"),      QStringLiteral("currency"),
        QStringLiteral("pricing"), QStringLiteral("trial_days"), QStringLiteral("tiers"),
    };
    return all;
}

std::vector<ProductCsv::ProductRow> ProductCsv::parseProducts(const QByteArray &csv,
                                                              const QString &fileName)
{
    std::vector<ProductRow> rows;
    forEachRow(csv, fileName, productColumns(), productRequiredColumns(),
               tr("%1: no products after the header"), [&rows](const RowReader &in) {
                   ProductRow row;
                   row.line = in.line();
                   Product &p = row.product;
                   p.code = in.value("code");
                   p.name = in.value("name");
                   p.currency = in.currency();
                   p.unitPrice = in.amount("unit_price", p.currency);
                   // Empty optional cells keep Product's defaults; the
                   // service checks what is given.
                   if (const QString unit = in.value("unit"); !unit.isEmpty())
                       p.unit = unit;
                   if (const QString category = in.value("tax_category"); !category.isEmpty())
                       p.taxCategory = category.toLower();
                   if (const QString method = in.value("recognition"); !method.isEmpty())
                       p.recognitionMethod = method.toLower();
                   row.revenueAccount = in.value("revenue_account");
                   rows.push_back(std::move(row));
               });
    return rows;
}

std::vector<ProductCsv::PlanRow> ProductCsv::parsePlans(const QByteArray &csv,
                                                        const QString &fileName)
{
    std::vector<PlanRow> rows;
    forEachRow(
        csv, fileName, planColumns(), planRequiredColumns(), tr("%1: no plans after the header"),
        [&rows](const RowReader &in) {
            PlanRow row;
            row.line = in.line();
            row.product = in.value("product");
            Plan &p = row.plan;
            p.code = in.value("code");
            p.name = in.value("name");
            const QString period = in.value("period");
            const std::optional<int> months = PlanPricing::periodFromText(period);
            if (!months)
                in.fail(
                    "period",
                    tr("“%1” is not monthly, quarterly, annual or a number of months").arg(period));
            p.billingPeriodMonths = *months;
            p.currency = in.currency();
            p.price = in.amount("price", p.currency);
            if (const QString pricing = in.value("pricing"); !pricing.isEmpty()) {
                const std::optional<PricingModel> model = PlanPricing::fromKey(pricing);
                if (!model)
                    in.fail("pricing",
                            tr("“%1” is not flat, per_unit, graduated or volume").arg(pricing));
                p.pricing = *model;
            }
            if (const QString trial = in.value("trial_days"); !trial.isEmpty()) {
                bool ok = false;
                p.trialDays = trial.toInt(&ok);
                if (!ok || p.trialDays < 0 || p.trialDays > 366)
                    in.fail("trial_days",
                            tr("“%1” is not a number of days from 0 to 366").arg(trial));
            }
            try {
                p.tiers = PlanPricing::parseTiers(in.value("tiers"), p.currency);
            } catch (const Error &e) {
                in.fail("tiers", e.userMessage());
            }
            rows.push_back(std::move(row));
        });
    return rows;
}

} // namespace Accrue
