#include "documents/invoicehtml.h"

#include "common/safetext.h"
#include "documents/documenttexts.h"
#include "domain/epcpayment.h"
#include "domain/taxrate.h"
#include "money/decimal.h"
#include "money/money.h"

#include <QColor>
#include <QRegularExpression>
#include <map>

namespace Accrue {

namespace {

QString esc(const QString &text)
{
    return safeHtml(text);
}

// Escaped, with the line breaks of a multi-line field kept.
QString escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', QStringLiteral("<br/>"));
}

// The accent at a tenth of its strength on white: the background of the
// amount due box and the balance row, light enough for any accent.
QString tintOf(const QString &accent)
{
    const QColor c = QColor::fromString(accent);
    auto mix = [](int channel) { return (channel + 9 * 255) / 10; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

// The parts both documents share, in one language and one accent.
class Page
{
public:
    Page(const CompanySettings &company, const QString &language, const QLocale &fallback)
        : texts(language, fallback)
        , company(company)
        , accent(company.accent())
        , tint(tintOf(company.accent()))
    {
    }

    QString t(const char *source) const { return esc(texts.text(source)); }
    QString money(const Money &amount, const Currency &currency) const
    {
        // An empty (default) amount takes the document's currency.
        return esc((Money::zero(currency) + amount).format(texts.locale()));
    }
    QString date(const QDate &day) const
    {
        return esc(InvoiceHtml::documentDate(day, texts.locale()));
    }
    // A discount in basis points.
    QString discount(int bp) const { return esc(Decimal::format(bp, 2, texts.locale()) + u'%'); }
    // "19.00%", "8.875%": a tax rate in ppm.
    QString percent(int ppm) const { return esc(TaxPercent::text(ppm, texts.locale()) + u'%'); }

    QString begin() const
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

    // Logo (or the name in the accent) left; the company's name, address
    // and tax ID right; a rule in the accent under both.
    QString header() const
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

    QString rule() const
    {
        return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
               "style=\"margin-top: 8px; margin-bottom: 14px\"><tr><td bgcolor=\""
            + accent + u"\" style=\"font-size: 1pt\">&nbsp;</td></tr></table>";
    }

    // The title and number left, the facts under them; the box right.
    QString titleBlock(const QString &title, const QString &number,
                       const std::vector<std::pair<QString, QString>> &facts,
                       const QString &box) const
    {
        QString h = QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
        h += u"<span style=\"font-size: 20pt; font-weight: bold; color: " + accent + u"\">"
            + esc(title) + u"</span>";
        if (!number.isEmpty())
            h += u"<br/><span style=\"font-size: 11pt\">" + esc(number) + u"</span>";
        h += QStringLiteral(
            "<table cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top: 8px\">");
        for (const auto &[label, value] : facts)
            h += u"<tr><td class=\"muted\">" + esc(label) + u"</td><td width=\"12\"></td><td>"
                + value + u"</td></tr>";
        // A fixed width: the box's figures line up from one document to the next.
        h += u"</table></td><td valign=\"top\" width=\"210\">" + box + u"</td></tr></table>";
        return h;
    }

    // The box at the top right: a framed, tinted figure with its caption.
    QString box(const QString &caption, const QString &amount, const QString &subCaption,
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

    // Bill to: the customer, the profile's address, the customer's tax ID.
    QString billTo(const Customer &customer, const std::optional<BillingProfile> &profile) const
    {
        QString h = u"<p style=\"margin-top: 16px\"><span class=\"label\">"
            + esc(texts.locale().toUpper(texts.text("Bill to"))) + u"</span><br/><b>"
            + esc(customer.name) + u"</b>";
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

    QString totalsRow(const QString &label, const QString &value, bool strong = false,
                      bool shaded = false, bool ruled = false) const
    {
        const QString cell
            = ruled ? u" style=\"border-top: 1px solid " + accent + u"\"" : QString();
        const QString bg = shaded ? u" bgcolor=\"" + tint + u"\"" : QString();
        const QString open = strong ? QStringLiteral("<b>") : QString();
        const QString close = strong ? QStringLiteral("</b>") : QString();
        return u"<tr" + bg + u"><td" + cell + u">" + open + esc(label) + close
            + u"</td><td class=\"n\"" + cell + u">" + open + value + close + u"</td></tr>";
    }

    QString end() const
    {
        QString h;
        if (!company.footer.trimmed().isEmpty())
            h += u"<p class=\"small muted\" style=\"margin-top: 18px\">" + escLines(company.footer)
                + u"</p>";
        return h + u"</body></html>";
    }

    DocumentTexts texts;
    const CompanySettings &company;
    QString accent;
    QString tint;
};

// The bank details, the reference to quote, and the QR code beside them.
QString paymentDetails(const Page &page, const Invoice &inv, bool withQr)
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
    // The locale's long format without its weekday: "dddd, d. MMMM yyyy".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
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
    const Page page(d.company, d.customer.language, locale);
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
    h += page.billTo(d.customer, d.profile);

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
            const QString period = texts.locale().toString(l.serviceStart, QLocale::ShortFormat)
                + QStringLiteral(" – ")
                + texts.locale().toString(l.serviceEnd, QLocale::ShortFormat);
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
                                .arg(texts.locale().toString(a.date, QLocale::ShortFormat)),
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
    const Page page(d.company, d.customer.language, locale);
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
    h += page.billTo(d.customer, d.profile);
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
