#include "documents/documentpage.h"

#include "common/safetext.h"
#include "documents/invoicehtml.h"
#include "domain/taxrate.h"
#include "money/decimal.h"

#include <QColor>

namespace Accrue {

namespace {

// The accent at a tenth of its strength on white: the background of the
// amount box and the balance row, light enough for any accent.
QString tintOf(const QString &accent)
{
    const QColor c = QColor::fromString(accent);
    auto mix = [](int channel) { return (channel + 9 * 255) / 10; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

} // namespace

DocumentPage::DocumentPage(const CompanySettings &company, const QString &language,
                           const QLocale &fallback)
    : texts(language, fallback)
    , company(company)
    , accent(company.accent())
    , tint(tintOf(company.accent()))
{
}

QString DocumentPage::esc(const QString &text)
{
    return safeHtml(text);
}

QString DocumentPage::escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', QStringLiteral("<br/>"));
}

QString DocumentPage::money(const Money &amount, const Currency &currency) const
{
    return esc((Money::zero(currency) + amount).format(texts.locale()));
}

QString DocumentPage::date(const QDate &day) const
{
    return esc(InvoiceHtml::documentDate(day, texts.locale()));
}

QString DocumentPage::discount(int bp) const
{
    return esc(Decimal::format(bp, 2, texts.locale()) + u'%');
}

QString DocumentPage::percent(int ppm) const
{
    return esc(TaxPercent::text(ppm, texts.locale()) + u'%');
}

QString DocumentPage::begin() const
{
    return u"<html><head><meta charset=\"utf-8\"><style>"
           "body { color: #222222; }"
           " td { padding: 0; } .n { text-align: right; white-space: nowrap; }"
           " .muted { color: #666666; } .small { font-size: 8pt; }"
           " .label { color: "
        + accent
        + u"; font-size: 8pt; font-weight: bold; }"
          " .lines th { color: "
        + accent
        + u"; font-size: 8pt; text-align: left; padding: 4px 6px;"
          " border-bottom: 1.5px solid "
        + accent
        + u"; }"
          " .lines td { padding: 5px 6px; border-bottom: 0.5px solid #DDDDDD; }"
          " .lines th.n { text-align: right; }"
          " .totals td { padding: 3px 6px; }"
          "</style></head><body>";
}

QString DocumentPage::header() const
{
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
    if (!company.logo.isEmpty())
        h += u"<img src=\"" + InvoiceHtml::logoUrl + u"\" height=\"48\"/>";
    else
        h += u"<span style=\"font-size: 16pt; font-weight: bold; color: " + accent + u"\">"
            + esc(company.legalName) + u"</span>";
    h += u"</td><td valign=\"top\" align=\"right\"><b>" + esc(company.legalName) + u"</b>";
    if (!company.address.trimmed().isEmpty())
        h += u"<br/><span class=\"muted\">" + escLines(company.address) + u"</span>";
    if (!company.taxId.isEmpty())
        h += u"<br/><span class=\"muted\">" + esc(texts.text("Tax ID %1").arg(company.taxId))
            + u"</span>";
    h += u"</td></tr></table>" + rule();
    return h;
}

QString DocumentPage::rule() const
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
           "style=\"margin-top: 8px; margin-bottom: 14px\"><tr><td bgcolor=\""
        + accent + u"\" style=\"font-size: 1pt\">&nbsp;</td></tr></table>";
}

QString DocumentPage::titleBlock(const QString &title, const QString &number,
                                 const std::vector<std::pair<QString, QString>> &facts,
                                 const QString &box) const
{
    QString h = QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
    h += u"<span style=\"font-size: 20pt; font-weight: bold; color: " + accent + u"\">" + esc(title)
        + u"</span>";
    if (!number.isEmpty())
        h += u"<br/><span style=\"font-size: 11pt\">" + esc(number) + u"</span>";
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top: 8px\">");
    for (const auto &[label, value] : facts)
        h += u"<tr><td class=\"muted\">" + esc(label) + u"</td><td width=\"12\"></td><td>" + value
            + u"</td></tr>";
    // A fixed width: the box's figures line up from one document to the next.
    h += u"</table></td><td valign=\"top\" width=\"210\">" + box + u"</td></tr></table>";
    return h;
}

QString DocumentPage::box(const QString &caption, const QString &amount, const QString &subCaption,
                          const QString &subValue) const
{
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
                "style=\"border-collapse: collapse\"><tr><td bgcolor=\""
        + tint + u"\" style=\"border: 1px solid " + accent + u"\"><span class=\"label\">"
        + esc(texts.locale().toUpper(caption)) + u"</span><br/>"
        + u"<span style=\"font-size: 18pt; font-weight: bold\">" + amount + u"</span>";
    if (!subCaption.isEmpty())
        h += u"<br/><span class=\"label\">" + esc(texts.locale().toUpper(subCaption))
            + u"</span><br/><b>" + subValue + u"</b>";
    return h + u"</td></tr></table>";
}

QString DocumentPage::addressee(const QString &caption, const Customer &customer,
                                const std::optional<BillingProfile> &profile) const
{
    QString h = u"<p style=\"margin-top: 16px\"><span class=\"label\">"
        + esc(texts.locale().toUpper(caption)) + u"</span><br/><b>" + esc(customer.name) + u"</b>";
    if (profile) {
        const BillingProfile &p = *profile;
        for (const QString &line : { p.contactName, p.addressLine1, p.addressLine2,
                                     QString(p.postalCode + u' ' + p.city).trimmed(),
                                     QString(p.stateProvince + u' ' + p.country).trimmed() })
            if (!line.isEmpty())
                h += u"<br/>" + esc(line);
    }
    if (!customer.taxId.isEmpty())
        h += u"<br/>" + esc(texts.text("Tax ID %1").arg(customer.taxId));
    return h + u"</p>";
}

QString DocumentPage::totalsRow(const QString &label, const QString &value, bool strong,
                                bool shaded, bool ruled) const
{
    const QString cell = ruled ? u" style=\"border-top: 1px solid " + accent + u"\"" : QString();
    const QString bg = shaded ? u" bgcolor=\"" + tint + u"\"" : QString();
    const QString open = strong ? QStringLiteral("<b>") : QString();
    const QString close = strong ? QStringLiteral("</b>") : QString();
    return u"<tr" + bg + u"><td" + cell + u">" + open + esc(label) + close + u"</td><td class=\"n\""
        + cell + u">" + open + value + close + u"</td></tr>";
}

QString DocumentPage::end() const
{
    QString h;
    if (!company.footer.trimmed().isEmpty())
        h += u"<p class=\"small muted\" style=\"margin-top: 18px\">" + escLines(company.footer)
            + u"</p>";
    return h + u"</body></html>";
}

} // namespace Accrue
