#include "einvoice/einvoicedocument.h"

#include "common/localdates.h"
#include "common/safetext.h"
#include "documents/invoicedocument.h"
#include "einvoice/ublformat.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::EInvoiceDocument", text);
}

QString esc(const QString &text)
{
    return safeHtml(text).replace(u'\n', QStringLiteral("<br>"));
}

QString partyHtml(const QString &caption, const EInvoiceParty &p)
{
    QString out = QStringLiteral("<td width=\"50%\" valign=\"top\"><p><b>") + esc(caption)
        + QStringLiteral("</b><br>") + esc(p.name);
    for (const QString &line : { p.street, p.additionalStreet, p.addressLine,
                                 QStringList { p.postalCode, p.city }.join(u' ').trimmed(),
                                 p.countrySubentity, p.country })
        if (!line.isEmpty())
            out += QStringLiteral("<br>") + esc(line);
    if (!p.vatId.isEmpty())
        out += QStringLiteral("<br>") + esc(tr("VAT ID %1").arg(p.vatId));
    if (!p.taxRegistrationId.isEmpty())
        out += QStringLiteral("<br>") + esc(tr("Tax registration %1").arg(p.taxRegistrationId));
    if (!p.legalId.isEmpty())
        out += QStringLiteral("<br>") + esc(tr("Registration %1").arg(p.legalId));
    if (!p.endpoint.isEmpty())
        out += QStringLiteral("<br>")
            + esc(tr("Electronic address %1").arg(p.endpoint.scheme + u':' + p.endpoint.id));
    for (const QString &line : { p.contactName, p.contactPhone, p.contactEmail })
        if (!line.isEmpty())
            out += QStringLiteral("<br>") + esc(line);
    return out + QStringLiteral("</p></td>");
}

QString categoryText(const QString &category, int ratePpm)
{
    return category == VatCategory::NotSubject
        ? category
        : QStringLiteral("%1 %2 %").arg(category, UblFormat::percent(ratePpm));
}

} // namespace

QString EInvoiceDocument::html(const EInvoice &inv, const QLocale &locale)
{
    const bool credit = inv.kind == EInvoice::Kind::CreditNote;
    auto money = [&](const Money &m) { return esc(m.format(locale)); };
    auto date = [&](const QDate &d) {
        return d.isValid() ? esc(LocalDates::shortDate(d, locale)) : QString();
    };
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>")
        + esc(credit ? tr("Credit note %1").arg(inv.number) : tr("Invoice %1").arg(inv.number))
        + QStringLiteral("</h2>");
    h += QStringLiteral("<p>") + esc(tr("Received as an e-invoice (UBL)")) + QStringLiteral("<br>")
        + esc(tr("Issued")) + QStringLiteral(": ") + date(inv.issueDate);
    if (inv.dueDate.isValid())
        h += QStringLiteral("<br>") + esc(tr("Due")) + QStringLiteral(": ") + date(inv.dueDate);
    if (!inv.precedingNumber.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("Credits invoice %1").arg(inv.precedingNumber));
    if (!inv.buyerReference.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("Buyer reference %1").arg(inv.buyerReference));
    h += QStringLiteral("<br>") + esc(tr("Currency")) + QStringLiteral(": ")
        + esc(inv.currency.code()) + QStringLiteral("</p>");
    h += QStringLiteral("<table width=\"100%\"><tr>") + partyHtml(tr("From"), inv.seller)
        + partyHtml(tr("To"), inv.buyer) + QStringLiteral("</tr></table>");

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"
                        "<thead><tr>");
    for (const QString &head :
         { tr("#"), tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("VAT"), tr("Net") })
        h += QStringLiteral("<th align=\"left\">") + esc(head) + QStringLiteral("</th>");
    h += QStringLiteral("</tr></thead>");
    for (const EInvoiceLine &l : inv.lines) {
        QString item = esc(l.name);
        if (l.periodStart.isValid() || l.periodEnd.isValid())
            item += QStringLiteral("<br><small>") + date(l.periodStart) + QStringLiteral(" – ")
                + date(l.periodEnd) + QStringLiteral("</small>");
        h += QStringLiteral("<tr><td>") + esc(l.id) + QStringLiteral("</td><td>") + item
            + QStringLiteral("</td><td align=\"right\">")
            + esc(UblFormat::quantity(l.quantityMilli) + u' ' + l.unitCode)
            + QStringLiteral("</td><td align=\"right\">") + money(l.price)
            + QStringLiteral("</td><td align=\"right\">")
            + (l.allowance.isZero() ? QString() : money(l.allowance)) + QStringLiteral("</td><td>")
            + esc(categoryText(l.vatCategory, l.vatRatePpm))
            + QStringLiteral("</td><td align=\"right\">") + money(l.net)
            + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>") + esc(tr("VAT breakdown")) + QStringLiteral("</h3>");
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &head : { tr("Category"), tr("Taxable"), tr("VAT"), tr("Exemption") })
        h += QStringLiteral("<th align=\"left\">") + esc(head) + QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const EInvoiceVat &v : inv.vat)
        h += QStringLiteral("<tr><td>") + esc(categoryText(v.category, v.ratePpm))
            + QStringLiteral("</td><td align=\"right\">") + money(v.taxable)
            + QStringLiteral("</td><td align=\"right\">") + money(v.tax)
            + QStringLiteral("</td><td>")
            + esc(QStringList { v.exemptionCode, v.exemptionReason }.join(u' ').trimmed())
            + QStringLiteral("</td></tr>");
    h += QStringLiteral("</table>");

    h += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&](const QString &label, const Money &m, bool strong = false) {
        h += QStringLiteral("<tr><td>") + (strong ? QStringLiteral("<b>") : QString()) + esc(label)
            + (strong ? QStringLiteral("</b>") : QString())
            + QStringLiteral("</td><td align=\"right\">")
            + (strong ? QStringLiteral("<b>") : QString()) + money(m)
            + (strong ? QStringLiteral("</b>") : QString()) + QStringLiteral("</td></tr>");
    };
    row(tr("Lines"), inv.lineTotal);
    if (!inv.allowanceTotal.isZero())
        row(tr("Allowances"), inv.allowanceTotal);
    if (!inv.chargeTotal.isZero())
        row(tr("Charges"), inv.chargeTotal);
    row(tr("Total without VAT"), inv.taxExclusive);
    row(tr("VAT"), inv.taxTotal);
    row(tr("Total with VAT"), inv.taxInclusive, true);
    if (!inv.prepaid.isZero())
        row(tr("Paid"), inv.prepaid);
    if (!inv.rounding.isZero())
        row(tr("Rounding"), inv.rounding);
    row(credit ? tr("Amount credited") : tr("Amount due"), inv.payable, true);
    h += QStringLiteral("</table><br clear=\"all\">");

    if (!inv.payeeAccount.isEmpty() || !inv.paymentTerms.isEmpty() || !inv.note.isEmpty()) {
        h += QStringLiteral("<p>");
        if (!inv.payeeAccount.isEmpty())
            h += esc(tr("Pay to %1 %2 (%3), reference %4")
                         .arg(inv.payeeAccount, inv.payeeBank, inv.payeeAccountName, inv.paymentId))
                + QStringLiteral("<br>");
        if (!inv.paymentTerms.isEmpty())
            h += esc(inv.paymentTerms) + QStringLiteral("<br>");
        if (!inv.note.isEmpty())
            h += esc(inv.note);
        h += QStringLiteral("</p>");
    }
    return h + QStringLiteral("</body></html>");
}

QByteArray EInvoiceDocument::pdf(const EInvoice &inv, QPageSize::PageSizeId paper,
                                 const QLocale &locale)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setHtml(html(inv, locale));
    InvoiceDocument::Decor decor;
    decor.label = safeText(inv.number, 80);
    decor.pageFormat = tr("Page %1 of %2");
    decor.title
        = safeText(inv.kind == EInvoice::Kind::CreditNote ? tr("Credit note %1").arg(inv.number)
                                                          : tr("Invoice %1").arg(inv.number),
                   200);
    decor.author = safeText(inv.seller.name, 200);
    return InvoiceDocument::pdf(document, decor, paper);
}

} // namespace Accrue
