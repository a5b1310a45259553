#pragma once

#include <QDialog>

namespace Accrue {

struct InvoiceDocumentData;

// A read-only view of one invoice: header, bill-to, lines, tax, totals,
// payments and credits. (Editing drafts comes with the invoice editor.)
class InvoiceViewDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit InvoiceViewDialog(const InvoiceDocumentData &data, QWidget *parent = nullptr);
};

} // namespace Accrue
