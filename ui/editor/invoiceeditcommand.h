#pragma once

#include "domain/invoice.h"

#include <QUndoCommand>

namespace Accrue {

class InvoiceDraft;

// One edit of a draft invoice, kept as the states before and after: an
// invoice is small, and whole states make undo exact for every kind of edit
// (a field, a line added or removed, a product chosen).
class InvoiceEditCommand final : public QUndoCommand
{
public:
    InvoiceEditCommand(InvoiceDraft *draft, Invoice before, Invoice after, const QString &text,
                       int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    InvoiceDraft *m_draft;
    Invoice m_before;
    Invoice m_after;
    int m_mergeKey;
};

} // namespace Accrue
