#include "billing/taxservice.h"

#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "domain/taxrules.h"
#include "exchange/taxratecsv.h"
#include "money/decimal.h"
#include "storage/taxraterepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TaxService", text);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void normalize(TaxRate &r)
{
    r.country = TaxRules::normalizedCode(r.country);
    r.region = TaxRules::normalizedCode(r.region);
    r.category = r.category.trimmed().toLower();
    r.name = r.name.trimmed();
    r.exemptionCode = r.exemptionCode.trimmed().toUpper();
    r.exemptionReason = r.exemptionReason.trimmed();
    if (r.name.isEmpty()) {
        const QString place = r.region.isEmpty() ? r.country : r.country + u'-' + r.region;
        r.name = QStringLiteral("%1 %2 %3 %")
                     .arg(place, r.category, TaxService::percentText(r.ratePpm));
    }
}

} // namespace

TaxService::TaxService(Session &session)
    : m_session(session)
{
}

QString TaxService::percentText(int ratePpm)
{
    return TaxPercent::text(ratePpm, QLocale::c());
}

QJsonObject TaxService::toJson(const TaxRate &r)
{
    return QJsonObject { { QStringLiteral("country"), r.country },
                         { QStringLiteral("region"), r.region },
                         { QStringLiteral("category"), r.category },
                         { QStringLiteral("rate_ppm"), r.ratePpm },
                         { QStringLiteral("name"), r.name },
                         { QStringLiteral("valid_from"), dateText(r.validFrom) },
                         { QStringLiteral("valid_to"), dateText(r.validTo) },
                         { QStringLiteral("exemption_code"), r.exemptionCode },
                         { QStringLiteral("exemption_reason"), r.exemptionReason } };
}

qint64 TaxService::addRate(TaxRate &rate)
{
    m_session.require(Permission::Billing, tr("change tax rates"));
    normalize(rate);
    if (const QStringList problems = TaxRules::validate(rate); !problems.isEmpty())
        throw Error(problems.join(QStringLiteral("; ")));
    Transaction tx(m_session.db());
    TaxRateRepository repo(m_session.db());
    if (const auto clash = TaxRules::overlapping(repo.list(rate.country), rate))
        throw Error(tr("valid_from: the %1 rate “%2” (%3 %) is valid from %4 to %5 already; end it "
                       "before this one starts")
                        .arg(clash->category, clash->name, percentText(clash->ratePpm),
                             clash->validFrom.isValid() ? dateText(clash->validFrom) : tr("always"),
                             clash->validTo.isValid() ? dateText(clash->validTo) : tr("open end")));
    repo.insert(rate);
    m_session.audit().append(QStringLiteral("tax_rate.create"), QStringLiteral("tax_rate"),
                             QString::number(rate.id), {}, toJson(rate));
    tx.commit();
    return rate.id;
}

void TaxService::endRate(qint64 id, const QDate &validTo)
{
    m_session.require(Permission::Billing, tr("change tax rates"));
    Transaction tx(m_session.db());
    TaxRateRepository repo(m_session.db());
    const std::vector<TaxRate> all = repo.list();
    const auto it
        = std::find_if(all.begin(), all.end(), [id](const TaxRate &r) { return r.id == id; });
    if (it == all.end())
        throw Error(tr("There is no tax rate %1").arg(id));
    if (!validTo.isValid() || (it->validFrom.isValid() && validTo < it->validFrom))
        throw Error(tr("valid_to: the rate starts on %1; it can end on that day or later")
                        .arg(dateText(it->validFrom)));
    TaxRate after = *it;
    after.validTo = validTo;
    repo.setValidTo(id, validTo);
    m_session.audit().append(QStringLiteral("tax_rate.end"), QStringLiteral("tax_rate"),
                             QString::number(id), toJson(*it), toJson(after));
    tx.commit();
}

std::vector<TaxRate> TaxService::rates(const QString &country)
{
    return TaxRateRepository(m_session.db()).list(TaxRules::normalizedCode(country));
}

int TaxService::importCsv(const QByteArray &csv, const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import tax rates"));
    std::vector<TaxRateCsv::Row> rows = TaxRateCsv::parse(csv, fileName);
    Transaction tx(m_session.db());
    for (TaxRateCsv::Row &row : rows) {
        try {
            addRate(row.rate);
        } catch (const Error &e) {
            // addRate() names the field ("rate: …"); the file and line say
            // which row. Rows before it are rolled back with the transaction.
            throw Error(
                QStringLiteral("%1:%2: %3").arg(fileName).arg(row.line).arg(e.userMessage()));
        }
    }
    tx.commit();
    return int(rows.size());
}

QString TaxService::taxCountry()
{
    return SettingsService(m_session).company().taxCountry;
}

void TaxService::setTaxCountry(const QString &country)
{
    SettingsService(m_session).saveTaxCountry(country);
}

} // namespace Accrue
