#include "billing/settingsservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "money/currency.h"
#include "storage/dashboardrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace Accrue {

namespace {

const QString companyKey = QStringLiteral("company");
const QString logoKey = QStringLiteral("company_logo");
const QString customerQuantityKey = QStringLiteral("customers_change_quantity");

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SettingsService", text);
}

// ISO 13616: move the first four characters to the end, letters to numbers,
// and the whole must leave remainder 1 modulo 97.
bool ibanChecks(QString iban)
{
    iban.remove(u' ');
    iban = iban.toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

QString taxCountryProblem(const QString &code)
{
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!code.isEmpty() && !country.match(code).hasMatch())
        return tr("tax country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)")
            .arg(code);
    return {};
}

} // namespace

SettingsService::SettingsService(Session &session)
    : m_session(session)
{
}

QStringList SettingsService::validate(const CompanySettings &s)
{
    QStringList problems;
    static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9]{1,8}$"));
    if (s.legalName.trimmed().isEmpty())
        problems << tr("legal name: enter the company's legal name");
    if (!prefix.match(s.invoicePrefix).hasMatch())
        problems << tr("invoice prefix: 1 to 8 capital letters or digits");
    if (!prefix.match(s.creditNotePrefix).hasMatch() || s.creditNotePrefix == s.invoicePrefix)
        problems << tr(
            "credit note prefix: 1 to 8 capital letters or digits, not the invoice prefix");
    if (!prefix.match(s.receiptPrefix).hasMatch() || s.receiptPrefix == s.invoicePrefix
        || s.receiptPrefix == s.creditNotePrefix)
        problems << tr("receipt prefix: 1 to 8 capital letters or digits, not the invoice or "
                       "credit note prefix");
    if (s.defaultTermsDays < 0 || s.defaultTermsDays > 365)
        problems << tr("payment terms: between 0 and 365 days");
    if (!s.iban.trimmed().isEmpty() && !ibanChecks(s.iban))
        problems << tr("IBAN: the check digits do not match");
    if (!s.paper.isEmpty() && s.paper != QLatin1String("a4") && s.paper != QLatin1String("letter"))
        problems << tr("paper: A4 or Letter");
    if (!s.currency.isEmpty() && !Currency::fromCode(s.currency))
        problems << tr("currency: %1 is not an ISO 4217 currency").arg(s.currency);
    if (const QString problem = taxCountryProblem(s.taxCountry); !problem.isEmpty())
        problems << problem;
    if (!s.accentColor.isEmpty() && !CompanySettings::isValidAccentColor(s.accentColor))
        problems << tr("accent colour: “%1” is not a colour like #1F4E79").arg(s.accentColor);
    if (const QString why = s.electronicAddress().problem(); !why.isEmpty())
        problems << tr("electronic address: %1").arg(why);
    static const QRegularExpression bic(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!s.bic.isEmpty() && !bic.match(s.bic).hasMatch())
        problems << tr("BIC: 8 or 11 letters and digits, like COBADEFFXXX");
    if (s.logo.size() > 2 * 1024 * 1024)
        problems << tr("logo: at most 2 MB");
    return problems;
}

Currency SettingsService::bookCurrency()
{
    if (const auto own = Currency::fromCode(company().currency))
        return *own;
    return Currency::fromCode(DashboardRepository(m_session.db()).mainCurrency())
        .value_or(Currency());
}

CompanySettings SettingsService::company()
{
    SettingsRepository repo(m_session.db());
    const QJsonObject json = QJsonDocument::fromJson(repo.value(companyKey).toUtf8()).object();
    CompanySettings settings
        = CompanySettings::fromJson(json, QByteArray::fromBase64(repo.value(logoKey).toLatin1()));
    settings.version = repo.version(companyKey);
    return settings;
}

void SettingsService::saveCompany(const CompanySettings &settings)
{
    m_session.require(Permission::Administer, tr("change the company settings"));
    if (const QStringList problems = validate(settings); !problems.isEmpty())
        throw Error(
            tr("The company settings are not valid: %1").arg(problems.join(QStringLiteral("; "))));
    store(settings);
}

void SettingsService::saveTaxCountry(const QString &country)
{
    m_session.require(Permission::Administer, tr("change the company settings"));
    CompanySettings settings = company();
    settings.taxCountry = country.trimmed().toUpper();
    if (const QString problem = taxCountryProblem(settings.taxCountry); !problem.isEmpty())
        throw Error(problem);
    store(settings);
}

bool SettingsService::customersMayChangeQuantity()
{
    return SettingsRepository(m_session.db()).value(customerQuantityKey) == QLatin1String("on");
}

void SettingsService::setCustomersMayChangeQuantity(bool allowed)
{
    const QString what = tr("decide whether customers change their subscriptions");
    m_session.require(Permission::Administer, what);
    // A partner's admin cannot open the book's rule to its customers.
    if (m_session.scope().isRestricted())
        throw Error(
            tr("%1 may not %2: only the book's root tenant can").arg(m_session.userName(), what),
            {}, Error::Kind::PermissionDenied);
    Transaction tx(m_session.db());
    const bool before = customersMayChangeQuantity();
    SettingsRepository(m_session.db())
        .setValue(customerQuantityKey, allowed ? QStringLiteral("on") : QStringLiteral("off"));
    m_session.audit().append(QStringLiteral("settings.customers_change_quantity"),
                             QStringLiteral("setting"), customerQuantityKey,
                             QJsonObject { { QStringLiteral("allowed"), before } },
                             QJsonObject { { QStringLiteral("allowed"), allowed } });
    tx.commit();
}

void SettingsService::store(const CompanySettings &settings)
{
    Transaction tx(m_session.db());
    const CompanySettings before = company();
    SettingsRepository repo(m_session.db());
    repo.setValueAt(
        companyKey,
        QString::fromUtf8(QJsonDocument(settings.toStoredJson()).toJson(QJsonDocument::Compact)),
        settings.version, m_session.userName(), tr("The company settings"));
    repo.setValue(logoKey, QString::fromLatin1(settings.logo.toBase64()));
    m_session.audit().append(QStringLiteral("settings.company"), QStringLiteral("setting"),
                             companyKey, before.toJson(), settings.toJson());
    tx.commit();
}

} // namespace Accrue
