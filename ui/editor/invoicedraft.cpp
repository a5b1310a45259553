#include "editor/invoicedraft.h"

#include "editor/invoiceeditcommand.h"

#include <QUndoStack>

namespace Accrue {

InvoiceDraft::InvoiceDraft(Invoice invoice, QObject *parent)
    : QObject(parent)
    , m_invoice(std::move(invoice))
    , m_undo(new QUndoStack(this))
{
    m_invoice.computeTotals();
}

bool InvoiceDraft::isModified() const
{
    return !m_undo->isClean();
}

void InvoiceDraft::edit(const QString &text, const std::function<void(Invoice &)> &change,
                        int mergeKey)
{
    Invoice after = m_invoice;
    change(after);
    after.computeTotals();
    m_undo->push(new InvoiceEditCommand(this, m_invoice, std::move(after), text, mergeKey));
}

void InvoiceDraft::apply(const Invoice &invoice)
{
    const bool linesChanged = invoice.lines.size() != m_invoice.lines.size();
    m_invoice = invoice;
    if (linesChanged)
        emit linesReset();
    emit changed();
}

void InvoiceDraft::reset(Invoice invoice)
{
    invoice.computeTotals();
    m_undo->clear();
    m_invoice = std::move(invoice);
    emit linesReset();
    emit changed();
}

void InvoiceDraft::markSaved(qint64 id)
{
    m_invoice.id = id;
    m_undo->setClean();
    emit changed();
}

} // namespace Accrue
