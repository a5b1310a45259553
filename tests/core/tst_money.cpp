#include "common/error.h"
#include "money/currency.h"
#include "money/decimal.h"
#include "money/money.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QtTest>
#include <limits>

using namespace Accrue;
using namespace Qt::StringLiterals;

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Currency cur(const char *code)
{
    return Currency::require(QString::fromLatin1(code));
}

Money money(qint64 minor, const char *code)
{
    return Money(minor, cur(code));
}

QLocale loc(const QString &name)
{
    return QLocale(name);
}

// Runs `f`, expecting Accrue::Error; returns its user message (empty string if nothing thrown).
template<typename F> QString errorMessage(F f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.userMessage();
    }
    return {};
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void decimalParse_data();
    void decimalParse();
    void decimalFormat_data();
    void decimalFormat();
    void decimalFormatAtLeast_data();
    void decimalFormatAtLeast();
    void currencyDigits_data();
    void currencyDigits();
    void currencyRequire();
    void currencyValueSemantics();

    void addSubtract_data();
    void addSubtract();
    void defaultZeroAdoptsCurrency();
    void mismatchThrows();
    void overflowThrows();
    void comparisons();

    void timesQuantity_data();
    void timesQuantity();
    void percentOf_data();
    void percentOf();
    void partsPerMillion_data();
    void partsPerMillion();
    void fraction_data();
    void fraction();
    void convertedTo_data();
    void convertedTo();

    void allocate_data();
    void allocate();
    void allocateInvalid_data();
    void allocateInvalid();
    void allocateRandomProperty();

    void plainString_data();
    void plainString();
    void fromPlainStringLenient_data();
    void fromPlainStringLenient();
    void fromPlainStringInvalid_data();
    void fromPlainStringInvalid();

    void format_data();
    void format();
    void formatNumber_data();
    void formatNumber();

    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void parseFormatRoundTripProperty();
};

// ---- Currency ---------------------------------------------------------------------------------

void TestMoney::currencyDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("digits");
    QTest::addColumn<qint64>("perMajor");

    QTest::newRow("JPY") << u"JPY"_s << true << u"JPY"_s << 0 << qint64(1);
    QTest::newRow("jpy lower") << u"jpy"_s << true << u"JPY"_s << 0 << qint64(1);
    QTest::newRow("KRW") << u"KRW"_s << true << u"KRW"_s << 0 << qint64(1);
    QTest::newRow("EUR") << u"EUR"_s << true << u"EUR"_s << 2 << qint64(100);
    QTest::newRow("eUr mixed") << u"eUr"_s << true << u"EUR"_s << 2 << qint64(100);
    QTest::newRow("USD") << u"USD"_s << true << u"USD"_s << 2 << qint64(100);
    QTest::newRow("GBP") << u"GBP"_s << true << u"GBP"_s << 2 << qint64(100);
    QTest::newRow("CHF") << u"CHF"_s << true << u"CHF"_s << 2 << qint64(100);
    QTest::newRow("KWD") << u"KWD"_s << true << u"KWD"_s << 3 << qint64(1000);
    QTest::newRow("BHD") << u"BHD"_s << true << u"BHD"_s << 3 << qint64(1000);
    QTest::newRow("JOD") << u"JOD"_s << true << u"JOD"_s << 3 << qint64(1000);
    QTest::newRow("OMR") << u"OMR"_s << true << u"OMR"_s << 3 << qint64(1000);
    QTest::newRow("TND") << u"TND"_s << true << u"TND"_s << 3 << qint64(1000);
    QTest::newRow("IQD") << u"IQD"_s << true << u"IQD"_s << 3 << qint64(1000);
    QTest::newRow("LYD") << u"LYD"_s << true << u"LYD"_s << 3 << qint64(1000);
    QTest::newRow("CLF") << u"CLF"_s << true << u"CLF"_s << 4 << qint64(10000);
    QTest::newRow("AED first") << u"AED"_s << true << u"AED"_s << 2 << qint64(100);
    QTest::newRow("ZWL last") << u"ZWL"_s << true << u"ZWL"_s << 2 << qint64(100);
    QTest::newRow("unknown XYZ") << u"XYZ"_s << false << QString() << 0 << qint64(0);
    QTest::newRow("gold has no minor unit") << u"XAU"_s << false << QString() << 0 << qint64(0);
    QTest::newRow("empty") << QString() << false << QString() << 0 << qint64(0);
    QTest::newRow("too short") << u"EU"_s << false << QString() << 0 << qint64(0);
    QTest::newRow("too long") << u"EURO"_s << false << QString() << 0 << qint64(0);
    QTest::newRow("digits") << u"E1R"_s << false << QString() << 0 << qint64(0);
    QTest::newRow("non-ASCII") << u"ÉUR"_s << false << QString() << 0 << qint64(0);
}

void TestMoney::currencyDigits()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QFETCH(int, digits);
    QFETCH(qint64, perMajor);

    const std::optional<Currency> currency = Currency::fromCode(code);
    QCOMPARE(currency.has_value(), valid);
    if (!valid) {
        QVERIFY_THROWS_EXCEPTION(Error, Currency::require(code));
        return;
    }
    QVERIFY(currency->isValid());
    QCOMPARE(currency->code(), canonical);
    QCOMPARE(currency->minorDigits(), digits);
    QCOMPARE(currency->minorPerMajor(), perMajor);
    QCOMPARE(Currency::require(code), *currency);
}

void TestMoney::currencyRequire()
{
    const QString message = errorMessage([] { Currency::require(u"XYZ"); });
    QCOMPARE(message, u"Unknown currency code “XYZ”"_s);
}

void TestMoney::currencyValueSemantics()
{
    const Currency invalid;
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.code().isEmpty());
    QCOMPARE(invalid.minorPerMajor(), qint64(1));
    QVERIFY(cur("EUR") == cur("EUR"));
    QVERIFY(cur("EUR") != cur("USD"));
    QVERIFY(cur("EUR") != invalid);
    static_assert(sizeof(Currency) <= 4);
    static_assert(std::is_trivially_copyable_v<Currency>);
}

// ---- arithmetic -------------------------------------------------------------------------------

void TestMoney::addSubtract_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<qint64>("difference");

    QTest::newRow("simple") << qint64(150) << qint64(275) << qint64(425) << qint64(-125);
    QTest::newRow("negatives") << qint64(-5) << qint64(-7) << qint64(-12) << qint64(2);
    QTest::newRow("zero") << qint64(0) << qint64(99) << qint64(99) << qint64(-99);
    QTest::newRow("near max") << kMax - 1 << qint64(1) << kMax << kMax - 2;
    QTest::newRow("near min") << kMin + 1 << qint64(-1) << kMin << kMin + 2;
}

void TestMoney::addSubtract()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, sum);
    QFETCH(qint64, difference);

    const Money x = money(a, "EUR");
    const Money y = money(b, "EUR");
    QCOMPARE((x + y).minor(), sum);
    QCOMPARE((x - y).minor(), difference);
    QCOMPARE((x + y).currency(), cur("EUR"));
    Money acc = x;
    acc += y;
    QCOMPARE(acc, money(sum, "EUR"));
    acc -= y;
    QCOMPARE(acc, x);
    if (a != kMin)
        QCOMPARE((-x).minor(), -a);
}

void TestMoney::defaultZeroAdoptsCurrency()
{
    Money total;
    QVERIFY(total.isZero());
    QVERIFY(!total.currency().isValid());
    total += money(250, "JPY");
    QCOMPARE(total, money(250, "JPY"));

    Money debt;
    debt -= money(5, "EUR");
    QCOMPARE(debt, money(-5, "EUR"));
    QCOMPARE(money(5, "EUR") + Money(), money(5, "EUR"));
    QVERIFY(Money() < money(1, "EUR"));
    QVERIFY(money(-1, "EUR") < Money());
    QCOMPARE(Money::zero(cur("KWD")), money(0, "KWD"));
}

void TestMoney::mismatchThrows()
{
    const Money eur = money(100, "EUR");
    const Money usd = money(100, "USD");
    QVERIFY_THROWS_EXCEPTION(Error, eur + usd);
    QVERIFY_THROWS_EXCEPTION(Error, eur - usd);
    QVERIFY_THROWS_EXCEPTION(Error, (void)(eur < usd));
    QVERIFY_THROWS_EXCEPTION(Error, (void)(eur <= usd));
    QVERIFY_THROWS_EXCEPTION(Error, (void)(eur > usd));
    QVERIFY_THROWS_EXCEPTION(Error, (void)(eur >= usd));
    Money acc = eur;
    QVERIFY_THROWS_EXCEPTION(Error, acc += usd);
    QCOMPARE(acc, eur); // unchanged after the failed operation
    // A zero in a *valid* currency does not adopt: it is a real EUR amount.
    QVERIFY_THROWS_EXCEPTION(Error, Money::zero(cur("EUR")) + usd);
    // A non-zero amount without currency is not a neutral element either.
    QVERIFY_THROWS_EXCEPTION(Error, Money(5, Currency()) + usd);
    // Equality never throws.
    QVERIFY(eur != usd);
    QVERIFY(!(eur == usd));
    QVERIFY(errorMessage([&] { (void)(eur + usd); }).contains(u"USD"));
}

void TestMoney::overflowThrows()
{
    QVERIFY_THROWS_EXCEPTION(Error, money(kMax, "EUR") + money(1, "EUR"));
    QVERIFY_THROWS_EXCEPTION(Error, money(kMin, "EUR") - money(1, "EUR"));
    QVERIFY_THROWS_EXCEPTION(Error, -money(kMin, "EUR"));
    QVERIFY_THROWS_EXCEPTION(Error, money(kMax, "EUR").timesQuantity(2000));
    QVERIFY_THROWS_EXCEPTION(Error, money(kMax, "EUR").percentOf(10001));
    // 128-bit intermediates: huge products are fine when the result fits.
    QCOMPARE(money(kMax, "EUR").timesQuantity(1000).minor(), kMax);
    QCOMPARE(money(kMin, "EUR").percentOf(10000).minor(), kMin);
    QVERIFY_THROWS_EXCEPTION(Error, money(kMax, "EUR").partsPerMillion(1000001));
    QCOMPARE(money(kMin, "EUR").partsPerMillion(1000000).minor(), kMin);
    QCOMPARE(money(kMax, "EUR").timesQuantity(500).minor(), kMax / 2 + 1); // x.5 rounds up
}

void TestMoney::comparisons()
{
    const Money a = money(-3, "GBP");
    const Money b = money(7, "GBP");
    QVERIFY(a < b);
    QVERIFY(a <= b);
    QVERIFY(b > a);
    QVERIFY(b >= a);
    QVERIFY(a <= a);
    QVERIFY(a >= a);
    QVERIFY(!(a < a));
    QVERIFY(a == money(-3, "GBP"));
    QVERIFY(a != b);
    QVERIFY(a.isNegative() && !a.isPositive() && !a.isZero());
    QVERIFY(b.isPositive() && !b.isNegative());
    QVERIFY(Money::zero(cur("GBP")).isZero());
}

void TestMoney::timesQuantity_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("1.5 x 1.00") << qint64(100) << qint64(1500) << qint64(150);
    QTest::newRow("half cent up") << qint64(1) << qint64(500) << qint64(1);
    QTest::newRow("half cent negative amount") << qint64(-1) << qint64(500) << qint64(-1);
    QTest::newRow("half cent negative quantity") << qint64(1) << qint64(-500) << qint64(-1);
    QTest::newRow("both negative") << qint64(-1) << qint64(-500) << qint64(1);
    QTest::newRow("just below half") << qint64(1) << qint64(499) << qint64(0);
    QTest::newRow("just below half neg") << qint64(-1) << qint64(499) << qint64(0);
    QTest::newRow("just above half neg") << qint64(-1) << qint64(501) << qint64(-1);
    QTest::newRow("1.5 cents") << qint64(3) << qint64(500) << qint64(2);
    QTest::newRow("-1.5 cents") << qint64(-3) << qint64(500) << qint64(-2);
    QTest::newRow("2.5 cents (not banker's)") << qint64(5) << qint64(500) << qint64(3);
    QTest::newRow("-2.5 cents") << qint64(-5) << qint64(500) << qint64(-3);
    QTest::newRow("999 x 1.001") << qint64(999) << qint64(1001) << qint64(1000);
    QTest::newRow("123.45 x 0.333") << qint64(12345) << qint64(333) << qint64(4111);
    QTest::newRow("zero quantity") << qint64(12345) << qint64(0) << qint64(0);
    QTest::newRow("fractional qty 0.001") << qint64(100000) << qint64(1) << qint64(100);
}

void TestMoney::timesQuantity()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, expected);
    QCOMPARE(money(minor, "EUR").timesQuantity(quantityMilli), money(expected, "EUR"));
}

void TestMoney::percentOf_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("19% of 10.00") << qint64(1000) << qint64(1900) << qint64(190);
    QTest::newRow("19% of 19.99") << qint64(1999) << qint64(1900) << qint64(380); // 379.81
    QTest::newRow("10% of 0.05 = 0.5 cent") << qint64(5) << qint64(1000) << qint64(1);
    QTest::newRow("10% of -0.05") << qint64(-5) << qint64(1000) << qint64(-1);
    QTest::newRow("-10% of 0.05") << qint64(5) << qint64(-1000) << qint64(-1);
    QTest::newRow("50% of 0.01") << qint64(1) << qint64(5000) << qint64(1);
    QTest::newRow("50% of -0.01") << qint64(-1) << qint64(5000) << qint64(-1);
    QTest::newRow("49.99% of 0.01") << qint64(1) << qint64(4999) << qint64(0);
    QTest::newRow("49.99% of -0.01") << qint64(-1) << qint64(4999) << qint64(0);
    QTest::newRow("7% of 0.50 = 3.5") << qint64(50) << qint64(700) << qint64(4);
    QTest::newRow("7% of -0.50") << qint64(-50) << qint64(700) << qint64(-4);
    QTest::newRow("100%") << qint64(-12345) << qint64(10000) << qint64(-12345);
    QTest::newRow("0%") << qint64(12345) << qint64(0) << qint64(0);
}

void TestMoney::percentOf()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    QCOMPARE(money(minor, "EUR").percentOf(basisPoints), money(expected, "EUR"));
}

// A tax rate in parts per million: amount x ppm / 1000000, rounded once,
// half away from zero.
void TestMoney::partsPerMillion_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<qint64>("expected");

    // 1000 x 88750 / 1000000 = 88.75 -> 89: 8.875 % of 10.00 = 0.8875 -> 0.89
    QTest::newRow("8.875% of 10.00") << qint64(1000) << qint64(88750) << qint64(89);
    QTest::newRow("8.875% of -10.00") << qint64(-1000) << qint64(88750) << qint64(-89);
    // 1999 x 88750 / 1000000 = 177.41125 -> 177
    QTest::newRow("8.875% of 19.99") << qint64(1999) << qint64(88750) << qint64(177);
    // 100 x 94375 / 1000000 = 9.4375 -> 9
    QTest::newRow("9.4375% of 1.00") << qint64(100) << qint64(94375) << qint64(9);
    // 190000 ppm is 1900 bp: the same as percentOf
    QTest::newRow("19% of 19.99") << qint64(1999) << qint64(190000) << qint64(380); // 379.81
    // 4 x 125000 / 1000000 = 0.5 -> 1 (half away from zero, both signs)
    QTest::newRow("12.5% of 0.04 = 0.5 cent") << qint64(4) << qint64(125000) << qint64(1);
    QTest::newRow("12.5% of -0.04") << qint64(-4) << qint64(125000) << qint64(-1);
    // 500000 x 1 / 1000000 = 0.5 -> 1; 499999 x 1 / 1000000 = 0.499999 -> 0
    QTest::newRow("0.0001% of 5000.00") << qint64(500000) << qint64(1) << qint64(1);
    QTest::newRow("0.0001% of 4999.99") << qint64(499999) << qint64(1) << qint64(0);
    QTest::newRow("0.0001% of -5000.00") << qint64(-500000) << qint64(1) << qint64(-1);
    QTest::newRow("100%") << qint64(-12345) << qint64(1000000) << qint64(-12345);
    QTest::newRow("0%") << qint64(12345) << qint64(0) << qint64(0);
}

void TestMoney::partsPerMillion()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, ppm);
    QFETCH(qint64, expected);
    QCOMPARE(money(minor, "USD").partsPerMillion(ppm), money(expected, "USD"));
}

// Proration shares: 20 unused days of a 30-day EUR 30.00 month are 20.00;
// of EUR 10.00, 6.666.. rounds to 6.67 and -6.666.. to -6.67.
void TestMoney::fraction_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("20 of 30 days of 30.00")
        << qint64(3000) << qint64(20) << qint64(30) << qint64(2000);
    QTest::newRow("20 of 30 days of 10.00")
        << qint64(1000) << qint64(20) << qint64(30) << qint64(667);
    QTest::newRow("negative rounds away")
        << qint64(-1000) << qint64(20) << qint64(30) << qint64(-667);
    QTest::newRow("half up") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("below half") << qint64(1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("whole") << qint64(4999) << qint64(31) << qint64(31) << qint64(4999);
    QTest::newRow("none") << qint64(4999) << qint64(0) << qint64(31) << qint64(0);
    QTest::newRow("large intermediate") << qint64(900000000000000000LL) << qint64(365)
                                        << qint64(366) << qint64(897540983606557377LL);
}

void TestMoney::fraction()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(money(minor, "EUR").fraction(numerator, denominator), money(expected, "EUR"));
    QVERIFY(!errorMessage([&] { money(minor, "EUR").fraction(1, 0); }).isEmpty());
}

// Rates as the ECB prints them, scaled by 10^10; the results worked by hand.
void TestMoney::convertedTo_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("rateE10");
    QTest::addColumn<qint64>("expected");
    // EUR 1,000.00 at 1.0823 USD = USD 1,082.30
    QTest::newRow("EUR->USD") << qint64(100000) << u"EUR"_s << u"USD"_s << qint64(10823000000LL)
                              << qint64(108230);
    // EUR 10.00 at 161.42 JPY = JPY 1,614.2 -> 1,614
    QTest::newRow("EUR->JPY") << qint64(1000) << u"EUR"_s << u"JPY"_s << qint64(1614200000000LL)
                              << qint64(1614);
    // JPY 1,614 at 1/161.42 = 0.0061950192 EUR = EUR 9.99875... -> 10.00
    QTest::newRow("JPY->EUR") << qint64(1614) << u"JPY"_s << u"EUR"_s << qint64(61950192)
                              << qint64(1000);
    // USD 0.05 at 0.3771 KWD = KWD 0.018855 -> 0.019
    QTest::newRow("USD->KWD") << qint64(5) << u"USD"_s << u"KWD"_s << qint64(3771000000LL)
                              << qint64(19);
    // refunds convert symmetrically: -EUR 0.01 at 0.85253 GBP = -0.0085 -> -0.01
    QTest::newRow("negative") << qint64(-1) << u"EUR"_s << u"GBP"_s << qint64(8525300000LL)
                              << qint64(-1);
}

void TestMoney::convertedTo()
{
    QFETCH(qint64, minor);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, rateE10);
    QFETCH(qint64, expected);
    const Money converted
        = Money(minor, Currency::require(from)).convertedTo(Currency::require(to), rateE10);
    QCOMPARE(converted, Money(expected, Currency::require(to)));
    QVERIFY(!errorMessage([&] {
                 Money(minor, Currency::require(from)).convertedTo(Currency::require(to), 0);
             }).isEmpty());
}

// ---- allocate ---------------------------------------------------------------------------------

void TestMoney::allocate_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("100 into 3") << qint64(100) << u"EUR"_s << QList<qint64> { 1, 1, 1 }
                                << QList<qint64> { 34, 33, 33 };
    QTest::newRow("-100 into 3") << qint64(-100) << u"EUR"_s << QList<qint64> { 1, 1, 1 }
                                 << QList<qint64> { -34, -33, -33 };
    QTest::newRow("zero weight first")
        << qint64(101) << u"EUR"_s << QList<qint64> { 0, 1, 1 } << QList<qint64> { 0, 51, 50 };
    QTest::newRow("zero weight middle")
        << qint64(-7) << u"EUR"_s << QList<qint64> { 1, 0, 1 } << QList<qint64> { -4, 0, -3 };
    QTest::newRow("5 into 7") << qint64(5) << u"EUR"_s << QList<qint64> { 1, 1, 1, 1, 1, 1, 1 }
                              << QList<qint64> { 1, 1, 1, 1, 1, 0, 0 };
    QTest::newRow("largest remainder wins")
        << qint64(1000) << u"JPY"_s << QList<qint64> { 1, 2 } << QList<qint64> { 333, 667 };
    QTest::newRow("tie goes to earlier")
        << qint64(1) << u"JPY"_s << QList<qint64> { 1, 1 } << QList<qint64> { 1, 0 };
    QTest::newRow("exact 30/70") << qint64(1000) << u"USD"_s << QList<qint64> { 30, 70 }
                                 << QList<qint64> { 300, 700 };
    QTest::newRow("zero amount") << qint64(0) << u"EUR"_s << QList<qint64> { 1, 2 }
                                 << QList<qint64> { 0, 0 };
    QTest::newRow("single part") << qint64(-999) << u"KWD"_s << QList<qint64> { 42 }
                                 << QList<qint64> { -999 };
    QTest::newRow("uneven 10 by 1,1,4") << qint64(10) << u"EUR"_s << QList<qint64> { 1, 1, 4 }
                                        << QList<qint64> { 2, 2, 6 }; // 1.67,1.67,6.67
    QTest::newRow("max into 2") << kMax << u"EUR"_s << QList<qint64> { 1, 1 }
                                << QList<qint64> { kMax / 2 + 1, kMax / 2 };
    QTest::newRow("min into 2") << kMin << u"EUR"_s << QList<qint64> { 1, 1 }
                                << QList<qint64> { kMin / 2, kMin / 2 };
    QTest::newRow("huge weights") << qint64(100) << u"EUR"_s << QList<qint64> { kMax, kMax, kMax }
                                  << QList<qint64> { 34, 33, 33 };
}

void TestMoney::allocate()
{
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);

    const Currency currency = Currency::require(code);
    const std::vector<Money> parts
        = Money(minor, currency).allocate(std::vector<qint64>(weights.begin(), weights.end()));
    QList<qint64> actual;
    for (const Money &part : parts) {
        QCOMPARE(part.currency(), currency);
        actual << part.minor();
    }
    QCOMPARE(actual, expected);
}

void TestMoney::allocateInvalid_data()
{
    QTest::addColumn<QList<qint64>>("weights");
    QTest::newRow("empty") << QList<qint64> {};
    QTest::newRow("all zero") << QList<qint64> { 0, 0 };
    QTest::newRow("negative") << QList<qint64> { 3, -1 };
    QTest::newRow("negative summing positive") << QList<qint64> { 5, -1, 1 };
}

void TestMoney::allocateInvalid()
{
    QFETCH(QList<qint64>, weights);
    const std::vector<qint64> w(weights.begin(), weights.end());
    QVERIFY_THROWS_EXCEPTION(Error, money(100, "EUR").allocate(w));
}

void TestMoney::allocateRandomProperty()
{
    QRandomGenerator rng(20240517);
    const Currency eur = cur("EUR");
    for (int iteration = 0; iteration < 10000; ++iteration) {
        // Spread amounts over all magnitudes, both signs.
        const int bits = int(rng.bounded(1, 63));
        qint64 amount = qint64(rng.generate64() >> (64 - bits));
        if (rng.bounded(2))
            amount = -amount;
        const int count = int(rng.bounded(1, 10));
        std::vector<qint64> weights(std::size_t(count), 0);
        Int128 weightSum = 0;
        for (qint64 &weight : weights) {
            const int choice = int(rng.bounded(4));
            weight = choice == 0 ? 0
                : choice == 3    ? qint64(rng.generate64() >> 2)
                                 : rng.bounded(1, 1000);
            weightSum += weight;
        }
        if (weightSum == 0) {
            weights.front() = 1;
            weightSum = 1;
        }

        const std::vector<Money> parts = Money(amount, eur).allocate(weights);
        QCOMPARE(parts.size(), weights.size());
        Int128 total = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            total += parts[i].minor();
            // |part - amount * w / S| < 1  <=>  |part * S - amount * w| < S
            const Int128 error = Int128(parts[i].minor()) * weightSum - Int128(amount) * weights[i];
            if ((error < 0 ? -error : error) >= weightSum)
                QFAIL(qPrintable(u"part %1 of %2 too far from its share"_s.arg(i).arg(amount)));
            if (weights[i] == 0 && !parts[i].isZero())
                QFAIL("zero weight received a share");
        }
        if (total != amount)
            QFAIL(qPrintable(u"parts do not sum to %1"_s.arg(amount)));
        if (amount != kMin) {
            const std::vector<Money> mirrored = Money(-amount, eur).allocate(weights);
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (mirrored[i].minor() != -parts[i].minor())
                    QFAIL("negative split is not symmetric");
            }
        }
    }
}

// ---- plain strings ----------------------------------------------------------------------------

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");

    QTest::newRow("EUR") << qint64(123450) << u"EUR"_s << u"1234.50"_s;
    QTest::newRow("EUR small negative") << qint64(-5) << u"EUR"_s << u"-0.05"_s;
    QTest::newRow("EUR zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::newRow("EUR -1.00") << qint64(-100) << u"EUR"_s << u"-1.00"_s;
    QTest::newRow("JPY") << qint64(1234) << u"JPY"_s << u"1234"_s;
    QTest::newRow("JPY negative") << qint64(-7) << u"JPY"_s << u"-7"_s;
    QTest::newRow("KWD") << qint64(1234) << u"KWD"_s << u"1.234"_s;
    QTest::newRow("KWD fils") << qint64(-7) << u"KWD"_s << u"-0.007"_s;
    QTest::newRow("CLF") << qint64(12345) << u"CLF"_s << u"1.2345"_s;
    QTest::newRow("max") << kMax << u"EUR"_s << u"92233720368547758.07"_s;
    QTest::newRow("min") << kMin << u"EUR"_s << u"-92233720368547758.08"_s;
    QTest::newRow("min JPY") << kMin << u"JPY"_s << u"-9223372036854775808"_s;
}

void TestMoney::plainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, text);
    const Currency currency = Currency::require(code);
    QCOMPARE(Money(minor, currency).toPlainString(), text);
    QCOMPARE(Money::fromPlainString(text, currency), Money(minor, currency));
}

void TestMoney::fromPlainStringLenient_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("pads one decimal") << u"-12.3"_s << u"EUR"_s << qint64(-1230);
    QTest::newRow("no decimals") << u"12"_s << u"EUR"_s << qint64(1200);
    QTest::newRow("KWD pads") << u"1.2"_s << u"KWD"_s << qint64(1200);
    QTest::newRow("surrounding space") << u" 5.50 "_s << u"EUR"_s << qint64(550);
    QTest::newRow("leading zeros") << u"007.01"_s << u"EUR"_s << qint64(701);
    QTest::newRow("negative zero") << u"-0.00"_s << u"EUR"_s << qint64(0);
    // Zeros past the currency's decimals are exact: nothing is rounded.
    QTest::newRow("EUR 8.850") << u"8.850"_s << u"EUR"_s << qint64(885);
    QTest::newRow("JPY 12.000") << u"12.000"_s << u"JPY"_s << qint64(12);
    QTest::newRow("KWD 1.2340") << u"1.2340"_s << u"KWD"_s << qint64(1234);
}

void TestMoney::fromPlainStringLenient()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QCOMPARE(Money::fromPlainString(text, Currency::require(code)).minor(), minor);
}

void TestMoney::fromPlainStringInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("too many decimals") << u"1.234"_s << u"EUR"_s;
    QTest::newRow("a digit past zeros") << u"8.8501"_s << u"EUR"_s;
    QTest::newRow("JPY decimals") << u"1.5"_s << u"JPY"_s;
    QTest::newRow("letters") << u"abc"_s << u"EUR"_s;
    QTest::newRow("empty") << QString() << u"EUR"_s;
    QTest::newRow("minus only") << u"-"_s << u"EUR"_s;
    QTest::newRow("no integer part") << u".5"_s << u"EUR"_s;
    QTest::newRow("dangling dot") << u"1."_s << u"EUR"_s;
    QTest::newRow("comma") << u"1,50"_s << u"EUR"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"EUR"_s;
    QTest::newRow("double minus") << u"--1"_s << u"EUR"_s;
    QTest::newRow("plus") << u"+1"_s << u"EUR"_s;
    QTest::newRow("two dots") << u"1.2.3"_s << u"KWD"_s;
    QTest::newRow("inner space") << u"1 000"_s << u"EUR"_s;
    QTest::newRow("overflow") << u"92233720368547758.08"_s << u"EUR"_s;
    QTest::newRow("overflow long") << u"99999999999999999999999999"_s << u"JPY"_s;
    QTest::newRow("arabic digits") << u"١٢"_s << u"EUR"_s;
}

void TestMoney::fromPlainStringInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QVERIFY_THROWS_EXCEPTION(Error, Money::fromPlainString(text, Currency::require(code)));
}

// ---- formatting -------------------------------------------------------------------------------

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US USD") << u"en_US"_s << qint64(123450) << u"USD"_s << u"$1,234.50"_s;
    QTest::newRow("en_US USD neg (accounting)")
        << u"en_US"_s << qint64(-5) << u"USD"_s << u"($0.05)"_s;
    QTest::newRow("en_US EUR uses code")
        << u"en_US"_s << qint64(123450) << u"EUR"_s << u"EUR\u00A01,234.50"_s;
    QTest::newRow("en_US big") << u"en_US"_s << qint64(123456789012) << u"USD"_s
                               << u"$1,234,567,890.12"_s;
    QTest::newRow("de_DE EUR") << u"de_DE"_s << qint64(123450) << u"EUR"_s << u"1.234,50\u00A0€"_s;
    QTest::newRow("de_DE EUR neg")
        << u"de_DE"_s << qint64(-123450) << u"EUR"_s << u"-1.234,50\u00A0€"_s;
    QTest::newRow("de_DE USD") << u"de_DE"_s << qint64(100) << u"USD"_s << u"1,00\u00A0USD"_s;
    QTest::newRow("fr_FR EUR") << u"fr_FR"_s << qint64(123450) << u"EUR"_s
                               << u"1\u202F234,50\u00A0€"_s;
    QTest::newRow("fr_FR EUR neg") << u"fr_FR"_s << qint64(-1) << u"EUR"_s << u"(0,01\u00A0€)"_s;
    QTest::newRow("ja_JP JPY") << u"ja_JP"_s << qint64(1234) << u"JPY"_s << u"￥1,234"_s;
    QTest::newRow("ja_JP JPY neg")
        << u"ja_JP"_s << qint64(-1234567) << u"JPY"_s << u"(￥1,234,567)"_s;
    QTest::newRow("ja_JP KWD") << u"ja_JP"_s << qint64(1234) << u"KWD"_s << u"KWD\u00A01.234"_s;
    QTest::newRow("ja_JP USD zero") << u"ja_JP"_s << qint64(0) << u"USD"_s << u"USD\u00A00.00"_s;
    QTest::newRow("hi_IN INR lakh grouping")
        << u"hi_IN"_s << qint64(123456789) << u"INR"_s << u"₹12,34,567.89"_s;
    QTest::newRow("de_CH CHF") << u"de_CH"_s << qint64(123450) << u"CHF"_s
                               << u"1’234.50\u00A0CHF"_s;
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, Currency::require(code)).format(loc(locale)), expected);
}

void TestMoney::formatNumber_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_US") << u"en_US"_s << qint64(123450) << u"USD"_s << u"1,234.50"_s;
    QTest::newRow("en_US neg") << u"en_US"_s << qint64(-5) << u"USD"_s << u"-0.05"_s;
    QTest::newRow("de_DE") << u"de_DE"_s << qint64(123450) << u"EUR"_s << u"1.234,50"_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s << qint64(-123450) << u"EUR"_s << u"-1\u202F234,50"_s;
    QTest::newRow("ja_JP JPY") << u"ja_JP"_s << qint64(1234) << u"JPY"_s << u"1,234"_s;
    QTest::newRow("en_US KWD") << u"en_US"_s << qint64(1234567) << u"KWD"_s << u"1,234.567"_s;
    QTest::newRow("ar_EG digits") << u"ar_EG"_s << qint64(123405) << u"EGP"_s << u"١٬٢٣٤٫٠٥"_s;
    QTest::newRow("en_US max") << u"en_US"_s << kMax << u"EUR"_s << u"92,233,720,368,547,758.07"_s;
    QTest::newRow("en_US min") << u"en_US"_s << kMin << u"EUR"_s << u"-92,233,720,368,547,758.08"_s;
}

void TestMoney::formatNumber()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, Currency::require(code)).formatNumber(loc(locale)), expected);
}

// ---- parsing ----------------------------------------------------------------------------------

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");

    const QString en = u"en_US"_s;
    const QString de = u"de_DE"_s;
    const QString fr = u"fr_FR"_s;
    const QString ja = u"ja_JP"_s;
    QTest::newRow("en grouped") << en << u"1,234.50"_s << u"USD"_s << qint64(123450);
    QTest::newRow("en plain") << en << u"1234.5"_s << u"USD"_s << qint64(123450);
    QTest::newRow("en integer") << en << u"42"_s << u"USD"_s << qint64(4200);
    QTest::newRow("en symbol") << en << u"$1,234.50"_s << u"USD"_s << qint64(123450);
    QTest::newRow("en minus symbol") << en << u"-$0.05"_s << u"USD"_s << qint64(-5);
    QTest::newRow("en symbol minus") << en << u"$-0.05"_s << u"USD"_s << qint64(-5);
    QTest::newRow("en parens") << en << u"($1,234.50)"_s << u"USD"_s << qint64(-123450);
    QTest::newRow("en parens no symbol") << en << u"(12)"_s << u"USD"_s << qint64(-1200);
    QTest::newRow("en code prefix") << en << u"EUR 3.10"_s << u"EUR"_s << qint64(310);
    QTest::newRow("en code lower suffix") << en << u"3.10 eur"_s << u"EUR"_s << qint64(310);
    QTest::newRow("en spaces") << en << u"  7.25\t"_s << u"USD"_s << qint64(725);
    QTest::newRow("en plus") << en << u"+7"_s << u"USD"_s << qint64(700);
    QTest::newRow("en leading decimal") << en << u".5"_s << u"USD"_s << qint64(50);
    QTest::newRow("en unicode minus") << en << u"\u22121.00"_s << u"USD"_s << qint64(-100);
    QTest::newRow("en million") << en << u"1,000,000"_s << u"USD"_s << qint64(100000000);
    QTest::newRow("en JPY grouped") << en << u"1,234"_s << u"JPY"_s << qint64(1234);
    QTest::newRow("en KWD") << en << u"1.234"_s << u"KWD"_s << qint64(1234);
    QTest::newRow("en max") << en << u"92,233,720,368,547,758.07"_s << u"EUR"_s << kMax;
    QTest::newRow("en min") << en << u"-92233720368547758.08"_s << u"EUR"_s << kMin;
    QTest::newRow("de grouped") << de << u"1.234,50"_s << u"EUR"_s << qint64(123450);
    QTest::newRow("de symbol") << de << u"1.234,50 €"_s << u"EUR"_s << qint64(123450);
    QTest::newRow("de symbol nbsp") << de << u"-1.234,5\u00A0€"_s << u"EUR"_s << qint64(-123450);
    QTest::newRow("de plain") << de << u"0,05"_s << u"EUR"_s << qint64(5);
    QTest::newRow("de JPY dot groups") << de << u"1.234"_s << u"JPY"_s << qint64(1234);
    QTest::newRow("fr space") << fr << u"1 234,50"_s << u"EUR"_s << qint64(123450);
    QTest::newRow("fr nbsp") << fr << u"1\u00A0234,50"_s << u"EUR"_s << qint64(123450);
    QTest::newRow("fr narrow nbsp")
        << fr << u"1\u202F234\u202F567,50 €"_s << u"EUR"_s << qint64(123456750);
    QTest::newRow("fr parens") << fr << u"(1\u202F234,50\u00A0€)"_s << u"EUR"_s << qint64(-123450);
    QTest::newRow("ja yen") << ja << u"￥1,234"_s << u"JPY"_s << qint64(1234);
    QTest::newRow("ja code") << ja << u"JPY 500"_s << u"JPY"_s << qint64(500);
    QTest::newRow("ja neg") << ja << u"-1,000"_s << u"JPY"_s << qint64(-1000);
    QTest::newRow("ja fullwidth digits") << ja << u"１２３"_s << u"JPY"_s << qint64(123);
    QTest::newRow("hi lakh") << u"hi_IN"_s << u"₹12,34,567.89"_s << u"INR"_s << qint64(123456789);
    QTest::newRow("es_ES min grouping") << u"es_ES"_s << u"1.234,5"_s << u"EUR"_s << qint64(123450);
    QTest::newRow("de_CH apostrophe") << u"de_CH"_s << u"1'234.50"_s << u"CHF"_s << qint64(123450);
    QTest::newRow("ar_EG digits") << u"ar_EG"_s << u"١٬٢٣٤٫٥٠"_s << u"EGP"_s << qint64(123450);
}

void TestMoney::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    const Currency currency = Currency::require(code);
    QCOMPARE(Money::parse(text, currency, loc(locale)), Money(minor, currency));
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QString en = u"en_US"_s;
    const QString de = u"de_DE"_s;
    const QString fr = u"fr_FR"_s;
    QTest::newRow("empty") << en << QString() << u"USD"_s << u"enter an amount"_s;
    QTest::newRow("blank") << en << u"   "_s << u"USD"_s << u"enter an amount"_s;
    QTest::newRow("letters") << en << u"12abc"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("word") << en << u"twelve"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("sign only") << en << u"-"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("symbol only") << en << u"$"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("wrong symbol") << en << u"€5"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("other code") << en << u"GBP 5"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("two signs") << en << u"--5"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("sign and parens") << en << u"(-5)"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("two decimal points") << en << u"1.2.3"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("exponent") << en << u"1e5"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("too many decimals")
        << en << u"1.234"_s << u"USD"_s << u"too many decimal places"_s;
    QTest::newRow("JPY decimals") << en << u"5.5"_s << u"JPY"_s << u"too many decimal places"_s;
    QTest::newRow("KWD 4 decimals")
        << en << u"1.2345"_s << u"KWD"_s << u"too many decimal places"_s;
    QTest::newRow("misplaced group") << en << u"1,23.00"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("decimal comma in en") << en << u"1,5"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("leading group") << en << u",123"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("trailing group") << en << u"123,"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("double group") << en << u"1,,234"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("partial grouping") << en << u"1234,567"_s << u"USD"_s << u"misplaced"_s;
    QTest::newRow("group after decimal") << de << u"1,234.5"_s << u"EUR"_s << u"misplaced"_s;
    QTest::newRow("de dot as decimal") << de << u"12.5"_s << u"EUR"_s << u"misplaced"_s;
    QTest::newRow("fr space wrong") << fr << u"12 34,00"_s << u"EUR"_s << u"misplaced"_s;
    QTest::newRow("en space not group") << en << u"1 234"_s << u"USD"_s << u"not a valid amount"_s;
    QTest::newRow("overflow") << en << u"92,233,720,368,547,758.08"_s << u"EUR"_s << u"too large"_s;
    QTest::newRow("overflow negative")
        << en << u"-92233720368547758.09"_s << u"EUR"_s << u"too large"_s;
    QTest::newRow("overflow huge")
        << en << u"1000000000000000000000000"_s << u"JPY"_s << u"too large"_s;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const QString message
        = errorMessage([&] { Money::parse(text, Currency::require(code), loc(locale)); });
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    if (!text.trimmed().isEmpty())
        QVERIFY2(message.contains(text), qPrintable(message)); // names what was typed
}

void TestMoney::parseFormatRoundTripProperty()
{
    const QStringList localeNames { u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"ja_JP"_s, u"de_CH"_s,
                                    u"hi_IN"_s, u"es_ES"_s, u"sv_SE"_s, u"ar_EG"_s, u"he_IL"_s,
                                    u"fa_IR"_s, u"pt_BR"_s, u"nl_NL"_s, u"C"_s };
    const QList<Currency> currencies { cur("EUR"), cur("USD"), cur("JPY"), cur("KWD"),
                                       cur("CLF"), cur("INR"), cur("CHF") };
    QRandomGenerator rng(4217);
    int checked = 0;
    for (const QString &name : localeNames) {
        const QLocale locale(name);
        QList<Currency> candidates = currencies;
        if (auto own = Currency::fromCode(locale.currencySymbol(QLocale::CurrencyIsoCode)))
            candidates << *own;
        for (int i = 0; i < 1000; ++i) {
            const Currency currency = candidates.at(int(rng.bounded(qsizetype(candidates.size()))));
            const int bits = int(rng.bounded(1, 64));
            qint64 amount = qint64(rng.generate64() >> (64 - bits));
            if (rng.bounded(2))
                amount = -amount;
            const Money value(amount, currency);
            const QString formatted = value.format(locale);
            const QString number = value.formatNumber(locale);
            const QString plain = value.toPlainString();
            try {
                if (Money::parse(formatted, currency, locale) != value)
                    QFAIL(qPrintable(name + u": format round trip failed for "_s + formatted));
                if (Money::parse(number, currency, locale) != value)
                    QFAIL(qPrintable(name + u": number round trip failed for "_s + number));
                if (Money::fromPlainString(plain, currency) != value)
                    QFAIL(qPrintable(u"plain round trip failed for "_s + plain));
            } catch (const Error &e) {
                QFAIL(qPrintable(name + u": "_s + formatted + u" threw "_s + e.userMessage()));
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 1000 * int(localeNames.size()));
}

// Quantities (3 decimals) and percentages (2 decimals) typed in the editor.
void TestMoney::decimalParse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("en one") << "en_US"
                            << "1" << 3 << qint64(1000);
    QTest::newRow("en fraction") << "en_US"
                                 << "2.5" << 3 << qint64(2500);
    QTest::newRow("en grouped") << "en_US"
                                << "1,234.125" << 3 << qint64(1234125);
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,5" << 3 << qint64(1234500);
    QTest::newRow("de negative") << "de_DE"
                                 << "-0,25" << 3 << qint64(-250);
    QTest::newRow("percent") << "en_US"
                             << "19" << 2 << qint64(1900);
    QTest::newRow("percent fraction") << "de_DE"
                                      << "7,75" << 2 << qint64(775);
    QTest::newRow("too many decimals") << "en_US"
                                       << "0.0005" << 3 << qint64(-1);
    QTest::newRow("misplaced group") << "en_US"
                                     << "1,5" << 3 << qint64(-1);
    QTest::newRow("words") << "en_US"
                           << "three" << 3 << qint64(-1);
    QTest::newRow("empty") << "en_US"
                           << "" << 3 << qint64(-1);
    QTest::newRow("overflow") << "en_US"
                              << "99999999999999999999" << 3 << qint64(-1);
}

void TestMoney::decimalParse()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(qint64, expected);
    if (expected == -1) {
        QVERIFY_THROWS_EXCEPTION(Accrue::Error, Decimal::parse(text, decimals, QLocale(locale)));
        return;
    }
    QCOMPARE(Decimal::parse(text, decimals, QLocale(locale)), expected);
}

void TestMoney::decimalFormat_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << "en_US" << qint64(1000) << 3 << "1";
    QTest::newRow("trailing zeros dropped") << "en_US" << qint64(2500) << 3 << "2.5";
    QTest::newRow("grouped") << "en_US" << qint64(1234125) << 3 << "1,234.125";
    QTest::newRow("de") << "de_DE" << qint64(1234500) << 3 << "1.234,5";
    QTest::newRow("negative") << "en_US" << qint64(-250) << 3 << "-0.25";
    QTest::newRow("percent") << "de_DE" << qint64(775) << 2 << "7,75";
}

void TestMoney::decimalFormat()
{
    QFETCH(QString, locale);
    QFETCH(qint64, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::format(value, decimals, QLocale(locale)), expected);
    QCOMPARE(Decimal::parse(expected, decimals, QLocale(locale)), value);
}

// Tax rates: four decimals, trailing zeros dropped down to two.
void TestMoney::decimalFormatAtLeast_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("19 %") << "C" << qint64(190000) << "19.00";
    QTest::newRow("7.25 %") << "C" << qint64(72500) << "7.25";
    QTest::newRow("8.875 %") << "C" << qint64(88750) << "8.875";
    QTest::newRow("9.4375 %") << "C" << qint64(94375) << "9.4375";
    QTest::newRow("0 %") << "C" << qint64(0) << "0.00";
    QTest::newRow("100 %") << "C" << qint64(1000000) << "100.00";
    QTest::newRow("negative") << "C" << qint64(-88750) << "-8.875";
    QTest::newRow("de") << "de_DE" << qint64(88750) << "8,875";
}

void TestMoney::decimalFormatAtLeast()
{
    QFETCH(QString, locale);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::formatAtLeast(value, 4, 2, QLocale(locale)), expected);
    QCOMPARE(Decimal::parse(expected, 4, QLocale(locale)), value);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
