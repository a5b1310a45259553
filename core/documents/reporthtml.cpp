#include "documents/reporthtml.h"

#include "common/localdates.h"
#include "common/safetext.h"
#include "documents/invoicedocument.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextDocument>

namespace Accrue {

namespace {

bool rightAligned(ReportColumn::Type type)
{
    return ReportColumn { {}, {}, type }.isNumeric();
}

} // namespace

QString ReportHtml::render(const ReportTable &table, const QString &parameters,
                           const QDateTime &runAt, const QLocale &locale)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                  "body { font-size: 8pt; }"
                                  " th, td { padding: 2px 5px; white-space: nowrap; }"
                                  " th { border-bottom: 1px solid; }"
                                  "td.n, th.n { text-align: right; white-space: nowrap; }"
                                  " tr.t td { font-weight: bold;"
                                  " border-top: 1px solid; }</style></head><body>");
    html += u"<h2>" + safeHtml(table.title()) + u"</h2>";
    html += u"<p>" + safeHtml(parameters) + u"<br/>"
        + QCoreApplication::translate("Accrue::ReportHtml", "Run %1")
              .arg(LocalDates::longDate(runAt.date(), locale) + u' '
                   + locale.toString(runAt.time(), QLocale::ShortFormat))
              .toHtmlEscaped()
        + u"</p>";
    html += QStringLiteral("<table cellspacing=\"0\" width=\"100%\"><thead><tr>");
    for (const ReportColumn &c : table.columns())
        html += (rightAligned(c.type) ? QStringLiteral("<th class=\"n\">") : QStringLiteral("<th>"))
            + safeHtml(c.title) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < table.rows().size(); ++r) {
        html += table.isTotalRow(r) ? QStringLiteral("<tr class=\"t\">") : QStringLiteral("<tr>");
        const QVariantList &row = table.rows().at(r);
        for (int c = 0; c < row.size() && c < table.columns().size(); ++c) {
            const ReportColumn::Type type = table.columns().at(c).type;
            html += (rightAligned(type) ? QStringLiteral("<td class=\"n\">")
                                        : QStringLiteral("<td>"))
                + safeHtml(displayCellText(row.at(c), table.columns().at(c), locale))
                + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (table.isTruncated())
        html += u"<p>"
            + QCoreApplication::translate("Accrue::ReportHtml",
                                          "First %1 of %2 rows; export CSV for all of them.")
                  .arg(locale.toString(table.rows().size()), locale.toString(table.totalRowCount()))
                  .toHtmlEscaped()
            + u"</p>";
    html += QStringLiteral("</body></html>");
    return html;
}

void ReportHtml::writePdf(const ReportTable &table, const QString &parameters,
                          const QDateTime &runAt, const QLocale &locale, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(InvoiceDocument::defaultPaper(locale)));
    writer.setPageOrientation(prefersLandscape(table) ? QPageLayout::Landscape
                                                      : QPageLayout::Portrait);
    writer.setResolution(300);
    writer.setTitle(table.title());
    writer.setCreator(QStringLiteral("Accrue"));
    QTextDocument document;
    document.setHtml(render(table, parameters, runAt, locale));
    document.print(&writer); // numbers the pages at their foot
}

} // namespace Accrue
