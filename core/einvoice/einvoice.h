#pragma once

#include "domain/electronicaddress.h"
#include "money/money.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

// An invoice or credit note in the terms of EN 16931 (the European e-invoice
// standard), as UblWriter writes it and UblReader reads it back: the
// business terms (BT-n) and groups (BG-n) the document carries, amounts in
// the document's currency. EInvoiceBuilder fills it from an issued Accrue
// document; UblValidator says whether it can be a valid e-invoice.
struct EInvoiceParty
{
    QString name; // BT-27 / BT-44: the legal name
    ElectronicAddress endpoint; // BT-34 / BT-49
    QString vatId; // BT-31 / BT-48, with its country prefix ("DE123456789")
    QString taxRegistrationId; // BT-32: the seller's tax registration that is not a VAT ID
    QString legalId; // BT-30 / BT-47: the legal registration (company register number)
    QString street; // BT-35 / BT-50
    QString additionalStreet; // BT-36 / BT-51
    QString addressLine; // BT-162 / BT-163 (the rest of a multi-line address)
    QString city; // BT-37 / BT-52
    QString postalCode; // BT-38 / BT-53
    QString countrySubentity; // BT-39 / BT-54
    QString country; // BT-40 / BT-55, ISO 3166-1 alpha-2
    QString contactName; // BT-41 / BT-56
    QString contactPhone; // BT-42 / BT-57
    QString contactEmail; // BT-43 / BT-58
};

// The VAT category codes of EN 16931 (UNCL5305 subset).
namespace VatCategory {
inline const QString Standard = QStringLiteral("S");
inline const QString Zero = QStringLiteral("Z");
inline const QString Exempt = QStringLiteral("E");
inline const QString ReverseCharge = QStringLiteral("AE");
inline const QString IntraCommunity = QStringLiteral("K");
inline const QString Export = QStringLiteral("G");
inline const QString NotSubject = QStringLiteral("O");
// Whether the category carries a rate of its own (S); the others are at 0 %
// (O has no rate at all).
inline bool isTaxed(const QString &category)
{
    return category == Standard;
}
} // namespace VatCategory

struct EInvoiceLine
{
    QString id; // BT-126: the line's number
    QString name; // BT-153
    qint64 quantityMilli = 1000; // BT-129, thousandths (negative on a credit line)
    QString unitCode = QStringLiteral("C62"); // BT-130: "one" (UN/ECE rec. 20)
    Money price; // BT-146: the net price of one unit, never negative (BR-27)
    // Line allowance (BG-27): the discount, as amount (BT-136), base
    // (BT-137) and percentage (BT-138, basis points). Zero amount: none.
    Money allowance;
    Money allowanceBase;
    int allowanceBp = 0;
    Money net; // BT-131: quantity x price - allowance
    QString vatCategory; // BT-151
    int vatRatePpm = 0; // BT-152 (parts per million: 19 % = 190000)
    QDate periodStart; // BG-26: BT-134, BT-135
    QDate periodEnd;
    // The line's tax as the book computed it (rounded per line); UBL lines
    // carry none, but the breakdown adds them up so the e-invoice's tax is
    // the issued document's to the cent. Not written.
    Money tax;
    // Why the line carries no tax, from the book's tax table, for the
    // breakdown; not written.
    QString exemptionCode;
    QString exemptionReason;
};

// One row of the VAT breakdown (BG-23): a category at a rate.
struct EInvoiceVat
{
    QString category; // BT-118
    int ratePpm = 0; // BT-119
    Money taxable; // BT-116
    Money tax; // BT-117
    QString exemptionCode; // BT-121 (VATEX)
    QString exemptionReason; // BT-120
};

struct EInvoice
{
    enum class Kind { Invoice, CreditNote };

    Kind kind = Kind::Invoice;
    QString number; // BT-1
    QDate issueDate; // BT-2
    QDate dueDate; // BT-9
    Currency currency; // BT-5
    QString note; // BT-22
    QString buyerReference; // BT-10
    QString precedingNumber; // BG-3: BT-25, the credited invoice
    QDate precedingIssueDate; // BT-26
    // Where the book found the document, for the validator's messages.
    QString customerCode;
    QString profileName;

    EInvoiceParty seller; // BG-4
    EInvoiceParty buyer; // BG-7
    QDate deliveryDate; // BT-72 (intra-community supplies need it)
    QString deliveryCountry; // BT-80

    // Payment instructions (BG-16): code 58 (SEPA credit transfer) or 30
    // (credit transfer); empty: none given.
    QString paymentMeansCode;
    QString paymentId; // BT-83: the remittance reference
    QString payeeAccount; // BT-84: IBAN or account number
    QString payeeAccountName; // BT-85
    QString payeeBank; // BT-86: BIC
    QString paymentTerms; // BT-20

    std::vector<EInvoiceLine> lines; // BG-25
    std::vector<EInvoiceVat> vat; // BG-23

    // Document totals (BG-22). No document-level allowances or charges are
    // issued by Accrue, so BT-107 and BT-108 are zero.
    Money lineTotal; // BT-106
    Money allowanceTotal; // BT-107
    Money chargeTotal; // BT-108
    Money taxExclusive; // BT-109
    Money taxTotal; // BT-110
    Money taxInclusive; // BT-112
    Money prepaid; // BT-113
    Money rounding; // BT-114
    Money payable; // BT-115

    // The UBL root element: "Invoice" or "CreditNote".
    QString rootName() const
    {
        return kind == Kind::Invoice ? QStringLiteral("Invoice") : QStringLiteral("CreditNote");
    }
};

// The identifiers every PEPPOL BIS Billing 3.0 document carries.
namespace EInvoiceIds {
inline const QString customization
    = QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
inline const QString profile = QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
} // namespace EInvoiceIds

} // namespace Accrue
