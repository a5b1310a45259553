#pragma once

#include "domain/invoicedocumentdata.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace Accrue {

class DocumentTexts;

// Invoices and credit notes as HTML for QTextDocument, in the customer's
// language and locale (DocumentTexts): the logo (image resource
// "accrue:logo") and the company, the title in the accent colour, the
// "Amount due / Due date" box, bill-to with the customer's tax ID, the lines,
// tax by rate and totals, payments and credits, payment details with the
// EPC QR code (image resource "accrue:epc") for euro invoices to an IBAN.
// The registration footer is painted at every page's foot (footerLines).
// All text from the book is escaped.
class InvoiceHtml final
{
public:
    // `locale`: the book's, for customers without a language.
    static QString render(const InvoiceDocumentData &data, const QLocale &locale);
    static QString renderCreditNote(const CreditNoteDocumentData &data, const QLocale &locale);
    // The registration footer: legal name and address, register number and
    // tax ID; plain text (not HTML), one entry a line.
    static QStringList footerLines(const CompanySettings &company, const DocumentTexts &texts);
    // The EPC QR payload for paying the invoice's balance, if it can have one.
    static std::optional<QByteArray> epcPayload(const InvoiceDocumentData &data);
    // "1 December 2026", "1. Dezember 2026": the long date without weekday.
    static QString documentDate(const QDate &date, const QLocale &locale);

    static inline const QString logoUrl = QStringLiteral("accrue:logo");
    static inline const QString epcUrl = QStringLiteral("accrue:epc");
};

} // namespace Accrue
