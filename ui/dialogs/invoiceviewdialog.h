#pragma once

#include "documents/invoicehtml.h"

#include <QDialog>

class QAction;
class QTabWidget;
class QVBoxLayout;

namespace Accrue {

class Session;

// A read-only view of one invoice: header, bill-to, lines, tax, totals,
// payments and credits; print it, preview it or save it as PDF, or start one
// of the life-cycle actions the Invoices page offers for it.
class InvoiceViewDialog final : public QDialog
{
    Q_OBJECT

public:
    // Save PDF is offered to a role that may export (core refuses it anyway).
    InvoiceViewDialog(Session &session, InvoiceDocumentData data, QWidget *parent = nullptr);

    // Buttons for the page's actions on this invoice (payment, credit note,
    // void, ...). Choosing one closes the view; the caller then triggers it,
    // so the action's own dialog runs on fresh data.
    void offerActions(const QList<QAction *> &actions);
    QAction *chosenAction() const { return m_chosen; }
    // The invoice's disputes (notes, resolution) and write-offs, one event a
    // line; empty when it has none. Shown under the document.
    static QString collectionsText(Session &session, qint64 invoiceId);

    // The Revenue Schedule tab, when the invoice has a schedule (else null).
    QTabWidget *tabs() const { return m_tabs; }

private:
    void addCollectionsHistory(QVBoxLayout *layout);
    QWidget *withRevenueSchedule(QWidget *document);
    void print();
    void preview();
    void savePdf();

    Session &m_session;
    InvoiceDocumentData m_data;
    QAction *m_chosen = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Accrue
