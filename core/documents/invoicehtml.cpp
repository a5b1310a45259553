#include "documents/invoicehtml.h"

#include "common/localdates.h"
#include "common/safetext.h"
#include "documents/documentpage.h"
#include "documents/documenttexts.h"
#include "domain/epcpayment.h"
#include "domain/taxrate.h"
#include "money/decimal.h"
#include "money/money.h"

#include <QRegularExpression>
#include <map>

namespace Accrue {

namespace {

QString esc(const QString &text)
{
    return DocumentPage::esc(text);
}

QString escLines(const QString &text)
{
    return DocumentPage::escLines(text);
}

// The bank details, the reference to quote, and the QR code beside them.
QString paymentDetails(const DocumentPage &page, const Invoice &inv, bool withQr)
{
    const CompanySettings &co = page.company;
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                               "style=\"margin-top: 18px\"><tr><td valign=\"top\">");
    h += u"<span class=\"label\">"
        + esc(page.texts.locale().toUpper(page.texts.text("Payment details")))
        + u"</span><table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top: 4px\">";
    auto row = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            h += u"<tr><td class=\"muted\">" + page.t(label) + u"</td><td width=\"12\"></td><td>"
                + esc(value) + u"</td></tr>";
    };
    row("Bank", co.bankName);
    row("IBAN", co.iban);
    row("BIC", co.bic);
    row("Account number", co.accountNumber);
    row("Routing number", co.routingNumber);
    h += u"<tr><td class=\"muted\">" + page.t("Payment reference") + u"</td><td></td><td><b>"
        + esc(inv.number) + u"</b></td></tr></table>";
    h += u"<p>"
        + esc(page.texts.text("Please pay %1 by %2, quoting the payment reference.")
                  .arg((Money::zero(inv.currency) + inv.balance).format(page.texts.locale()),
                       InvoiceHtml::documentDate(inv.dueDate, page.texts.locale())))
        + u"</p></td>";
    if (withQr)
        h += u"<td width=\"12\"></td><td valign=\"top\" align=\"center\" width=\"110\"><img src=\""
            + InvoiceHtml::epcUrl
            + u"\" width=\"96\" height=\"96\"/><br/><span class=\"small "
              "muted\">"
            + page.t("Scan to pay with your banking app") + u"</span></td>";
    return h + u"</tr></table>";
}

} // namespace

QString InvoiceHtml::documentDate(const QDate &date, const QLocale &locale)
{
    return LocalDates::longDate(date, locale);
}

std::optional<QByteArray> InvoiceHtml::epcPayload(const InvoiceDocumentData &d)
{
    if (d.invoice.number.isEmpty() || !d.invoice.balance.isPositive())
        return std::nullopt;
    EpcTransfer transfer;
    transfer.bic = d.company.bic;
    transfer.name = d.company.legalName;
    transfer.iban = d.company.iban;
    transfer.amount = d.invoice.balance;
    transfer.text = d.invoice.number;
    return EpcPayment::payload(transfer);
}

QStringList InvoiceHtml::footerLines(const CompanySettings &co, const DocumentTexts &texts)
{
    const QString dot = QStringLiteral("  ·  ");
    QStringList first { co.legalName.trimmed() };
    // The address on one line: its lines joined with commas.
    QStringList address = co.address.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : address)
        line = line.trimmed();
    address.removeAll(QString());
    if (!address.isEmpty())
        first << address.join(QStringLiteral(", "));
    first.removeAll(QString());
    QStringList second;
    if (!co.registrationNumber.trimmed().isEmpty())
        second << texts.text("Registration %1").arg(co.registrationNumber.trimmed());
    if (!co.taxId.trimmed().isEmpty())
        second << texts.text("Tax ID %1").arg(co.taxId.trimmed());
    QStringList lines;
    if (!first.isEmpty())
        lines << safeText(first.join(dot));
    if (!second.isEmpty())
        lines << safeText(second.join(dot));
    return lines;
}

QString InvoiceHtml::render(const InvoiceDocumentData &d, const QLocale &locale)
{
    const Invoice &inv = d.invoice;
    const DocumentPage page(d.company, d.customer.language, locale);
    const DocumentTexts &texts = page.texts;
    auto money = [&](const Money &amount) { return page.money(amount, inv.currency); };

    QString h = page.begin() + page.header();
    std::vector<std::pair<QString, QString>> facts;
    if (inv.issueDate.isValid())
        facts.emplace_back(texts.text("Invoice date"), page.date(inv.issueDate));
    if (d.company.showCustomerCode && !d.customer.code.isEmpty())
        facts.emplace_back(texts.text("Customer number"), esc(d.customer.code));
    const QString title
        = inv.number.isEmpty() ? texts.text("Draft invoice") : texts.text("Invoice");
    h += page.titleBlock(title, inv.number, facts,
                         page.box(texts.text("Amount due"), money(inv.balance),
                                  inv.dueDate.isValid() ? texts.text("Due date") : QString(),
                                  page.date(inv.dueDate)));
    h += page.addressee(texts.text("Bill to"), d.customer, d.profile);

    // <thead>: a long invoice repeats the column titles on every page. One
    // text column: the service period goes under the description, so Qt's
    // table layout gives the numbers their width and the description the rest.
    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" "
                        "style=\"margin-top: 14px; border-collapse: collapse\"><thead><tr>");
    h += u"<th>" + page.t("Description") + u"</th>";
    for (const char *column : { "Qty", "Unit price", "Discount", "Tax", "Net" })
        h += u"<th class=\"n\">" + page.t(column) + u"</th>";
    h += QStringLiteral("</tr></thead><tbody>");
    for (const InvoiceLine &l : inv.lines) {
        h += u"<tr><td>" + esc(l.description);
        if (l.serviceStart.isValid()) {
            const QString period = LocalDates::shortDate(l.serviceStart, texts.locale())
                + QStringLiteral(" – ") + LocalDates::shortDate(l.serviceEnd, texts.locale());
            h += u"<br/><span class=\"small muted\">"
                + esc(texts.text("Service period %1").arg(period)) + u"</span>";
        }
        h += u"</td><td class=\"n\">" + esc(Decimal::format(l.quantityMilli, 3, texts.locale()))
            + u"</td><td class=\"n\">" + money(l.unitPrice) + u"</td><td class=\"n\">"
            + (l.discountBp ? page.discount(l.discountBp) : QString()) + u"</td><td class=\"n\">"
            + page.percent(l.taxRatePpm) + u"</td><td class=\"n\">" + money(l.net) + u"</td></tr>";
    }
    h += QStringLiteral("</tbody></table>");

    h += QStringLiteral("<table class=\"totals\" align=\"right\" cellspacing=\"0\" "
                        "style=\"margin-top: 8px; border-collapse: collapse\">");
    h += page.totalsRow(texts.text("Subtotal"), money(inv.subtotal));
    for (const TaxAtRate &t : inv.taxByRate())
        h += page.totalsRow(texts.text("Tax %1 on %2")
                                .arg(TaxPercent::text(t.ratePpm, texts.locale()) + u'%',
                                     (Money::zero(inv.currency) + t.net).format(texts.locale())),
                            money(t.tax));
    h += page.totalsRow(texts.text("Total"), money(inv.total), true, false, true);
    for (const Allocation &a : d.allocations)
        h += page.totalsRow(texts.text(a.paymentId ? "Paid %1" : "Credited %1")
                                .arg(LocalDates::shortDate(a.date, texts.locale())),
                            u"−" + money(a.amount));
    h += page.totalsRow(texts.text("Balance due"), money(inv.balance), true, true);
    h += QStringLiteral("</table><br clear=\"all\"/>");
    if (!inv.notes.trimmed().isEmpty())
        h += u"<p style=\"margin-top: 14px\"><span class=\"label\">"
            + esc(texts.locale().toUpper(texts.text("Notes"))) + u"</span><br/>"
            + escLines(inv.notes) + u"</p>";
    const CompanySettings &co = d.company;
    if (!inv.number.isEmpty() && inv.balance.isPositive()
        && (!co.iban.isEmpty() || !co.accountNumber.isEmpty()))
        h += paymentDetails(page, inv, epcPayload(d).has_value());
    return h + page.end();
}

QString InvoiceHtml::renderCreditNote(const CreditNoteDocumentData &d, const QLocale &locale)
{
    const CreditNote &note = d.note;
    const DocumentPage page(d.company, d.customer.language, locale);
    const DocumentTexts &texts = page.texts;
    auto money = [&](const Money &amount) { return page.money(amount, note.currency); };

    QString h = page.begin() + page.header();
    std::vector<std::pair<QString, QString>> facts;
    facts.emplace_back(texts.text("Credit note date"), page.date(note.issueDate));
    if (d.company.showCustomerCode && !d.customer.code.isEmpty())
        facts.emplace_back(texts.text("Customer number"), esc(d.customer.code));
    const QString forInvoice = texts.text("For invoice %1").arg(d.invoiceNumber);
    h += page.titleBlock(
        texts.text("Credit note"), note.number, facts,
        page.box(texts.text("Amount credited"), money(note.total), texts.text("Invoice"),
                 esc(d.invoiceNumber)
                     + (d.invoiceIssueDate.isValid() ? u"<br/>" + page.date(d.invoiceIssueDate)
                                                     : QString())));
    h += page.addressee(texts.text("Bill to"), d.customer, d.profile);
    h += u"<p><b>" + esc(forInvoice) + u"</b><br/><span class=\"muted\">" + page.t("Reason")
        + u":</span> " + escLines(note.reason) + u"</p>";

    h += QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" "
                        "style=\"margin-top: 8px; border-collapse: collapse\"><thead><tr>");
    h += u"<th>" + page.t("Description") + u"</th><th class=\"n\">" + page.t("Tax")
        + u"</th><th class=\"n\">" + page.t("Net") + u"</th></tr></thead><tbody>";
    for (const CreditNoteLine &l : note.lines)
        h += u"<tr><td>" + esc(l.description) + u"</td><td class=\"n\">"
            + page.percent(l.taxRatePpm) + u"</td><td class=\"n\">" + money(l.net) + u"</td></tr>";
    h += QStringLiteral("</tbody></table>");

    // Tax by rate, as on the invoice.
    std::map<int, std::pair<qint64, qint64>> byRate;
    for (const CreditNoteLine &l : note.lines) {
        byRate[l.taxRatePpm].first += l.net.minor();
        byRate[l.taxRatePpm].second += l.tax.minor();
    }
    h += QStringLiteral("<table class=\"totals\" align=\"right\" cellspacing=\"0\" "
                        "style=\"margin-top: 8px; border-collapse: collapse\">");
    h += page.totalsRow(texts.text("Subtotal"), money(note.subtotal));
    for (const auto &[rate, sums] : byRate)
        h += page.totalsRow(texts.text("Tax %1 on %2")
                                .arg(Decimal::format(rate, 2, texts.locale()) + u'%',
                                     Money(sums.first, note.currency).format(texts.locale())),
                            money(Money(sums.second, note.currency)));
    h += page.totalsRow(texts.text("Total"), money(note.total), true, true, true);
    h += QStringLiteral("</table><br clear=\"all\"/>");
    return h + page.end();
}

} // namespace Accrue
