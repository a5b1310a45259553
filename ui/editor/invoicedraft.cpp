#include "editor/invoicedraft.h"

#include "common/error.h"
#include "editor/invoiceeditcommand.h"

#include <QUndoStack>

namespace Accrue {

namespace {

// Totals of what is being typed: a price too large to multiply out leaves
// them at zero, and the draft's problems name the line (InvoiceRules::check).
void computeTotalsOf(Invoice &invoice)
{
    try {
        invoice.computeTotals();
    } catch (const Error &) {
        invoice.subtotal = invoice.tax = invoice.total = Money::zero(invoice.currency);
        invoice.balance = Money::zero(invoice.currency);
    }
}

} // namespace

InvoiceDraft::InvoiceDraft(Invoice invoice, QObject *parent)
    : QObject(parent)
    , m_invoice(std::move(invoice))
    , m_undo(new QUndoStack(this))
{
    computeTotalsOf(m_invoice);
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
    computeTotalsOf(after);
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
    computeTotalsOf(invoice);
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
