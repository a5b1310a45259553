#include "exchange/bankcsvmapping.h"

#include "money/currency.h"

#include <QCoreApplication>
#include <QStringList>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::BankCsvMapping", text);
}
} // namespace

QJsonObject BankCsvMapping::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("delimiter"), QString(delimiter) },
             { QStringLiteral("header_rows"), headerRows },
             { QStringLiteral("encoding"), encoding },
             { QStringLiteral("date"), dateColumn },
             { QStringLiteral("date_format"), dateFormat },
             { QStringLiteral("amount"), amountColumn },
             { QStringLiteral("debit"), debitColumn },
             { QStringLiteral("credit"), creditColumn },
             { QStringLiteral("counterparty"), counterpartyColumn },
             { QStringLiteral("reference"), referenceColumn },
             { QStringLiteral("bank_ref"), bankRefColumn },
             { QStringLiteral("currency_column"), currencyColumn },
             { QStringLiteral("currency"), currency },
             { QStringLiteral("decimal_separator"), QString(decimalSeparator) } };
}

BankCsvMapping BankCsvMapping::fromJson(const QJsonObject &o)
{
    auto text = [&o](const char *key, const QString &fallback = {}) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    };
    auto character = [&](const char *key, QChar fallback) {
        QString t = text(key);
        if (t == QLatin1String("\\t") || t == QLatin1String("tab"))
            t = QStringLiteral("\t"); // the tab character
        return t.size() == 1 ? t.at(0) : fallback;
    };
    BankCsvMapping m;
    m.name = text("name");
    m.delimiter = character("delimiter", u',');
    m.headerRows = o.value(QStringLiteral("header_rows")).toInt(1);
    m.encoding = text("encoding", QStringLiteral("auto"));
    m.dateColumn = text("date");
    m.dateFormat = text("date_format", QStringLiteral("yyyy-MM-dd"));
    m.amountColumn = text("amount");
    m.debitColumn = text("debit");
    m.creditColumn = text("credit");
    m.counterpartyColumn = text("counterparty");
    m.referenceColumn = text("reference");
    m.bankRefColumn = text("bank_ref");
    m.currencyColumn = text("currency_column");
    m.currency = text("currency");
    m.decimalSeparator = character("decimal_separator", u'.');
    return m;
}

QStringList BankCsvMapping::problems() const
{
    QStringList out;
    if (dateColumn.isEmpty())
        out << tr("say which column holds the date");
    if (amountColumn.isEmpty() && (debitColumn.isEmpty() || creditColumn.isEmpty()))
        out << tr("say which column holds the amount, or which hold debit and credit");
    if (currencyColumn.isEmpty() && !Currency::fromCode(currency))
        out << tr("give the statement's currency (ISO 4217) or its column");
    if (decimalSeparator != u'.' && decimalSeparator != u',')
        out << tr("the decimal separator is . or ,");
    if (headerRows < 0)
        out << tr("header rows cannot be negative");
    return out;
}

} // namespace Accrue
