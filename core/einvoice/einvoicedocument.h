#pragma once

#include "einvoice/einvoice.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Accrue {

// A received e-invoice as people read it: seller, buyer, lines, the VAT
// breakdown and the totals exactly as the file states them (nothing is
// recomputed), as HTML and as a PDF laid out like Accrue's own documents
// (InvoiceDocument's pages and footers). Every text of the file is escaped
// and stripped of controls and bidi overrides (safeHtml): the file is the
// sender's, not ours.
class EInvoiceDocument final
{
public:
    static QString html(const EInvoice &invoice, const QLocale &locale);
    // Needs a QGuiApplication (fonts).
    static QByteArray pdf(const EInvoice &invoice, QPageSize::PageSizeId paper,
                          const QLocale &locale);
};

} // namespace Accrue
