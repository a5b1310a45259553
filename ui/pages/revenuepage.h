#pragma once

#include "pages/page.h"
#include "reports/reportparameters.h"
#include "reports/revenuereport.h"

class QComboBox;
class QLabel;
class QTableView;

namespace Accrue {

class ChartView;
class Database;
class Session;
class RecognitionChartView;
class RevenueTableModel;

// Revenue by month, split by module, customer or plan: a stacked chart over
// the months and the table behind it. Computed on a worker thread.
// Double-clicking a figure shows the invoices and credit notes behind it.
class RevenuePage final : public Page
{
    Q_OBJECT

public:
    explicit RevenuePage(Session &session, QWidget *parent = nullptr);

    bool loadsInBackground() const override { return true; }
    void refresh() override;
    BookAreas areas() const override
    {
        return BookArea::Invoices | BookArea::CreditNotes | BookArea::Ledger | BookArea::Catalog
            | BookArea::Customers;
    }
    RevenueTableModel *model() const { return m_model; }
    RecognitionChartView *recognitionChart() const { return m_recognition; }
    // The report parameters behind a cell (its key and month, or the whole
    // range for the Total column); false for the total row or "no module".
    bool drillScope(const QModelIndex &index, ReportParameters &scope, QString &title) const;
    void drillDown(const QModelIndex &index);
    // Close Period…: the month-end checklist, closing and reopening.
    void openClosePeriod();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMatrix(RevenueMatrix matrix);
    void showChart(const RevenueMatrix &matrix);

    Session &m_session;
    Database &m_db;
    QComboBox *m_dimension;
    QComboBox *m_range;
    QLabel *m_state;
    ChartView *m_chart;
    QLabel *m_legend; // under m_chart: wraps where the chart's own legend would cut names
    RecognitionChartView *m_recognition;
    QTableView *m_table;
    RevenueTableModel *m_model;
    int m_generation = 0;
    QDate m_from;
    QDate m_to;
    bool m_loadedOnce = false;
};

} // namespace Accrue
