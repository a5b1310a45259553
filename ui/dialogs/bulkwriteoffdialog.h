#pragma once

#include "billing/collectionsservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Accrue {

class Session;

// "Write Off 90+…": the open invoices more than 90 days past due as of the
// session's today (CollectionsService::overdue), each ticked; the user
// unticks what to keep, gives a reason, sees what would be written off
// (preview: count and total per currency) and confirms. The chosen invoices
// are written off together (writeOffInvoices: one audited write-off each,
// all or none).
class BulkWriteOffDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BulkWriteOffDialog(Session &session, int days = 90, QWidget *parent = nullptr);

    int invoiceCount() const;
    void setChecked(int row, bool checked);
    void setReason(const QString &text);
    // The dry run: what writing off would do, in words (nothing is written).
    QString preview() const;
    // Writes the ticked invoices off without asking; false (and the problem
    // shown) if the service refused. accept() asks first, then calls it.
    bool writeOff();
    // After writeOff(): what was written off, in words.
    QString summary() const { return m_summary; }
    QString problem() const;
    void accept() override;

private:
    std::vector<qint64> chosen() const;
    QString totals(const std::vector<qint64> &ids) const;
    void updatePreview();

    Session &m_session;
    QDate m_asOf;
    std::vector<CollectionsService::OverdueInvoice> m_invoices;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QLabel *m_problem;
    QString m_summary;
};

} // namespace Accrue
