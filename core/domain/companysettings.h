#pragma once

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
    QString footer;
    int defaultTermsDays = 30;
    QString invoicePrefix = QStringLiteral("INV");
    QString creditNotePrefix = QStringLiteral("CN");
    QString paper; // "a4", "letter", or empty for the locale's
    QByteArray logo; // PNG/JPEG/SVG bytes, shown top right
    // A billing run issues the invoices it makes (numbers, journal); false
    // leaves them as drafts to review. The CLI's --issue/--draft override it.
    bool billingRunIssues = true;

    QJsonObject toJson() const; // the logo as its size only (for the audit trail)
    static CompanySettings fromJson(const QJsonObject &json, const QByteArray &logo);
    QJsonObject toStoredJson() const; // without the logo, which is stored apart
};

} // namespace Accrue
