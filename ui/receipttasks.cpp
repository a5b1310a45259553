#include "receipttasks.h"

#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/receiptdocument.h"
#include "widgets/errorbox.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>

namespace Accrue::ReceiptTasks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReceiptTasks", text);
}

} // namespace

void writePdf(Session &session, const QString &receiptNumber, const QString &path)
{
    const ReceiptDocumentData data = ReceiptService(session).documentData(receiptNumber);
    ReceiptDocument::writePdf(data, path, InvoiceDocument::paperFor(data.company), QLocale());
}

void savePdf(QWidget *parent, Session &session, const QString &receiptNumber)
{
    if (receiptNumber.isEmpty()) {
        showError(parent, tr("Receipt PDF"),
                  tr("This payment has no receipt: receipts are issued for payments recorded "
                     "in Accrue, not for those loaded from another system."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Receipt PDF"),
                                                      receiptNumber + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        writePdf(session, receiptNumber, path);
    } catch (const Error &e) {
        showError(parent, tr("Receipt PDF"), e.userMessage());
    }
}

} // namespace Accrue::ReceiptTasks
