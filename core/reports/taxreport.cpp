#include "reports/taxreport.h"

#include "domain/taxrate.h"
#include "reports/reporttable.h"
#include "storage/taxraterepository.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TaxReport", text);
}

constexpr int columnCount = 8;

} // namespace

TaxReport::TaxReport(Database &db)
    : m_db(db)
{
}

std::vector<TaxReport::Check> TaxReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Tax %1 to %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
               { { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("country"), tr("Country"), Type::Text },
                 { QStringLiteral("region"), tr("Region"), Type::Text },
                 { QStringLiteral("category"), tr("Category"), Type::Text },
                 { QStringLiteral("rate"), tr("Rate"), Type::Percent },
                 { QStringLiteral("taxable"), tr("Taxable"), Type::Money },
                 { QStringLiteral("tax"), tr("Tax"), Type::Money },
                 { QStringLiteral("check"), tr("Check"), Type::Text } });
    TaxRateRepository repo(m_db);
    const ReportScope scope { p.customer, {}, {} };
    // Few rows (one per place and rate), so each currency's rows are held
    // until its total and check can follow them.
    std::map<QString, std::vector<TaxRateRepository::Amount>> byCurrency;
    repo.amounts(p.from, p.to, scope,
                 [&](const TaxRateRepository::Amount &a) { byCurrency[a.currency].push_back(a); });
    const std::map<QString, qint64> ledger = repo.taxPayableMovement(p.from, p.to, scope);
    for (const auto &[currency, movement] : ledger)
        byCurrency[currency]; // a currency only the journal knows still gets its check

    std::vector<Check> checks;
    for (const auto &[code, amounts] : byCurrency) {
        const Currency c = Currency::fromCode(code).value_or(Currency());
        auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
        qint64 net = 0, tax = 0;
        for (const TaxRateRepository::Amount &a : amounts) {
            net += a.netMinor;
            tax += a.taxMinor;
            sink.row({ code, a.country, a.region, a.category,
                       QVariant::fromValue(FixedPoint { a.ratePpm, TaxPercent::Decimals, 2 }),
                       money(a.netMinor), money(a.taxMinor), QString() });
        }
        const auto it = ledger.find(code);
        const Check check { code, Money(tax, c), Money(it == ledger.end() ? 0 : it->second, c) };
        QVariantList total(columnCount, QString());
        total[0] = code;
        total[1] = tr("TOTAL");
        total[4] = QVariant();
        total[5] = money(net);
        total[6] = money(tax);
        sink.totalRow(total);
        QVariantList row(columnCount, QString());
        row[0] = code;
        row[1] = tr("LEDGER");
        row[3] = tr("tax payable, net credits");
        row[4] = QVariant();
        row[5] = QVariant();
        row[6] = QVariant::fromValue(check.ledger);
        row[7] = check.agrees() ? tr("agrees with the ledger")
                                : tr("differs from the ledger by %1")
                                      .arg((check.reported - check.ledger).toPlainString());
        sink.totalRow(row);
        checks.push_back(check);
    }
    sink.end();
    return checks;
}

} // namespace Accrue
