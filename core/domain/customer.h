#pragma once

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
};

struct Customer
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString code;
    QString name;
    QString email;
    QString taxId;
    QString currency;
    int paymentTermsDays = 30;
    QDateTime createdAt;
    int version = 1; // bumped by every update; an edit of an older copy is refused
};

} // namespace Accrue
