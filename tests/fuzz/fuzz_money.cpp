// Money and date parsing: Money::fromPlainString and Money::parse (with their
// documented round trips through toPlainString(), format() and
// formatNumber()), InvoiceJson::parseFixed, StatementReader::parseAmount and
// QDate parsing as the readers use it.
// The first byte chooses currency, locale, decimals and decimal separator; the
// rest is the text, as UTF-8.
#include "exchange/invoicejson.h"
#include "exchange/statementreader.h"
#include "fuzzcommon.h"
#include "money/currency.h"
#include "money/money.h"

#include <QDate>
#include <QLocale>

using namespace Accrue;

namespace {

const char *const currencies[] = { "EUR", "USD", "JPY", "KWD" };
const char *const locales[]
    = { "C", "en_US", "de_DE", "fr_FR", "de_CH", "ar_EG", "hi_IN", "ja_JP" };
const int fixedDecimals[] = { 0, 2, 3 };

QString show(const Money &m)
{
    return QString::number(m.minor()) + u' ' + m.currency().code();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t choice = data[0];
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data + 1, size - 1));
    const Currency currency = Currency::require(QString::fromLatin1(currencies[choice % 4]));
    const QLocale locale(QString::fromLatin1(locales[(choice / 4) % 8]));
    const int decimals = fixedDecimals[(choice / 32) % 3];
    const QChar separator = (choice & 0x80) ? u',' : u'.';

    try {
        const Money m = Money::fromPlainString(text, currency);
        const QString plain = m.toPlainString();
        if (Money::fromPlainString(plain, currency) != m)
            Fuzz::broken("fromPlainString(toPlainString(m)) != m:", show(m) + u" " + plain);
    } catch (const Error &) {
    }
    try {
        const Money m = Money::parse(text, currency, locale);
        for (const QString &shown : { m.format(locale), m.formatNumber(locale) }) {
            Money back;
            try {
                back = Money::parse(shown, currency, locale);
            } catch (const Error &e) {
                Fuzz::broken("parse(format(m)) throws:",
                             show(m) + u" " + locale.name() + u" “" + shown + u"”: "
                                 + e.userMessage());
            }
            if (back != m)
                Fuzz::broken("parse(format(m)) != m:",
                             show(m) + u" " + locale.name() + u" “" + shown + u"” -> "
                                 + show(back));
        }
    } catch (const Error &) {
    }
    ACCRUE_FUZZ_EXPECT_ERROR(InvoiceJson::parseFixed(text, decimals, QStringLiteral("f")));
    ACCRUE_FUZZ_EXPECT_ERROR(
        StatementReader::parseAmount(text, separator, currency, QStringLiteral("f")));

    // Dates as the readers take them: ISO (invoices, camt.053), OFX's
    // yyyyMMdd, and a CSV mapping's format.
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    const QDate isoPrefix = QDate::fromString(text.left(10), Qt::ISODate);
    const QDate ofx = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    const QDate csv = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    if (iso.isValid() && !iso.toString(Qt::ISODate).size())
        Fuzz::broken("valid ISO date prints empty");
    (void)isoPrefix;
    (void)ofx;
    (void)csv;
    return 0;
}
