#include "domain/companysettings.h"

#include <QRegularExpression>

namespace Accrue {

QJsonObject CompanySettings::toStoredJson() const
{
    return QJsonObject {
        { QStringLiteral("legal_name"), legalName },
        { QStringLiteral("address"), address },
        { QStringLiteral("tax_id"), taxId },
        { QStringLiteral("iban"), iban },
        { QStringLiteral("bic"), bic },
        { QStringLiteral("account_number"), accountNumber },
        { QStringLiteral("routing_number"), routingNumber },
        { QStringLiteral("bank_name"), bankName },
        { QStringLiteral("registration_number"), registrationNumber },
        { QStringLiteral("endpoint_scheme"), endpointScheme },
        { QStringLiteral("endpoint_id"), endpointId },
        { QStringLiteral("accent_color"), accentColor },
        { QStringLiteral("show_customer_code"), showCustomerCode },
        { QStringLiteral("show_status_stamp"), showStatusStamp },
        { QStringLiteral("footer"), footer },
        { QStringLiteral("default_terms_days"), defaultTermsDays },
        { QStringLiteral("invoice_prefix"), invoicePrefix },
        { QStringLiteral("credit_note_prefix"), creditNotePrefix },
        { QStringLiteral("receipt_prefix"), receiptPrefix },
        { QStringLiteral("paper"), paper },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("tax_country"), taxCountry },
        { QStringLiteral("billing_run_issues"), billingRunIssues },
    };
}

bool CompanySettings::isValidAccentColor(const QString &color)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return rgb.match(color).hasMatch();
}

QString CompanySettings::accent() const
{
    return isValidAccentColor(accentColor) ? accentColor.toUpper() : defaultAccentColor;
}

QJsonObject CompanySettings::toJson() const
{
    QJsonObject json = toStoredJson();
    json.insert(QStringLiteral("logo_bytes"), qint64(logo.size()));
    return json;
}

CompanySettings CompanySettings::fromJson(const QJsonObject &j, const QByteArray &logo)
{
    CompanySettings s;
    s.legalName = j.value(QStringLiteral("legal_name")).toString();
    s.address = j.value(QStringLiteral("address")).toString();
    s.taxId = j.value(QStringLiteral("tax_id")).toString();
    s.iban = j.value(QStringLiteral("iban")).toString();
    s.bic = j.value(QStringLiteral("bic")).toString();
    s.accountNumber = j.value(QStringLiteral("account_number")).toString();
    s.routingNumber = j.value(QStringLiteral("routing_number")).toString();
    s.bankName = j.value(QStringLiteral("bank_name")).toString();
    s.registrationNumber = j.value(QStringLiteral("registration_number")).toString();
    s.endpointScheme = j.value(QStringLiteral("endpoint_scheme")).toString();
    s.endpointId = j.value(QStringLiteral("endpoint_id")).toString();
    s.accentColor = j.value(QStringLiteral("accent_color")).toString();
    s.showCustomerCode = j.value(QStringLiteral("show_customer_code")).toBool(false);
    s.showStatusStamp = j.value(QStringLiteral("show_status_stamp")).toBool(false);
    s.footer = j.value(QStringLiteral("footer")).toString();
    s.defaultTermsDays = j.value(QStringLiteral("default_terms_days")).toInt(30);
    s.invoicePrefix = j.value(QStringLiteral("invoice_prefix")).toString(QStringLiteral("INV"));
    s.creditNotePrefix
        = j.value(QStringLiteral("credit_note_prefix")).toString(QStringLiteral("CN"));
    s.receiptPrefix = j.value(QStringLiteral("receipt_prefix")).toString(QStringLiteral("RCT"));
    s.paper = j.value(QStringLiteral("paper")).toString();
    s.currency = j.value(QStringLiteral("currency")).toString();
    s.taxCountry = j.value(QStringLiteral("tax_country")).toString();
    s.billingRunIssues = j.value(QStringLiteral("billing_run_issues")).toBool(true);
    s.logo = logo;
    return s;
}

} // namespace Accrue
