#include "editor/invoiceeditcommand.h"

#include "editor/invoicedraft.h"

namespace Accrue {

InvoiceEditCommand::InvoiceEditCommand(InvoiceDraft *draft, Invoice before, Invoice after,
                                       const QString &text, int mergeKey)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void InvoiceEditCommand::undo()
{
    m_draft->apply(m_before);
}

void InvoiceEditCommand::redo()
{
    m_draft->apply(m_after);
}

bool InvoiceEditCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack only offers commands with the same id(), and never for -1.
    m_after = static_cast<const InvoiceEditCommand *>(other)->m_after;
    return true;
}

} // namespace Accrue
