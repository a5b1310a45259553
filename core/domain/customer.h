#pragma once

#include "domain/electronicaddress.h"
#include "money/currency.h"

#include <QDateTime>
#include <QString>

namespace Accrue {

// Where and to whom invoices go; a customer may have several (HQ, branch).
struct BillingProfile
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;
    bool isDefault = false;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString postalCode;
    QString region;
    QString stateProvince;
    QString country;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    qint64 paymentMethodId = 0;
    // The buyer's electronic address for e-invoices (EN 16931 BT-49): an
    // identifier and its scheme from the EAS code list ("0088" GLN, "0208"
    // Belgian enterprise number, "9930" German VAT number, ...). Both empty:
    // the profile receives no e-invoices.
    QString endpointScheme;
    QString endpointId;
    ElectronicAddress electronicAddress() const { return { endpointScheme, endpointId }; }
};

// Card or bank mandate reference; never a full card number.
struct PaymentMethod
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString kind; // card, sepa_debit, ach, bank_transfer
    QString label;
    QString last4;
    QString expiry; // MM/YY
    QString gatewayRef;
    QString mandateReference; // SEPA/ACH debit mandate
    QString account; // IBAN or account number, masked but for the last four
};

struct Customer
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString code;
    QString name;
    QString email;
    QString taxId;
    Currency currency; // of its documents by default
    int paymentTermsDays = 30;
    QString language; // for documents sent to them: "de", "en_US"; empty: the book's
    QString notes;
    QDateTime createdAt;
    QDateTime archivedAt; // set: kept with its history, offered for nothing new
    int version = 1; // bumped by every update; an edit of an older copy is refused
};

} // namespace Accrue
