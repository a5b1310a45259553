#pragma once

#include "reports/reporttable.h"

#include <QDateTime>
#include <QIODevice>
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
    // The printed report as a PDF on `device`, A4 or Letter by the locale;
    // QTextDocument::print numbers the pages. Needs a QGuiApplication.
    static void writePdf(const ReportTable &table, const QString &parameters,
                         const QDateTime &runAt, const QLocale &locale, QIODevice *device);
    // Wide reports (many amount columns) print across the page.
    static bool prefersLandscape(const ReportTable &table) { return table.columns().size() > 6; }
};

} // namespace Accrue
