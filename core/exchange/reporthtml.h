#pragma once

#include "reports/reporttable.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Accrue {

// A report as an HTML document for printing and PDF: title, the parameters
// it was run with, when it was run, the table with totals in bold. Every text
// from the book is escaped, so a customer called "<b>Evil</b> & Co" prints as
// written.
class ReportHtml final
{
public:
    static QString render(const ReportTable &table, const QString &parameters,
                          const QDateTime &runAt, const QLocale &locale);
    // Wide reports (many amount columns) print across the page.
    static bool prefersLandscape(const ReportTable &table) { return table.columns().size() > 6; }
};

} // namespace Accrue
