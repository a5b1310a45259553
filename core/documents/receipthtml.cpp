#include "documents/receipthtml.h"

#include "common/safetext.h"
#include "documents/documenttexts.h"
#include "documents/invoicehtml.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString esc(const QString &text)
{
    return safeHtml(text);
}

QString methodName(const QString &key, const DocumentTexts &texts)
{
    if (key == PaymentMethodKind::BankTransfer)
        return texts.text("Bank transfer");
    if (key == PaymentMethodKind::Cheque)
        return texts.text("Cheque");
    if (key == PaymentMethodKind::Cash)
        return texts.text("Cash");
    if (key == PaymentMethodKind::Card)
        return texts.text("Card");
    if (key == PaymentMethodKind::DirectDebit)
        return texts.text("Direct debit");
    return key;
}

} // namespace

QString ReceiptHtml::render(const ReceiptDocumentData &d, const QLocale &locale)
{
    const Receipt &r = d.receipt;
    const Payment &p = d.payment;
    // In the customer's language and locale, like their invoices.
    const DocumentTexts texts(d.customer.language, locale);
    const QLocale &loc = texts.locale();
    auto tr = [&texts](const char *source) { return texts.text(source); };
    auto money = [&](const Money &amount) { return esc(amount.format(loc)); };
    auto date = [&](const QDate &day) { return esc(loc.toString(day, QLocale::LongFormat)); };

    QString h = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "td, th { padding: 3px 6px; } th { text-align: left; border-bottom: 1px solid; }"
        " .n { text-align: right; white-space: nowrap; } .t td { font-weight: bold; }"
        "</style></head><body>");
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
    h += u"<h2>" + esc(tr("Receipt %1").arg(r.number)) + u"</h2>";
    h += QStringLiteral("<table><tr><td valign=\"top\"><b>") + esc(tr("Received from"))
        + u"</b><br/>" + esc(d.customer.name);
    if (co.showCustomerCode && !d.customer.code.isEmpty())
        h += u"<br/>" + esc(tr("Customer number")) + u": " + esc(d.customer.code);
    h += QStringLiteral("</td><td width=\"40\"></td><td valign=\"top\">");
    h += esc(tr("Receipt date")) + u": " + date(r.issueDate) + u"<br/>";
    h += esc(tr("Payment received")) + u": " + date(p.receivedDate) + u"<br/>";
    h += esc(tr("Method")) + u": " + esc(methodName(p.method, texts)) + u"<br/>";
    if (!p.reference.isEmpty())
        h += esc(tr("Reference")) + u": " + esc(p.reference) + u"<br/>";
    h += QStringLiteral("</td></tr></table><br/>");
    h += u"<p><b>" + esc(tr("Amount received")) + u": " + money(p.amount) + u"</b></p>";

    if (!r.lines.empty()) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
        h += u"<th>" + esc(tr("Invoice")) + u"</th><th class=\"n\">" + esc(tr("Applied"))
            + u"</th><th class=\"n\">" + esc(tr("Balance remaining")) + u"</th>";
        h += QStringLiteral("</tr></thead><tbody>");
        for (const ReceiptLine &l : r.lines)
            h += u"<tr><td>" + esc(l.invoiceNumber) + u"</td><td class=\"n\">" + money(l.applied)
                + u"</td><td class=\"n\">" + money(l.balanceAfter) + u"</td></tr>";
        h += QStringLiteral("</tbody></table>");
    }
    // What the invoices did not take stays with the customer as credit.
    if (p.unapplied.isPositive())
        h += u"<p>"
            + esc(tr("Held as credit on the customer's account: %1").arg(p.unapplied.format(loc)))
            + u"</p>";
    h += u"<p>" + esc(tr("Thank you for your payment.")) + u"</p>";
    if (!co.footer.isEmpty())
        h += u"<p><small>" + esc(co.footer).replace(u'\n', QStringLiteral("<br/>"))
            + u"</small></p>";
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace Accrue
