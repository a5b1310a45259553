#include "einvoice/einvoicebuilder.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::EInvoiceBuilder", text);
}

// What the category code says where a rate names none.
QString defaultExemptionCode(const QString &category)
{
    if (category == VatCategory::ReverseCharge)
        return QStringLiteral("VATEX-EU-AE");
    if (category == VatCategory::IntraCommunity)
        return QStringLiteral("VATEX-EU-IC");
    if (category == VatCategory::Export)
        return QStringLiteral("VATEX-EU-G");
    if (category == VatCategory::NotSubject)
        return QStringLiteral("VATEX-EU-O");
    return {};
}

} // namespace

EInvoiceBuilder::EInvoiceBuilder(std::vector<TaxRate> taxRates)
    : m_rates(std::move(taxRates))
{
}

QString EInvoiceBuilder::vatCategory(const QString &bookCategory, int ratePpm,
                                     const QString &exemptionCode)
{
    const QString code = exemptionCode.toUpper();
    if (ratePpm == 0 && code == QLatin1String("VATEX-EU-IC"))
        return VatCategory::IntraCommunity;
    if (ratePpm == 0 && code == QLatin1String("VATEX-EU-G"))
        return VatCategory::Export;
    if (ratePpm == 0 && code == QLatin1String("VATEX-EU-O"))
        return VatCategory::NotSubject;
    if (bookCategory == TaxCategory::ReverseCharge)
        return VatCategory::ReverseCharge;
    if (bookCategory == TaxCategory::Exempt)
        return VatCategory::Exempt;
    if (bookCategory == TaxCategory::Zero)
        return VatCategory::Zero;
    // Standard, reduced, a rate set by hand, or a line from before the book
    // had places: its rate decides.
    return ratePpm == 0 ? VatCategory::Zero : VatCategory::Standard;
}

QString EInvoiceBuilder::compactTaxId(const QString &taxId)
{
    QString out;
    for (const QChar c : taxId)
        if (!c.isSpace() && c != u'.' && c != u'-' && c != u'/')
            out += c.toUpper();
    return out;
}

bool EInvoiceBuilder::isVatId(const QString &compact)
{
    static const QRegularExpression vat(QStringLiteral("^[A-Z]{2}[A-Z0-9+*]{2,}$"));
    return vat.match(compact).hasMatch();
}

const TaxRate *EInvoiceBuilder::rateFor(const QString &country, const QString &region,
                                        const QString &category, const QDate &date) const
{
    const TaxRate *countryWide = nullptr;
    for (const TaxRate &r : m_rates) {
        if (r.country != country || r.category != category || !r.appliesOn(date))
            continue;
        if (!region.isEmpty() && r.region == region)
            return &r;
        if (r.region.isEmpty())
            countryWide = &r;
    }
    return countryWide;
}

void EInvoiceBuilder::categorize(EInvoiceLine &line, const InvoiceLine &bookLine,
                                 const QDate &date) const
{
    const TaxRate *rate = bookLine.taxCategory.isEmpty()
        ? nullptr
        : rateFor(bookLine.taxCountry, bookLine.taxRegion, bookLine.taxCategory, date);
    const QString code = rate ? rate->exemptionCode : QString();
    line.vatCategory = vatCategory(bookLine.taxCategory, bookLine.taxRatePpm, code);
    line.vatRatePpm = VatCategory::isTaxed(line.vatCategory) ? bookLine.taxRatePpm : 0;
    if (!VatCategory::isTaxed(line.vatCategory) && line.vatCategory != VatCategory::Zero) {
        line.exemptionCode = code.isEmpty() ? defaultExemptionCode(line.vatCategory) : code;
        line.exemptionReason = rate ? rate->exemptionReason : QString();
    }
}

EInvoiceParty EInvoiceBuilder::seller(const CompanySettings &company)
{
    EInvoiceParty p;
    p.name = company.legalName.trimmed();
    p.endpoint = company.electronicAddress();
    const QString taxId = compactTaxId(company.taxId);
    if (isVatId(taxId))
        p.vatId = taxId;
    else
        p.taxRegistrationId = taxId;
    p.legalId = company.registrationNumber.trimmed();
    // The company's address is free text: its first lines are the street,
    // the rest one more address line (BT-162).
    QStringList lines;
    for (const QString &line : company.address.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    p.street = lines.value(0);
    p.additionalStreet = lines.value(1);
    p.addressLine = lines.mid(2).join(QStringLiteral(", "));
    p.country = company.taxCountry.trimmed().toUpper();
    if (p.country.isEmpty() && !p.vatId.isEmpty())
        p.country = p.vatId.left(2) == QLatin1String("EL") ? QStringLiteral("GR") : p.vatId.left(2);
    return p;
}

EInvoiceParty EInvoiceBuilder::buyer(const Customer &customer,
                                     const std::optional<BillingProfile> &profile)
{
    EInvoiceParty p;
    p.name = customer.name.trimmed();
    const QString taxId = compactTaxId(customer.taxId);
    // A buyer's tax ID without a country prefix is no VAT identifier: it
    // goes as its legal registration (BT-47).
    if (isVatId(taxId))
        p.vatId = taxId;
    else
        p.legalId = taxId;
    if (!profile)
        return p;
    p.endpoint = profile->electronicAddress();
    p.street = profile->addressLine1.trimmed();
    p.additionalStreet = profile->addressLine2.trimmed();
    p.city = profile->city.trimmed();
    p.postalCode = profile->postalCode.trimmed();
    p.countrySubentity = profile->stateProvince.trimmed();
    p.country = profile->country.trimmed().toUpper();
    p.contactName = profile->contactName.trimmed();
    p.contactPhone = profile->contactPhone.trimmed();
    p.contactEmail = profile->contactEmail.trimmed();
    return p;
}

void EInvoiceBuilder::computeTotals(EInvoice &inv)
{
    const Money zero = Money::zero(inv.currency);
    // One row per category and rate, in the order the lines first name them.
    std::vector<EInvoiceVat> rows;
    inv.lineTotal = zero;
    for (const EInvoiceLine &l : inv.lines) {
        inv.lineTotal += l.net;
        auto row = std::find_if(rows.begin(), rows.end(), [&](const EInvoiceVat &v) {
            return v.category == l.vatCategory && v.ratePpm == l.vatRatePpm;
        });
        if (row == rows.end()) {
            rows.push_back(
                { l.vatCategory, l.vatRatePpm, zero, zero, l.exemptionCode, l.exemptionReason });
            row = rows.end() - 1;
        }
        row->taxable += l.net;
        row->tax += l.tax.currency().isValid() ? l.tax : zero;
        if (row->exemptionCode.isEmpty())
            row->exemptionCode = l.exemptionCode;
        if (row->exemptionReason.isEmpty())
            row->exemptionReason = l.exemptionReason;
    }
    inv.vat = std::move(rows);
    inv.allowanceTotal = zero;
    inv.chargeTotal = zero;
    inv.taxExclusive = inv.lineTotal - inv.allowanceTotal + inv.chargeTotal;
    inv.taxTotal = zero;
    for (const EInvoiceVat &v : inv.vat)
        inv.taxTotal += v.tax;
    inv.taxInclusive = inv.taxExclusive + inv.taxTotal;
    if (!inv.prepaid.currency().isValid())
        inv.prepaid = zero;
    if (!inv.rounding.currency().isValid())
        inv.rounding = zero;
    inv.payable = inv.taxInclusive - inv.prepaid + inv.rounding;
}

void EInvoiceBuilder::applyNotSubject(EInvoice &inv)
{
    // A supply not subject to VAT names no VAT identifier (BR-O-02 to
    // BR-O-04): the seller's stays as its tax registration (BT-32).
    if (std::none_of(inv.lines.begin(), inv.lines.end(), [](const EInvoiceLine &l) {
            return l.vatCategory == VatCategory::NotSubject;
        }))
        return;
    if (inv.seller.taxRegistrationId.isEmpty())
        inv.seller.taxRegistrationId = inv.seller.vatId;
    inv.seller.vatId.clear();
    inv.buyer.vatId.clear();
}

void EInvoiceBuilder::checkAgainstBook(const EInvoice &inv, const Money &subtotal, const Money &tax,
                                       const Money &total)
{
    const auto differs = [&](const char *term, const Money &fromLines, const Money &stored) {
        if (fromLines != stored)
            throw Error(tr("%1: the lines give %2 %3, the document says %4 (%5); it cannot be "
                           "sent as an e-invoice")
                            .arg(inv.number, QString::fromLatin1(term), fromLines.toPlainString(),
                                 stored.toPlainString(), inv.currency.code()));
    };
    differs("BT-109", inv.taxExclusive, subtotal);
    differs("BT-110", inv.taxTotal, tax);
    differs("BT-112", inv.taxInclusive, total);
}

EInvoice EInvoiceBuilder::fromInvoice(const InvoiceDocumentData &data) const
{
    const Invoice &invoice = data.invoice;
    EInvoice e;
    e.kind = EInvoice::Kind::Invoice;
    e.number = invoice.number;
    e.issueDate = invoice.issueDate;
    e.dueDate = invoice.dueDate;
    e.currency = invoice.currency;
    e.note = invoice.notes.trimmed();
    e.buyerReference = data.customer.code;
    e.customerCode = data.customer.code;
    e.profileName = data.profile ? data.profile->name : QString();
    e.seller = seller(data.company);
    e.buyer = buyer(data.customer, data.profile);
    const CompanySettings &company = data.company;
    const QString iban = compactTaxId(company.iban);
    if (!iban.isEmpty()) {
        // SEPA credit transfer for euros; any other currency to an IBAN is
        // a plain credit transfer.
        e.paymentMeansCode = invoice.currency.code() == QLatin1String("EUR") ? QStringLiteral("58")
                                                                             : QStringLiteral("30");
        e.payeeAccount = iban;
        e.payeeBank = company.bic.trimmed().toUpper();
    } else if (!company.accountNumber.trimmed().isEmpty()) {
        e.paymentMeansCode = QStringLiteral("30");
        e.payeeAccount = company.accountNumber.trimmed();
        e.payeeBank = company.routingNumber.trimmed();
    }
    if (!e.paymentMeansCode.isEmpty()) {
        e.paymentId = invoice.number;
        e.payeeAccountName = company.legalName.trimmed();
    }
    int position = 0;
    for (const InvoiceLine &bookLine : invoice.lines) {
        EInvoiceLine l;
        l.id = QString::number(++position);
        l.name = bookLine.description.trimmed();
        // A negative price (a credit line) is written as a negative quantity
        // of a positive price: EN 16931 forbids negative prices (BR-27).
        const bool flip = bookLine.unitPrice.isNegative();
        l.quantityMilli = flip ? -bookLine.quantityMilli : bookLine.quantityMilli;
        l.price = flip ? -bookLine.unitPrice : bookLine.unitPrice;
        const Money gross = bookLine.unitPrice.timesQuantity(bookLine.quantityMilli);
        l.net = bookLine.net;
        l.tax = bookLine.tax;
        if (bookLine.discountBp != 0) {
            l.allowanceBase = gross;
            l.allowance = gross - bookLine.net;
            l.allowanceBp = bookLine.discountBp;
        } else {
            l.allowance = l.allowanceBase = Money::zero(invoice.currency);
        }
        l.periodStart = bookLine.serviceStart;
        l.periodEnd = bookLine.serviceEnd;
        categorize(l, bookLine, invoice.issueDate);
        e.lines.push_back(l);
    }
    computeTotals(e);
    if (std::any_of(e.lines.begin(), e.lines.end(), [](const EInvoiceLine &l) {
            return l.vatCategory == VatCategory::IntraCommunity;
        })) {
        // An intra-community supply states when and where it was delivered
        // (BR-IC-11, BR-IC-12): the issue date and the buyer's country.
        e.deliveryDate = invoice.issueDate;
        e.deliveryCountry = e.buyer.country;
    }
    applyNotSubject(e);
    checkAgainstBook(e, invoice.subtotal, invoice.tax, invoice.total);
    return e;
}

EInvoice EInvoiceBuilder::fromCreditNote(const CreditNoteDocumentData &data,
                                         const Invoice &credited) const
{
    const CreditNote &note = data.note;
    EInvoice e;
    e.kind = EInvoice::Kind::CreditNote;
    e.number = note.number;
    e.issueDate = note.issueDate;
    e.currency = note.currency;
    e.note = note.reason.trimmed();
    e.buyerReference = data.customer.code;
    e.customerCode = data.customer.code;
    e.profileName = data.profile ? data.profile->name : QString();
    e.precedingNumber = data.invoiceNumber;
    e.precedingIssueDate = data.invoiceIssueDate;
    e.seller = seller(data.company);
    e.buyer = buyer(data.customer, data.profile);
    // A credit is not paid by transfer: its terms say what it is for, which
    // also gives the amount due its terms (BR-CO-25).
    e.paymentTerms = note.reason.trimmed().isEmpty()
        ? tr("Credited against invoice %1").arg(data.invoiceNumber)
        : tr("%1 (credited against invoice %2)").arg(note.reason.trimmed(), data.invoiceNumber);
    int position = 0;
    for (const CreditNoteLine &noteLine : note.lines) {
        // The credited invoice's line gives the tax category and place.
        InvoiceLine source;
        const auto it
            = std::find_if(credited.lines.begin(), credited.lines.end(), [&](const InvoiceLine &l) {
                  return noteLine.invoiceLineId != 0 && l.id == noteLine.invoiceLineId;
              });
        if (it != credited.lines.end()) {
            source = *it;
        } else {
            const auto sameRate = std::find_if(
                credited.lines.begin(), credited.lines.end(),
                [&](const InvoiceLine &l) { return l.taxRatePpm == noteLine.taxRatePpm; });
            if (sameRate != credited.lines.end())
                source = *sameRate;
        }
        source.taxRatePpm = noteLine.taxRatePpm;
        EInvoiceLine l;
        l.id = QString::number(++position);
        l.name = noteLine.description.trimmed();
        const bool negative = noteLine.net.isNegative();
        l.quantityMilli = negative ? -1000 : 1000;
        l.price = negative ? -noteLine.net : noteLine.net;
        l.net = noteLine.net;
        l.tax = noteLine.tax;
        l.allowance = l.allowanceBase = Money::zero(note.currency);
        l.periodStart = source.serviceStart;
        l.periodEnd = source.serviceEnd;
        categorize(l, source, credited.issueDate);
        e.lines.push_back(l);
    }
    computeTotals(e);
    if (std::any_of(e.lines.begin(), e.lines.end(), [](const EInvoiceLine &l) {
            return l.vatCategory == VatCategory::IntraCommunity;
        })) {
        e.deliveryDate = credited.issueDate;
        e.deliveryCountry = e.buyer.country;
    }
    applyNotSubject(e);
    checkAgainstBook(e, note.subtotal, note.tax, note.total);
    return e;
}

} // namespace Accrue
