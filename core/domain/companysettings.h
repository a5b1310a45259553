#pragma once

#include "domain/electronicaddress.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Accrue {

// The issuing company as it appears on invoices and credit notes.
struct CompanySettings
{
    int version = 0; // of the stored settings; 0 before the first save
    QString legalName;
    QString address; // several lines
    QString taxId;
    QString iban;
    QString bic;
    QString accountNumber; // where IBANs are not used (US: account + routing)
    QString routingNumber;
    QString bankName; // shown with the payment details
    // The company register's number ("HRB 12345, Amtsgericht Berlin"), for
    // the registration footer of invoices and credit notes.
    QString registrationNumber;
    // The company's electronic address for e-invoices (EN 16931 BT-34): an
    // EAS scheme ("0088", "9930", ...) and an identifier in it; both empty
    // until the company sends e-invoices.
    QString endpointScheme;
    QString endpointId;
    // Headings and rules of invoices and credit notes: "#RRGGBB"; empty: a
    // sober blue (defaultAccentColor).
    QString accentColor;
    // The customer's internal code and a "PAID" stamp only when asked for:
    // customers do not know the code, and many do not want a stamp.
    bool showCustomerCode = false;
    bool showStatusStamp = false;
    QString footer;
    int defaultTermsDays = 30;
    QString invoicePrefix = QStringLiteral("INV");
    QString creditNotePrefix = QStringLiteral("CN");
    QString receiptPrefix = QStringLiteral("RCT"); // the series of payment receipts
    QString paper; // "a4", "letter", or empty for the locale's
    // Where the company is registered for tax (ISO 3166 code, "DE"): the
    // place of a billing profile that names no country, and the home against
    // which reverse charge is judged. Empty: unknown.
    QString taxCountry;
    QByteArray logo; // PNG/JPEG/SVG bytes, shown top right
    // The company's own currency (ISO 4217): new customers' default and the
    // reporting currency; empty in books made before it was asked for.
    QString currency;
    // A billing run issues the invoices it makes (numbers, journal); false
    // leaves them as drafts to review. The CLI's --issue/--draft override it.
    bool billingRunIssues = true;

    static inline const QString defaultAccentColor = QStringLiteral("#1F4E79");
    // The accent to draw with: the setting when it is a valid #RRGGBB, else
    // the default.
    QString accent() const;
    ElectronicAddress electronicAddress() const { return { endpointScheme, endpointId }; }
    static bool isValidAccentColor(const QString &color);

    QJsonObject toJson() const; // the logo as its size only (for the audit trail)
    static CompanySettings fromJson(const QJsonObject &json, const QByteArray &logo);
    QJsonObject toStoredJson() const; // without the logo, which is stored apart
};

} // namespace Accrue
