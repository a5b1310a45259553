#pragma once

#include "einvoice/einvoice.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Accrue {

class Session;

// E-invoices of the book (EN 16931 UBL, PEPPOL BIS Billing 3.0): an issued
// invoice or credit note, found by its number in the user's scope, built
// (EInvoiceBuilder), checked (UblValidator) and written (UblWriter); and the
// receiving side, a UBL file read (UblReader) and shown as a PDF.
class EInvoiceService final
{
public:
    explicit EInvoiceService(Session &session);

    // The document numbered `number` (an invoice, else a credit note) as an
    // e-invoice. Throws Error when there is none in the user's scope, it is
    // a draft, or it cannot be valid (UblValidator's message, naming
    // the missing business term and where to fix it).
    EInvoice build(const QString &number);
    // build() written as UBL XML to `path` ("-": standard output), whole or
    // not at all. Needs Permission::Export. Returns what was written.
    EInvoice exportTo(const QString &number, const QString &path);
    // The file name people are offered: "INV-2026-000123.xml".
    static QString fileNameFor(const QString &number);

    // A received UBL invoice or credit note (`fileName` names it in
    // messages) rendered as a PDF at `pdfPath`. Throws Error on a file that
    // is not UBL; what the file says is shown as it is, not judged.
    static EInvoice importToPdf(const QByteArray &xml, const QString &fileName,
                                const QString &pdfPath, QPageSize::PageSizeId paper,
                                const QLocale &locale);

private:
    Session &m_session;
};

} // namespace Accrue
