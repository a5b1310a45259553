#pragma once

#include "documents/invoicehtml.h"

#include <QDialog>

namespace Accrue {

// A read-only view of one invoice: header, bill-to, lines, tax, totals,
// payments and credits; print it, preview it or save it as PDF. (Editing
// drafts comes with the invoice editor.)
class InvoiceViewDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit InvoiceViewDialog(InvoiceDocumentData data, QWidget *parent = nullptr);

private:
    void print();
    void preview();
    void savePdf();

    InvoiceDocumentData m_data;
};

} // namespace Accrue
