#include "exchange/invoicejson.h"

#include "common/error.h"
#include "domain/invoicerules.h"
#include "domain/limits.h"
#include "domain/taxrate.h"
#include "money/decimal.h"
#include "storage/customerrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceJson", text);
}

// A JSON number keeps its source text only through QJsonValue::toVariant()
// as a double; format it back with enough digits and parse that as decimal
// text, so 19.5 stays exactly 19.5.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 6);
    return {};
}

class Reader
{
public:
    explicit Reader(InvoiceJson::Locate locate)
        : m_locate(std::move(locate))
    {
    }
    [[noreturn]] void fail(const QString &field, const QString &why) const
    {
        throw Error(m_locate(field) + QStringLiteral(": ") + why);
    }
    QString text(const QJsonObject &o, const QString &key, const QString &field,
                 bool required) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, tr("missing"));
            return {};
        }
        if (!v.isString() && !v.isDouble())
            fail(field, tr("expected text"));
        return textOf(v);
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &field, bool required) const
    {
        const QString t = text(o, key, field, required);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid() || t.size() != 10)
            fail(field, tr("“%1” is not a date (use YYYY-MM-DD)").arg(t));
        return d;
    }
    qint64 fixed(const QJsonObject &o, const QString &key, const QString &field, int decimals,
                 const QString &fallback) const
    {
        QString t = text(o, key, field, fallback.isNull());
        if (t.isEmpty())
            t = fallback;
        if (t.endsWith(u'%'))
            t.chop(1);
        return InvoiceJson::parseFixed(t, decimals, m_locate(field));
    }

    // A rate in percent with up to `decimals` decimals: 2 for a discount in
    // basis points, 4 for a tax rate in ppm (TaxPercent). Checked to lie
    // within 0-100 % before it is narrowed, so no value can wrap around.
    int percent(const QJsonObject &o, const QString &key, const QString &field,
                const QString &fallback, int decimals = 2) const
    {
        const qint64 value = fixed(o, key, field, decimals, fallback);
        qint64 hundred = 100;
        for (int i = 0; i < decimals; ++i)
            hundred *= 10;
        if (value < 0 || value > hundred)
            fail(field,
                 tr("%1 % is not between 0 % and 100 %")
                     .arg(Decimal::formatAtLeast(value, decimals, 2, QLocale::c())));
        return int(value);
    }

private:
    InvoiceJson::Locate m_locate;
};

} // namespace

qint64 InvoiceJson::parseFixed(const QString &input, int decimals, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d+))?$"));
    const QString text = input.trimmed();
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw Error(tr("%1: “%2” is not a number (use digits and a dot)").arg(field, text));
    QString fraction = match.captured(3);
    // Trailing zeros past the precision are harmless (19.500000 from a JSON number).
    while (fraction.size() > decimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals)
        throw Error(tr("%1: “%2” has more than %3 decimals").arg(field, text).arg(decimals));
    // 18 digits always fit in a qint64 (a tax rate has 4 decimals).
    if (match.captured(2).size() + decimals > 18)
        throw Error(tr("%1: “%2” is too large").arg(field, text));
    qint64 value = match.captured(2).toLongLong();
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    value += fraction.leftJustified(decimals, u'0').toLongLong();
    return match.captured(1).isEmpty() ? value : -value;
}

Invoice InvoiceJson::parse(const QByteArray &json, const QString &fileName, Database &db)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(tr("%1: not valid JSON at character %2: %3")
                        .arg(fileName)
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        throw Error(tr("%1: expected one JSON object describing an invoice").arg(fileName));
    return fromObject(
        doc.object(),
        [fileName](const QString &field) -> QString { return fileName + u": " + field; }, db);
}

Invoice InvoiceJson::fromObject(const QJsonObject &o, const Locate &locate, Database &db)
{
    const Reader r(locate);
    Invoice inv;
    const QString code = r.text(o, QStringLiteral("customer"), QStringLiteral("customer"), true);
    CustomerRepository customers(db);
    const auto customer = customers.findByCode(code);
    if (!customer)
        r.fail(QStringLiteral("customer"), tr("no customer with the code “%1”").arg(code));
    inv.customerId = customer->id;
    if (const auto profile = customers.defaultProfile(customer->id))
        inv.billingProfileId = profile->id;
    const QString currency
        = r.text(o, QStringLiteral("currency"), QStringLiteral("currency"), false);
    const auto c = currency.isEmpty() ? std::optional<Currency>(customer->currency)
                                      : Currency::fromCode(currency);
    if (!c)
        r.fail(QStringLiteral("currency"),
               tr("“%1” is not an ISO 4217 currency code").arg(currency));
    inv.currency = *c;
    inv.issueDate = r.date(o, QStringLiteral("issue_date"), QStringLiteral("issue_date"), true);
    inv.dueDate = r.date(o, QStringLiteral("due_date"), QStringLiteral("due_date"), false);
    if (!inv.dueDate.isValid()) {
        const qint64 terms = o.contains(QStringLiteral("terms_days"))
            ? r.fixed(o, QStringLiteral("terms_days"), QStringLiteral("terms_days"), 0, QString())
            : customer->paymentTermsDays;
        if (terms < 0 || terms > Limits::maxTermsDays)
            r.fail(QStringLiteral("terms_days"),
                   tr("%1 days are not plausible payment terms (0 to %2)")
                       .arg(terms)
                       .arg(Limits::maxTermsDays));
        inv.dueDate = inv.issueDate.addDays(terms);
    }
    inv.notes = r.text(o, QStringLiteral("notes"), QStringLiteral("notes"), false);

    const QJsonValue lines = o.value(QStringLiteral("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        r.fail(QStringLiteral("lines"), tr("expected a list with at least one line"));
    ProductRepository products(db);
    int n = 0;
    for (const QJsonValue &value : lines.toArray()) {
        const QString at = QStringLiteral("lines[%1]").arg(++n);
        if (!value.isObject())
            r.fail(at, tr("expected an object"));
        const QJsonObject l = value.toObject();
        InvoiceLine line;
        const QString productCode = r.text(l, QStringLiteral("product"), at + u".product", false);
        std::optional<Product> product;
        if (!productCode.isEmpty()) {
            product = products.findByCode(productCode);
            if (!product)
                r.fail(at + u".product", tr("no product with the code “%1”").arg(productCode));
            // In another currency than the product's, the file gives the price.
            if (!InvoiceRules::applyProduct(line, *product, inv.currency)
                && !l.contains(QStringLiteral("unit_price")))
                r.fail(at + u".unit_price",
                       tr("missing: the product “%1” is priced in %2, the invoice is in %3")
                           .arg(productCode, product->currency.code(), inv.currency.code()));
        }
        const QString description
            = r.text(l, QStringLiteral("description"), at + u".description", productCode.isEmpty());
        if (!description.isEmpty())
            line.description = description;
        line.quantityMilli
            = r.fixed(l, QStringLiteral("quantity"), at + u".quantity", 3, QStringLiteral("1"));
        if (l.contains(QStringLiteral("unit_price")) || productCode.isEmpty())
            line.unitPrice = Money(r.fixed(l, QStringLiteral("unit_price"), at + u".unit_price",
                                           inv.currency.minorDigits(), QString()),
                                   inv.currency);
        line.discountBp
            = r.percent(l, QStringLiteral("discount"), at + u".discount", QStringLiteral("0"));
        // A rate in the file is the writer's: it stands over the tax table's.
        if (l.contains(QStringLiteral("tax_rate"))) {
            line.taxRatePpm = r.percent(l, QStringLiteral("tax_rate"), at + u".tax_rate", QString(),
                                        TaxPercent::Decimals);
            line.taxOverride = true;
        }
        line.serviceStart
            = r.date(l, QStringLiteral("service_start"), at + u".service_start", false);
        line.serviceEnd = r.date(l, QStringLiteral("service_end"), at + u".service_end", false);
        // Named in the file, the method must be one the line can have;
        // absent, the product's (applyProduct) or, without one, the
        // service's default.
        const QString method
            = r.text(l, QStringLiteral("recognition"), at + u".recognition", false);
        if (!method.isEmpty()) {
            const QString problem
                = InvoiceRules::recognitionProblem(line, method, product ? &*product : nullptr);
            if (!problem.isEmpty())
                r.fail(at + u".recognition", problem);
            line.recognitionMethod = method;
        }
        inv.lines.push_back(line);
    }
    return inv;
}

} // namespace Accrue
