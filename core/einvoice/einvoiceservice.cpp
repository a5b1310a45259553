#include "einvoice/einvoiceservice.h"

#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "einvoice/einvoicebuilder.h"
#include "einvoice/einvoicedocument.h"
#include "einvoice/ublreader.h"
#include "einvoice/ublvalidator.h"
#include "einvoice/ublwriter.h"
#include "exchange/outputfile.h"
#include "storage/taxraterepository.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::EInvoiceService", text);
}

} // namespace

EInvoiceService::EInvoiceService(Session &session)
    : m_session(session)
{
}

QString EInvoiceService::fileNameFor(const QString &number)
{
    QString name = number;
    // A number is the book's (prefix, year, sequence); keep a file name safe
    // whatever a prefix holds.
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    return name + QStringLiteral(".xml");
}

EInvoice EInvoiceService::build(const QString &number)
{
    const QString trimmed = number.trimmed();
    EInvoiceBuilder builder(TaxRateRepository(m_session.db()).list());
    // Loads by number are narrowed to the user's tenants (Database's scope
    // on SQLite, row-level security on PostgreSQL): a document outside them
    // is "not found", like any other.
    InvoiceService invoices(m_session);
    std::optional<Invoice> invoice;
    try {
        invoice = invoices.loadByNumber(trimmed);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::General)
            throw;
    }
    EInvoice e;
    if (invoice) {
        m_session.requireCustomer(invoice->customerId, tr("export e-invoices"));
        if (invoice->status == InvoiceStatus::Draft || invoice->number.isEmpty())
            throw Error(tr("%1 is a draft: only issued invoices are e-invoices").arg(trimmed));
        // A void invoice was issued all the same (a credit note in full
        // voids it): it can be sent again as it was issued.
        e = builder.fromInvoice(invoices.documentData(invoice->id));
    } else {
        CreditNoteService notes(m_session);
        std::optional<CreditNote> note;
        try {
            note = notes.loadByNumber(trimmed);
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::General)
                throw;
        }
        if (!note)
            throw Error(tr("No invoice or credit note numbered “%1”").arg(trimmed));
        m_session.requireCustomer(note->customerId, tr("export e-invoices"));
        e = builder.fromCreditNote(notes.documentData(note->id), invoices.load(note->invoiceId));
    }
    UblValidator::check(e);
    return e;
}

EInvoice EInvoiceService::exportTo(const QString &number, const QString &path)
{
    m_session.require(Permission::Export, tr("export e-invoices"));
    const EInvoice e = build(number);
    OutputFile file(path);
    UblWriter::write(e, *file.device());
    file.commit();
    return e;
}

EInvoice EInvoiceService::importToPdf(const QByteArray &xml, const QString &fileName,
                                      const QString &pdfPath, QPageSize::PageSizeId paper,
                                      const QLocale &locale)
{
    const EInvoice e = UblReader::read(xml, fileName);
    const QByteArray pdf = EInvoiceDocument::pdf(e, paper, locale);
    OutputFile file(pdfPath);
    if (file.device()->write(pdf) != pdf.size())
        throw Error(tr("Cannot write %1").arg(pdfPath));
    file.commit();
    return e;
}

} // namespace Accrue
