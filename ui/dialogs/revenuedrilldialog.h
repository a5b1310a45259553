#pragma once

#include "reports/reportparameters.h"

#include <QDialog>

namespace Accrue {

class Database;
class ReportTableModel;

// What is behind one figure of the Revenue tab: the invoices issued and the
// credit notes written in that month (or range) for that module, customer or
// plan, through the same engine reports as the Reports tab.
class RevenueDrillDialog final : public QDialog
{
    Q_OBJECT

public:
    RevenueDrillDialog(Database &db, const QString &title, const ReportParameters &scope,
                       QWidget *parent = nullptr);

    ReportTableModel *invoices() const { return m_invoices; }
    ReportTableModel *creditNotes() const { return m_creditNotes; }

private:
    ReportTableModel *m_invoices;
    ReportTableModel *m_creditNotes;
};

} // namespace Accrue
