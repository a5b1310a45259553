#pragma once

#include "domain/receipt.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Accrue {

class Session;

// A receipt as a PDF: ReceiptHtml laid out like an invoice (InvoiceDocument's
// pages and footer). Needs a QGuiApplication (fonts), no widgets.
class ReceiptDocument final
{
public:
    static QByteArray pdf(const ReceiptDocumentData &data, QPageSize::PageSizeId paper,
                          const QLocale &locale);
    // Writes the PDF whole or not at all; throws Error when it cannot.
    static void writePdf(const ReceiptDocumentData &data, const QString &path,
                         QPageSize::PageSizeId paper, const QLocale &locale);
    // The receipt's PDF on the company's paper, in the system locale: what
    // e-mailing a receipt attaches. Throws Error if there is no such receipt.
    static QByteArray pdfFor(Session &session, const QString &receiptNumber);
};

} // namespace Accrue
