#include "einvoice/ublvalidator.h"

#include "common/error.h"
#include "einvoice/ublformat.h"

#include <QCoreApplication>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::UblValidator", text);
}

bool anyLine(const EInvoice &inv, const QString &category)
{
    return std::any_of(inv.lines.begin(), inv.lines.end(),
                       [&](const EInvoiceLine &l) { return l.vatCategory == category; });
}

QString categoryName(const QString &code)
{
    if (code == VatCategory::Standard)
        return tr("standard rated (S)");
    if (code == VatCategory::Zero)
        return tr("zero rated (Z)");
    if (code == VatCategory::Exempt)
        return tr("exempt (E)");
    if (code == VatCategory::ReverseCharge)
        return tr("reverse charge (AE)");
    if (code == VatCategory::IntraCommunity)
        return tr("intra-community supply (K)");
    if (code == VatCategory::Export)
        return tr("export outside the EU (G)");
    if (code == VatCategory::NotSubject)
        return tr("not subject to VAT (O)");
    return code;
}

// round(taxable x rate) to the currency's minor unit, half away from zero,
// in integers: BR-CO-17's "rounded to two decimals".
qint64 expectedTax(const Money &taxable, int ratePpm)
{
    return taxable.partsPerMillion(ratePpm).minor();
}

} // namespace

std::vector<UblValidator::Problem> UblValidator::problems(const EInvoice &inv)
{
    std::vector<Problem> out;
    auto add = [&out](const QString &rule, const QString &message) {
        out.push_back({ rule, message });
    };
    const QString customer = inv.profileName.isEmpty()
        ? tr("customer %1").arg(inv.customerCode)
        : tr("customer %1 (billing profile “%2”)").arg(inv.customerCode, inv.profileName);

    if (inv.number.isEmpty())
        add(QStringLiteral("BT-1"),
            tr("document number (BT-1) missing: only issued documents are e-invoices"));
    if (!inv.issueDate.isValid())
        add(QStringLiteral("BT-2"), tr("issue date (BT-2) missing"));
    if (!inv.currency.isValid())
        add(QStringLiteral("BT-5"), tr("currency (BT-5) missing"));
    else if (inv.currency.minorDigits() > 2)
        add(QStringLiteral("BR-DEC-09"),
            tr("amounts in %1 have %2 decimals; EN 16931 allows at most two")
                .arg(inv.currency.code())
                .arg(inv.currency.minorDigits()));

    // The seller (BG-4), from the company settings.
    if (inv.seller.name.isEmpty())
        add(QStringLiteral("BT-27"),
            tr("seller's legal name (BT-27) missing in the company settings"));
    if (inv.seller.endpoint.isEmpty())
        add(QStringLiteral("BT-34"),
            tr("seller's electronic address (BT-34) missing in the company settings "
               "(accrue-cli company set --endpoint SCHEME:ID)"));
    else if (const QString why = inv.seller.endpoint.problem(); !why.isEmpty())
        add(QStringLiteral("BT-34"),
            tr("seller's electronic address (BT-34) in the company settings: %1").arg(why));
    if (inv.seller.country.size() != 2)
        add(QStringLiteral("BT-40"),
            tr("seller's country (BT-40) missing: set the company's tax country"));

    // BR-CO-26: the buyer must be able to identify the seller.
    if (inv.seller.vatId.isEmpty() && inv.seller.legalId.isEmpty())
        add(QStringLiteral("BR-CO-26"),
            tr("seller's VAT identifier (BT-31) or registration number (BT-30) missing in the "
               "company settings"));

    // The buyer (BG-7), from the customer and its billing profile.
    if (inv.buyer.name.isEmpty())
        add(QStringLiteral("BT-44"), tr("buyer's name (BT-44) missing on %1").arg(customer));
    if (inv.buyer.endpoint.isEmpty())
        add(QStringLiteral("BT-49"),
            tr("buyer's electronic address (BT-49) missing on %1").arg(customer));
    else if (const QString why = inv.buyer.endpoint.problem(); !why.isEmpty())
        add(QStringLiteral("BT-49"),
            tr("buyer's electronic address (BT-49) on %1: %2").arg(customer, why));
    if (inv.buyer.country.size() != 2)
        add(QStringLiteral("BT-55"), tr("buyer's country (BT-55) missing on %1").arg(customer));
    if (inv.buyerReference.isEmpty())
        add(QStringLiteral("BT-10"), tr("buyer reference (BT-10) missing"));

    if (inv.kind == EInvoice::Kind::CreditNote && inv.precedingNumber.isEmpty())
        add(QStringLiteral("BT-25"), tr("the credited invoice's number (BT-25) missing"));

    // Lines (BG-25).
    if (inv.lines.empty())
        add(QStringLiteral("BR-16"), tr("the document has no lines (BR-16)"));
    for (const EInvoiceLine &l : inv.lines) {
        if (l.name.isEmpty())
            add(QStringLiteral("BT-153"), tr("item name (BT-153) missing on line %1").arg(l.id));
        if (l.price.isNegative())
            add(QStringLiteral("BR-27"),
                tr("line %1: the item's net price (BT-146) is negative").arg(l.id));
        if (l.vatCategory.isEmpty())
            add(QStringLiteral("BT-151"), tr("line %1: VAT category (BT-151) missing").arg(l.id));
        if (l.vatCategory == VatCategory::Standard && l.vatRatePpm <= 0)
            add(QStringLiteral("BR-S-05"),
                tr("line %1: a standard rated line needs a rate above zero").arg(l.id));
        if (!VatCategory::isTaxed(l.vatCategory) && l.vatRatePpm != 0)
            add(QStringLiteral("BT-152"),
                tr("line %1: %2 lines are at 0 %").arg(l.id, categoryName(l.vatCategory)));
        // PEPPOL-EN16931-R120: net = quantity x price - allowance, within
        // two cents (the price may have been rounded).
        const Money gross = l.price.timesQuantity(l.quantityMilli);
        const Money expected = gross - l.allowance;
        if (qAbs(expected.minor() - l.net.minor()) > 2)
            add(QStringLiteral("PEPPOL-EN16931-R120"),
                tr("line %1: net amount (BT-131) %2 is not quantity x price less the "
                   "allowance (%3)")
                    .arg(l.id, l.net.toPlainString(), expected.toPlainString()));
    }

    // VAT identifiers the categories need (BR-S-02, BR-Z-02, BR-E-02,
    // BR-AE-02, BR-IC-02, BR-G-02, BR-O-02).
    const bool sellerTaxId = !inv.seller.vatId.isEmpty() || !inv.seller.taxRegistrationId.isEmpty();
    for (const QString &cat : { VatCategory::Standard, VatCategory::Zero, VatCategory::Exempt,
                                VatCategory::ReverseCharge })
        if (anyLine(inv, cat) && !sellerTaxId)
            add(QStringLiteral("BT-31"),
                tr("seller's VAT identifier (BT-31) or tax registration (BT-32) missing in the "
                   "company settings, needed for %1 lines")
                    .arg(categoryName(cat)));
    for (const QString &cat : { VatCategory::IntraCommunity, VatCategory::Export })
        if (anyLine(inv, cat) && inv.seller.vatId.isEmpty())
            add(QStringLiteral("BT-31"),
                tr("seller's VAT identifier (BT-31) missing in the company settings, needed for "
                   "%1 lines (a tax ID with its country prefix)")
                    .arg(categoryName(cat)));
    if (anyLine(inv, VatCategory::ReverseCharge) && inv.buyer.vatId.isEmpty()
        && inv.buyer.legalId.isEmpty())
        add(QStringLiteral("BT-48"),
            tr("buyer's VAT identifier (BT-48) missing on %1, needed for reverse charge lines")
                .arg(customer));
    if (anyLine(inv, VatCategory::IntraCommunity) && inv.buyer.vatId.isEmpty())
        add(QStringLiteral("BT-48"),
            tr("buyer's VAT identifier (BT-48) missing on %1, needed for intra-community "
               "supplies")
                .arg(customer));
    if (anyLine(inv, VatCategory::IntraCommunity)
        && (!inv.deliveryDate.isValid() || inv.deliveryCountry.isEmpty()))
        add(QStringLiteral("BR-IC-11"),
            tr("an intra-community supply needs its delivery date (BT-72) and country (BT-80)"));
    if (anyLine(inv, VatCategory::NotSubject)) {
        if (std::any_of(inv.lines.begin(), inv.lines.end(), [](const EInvoiceLine &l) {
                return l.vatCategory != VatCategory::NotSubject;
            }))
            add(QStringLiteral("BR-O-11"),
                tr("lines not subject to VAT (O) cannot share a document with taxed lines"));
        if (!inv.seller.vatId.isEmpty() || !inv.buyer.vatId.isEmpty())
            add(QStringLiteral("BR-O-02"),
                tr("a document not subject to VAT names no VAT identifier"));
    }

    // The VAT breakdown (BG-23), one row per category and rate.
    if (inv.vat.empty() && !inv.lines.empty())
        add(QStringLiteral("BR-CO-18"), tr("the VAT breakdown (BG-23) is empty"));
    Money taxSum = Money::zero(inv.currency);
    for (const EInvoiceVat &v : inv.vat) {
        const QString what = categoryName(v.category);
        taxSum += v.tax;
        Money taxable = Money::zero(inv.currency);
        for (const EInvoiceLine &l : inv.lines)
            if (l.vatCategory == v.category && l.vatRatePpm == v.ratePpm)
                taxable += l.net;
        if (taxable != v.taxable)
            add(QStringLiteral("BR-S-08"),
                tr("the taxable amount (BT-116) of %1 at %2 is not the sum of its lines")
                    .arg(what, UblFormat::percent(v.ratePpm) + u'%'));
        const bool needsReason
            = !VatCategory::isTaxed(v.category) && v.category != VatCategory::Zero;
        if (needsReason && v.exemptionCode.isEmpty() && v.exemptionReason.isEmpty())
            add(QStringLiteral("BT-120"),
                tr("VAT exemption reason (BT-120) or code (BT-121) missing for %1 lines: set it "
                   "on the tax rate (accrue-cli tax-rate add … --exemption-code CODE "
                   "--exemption-reason TEXT)")
                    .arg(what));
        if (!needsReason && (!v.exemptionCode.isEmpty() || !v.exemptionReason.isEmpty()))
            add(QStringLiteral("BR-S-10"),
                tr("%1 lines carry no VAT exemption reason (BT-120, BT-121)").arg(what));
        if (VatCategory::isTaxed(v.category)) {
            // BR-CO-17 within the official schematron's slack of one unit:
            // Accrue rounds each line, EN 16931 the category's sum.
            if (qAbs(expectedTax(v.taxable, v.ratePpm) - v.tax.minor())
                > inv.currency.minorPerMajor())
                add(QStringLiteral("BR-CO-17"),
                    tr("the VAT of %1 (BT-117) %2 is not its taxable amount times its rate")
                        .arg(what, v.tax.toPlainString()));
        } else if (!v.tax.isZero()) {
            add(QStringLiteral("BT-117"),
                tr("%1 lines carry no VAT, but %2 is charged").arg(what, v.tax.toPlainString()));
        }
    }

    // The totals (BR-CO-10 to BR-CO-16).
    Money lines = Money::zero(inv.currency);
    for (const EInvoiceLine &l : inv.lines)
        lines += l.net;
    auto total
        = [&](const char *rule, const char *term, const Money &expected, const Money &actual) {
              if (expected != actual)
                  add(QString::fromLatin1(rule),
                      tr("%1 is %2, the rule gives %3")
                          .arg(QString::fromLatin1(term), actual.toPlainString(),
                               expected.toPlainString()));
          };
    total("BR-CO-10", "BT-106", lines, inv.lineTotal);
    total("BR-CO-13", "BT-109", inv.lineTotal - inv.allowanceTotal + inv.chargeTotal,
          inv.taxExclusive);
    total("BR-CO-14", "BT-110", taxSum, inv.taxTotal);
    total("BR-CO-15", "BT-112", inv.taxExclusive + inv.taxTotal, inv.taxInclusive);
    total("BR-CO-16", "BT-115", inv.taxInclusive - inv.prepaid + inv.rounding, inv.payable);
    if (inv.payable.isPositive() && !inv.dueDate.isValid() && inv.paymentTerms.isEmpty())
        add(QStringLiteral("BR-CO-25"),
            tr("an amount is due, so the due date (BT-9) or payment terms (BT-20) must be given"));
    if (!inv.paymentMeansCode.isEmpty() && inv.payeeAccount.isEmpty())
        add(QStringLiteral("BR-61"),
            tr("payment account (BT-84) missing for a credit transfer: set the company's IBAN"));
    return out;
}

void UblValidator::check(const EInvoice &inv)
{
    const std::vector<Problem> found = problems(inv);
    if (found.empty())
        return;
    QStringList messages;
    for (const Problem &p : found)
        messages << p.message;
    throw Error(tr("%1 cannot be sent as an e-invoice: %2")
                    .arg(inv.number.isEmpty() ? tr("The document") : inv.number,
                         messages.join(QStringLiteral("; "))));
}

} // namespace Accrue
