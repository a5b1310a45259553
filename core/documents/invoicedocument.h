#pragma once

#include "documents/invoicehtml.h"

#include <QColor>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace Accrue {

// An invoice or credit note as a paged document: the HTML of InvoiceHtml
// laid out on A4 or Letter with margins; a long table of lines flows onto
// more pages with its header repeated; every page's foot carries the
// registration footer and "number · Page n of N". Needs a QGuiApplication
// (fonts), no widgets.
class InvoiceDocument final
{
public:
    // What paint() draws around the text, in the document's language.
    struct Decor
    {
        QString label; // the number, before the page count
        QString pageFormat = QStringLiteral("Page %1 of %2");
        QStringList footerLines; // the registration footer, centred
        QString stamp; // "PAID" across the first page; empty: none
        QColor accent = QColor(0x1F, 0x4E, 0x79);
        QString title; // of the PDF: "Invoice INV-2026-000123"
        QString author; // of the PDF: the company
    };

    // Fills `document` for printing (the GUI prints it through QPrinter).
    // `locale`: the book's, for customers without a language.
    static void build(QTextDocument &document, const InvoiceDocumentData &data,
                      const QLocale &locale);
    static void build(QTextDocument &document, const CreditNoteDocumentData &data,
                      const QLocale &locale);
    static Decor decor(const InvoiceDocumentData &data, const QLocale &locale);
    static Decor decor(const CreditNoteDocumentData &data, const QLocale &locale);
    // Lays the document out on the device's printable area and paints every
    // page with its decor. The device is a QPdfWriter or a QPrinter (print,
    // preview), so paper and screen show the same pages. Returns the number
    // of pages.
    static int paint(QTextDocument &document, QPagedPaintDevice &device, const Decor &decor);
    static int paint(QTextDocument &document, QPagedPaintDevice &device,
                     const QString &footerLabel);
    // Writes a PDF file; throws Error when the file cannot be written.
    static void writePdf(const InvoiceDocumentData &data, const QString &path,
                         QPageSize::PageSizeId paper, const QLocale &locale);
    static void writePdf(const CreditNoteDocumentData &data, const QString &path,
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

    // The letterhead's settings for any document: the company's font size
    // and logo.
    static void prepare(QTextDocument &document, const CompanySettings &company);
    // The company's footer, accent and PDF author in the document's language;
    // the caller adds the label, title and stamp.
    static Decor companyDecor(const CompanySettings &company, const DocumentTexts &texts);
    // The document as PDF bytes on `paper`, painted with its decor.
    static QByteArray pdf(QTextDocument &document, const Decor &decor, QPageSize::PageSizeId paper);

private:
    static void write(QTextDocument &document, const Decor &decor, const QString &path,
                      QPageSize::PageSizeId paper);
};

} // namespace Accrue
