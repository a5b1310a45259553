#pragma once

#include "documents/invoicehtml.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Accrue {

// An invoice as a paged document: the HTML of InvoiceHtml laid out on A4 or
// Letter with margins and page numbers; a long table of lines flows onto more
// pages with its header repeated. Needs a QGuiApplication (fonts), no widgets.
class InvoiceDocument final
{
public:
    // Fills `document` for printing (the GUI prints it through QPrinter).
    static void build(QTextDocument &document, const InvoiceDocumentData &data,
                      const QLocale &locale);
    // Lays the document out on the device's printable area and paints every
    // page with "number · Page n of N" at its foot. The device is a QPdfWriter
    // or a QPrinter (print, preview), so paper and screen show the same pages.
    // Returns the number of pages.
    static int paint(QTextDocument &document, QPagedPaintDevice &device,
                     const QString &footerLabel);
    // Writes a PDF file; throws Error when the file cannot be written.
    static void writePdf(const InvoiceDocumentData &data, const QString &path,
                         QPageSize::PageSizeId paper, const QLocale &locale);
    // A4 except where Letter is the custom (US, Canada, Mexico, ...).
    static QPageSize::PageSizeId defaultPaper(const QLocale &locale);
    // The paper invoices print on: "a4" or "letter" (the company's setting,
    // or a --paper option); anything else, the locale's custom. The one rule
    // for the invoice view, batch export and accrue-cli.
    static QPageSize::PageSizeId paperFor(const QString &setting, const QLocale &locale);
    // The company's paper: its setting, else the system locale's custom.
    static QPageSize::PageSizeId paperFor(const CompanySettings &company);
    // Whether `setting` names a paper paperFor() knows.
    static bool isKnownPaper(const QString &setting);
};

} // namespace Accrue
