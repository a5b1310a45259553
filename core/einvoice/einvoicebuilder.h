#pragma once

#include "domain/invoicedocumentdata.h"
#include "domain/taxrate.h"
#include "einvoice/einvoice.h"

#include <vector>

namespace Accrue {

// Turns an issued invoice or credit note, as the document views gather it
// (InvoiceDocumentData, CreditNoteDocumentData), into its EN 16931 terms:
// the parties from the company settings and the billing profile, each line's
// VAT category from the book's tax category and tax table, the VAT breakdown
// and the totals (BR-CO-10 to BR-CO-16). It adds nothing the book does not
// say; what is missing for a valid e-invoice is UblValidator's to name.
class EInvoiceBuilder final
{
public:
    // `taxRates`: the book's tax table, where exemption reasons are kept.
    explicit EInvoiceBuilder(std::vector<TaxRate> taxRates);

    // Throws Error when the document's stored totals differ from its lines'
    // (a book edited outside Accrue): an e-invoice must say what was issued.
    EInvoice fromInvoice(const InvoiceDocumentData &data) const;
    // `credited`: the invoice the note credits (its lines' tax categories).
    EInvoice fromCreditNote(const CreditNoteDocumentData &data, const Invoice &credited) const;

    // EN 16931's category for a line of the book: its tax category
    // (TaxCategory), its rate and the exemption code of its tax rate.
    static QString vatCategory(const QString &bookCategory, int ratePpm,
                               const QString &exemptionCode);
    // A tax ID as e-invoices write it: no spaces, dots or dashes, upper case.
    static QString compactTaxId(const QString &taxId);
    // Whether a compact tax ID is a VAT identifier: two letters (the
    // country, "EL" for Greece) then at least two letters or digits (BR-CO-09).
    static bool isVatId(const QString &compact);
    // The VAT breakdown (BG-23) from the lines, one row per category and
    // rate, and the document totals from the lines and the breakdown
    // (BR-CO-10, 13, 14, 15, 16).
    static void computeTotals(EInvoice &invoice);

private:
    const TaxRate *rateFor(const QString &country, const QString &region, const QString &category,
                           const QDate &date) const;
    void categorize(EInvoiceLine &line, const InvoiceLine &bookLine, const QDate &date) const;
    static EInvoiceParty seller(const CompanySettings &company);
    static EInvoiceParty buyer(const Customer &customer,
                               const std::optional<BillingProfile> &profile);
    static void applyNotSubject(EInvoice &invoice);
    static void checkAgainstBook(const EInvoice &invoice, const Money &subtotal, const Money &tax,
                                 const Money &total);

    std::vector<TaxRate> m_rates;
};

} // namespace Accrue
