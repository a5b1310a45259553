#include "documents/invoicepdfbatch.h"

#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "documents/invoicedocument.h"

#include <QCoreApplication>
#include <QDir>

namespace Accrue {

InvoicePdfBatch InvoicePdfBatch::forBook(Session &session)
{
    return InvoicePdfBatch(session, InvoiceDocument::paperFor(SettingsService(session).company()),
                           QLocale());
}

InvoicePdfBatch::InvoicePdfBatch(Session &session, QPageSize::PageSizeId paper,
                                 const QLocale &locale)
    : m_session(session)
    , m_paper(paper)
    , m_locale(locale)
{
}

int InvoicePdfBatch::write(const std::vector<qint64> &invoiceIds, const QString &folder,
                           const Progress &progress)
{
    m_session.require(Permission::Export,
                      QCoreApplication::translate("Accrue::InvoicePdfBatch", "export invoices"));
    const QDir dir(folder);
    if (!QDir().mkpath(dir.path()))
        throw Error(
            QCoreApplication::translate("Accrue::InvoicePdfBatch", "Cannot create the folder %1")
                .arg(QDir::toNativeSeparators(dir.path())));
    InvoiceService service(m_session);
    const int total = int(invoiceIds.size());
    int written = 0;
    for (int i = 0; i < total; ++i) {
        const InvoiceDocumentData data = service.documentData(invoiceIds[size_t(i)]);
        if (!data.invoice.number.isEmpty()) {
            InvoiceDocument::writePdf(data, dir.filePath(data.invoice.number + u".pdf"), m_paper,
                                      m_locale);
            ++written;
        }
        if (progress && !progress(i + 1, total))
            break;
    }
    return written;
}

void InvoicePdfBatch::writeOne(qint64 invoiceId, const QString &path)
{
    m_session.require(Permission::Export,
                      QCoreApplication::translate("Accrue::InvoicePdfBatch", "export invoices"));
    InvoiceDocument::writePdf(InvoiceService(m_session).documentData(invoiceId), path, m_paper,
                              m_locale);
}

void InvoicePdfBatch::writeCreditNote(qint64 creditNoteId, const QString &path)
{
    m_session.require(
        Permission::Export,
        QCoreApplication::translate("Accrue::InvoicePdfBatch", "export credit notes"));
    InvoiceDocument::writePdf(CreditNoteService(m_session).documentData(creditNoteId), path,
                              m_paper, m_locale);
}

} // namespace Accrue
