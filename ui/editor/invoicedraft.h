#pragma once

#include "billing/invoiceservice.h"
#include "domain/invoice.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace Accrue {

// The invoice being edited, as a document: every change is one undoable step
// on its QUndoStack (InvoiceEditCommand), and views refresh from changed().
// Amounts are recomputed after each step so the totals are always the ones
// core will store.
class InvoiceDraft final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceDraft(Invoice invoice, QObject *parent = nullptr);

    const Invoice &invoice() const { return m_invoice; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    std::vector<InvoiceProblem> problems() const { return InvoiceRules::check(m_invoice); }

    // Applies `change` to a copy and pushes the result as one step named
    // `text`. Consecutive steps with the same mergeKey (>= 0) merge, so typing
    // in one field undoes as one.
    void edit(const QString &text, const std::function<void(Invoice &)> &change, int mergeKey = -1);
    // Sets the state without an undo step: used by the commands, and to start
    // over with another invoice (which also clears the history).
    void apply(const Invoice &invoice);
    void reset(Invoice invoice);
    // After a save: the stored state is the clean one.
    void markSaved(qint64 id);

signals:
    void changed();
    // The number of lines changed (views reset instead of updating cells).
    void linesReset();

private:
    Invoice m_invoice;
    QUndoStack *m_undo;
};

} // namespace Accrue
