#pragma once

#include "money/currency.h"

#include <QLocale>
#include <QString>
#include <QStringView>
#include <vector>

namespace Accrue {

// An amount in integer minor units (cents, fils, ...) of a Currency. Never a double.
//
// ROUNDING RULE: every operation that produces a fraction of a minor unit (timesQuantity(),
// percentOf(), partsPerMillion()) rounds half away from zero, exactly once, at the end of that
// operation. The intermediate product is computed in 128-bit integers, so only the final result can
// overflow; if it does not fit in qint64, Accrue::Error is thrown. The same applies to +, - and
// unary -. allocate() does not round: its parts always sum exactly to the amount.
//
// CURRENCY RULE: binary operations (+, -, <, <=, >, >=) need both operands in the same currency
// and throw Accrue::Error otherwise. Exception: a zero Money with an invalid currency (the
// default-constructed value) adopts the other operand's currency, so `Money total; total += x;`
// works. == and != never throw; they compare amount and currency memberwise.
class Money
{
public:
    Money() = default; // 0, invalid currency
    Money(qint64 minor, Currency currency);
    static Money zero(Currency currency);

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);

    friend bool operator==(const Money &, const Money &) = default;
    bool operator<(const Money &other) const;
    bool operator<=(const Money &other) const;
    bool operator>(const Money &other) const;
    bool operator>=(const Money &other) const;

    // amount * quantityMilli / 1000, rounded (quantity 1.5 = 1500).
    Money timesQuantity(qint64 quantityMilli) const;
    // amount * basisPoints / 10000, rounded (19 % = 1900).
    Money percentOf(qint64 basisPoints) const;
    // amount * ppm / 1000000, rounded: a tax rate in parts per million, a
    // percent with four decimals (19 % = 190000, 8.875 % = 88750).
    Money partsPerMillion(qint64 ppm) const;
    // amount * numerator / denominator, rounded: a share by days (proration)
    // or by any other exact ratio. Throws Error for a denominator <= 0.
    Money fraction(qint64 numerator, qint64 denominator) const;
    // This amount in `to` at a rate of rateE10 / 10^10 units of `to` per unit
    // of this currency, rounded once to `to`'s minor unit (EUR 10.00 at
    // 161.4200 JPY per EUR = JPY 1614). Throws Error for a rate <= 0.
    Money convertedTo(Currency to, qint64 rateE10) const;

    // Splits this amount in proportion to weights (all >= 0, sum > 0) so that the parts sum
    // exactly to this amount: largest-remainder method, ties go to the earlier index. Each part is
    // the exact proportional share rounded down or up by less than one minor unit. Negative
    // amounts split symmetrically (parts of -x are the negatives of parts of x). Throws Error on
    // empty, negative or all-zero weights.
    std::vector<Money> allocate(const std::vector<qint64> &weights) const;

    // Machine format for CSV/JSON: "1234.50", "-0.05", JPY "1234", KWD "1.234".
    QString toPlainString() const;
    // Inverse of toPlainString(). Accepts fewer decimals ("-12.3"), surrounding whitespace;
    // throws Error on more decimals than the currency has, garbage or overflow.
    static Money fromPlainString(QStringView text, Currency currency);

    // Human format with the locale's digits, grouping, decimal point and currency pattern
    // (en_US "$1,234.50", de_DE "1.234,50 €"). The number is built from integers only; the
    // locale's placement of sign and symbol is taken from QLocale::toCurrencyString() applied to
    // the integer ±1 and the digit "1" is replaced by our number. The symbol is the locale's own
    // symbol when the currency is the locale's currency, otherwise the ISO code (de_DE
    // "1.234,50 USD", en_US "EUR 1,234.50"). Negative amounts follow the locale, which may use
    // accounting parentheses (en_US "($1.00)").
    QString format(const QLocale &locale) const;
    // Same number without the currency: en_US "1,234.50", "-0.05".
    QString formatNumber(const QLocale &locale) const;

    // Parses what a person typed. Accepts the locale's grouping and decimal separators
    // ("1,234.50" en_US, "1.234,50" de_DE, "1 234,50" fr_FR incl. NBSP/narrow NBSP), any
    // Unicode decimal digits, a leading minus/plus (also after the symbol) or parentheses for
    // negatives, an optional currency code or the symbol format() would use, surrounding
    // spaces. Fewer decimals than the currency has are padded; none at all is fine. Throws Error
    // naming the text for: empty input, letters or other junk, more decimals than the currency
    // allows, misplaced group separators, overflow.
    static Money parse(QStringView text, Currency currency, const QLocale &locale);

private:
    Currency commonCurrency(const Money &other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace Accrue
