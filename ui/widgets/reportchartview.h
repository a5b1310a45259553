#pragma once

#include "reports/reportdefinition.h"

#include <QWidget>
#include <vector>

namespace Accrue {

class ChartView;
class ReportTable;
class Session;

// The picture of a report where one says more than the table: bars (aging
// buckets, counts by status), stacked bars (revenue by month, split), a donut
// (shares). Built from the report's rows and its definition's ReportChart;
// hidden when the report has no chart, "No data" when it has nothing to
// show. Total rows are left out: they would dwarf the rest. Series take
// their colours from the book's catalogue (ChartPalette), as on the Revenue
// tab.
class ReportChartView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartView(Session &session, QWidget *parent = nullptr);

    void showReport(const ReportTable &table, const ReportChart &spec);
    // For tests: how many series and values the chart holds.
    int seriesCount() const;
    int valueCount() const;
    ChartView *view() const { return m_view; }

private:
    void showDonut(const ReportTable &table, const std::vector<int> &rows, int label, int value);

    Session &m_session;
    ChartView *m_view;
};

} // namespace Accrue
