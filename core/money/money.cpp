#include "money/money.h"

#include "common/error.h"
#include "money/decimal.h"
#include "money/int128.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <numeric>

namespace Accrue {

namespace {

constexpr Int128 kMaxMinor = std::numeric_limits<qint64>::max();
constexpr Int128 kMinMinor = std::numeric_limits<qint64>::min();

[[noreturn]] void throwOverflow()
{
    throw Error(QCoreApplication::translate("Accrue::Money", "The amount is too large."));
}

qint64 narrow(Int128 value)
{
    if (value > kMaxMinor || value < kMinMinor)
        throwOverflow();
    return qint64(value);
}

// numerator / denominator (denominator > 0), rounded half away from zero.
Int128 roundedDivide(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator; // truncates toward zero
    const Int128 remainder = numerator % denominator; // same sign as numerator
    const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
    if (2 * absRemainder >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

// |value| without the overflow of -INT64_MIN.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

QString codeForMessage(Currency currency)
{
    return currency.isValid() ? currency.code()
                              : QCoreApplication::translate("Accrue::Money", "no currency");
}

// ---- formatting helpers ---------------------------------------------------------------------

// ASCII "0".."9" -> the locale's digits (Arabic-Indic etc.).
QString localizedDigits(const QLocale &locale, const QString &ascii)
{
    if (locale.zeroDigit() == QLatin1String("0"))
        return ascii;
    QString digits[10];
    for (int d = 0; d < 10; ++d)
        digits[d] = locale.toString(qlonglong(d));
    QString result;
    for (QChar ch : ascii)
        result += digits[ch.unicode() - u'0'];
    return result;
}

// The unsigned number with the locale's grouping and decimal point, built from integers only.
QString localizedMagnitude(const QLocale &locale, quint64 magnitude, Currency currency)
{
    const quint64 perMajor = quint64(currency.minorPerMajor());
    QString text = locale.toString(qulonglong(magnitude / perMajor));
    const int digits = currency.minorDigits();
    if (digits > 0) {
        const QString fraction
            = QString::number(qulonglong(magnitude % perMajor)).rightJustified(digits, u'0');
        text += locale.decimalPoint() + localizedDigits(locale, fraction);
    }
    return text;
}

// Replaces the locale's digit "1" in a pattern produced for the integer ±1 by our number, so
// the locale decides where sign, symbol and spaces go.
QString substituteNumber(const QLocale &locale, const QString &pattern, const QString &number)
{
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return number; // cannot happen for a sane locale; never lose the number
    return pattern.left(at) + number + pattern.mid(at + one.size());
}

bool isLocaleCurrency(const QLocale &locale, Currency currency)
{
    return currency.isValid() && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code();
}

QString displaySymbol(const QLocale &locale, Currency currency)
{
    if (isLocaleCurrency(locale, currency)) {
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!symbol.isEmpty())
            return symbol;
    }
    return currency.code();
}

// Locales glue their own symbols tightly ("$1"), which reads badly with a code ("EUR1"):
// put a no-break space between the code and an adjacent sign or digit.
QString separateCode(QString pattern, const QString &code)
{
    const qsizetype at = pattern.indexOf(code);
    if (at < 0)
        return pattern;
    const auto needsSpace = [](QChar ch) { return !ch.isSpace() && ch != u'(' && ch != u')'; };
    const qsizetype end = at + code.size();
    if (end < pattern.size() && needsSpace(pattern.at(end)))
        pattern.insert(end, QChar(0x00A0));
    if (at > 0 && needsSpace(pattern.at(at - 1)))
        pattern.insert(at, QChar(0x00A0));
    return pattern;
}

// ---- parsing helpers ------------------------------------------------------------------------

[[noreturn]] void throwNotAnAmount(QStringView text)
{
    throw Error(QCoreApplication::translate("Accrue::Money", "“%1” is not a valid amount.")
                    .arg(text.toString()));
}

[[noreturn]] void throwTooLarge(QStringView text)
{
    throw Error(
        QCoreApplication::translate("Accrue::Money", "“%1” is too large.").arg(text.toString()));
}

[[noreturn]] void throwTooManyDecimals(QStringView text, Currency currency)
{
    throw Error(QCoreApplication::translate("Accrue::Money",
                                            "“%1” has too many decimal places: %2 amounts have "
                                            "at most %n.",
                                            nullptr, currency.minorDigits())
                    .arg(text.toString(), currency.code()));
}

[[noreturn]] void throwMisplacedGroups(QStringView text)
{
    throw Error(
        QCoreApplication::translate("Accrue::Money", "“%1” has misplaced digit group separators.")
            .arg(text.toString()));
}

// Integer and fraction digits (ASCII) -> a fixed-point integer with the given number of decimals,
// overflow-checked in 128 bits. The caller has checked that fracDigits has at most that many.
qint64 composeFixed(const QString &intDigits, const QString &fracDigits, bool negative,
                    int decimals, QStringView original)
{
    const Int128 limit = negative ? -kMinMinor : kMaxMinor;
    Int128 value = 0;
    for (QChar ch : intDigits) {
        value = value * 10 + (ch.unicode() - u'0');
        if (value > limit)
            throwTooLarge(original);
    }
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    const QString fraction = fracDigits.leftJustified(decimals, u'0');
    Int128 fractionValue = 0;
    for (QChar ch : fraction)
        fractionValue = fractionValue * 10 + (ch.unicode() - u'0');
    value += fractionValue;
    if (value > limit)
        throwTooLarge(original);
    return qint64(negative ? -value : value);
}

qint64 composeMinor(const QString &intDigits, const QString &fracDigits, bool negative,
                    Currency currency, QStringView original)
{
    // "8.850" EUR is exactly 8.85: zeros past the currency's decimals change
    // nothing; any other digit there would need rounding, which input never gets.
    QString fraction = fracDigits;
    while (fraction.size() > currency.minorDigits() && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > currency.minorDigits())
        throwTooManyDecimals(original, currency);
    return composeFixed(intDigits, fraction, negative, currency.minorDigits(), original);
}

// Bidi marks and similar invisible format characters that locales sprinkle into signs and
// symbols (ar, he, fa); they carry no meaning for the value.
QString withoutFormatChars(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar ch : text) {
        if (ch.category() != QChar::Other_Format)
            result += ch;
    }
    return result;
}

bool consumePrefix(QStringView &text, QStringView prefix)
{
    if (prefix.isEmpty() || !text.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    text = text.mid(prefix.size());
    return true;
}

bool consumeSuffix(QStringView &text, QStringView suffix)
{
    if (suffix.isEmpty() || !text.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    text.chop(suffix.size());
    return true;
}

// What a person may type around the number: signs, parentheses, the currency. Each at most
// once; what remains is returned for digit parsing.
struct Affixes
{
    QStringList currencyTokens;
    QStringList minusSigns;
    QStringList plusSigns;
};

Affixes affixesFor(const QLocale &locale, Currency currency)
{
    Affixes affixes;
    if (isLocaleCurrency(locale, currency))
        affixes.currencyTokens << withoutFormatChars(
            locale.currencySymbol(QLocale::CurrencySymbol));
    affixes.currencyTokens << currency.code();
    affixes.minusSigns << withoutFormatChars(locale.negativeSign()) << QStringLiteral("-")
                       << QString(QChar(0x2212));
    affixes.plusSigns << withoutFormatChars(locale.positiveSign()) << QStringLiteral("+");
    return affixes;
}

bool consumeAny(QStringView &text, const QStringList &tokens, bool fromEnd)
{
    for (const QString &token : tokens) {
        if (fromEnd ? consumeSuffix(text, token) : consumePrefix(text, token))
            return true;
    }
    return false;
}

QStringView stripAffixes(QStringView text, const Affixes &affixes, bool &negative)
{
    bool sawSign = false;
    bool sawCurrency = false;
    for (;;) {
        text = text.trimmed();
        if (!sawCurrency
            && (consumeAny(text, affixes.currencyTokens, false)
                || consumeAny(text, affixes.currencyTokens, true))) {
            sawCurrency = true;
            continue;
        }
        if (sawSign)
            break;
        if (text.size() >= 2 && text.startsWith(u'(') && text.endsWith(u')')) {
            text = text.mid(1, text.size() - 2);
            negative = sawSign = true;
        } else if (consumeAny(text, affixes.minusSigns, false)) {
            negative = sawSign = true;
        } else if (consumeAny(text, affixes.plusSigns, false)) {
            sawSign = true;
        } else {
            break;
        }
    }
    return text;
}

// Positions of group separators counted in digits from the right ("1,234,567" -> 3, 6).
std::vector<qsizetype> groupPositions(QStringView formatted, const QString &groupSeparator)
{
    std::vector<qsizetype> positions;
    qsizetype digitsFromRight = 0;
    for (qsizetype i = formatted.size() - 1; i >= 0; --i) {
        if (formatted.at(i).isDigit())
            ++digitsFromRight;
        else if (groupSeparator.contains(formatted.at(i)))
            positions.push_back(digitsFromRight);
    }
    std::reverse(positions.begin(), positions.end());
    return positions;
}

// Accepts the locale's own grouping for this many digits (e.g. hi_IN "12,34,567") or plain
// groups of three (locales with a minimum grouping, like es_ES, print "1234" but "1.234" is
// still a fine thing to type).
bool groupingAllowed(const std::vector<qsizetype> &typed, qsizetype digitCount,
                     const QLocale &locale)
{
    std::vector<qsizetype> threes;
    for (qsizetype pos = ((digitCount - 1) / 3) * 3; pos > 0; pos -= 3)
        threes.push_back(pos);
    if (typed == threes)
        return true;
    if (digitCount > 19)
        return false;
    QLocale reference = locale;
    reference.setNumberOptions(QLocale::DefaultNumberOptions);
    qulonglong sample = 1;
    for (qsizetype i = 1; i < digitCount; ++i)
        sample *= 10;
    return typed == groupPositions(reference.toString(sample), reference.groupSeparator());
}

bool isGroupSeparator(QChar ch, const QString &localeGroup)
{
    if (localeGroup.size() == 1 && localeGroup.at(0).isSpace())
        return ch.isSpace(); // space, NBSP, narrow NBSP, thin space all look alike
    if (localeGroup == QString(QChar(0x2019)) || localeGroup == QLatin1String("'"))
        return ch == u'\'' || ch == QChar(0x2019);
    return localeGroup.size() == 1 && ch == localeGroup.at(0);
}

struct NumberParts
{
    QString intDigits;
    QString fracDigits;
    std::vector<qsizetype> groupsAfter; // integer digits seen before each group separator
};

NumberParts splitNumber(QStringView core, const QLocale &locale, QStringView original)
{
    NumberParts parts;
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    bool sawDecimal = false;
    for (qsizetype i = 0; i < core.size(); ++i) {
        const QChar ch = core.at(i);
        if (ch.isDigit()) {
            const QChar ascii(u'0' + ch.digitValue());
            (sawDecimal ? parts.fracDigits : parts.intDigits) += ascii;
        } else if (!sawDecimal && core.mid(i).startsWith(decimalPoint)) {
            sawDecimal = true;
            i += decimalPoint.size() - 1;
        } else if (isGroupSeparator(ch, group)) {
            if (sawDecimal)
                throwMisplacedGroups(original);
            parts.groupsAfter.push_back(parts.intDigits.size());
        } else {
            throwNotAnAmount(original);
        }
    }
    if (parts.intDigits.isEmpty() && parts.fracDigits.isEmpty())
        throwNotAnAmount(original);
    return parts;
}

void checkGrouping(const NumberParts &parts, const QLocale &locale, QStringView original)
{
    if (parts.groupsAfter.empty())
        return;
    const qsizetype digitCount = parts.intDigits.size();
    std::vector<qsizetype> fromRight;
    for (qsizetype after : parts.groupsAfter)
        fromRight.push_back(digitCount - after);
    if (!groupingAllowed(fromRight, digitCount, locale))
        throwMisplacedGroups(original);
}

} // namespace

// ---- Money ----------------------------------------------------------------------------------

Money::Money(qint64 minor, Currency currency)
    : m_minor(minor)
    , m_currency(currency)
{
}

Money Money::zero(Currency currency)
{
    return Money(0, currency);
}

Currency Money::commonCurrency(const Money &other) const
{
    if (m_currency == other.m_currency)
        return m_currency;
    if (!m_currency.isValid() && m_minor == 0)
        return other.m_currency;
    if (!other.m_currency.isValid() && other.m_minor == 0)
        return m_currency;
    throw Error(QCoreApplication::translate("Accrue::Money", "Cannot combine amounts in %1 and %2.")
                    .arg(codeForMessage(m_currency), codeForMessage(other.m_currency)));
}

Money Money::operator+(const Money &other) const
{
    const Currency currency = commonCurrency(other);
    return Money(narrow(Int128(m_minor) + other.m_minor), currency);
}

Money Money::operator-(const Money &other) const
{
    const Currency currency = commonCurrency(other);
    return Money(narrow(Int128(m_minor) - other.m_minor), currency);
}

Money Money::operator-() const
{
    return Money(narrow(-Int128(m_minor)), m_currency);
}

Money &Money::operator+=(const Money &other)
{
    return *this = *this + other;
}

Money &Money::operator-=(const Money &other)
{
    return *this = *this - other;
}

bool Money::operator<(const Money &other) const
{
    commonCurrency(other);
    return m_minor < other.m_minor;
}

bool Money::operator<=(const Money &other) const
{
    commonCurrency(other);
    return m_minor <= other.m_minor;
}

bool Money::operator>(const Money &other) const
{
    return other < *this;
}

bool Money::operator>=(const Money &other) const
{
    return other <= *this;
}

Money Money::timesQuantity(qint64 quantityMilli) const
{
    return Money(narrow(roundedDivide(Int128(m_minor) * quantityMilli, 1000)), m_currency);
}

Money Money::percentOf(qint64 basisPoints) const
{
    return Money(narrow(roundedDivide(Int128(m_minor) * basisPoints, 10000)), m_currency);
}

Money Money::partsPerMillion(qint64 ppm) const
{
    return Money(narrow(roundedDivide(Int128(m_minor) * ppm, 1000000)), m_currency);
}

Money Money::fraction(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0)
        throw Error(
            QCoreApplication::translate("Accrue::Money", "A share needs a positive denominator."));
    return Money(narrow(roundedDivide(Int128(m_minor) * numerator, denominator)), m_currency);
}

Money Money::convertedTo(Currency to, qint64 rateE10) const
{
    if (rateE10 <= 0)
        throw Error(
            QCoreApplication::translate("Accrue::Money", "An exchange rate must be above zero."));
    // minor_to = minor_from * rate / 10^10 * 10^digits_to / 10^digits_from
    Int128 numerator = Int128(m_minor) * rateE10;
    Int128 denominator = Int128(qint64(10000000000LL));
    for (int i = 0; i < to.minorDigits(); ++i)
        numerator = numerator * 10;
    for (int i = 0; i < m_currency.minorDigits(); ++i)
        denominator = denominator * 10;
    return Money(narrow(roundedDivide(numerator, denominator)), to);
}

std::vector<Money> Money::allocate(const std::vector<qint64> &weights) const
{
    Int128 total = 0;
    for (qint64 weight : weights) {
        if (weight < 0)
            throw Error(QCoreApplication::translate("Accrue::Money",
                                                    "Cannot split an amount by negative weights."));
        total += weight;
    }
    if (total == 0)
        throw Error(QCoreApplication::translate(
            "Accrue::Money", "Cannot split an amount: at least one weight must be positive."));

    // Work on the magnitude so negative amounts split as mirror images of positive ones.
    const quint64 magnitude = magnitudeOf(m_minor);
    const std::size_t count = weights.size();
    std::vector<quint64> parts(count);
    std::vector<Int128> remainders(count);
    quint64 assigned = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Int128 product = Int128(magnitude) * weights[i];
        parts[i] = quint64(product / total);
        remainders[i] = product % total;
        assigned += parts[i];
    }

    // The floors leave fewer than `count` minor units; hand them out by largest remainder.
    // stable_sort keeps the earlier index first on ties.
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (quint64 k = 0; k < magnitude - assigned; ++k)
        ++parts[order[k]];

    std::vector<Money> result;
    result.reserve(count);
    for (quint64 part : parts)
        result.emplace_back(narrow(m_minor < 0 ? -Int128(part) : Int128(part)), m_currency);
    return result;
}

QString Money::toPlainString() const
{
    const quint64 magnitude = magnitudeOf(m_minor);
    const quint64 perMajor = quint64(m_currency.minorPerMajor());
    QString text = QString::number(qulonglong(magnitude / perMajor));
    if (m_currency.minorDigits() > 0) {
        text += QLatin1Char('.')
            + QString::number(qulonglong(magnitude % perMajor))
                  .rightJustified(m_currency.minorDigits(), u'0');
    }
    if (m_minor < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

Money Money::fromPlainString(QStringView text, Currency currency)
{
    QStringView rest = text.trimmed();
    const bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    const qsizetype dot = rest.indexOf(u'.');
    const QStringView intPart = dot < 0 ? rest : rest.left(dot);
    const QStringView fracPart = dot < 0 ? QStringView() : rest.mid(dot + 1);
    const auto allAscii = [](QStringView digits) {
        return !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar ch) {
            return ch >= u'0' && ch <= u'9';
        });
    };
    if (!allAscii(intPart) || (dot >= 0 && !allAscii(fracPart)))
        throwNotAnAmount(text);
    return Money(composeMinor(intPart.toString(), fracPart.toString(), negative, currency, text),
                 currency);
}

QString Money::format(const QLocale &locale) const
{
    if (!m_currency.isValid())
        return formatNumber(locale);
    const QString symbol = displaySymbol(locale, m_currency);
    QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -1 : 1), symbol);
    if (symbol == m_currency.code())
        pattern = separateCode(pattern, symbol);
    const QString number = localizedMagnitude(locale, magnitudeOf(m_minor), m_currency);
    return substituteNumber(locale, pattern, number);
}

QString Money::formatNumber(const QLocale &locale) const
{
    const QString pattern = locale.toString(qlonglong(m_minor < 0 ? -1 : 1));
    const QString number = localizedMagnitude(locale, magnitudeOf(m_minor), m_currency);
    return substituteNumber(locale, pattern, number);
}

Money Money::parse(QStringView text, Currency currency, const QLocale &locale)
{
    const QString cleaned = withoutFormatChars(text).trimmed();
    if (cleaned.isEmpty())
        throw Error(QCoreApplication::translate("Accrue::Money", "Please enter an amount."));
    bool negative = false;
    const QStringView core = stripAffixes(cleaned, affixesFor(locale, currency), negative);
    const NumberParts parts = splitNumber(core, locale, text);
    checkGrouping(parts, locale, text);
    return Money(composeMinor(parts.intDigits, parts.fracDigits, negative, currency, text),
                 currency);
}

// ---- Decimal ---------------------------------------------------------------------------------

qint64 Decimal::parse(QStringView text, int decimals, const QLocale &locale)
{
    QString cleaned = withoutFormatChars(text).trimmed();
    if (cleaned.isEmpty())
        throw Error(QCoreApplication::translate("Accrue::Money", "Please enter a number."));
    bool negative = false;
    QStringView core(cleaned);
    const QString minus = locale.negativeSign();
    if (core.startsWith(minus) || core.startsWith(u'-')) {
        negative = true;
        core = core.mid(core.startsWith(minus) ? minus.size() : 1).trimmed();
    } else if (core.startsWith(locale.positiveSign()) || core.startsWith(u'+')) {
        core = core.mid(1).trimmed();
    }
    const NumberParts parts = splitNumber(core, locale, text);
    checkGrouping(parts, locale, text);
    if (parts.fracDigits.size() > decimals)
        throw Error(QCoreApplication::translate(
                        "Accrue::Money", "“%1” has more than %n decimal(s).", nullptr, decimals)
                        .arg(text.toString()));
    return composeFixed(parts.intDigits, parts.fracDigits, negative, decimals, text);
}

QString Decimal::format(qint64 value, int decimals, const QLocale &locale, bool keepZeros)
{
    const quint64 magnitude = magnitudeOf(value);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = locale.toString(qulonglong(magnitude / scale));
    QString fraction
        = QString::number(qulonglong(magnitude % scale)).rightJustified(decimals, u'0');
    while (!keepZeros && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty() && decimals > 0)
        text += locale.decimalPoint() + localizedDigits(locale, fraction);
    return value < 0 ? locale.negativeSign() + text : text;
}

QString Decimal::formatAtLeast(qint64 value, int decimals, int minDecimals, const QLocale &locale)
{
    // 88750 at 4 decimals is 8875 at 3: drop whole trailing zeros, then show
    // every decimal left.
    int shown = decimals;
    while (shown > std::max(minDecimals, 0) && value % 10 == 0) {
        value /= 10;
        --shown;
    }
    return format(value, shown, locale, true);
}

} // namespace Accrue
