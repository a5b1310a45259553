#include "documents/receiptdocument.h"

#include "billing/receiptservice.h"
#include "common/error.h"
#include "documents/documenttexts.h"
#include "documents/invoicedocument.h"
#include "documents/receipthtml.h"
#include "exchange/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextDocument>

namespace Accrue {

QByteArray ReceiptDocument::pdf(const ReceiptDocumentData &data, QPageSize::PageSizeId paper,
                                const QLocale &locale)
{
    // The invoices' letterhead and page foot: registration lines, accent,
    // "RCT-… · Page n of N".
    QTextDocument document;
    InvoiceDocument::prepare(document, data.company);
    document.setHtml(ReceiptHtml::render(data, locale));
    const DocumentTexts texts(data.customer.language, locale);
    InvoiceDocument::Decor decor = InvoiceDocument::companyDecor(data.company, texts);
    decor.label = data.receipt.number;
    decor.title = texts.text("Receipt %1").arg(data.receipt.number);
    return InvoiceDocument::pdf(document, decor, paper);
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
