#pragma once

#include "reports/reportdefinition.h"

#include <QWidget>

class QChartView;

namespace Accrue {

class ReportTable;

// The picture of a report where one says more than the table: bars (aging
// buckets, counts by status), stacked bars (revenue by month, split), a donut
// (shares). Built from the report's rows and its definition's ReportChart;
// hidden when the report has no chart or nothing to show. Total rows are left
// out: they would dwarf the rest.
class ReportChartView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartView(QWidget *parent = nullptr);

    void showReport(const ReportTable &table, const ReportChart &spec);
    // For tests: how many series and values the chart holds.
    int seriesCount() const;
    int valueCount() const;

private:
    QChartView *m_view;
};

} // namespace Accrue
