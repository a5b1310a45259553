#include "documents/invoicehtml.h"

#include "common/safetext.h"
#include "domain/taxrate.h"
#include "money/decimal.h"
#include "money/money.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceHtml", text);
}

QString esc(const QString &text)
{
    return safeHtml(text);
}

QString percent(int bp, const QLocale &locale)
{
    return Decimal::format(bp, 2, locale) + u'%';
}

// "19.00%", "8.875%": a tax rate in ppm.
QString taxPercent(int ppm, const QLocale &locale)
{
    return TaxPercent::text(ppm, locale) + u'%';
}

QString quantity(qint64 milli, const QLocale &locale)
{
    return Decimal::format(milli, 3, locale);
}

} // namespace

QString InvoiceHtml::render(const InvoiceDocumentData &d, const QLocale &locale)
{
    const Invoice &inv = d.invoice;
    // In the invoice's currency; an empty (default) amount takes it.
    auto money = [&](const Money &amount) {
        return esc((Money::zero(inv.currency) + amount).format(locale));
    };
    auto date = [&](const QDate &day) { return esc(locale.toString(day, QLocale::LongFormat)); };

    QString h = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "td, th { padding: 3px 6px; } th { text-align: left; "
        "border-bottom: 1px solid; } .n { text-align: right; }"
        " .t td { font-weight: bold; } .n { white-space: nowrap; }"
        " .p { font-size: small; color: #555; white-space: nowrap; }</style></head><body>");
    // The issuing company: name and address left, logo right.
    const CompanySettings &co = d.company;
    if (!co.legalName.isEmpty() || !co.logo.isEmpty()) {
        h += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\"><b>") + esc(co.legalName)
            + u"</b><br/>" + esc(co.address).replace(u'\n', QStringLiteral("<br/>"));
        if (!co.taxId.isEmpty())
            h += u"<br/>" + esc(tr("Tax ID %1").arg(co.taxId));
        h += QStringLiteral("</td><td align=\"right\" valign=\"top\">");
        if (!co.logo.isEmpty())
            h += u"<img src=\"" + InvoiceHtml::logoUrl + u"\" height=\"60\"/>";
        h += QStringLiteral("</td></tr></table><br/>");
    }
    h += u"<h2>"
        + esc(inv.number.isEmpty() ? tr("Draft invoice") : tr("Invoice %1").arg(inv.number))
        + u"</h2>";
    h += u"<p><b>" + esc(displayName(inv.displayStatus(d.today))) + u"</b></p>";
    h += QStringLiteral("<table><tr><td valign=\"top\"><b>") + esc(tr("Bill to")) + u"</b><br/>"
        + esc(d.customer.name) + u"<br/>";
    if (d.profile) {
        const BillingProfile &p = *d.profile;
        for (const QString &line : { p.contactName, p.addressLine1, p.addressLine2,
                                     QString(p.postalCode + u' ' + p.city).trimmed(),
                                     QString(p.stateProvince + u' ' + p.country).trimmed() })
            if (!line.isEmpty())
                h += esc(line) + u"<br/>";
    }
    h += QStringLiteral("</td><td width=\"40\"></td><td valign=\"top\">");
    h += esc(tr("Customer")) + u": " + esc(d.customer.code) + u"<br/>";
    h += esc(tr("Issued")) + u": " + date(inv.issueDate) + u"<br/>";
    h += esc(tr("Due")) + u": " + date(inv.dueDate) + u"<br/>";
    h += esc(tr("Currency")) + u": " + esc(inv.currency.code());
    h += QStringLiteral("</td></tr></table><br/>");

    // <thead>: a long invoice repeats the column titles on every page.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    // One text column: the service period goes under the description, so Qt's
    // table layout, which gives the numbers the width they ask for, leaves the
    // description the rest of the line instead of breaking words.
    h += u"<th>" + esc(tr("Description")) + u"</th>";
    for (const QString &title :
         { tr("Qty"), tr("Unit price"), tr("Discount"), tr("Tax"), tr("Net") })
        h += u"<th class=\"n\">" + esc(title) + u"</th>";
    h += QStringLiteral("</tr></thead><tbody>");
    for (const InvoiceLine &l : inv.lines) {
        const QString period = l.serviceStart.isValid()
            ? locale.toString(l.serviceStart, QLocale::ShortFormat) + QStringLiteral(" – ")
                + locale.toString(l.serviceEnd, QLocale::ShortFormat)
            : QString();
        h += u"<tr><td>" + esc(l.description);
        if (!period.isEmpty())
            h += u"<br/><span class=\"p\">" + esc(tr("Service period %1").arg(period)) + u"</span>";
        h += u"</td><td class=\"n\">" + esc(quantity(l.quantityMilli, locale))
            + u"</td><td class=\"n\">" + money(l.unitPrice) + u"</td><td class=\"n\">"
            + esc(l.discountBp ? percent(l.discountBp, locale) : QString())
            + u"</td><td class=\"n\">" + esc(taxPercent(l.taxRatePpm, locale))
            + u"</td><td class=\"n\">" + money(l.net) + u"</td></tr>";
    }
    h += QStringLiteral("</tbody></table><br/><table align=\"right\" cellspacing=\"0\">");
    auto row = [&](const QString &label, const QString &value, bool bold = false) {
        h += (bold ? QStringLiteral("<tr class=\"t\">") : QStringLiteral("<tr>")) + u"<td>"
            + esc(label) + u"</td><td class=\"n\">" + value + u"</td></tr>";
    };
    row(tr("Subtotal"), money(inv.subtotal));
    for (const TaxAtRate &t : inv.taxByRate())
        row(tr("Tax %1 on %2")
                .arg(taxPercent(t.ratePpm, locale),
                     (Money::zero(inv.currency) + t.net).format(locale)),
            money(t.tax));
    row(tr("Total"), money(inv.total), true);
    for (const Allocation &a : d.allocations)
        row(a.paymentId ? tr("Paid %1").arg(locale.toString(a.date, QLocale::ShortFormat))
                        : tr("Credited %1").arg(locale.toString(a.date, QLocale::ShortFormat)),
            u"−" + money(a.amount));
    row(tr("Balance due"), money(inv.balance), true);
    h += QStringLiteral("</table>");
    if (!inv.notes.isEmpty())
        h += u"<p style=\"clear: both\">" + esc(inv.notes) + u"</p>";
    // How to pay: the bank details and the number to quote.
    if (inv.balance.isPositive() && (!co.iban.isEmpty() || !co.accountNumber.isEmpty())) {
        h += u"<p style=\"clear: both\"><b>" + esc(tr("Payment")) + u"</b><br/>";
        if (!co.iban.isEmpty())
            h += esc(tr("IBAN %1").arg(co.iban))
                + (co.bic.isEmpty() ? QString() : esc(tr(", BIC %1").arg(co.bic))) + u"<br/>";
        if (!co.accountNumber.isEmpty())
            h += esc(tr("Account %1, routing %2").arg(co.accountNumber, co.routingNumber))
                + u"<br/>";
        h += esc(tr("Please quote %1 and pay %2 by %3.")
                     .arg(inv.number, (Money::zero(inv.currency) + inv.balance).format(locale),
                          locale.toString(inv.dueDate, QLocale::LongFormat)))
            + u"</p>";
    }
    if (!co.footer.isEmpty())
        h += u"<p style=\"clear: both\"><small>"
            + esc(co.footer).replace(u'\n', QStringLiteral("<br/>")) + u"</small></p>";
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace Accrue
