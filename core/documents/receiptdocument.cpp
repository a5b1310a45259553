#include "documents/receiptdocument.h"

#include "billing/receiptservice.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/receipthtml.h"
#include "exchange/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Accrue {

QByteArray ReceiptDocument::pdf(const ReceiptDocumentData &data, QPageSize::PageSizeId paper,
                                const QLocale &locale)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(data.receipt.number);
        writer.setCreator(QStringLiteral("Accrue"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        if (!data.company.logo.isEmpty())
            document.addResource(QTextDocument::ImageResource, QUrl(InvoiceHtml::logoUrl),
                                 QImage::fromData(data.company.logo));
        document.setHtml(ReceiptHtml::render(data, locale));
        InvoiceDocument::paint(document, writer, data.receipt.number);
    }
    if (pdf.data().isEmpty())
        throw Error(QCoreApplication::translate("Accrue::ReceiptDocument",
                                                "Could not lay out the PDF of %1")
                        .arg(data.receipt.number));
    return pdf.data();
}

void ReceiptDocument::writePdf(const ReceiptDocumentData &data, const QString &path,
                               QPageSize::PageSizeId paper, const QLocale &locale)
{
    const QByteArray bytes = pdf(data, paper, locale);
    OutputFile output(path);
    if (output.device()->write(bytes) != bytes.size())
        throw Error(QCoreApplication::translate("Accrue::ReceiptDocument", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), output.device()->errorString()));
    output.commit();
}

QByteArray ReceiptDocument::pdfFor(Session &session, const QString &receiptNumber)
{
    const ReceiptDocumentData data = ReceiptService(session).documentData(receiptNumber);
    return pdf(data, InvoiceDocument::paperFor(data.company), QLocale());
}

} // namespace Accrue
