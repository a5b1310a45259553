#include "documents/receipthtml.h"

#include "documents/documentpage.h"
#include "documents/documenttexts.h"

namespace Accrue {

namespace {

QString esc(const QString &text)
{
    return DocumentPage::esc(text);
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
    // In the customer's language and locale, with the invoices' letterhead,
    // accent and title block.
    const DocumentPage page(d.company, d.customer.language, locale);
    const DocumentTexts &texts = page.texts;
    auto money = [&](const Money &amount) { return page.money(amount, amount.currency()); };

    QString h = page.begin() + page.header();
    std::vector<std::pair<QString, QString>> facts;
    facts.emplace_back(texts.text("Receipt date"), page.date(r.issueDate));
    facts.emplace_back(texts.text("Payment received"), page.date(p.receivedDate));
    facts.emplace_back(texts.text("Method"), esc(methodName(p.method, texts)));
    if (!p.reference.isEmpty())
        facts.emplace_back(texts.text("Reference"), esc(p.reference));
    if (d.company.showCustomerCode && !d.customer.code.isEmpty())
        facts.emplace_back(texts.text("Customer number"), esc(d.customer.code));
    h += page.titleBlock(
        texts.text("Receipt"), r.number, facts,
        page.box(texts.text("Amount received"), money(p.amount), QString(), QString()));
    h += page.addressee(texts.text("Received from"), d.customer, std::nullopt);

    if (!r.lines.empty()) {
        h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" "
                            "style=\"margin-top: 14px; border-collapse: collapse\"><thead><tr>");
        h += u"<th>" + page.t("Invoice") + u"</th><th class=\"n\">" + page.t("Applied")
            + u"</th><th class=\"n\">" + page.t("Balance remaining") + u"</th>";
        h += QStringLiteral("</tr></thead><tbody>");
        for (const ReceiptLine &l : r.lines)
            h += u"<tr><td>" + esc(l.invoiceNumber) + u"</td><td class=\"n\">" + money(l.applied)
                + u"</td><td class=\"n\">" + money(l.balanceAfter) + u"</td></tr>";
        h += QStringLiteral("</tbody></table>");
    }
    // What the invoices did not take stays with the customer as credit.
    if (p.unapplied.isPositive())
        h += u"<p style=\"margin-top: 14px\">"
            + esc(texts.text("Held as credit on the customer's account: %1")
                      .arg(p.unapplied.format(texts.locale())))
            + u"</p>";
    h += u"<p style=\"margin-top: 14px\">" + page.t("Thank you for your payment.") + u"</p>";
    return h + page.end();
}

} // namespace Accrue
