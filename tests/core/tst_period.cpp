// The period presets (core/reports/period.h): the dates behind "This month",
// "Last 12 months + this month to date" and the rest on the days where they
// turn over (the first and last of a month and of a year, a leap day), and
// the period each one is compared with. Dates are fixed: nothing here reads
// the calendar.

#include "reports/period.h"

#include <QTest>

using namespace Accrue;

Q_DECLARE_METATYPE(Accrue::Period)

class TestPeriod final : public QObject
{
    Q_OBJECT

private slots:
    void presets_data();
    void presets();
    void wholePeriods_data();
    void wholePeriods();
    void lastMonths();
    void previousIsLikeForLike_data();
    void previousIsLikeForLike();
    void titles();
};

namespace {

using Kind = Period::Kind;

void addPreset(const char *name, Kind kind, QDate today, QDate from, QDate to)
{
    QTest::newRow(name) << kind << today << from << to;
}

} // namespace

void TestPeriod::presets_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate dec1(2026, 12, 1), nov30(2026, 11, 30), dec31(2026, 12, 31), jan1(2027, 1, 1);
    // The first of a month: this month is that one day.
    addPreset("this month, 1 Dec", Kind::ThisMonth, dec1, dec1, dec1);
    addPreset("last month, 1 Dec", Kind::LastMonth, dec1, QDate(2026, 11, 1), nov30);
    addPreset("this quarter, 1 Dec", Kind::ThisQuarter, dec1, QDate(2026, 10, 1), dec1);
    addPreset("last quarter, 1 Dec", Kind::LastQuarter, dec1, QDate(2026, 7, 1),
              QDate(2026, 9, 30));
    addPreset("this year, 1 Dec", Kind::ThisYear, dec1, QDate(2026, 1, 1), dec1);
    addPreset("12 months, 1 Dec", Kind::Last12Months, dec1, QDate(2025, 12, 1), dec1);
    // The last of a month: this month is the whole month.
    addPreset("this month, 30 Nov", Kind::ThisMonth, nov30, QDate(2026, 11, 1), nov30);
    addPreset("last month, 30 Nov", Kind::LastMonth, nov30, QDate(2026, 10, 1),
              QDate(2026, 10, 31));
    addPreset("this quarter, 30 Nov", Kind::ThisQuarter, nov30, QDate(2026, 10, 1), nov30);
    addPreset("this year, 30 Nov", Kind::ThisYear, nov30, QDate(2026, 1, 1), nov30);
    addPreset("12 months, 30 Nov", Kind::Last12Months, nov30, QDate(2025, 11, 1), nov30);
    // New Year's Eve: every "this" preset is whole.
    addPreset("this month, 31 Dec", Kind::ThisMonth, dec31, dec1, dec31);
    addPreset("last month, 31 Dec", Kind::LastMonth, dec31, QDate(2026, 11, 1), nov30);
    addPreset("this quarter, 31 Dec", Kind::ThisQuarter, dec31, QDate(2026, 10, 1), dec31);
    addPreset("last quarter, 31 Dec", Kind::LastQuarter, dec31, QDate(2026, 7, 1),
              QDate(2026, 9, 30));
    addPreset("this year, 31 Dec", Kind::ThisYear, dec31, QDate(2026, 1, 1), dec31);
    addPreset("12 months, 31 Dec", Kind::Last12Months, dec31, dec1.addYears(-1), dec31);
    // New Year's Day: the "last" presets reach into the year before.
    addPreset("this month, 1 Jan", Kind::ThisMonth, jan1, jan1, jan1);
    addPreset("last month, 1 Jan", Kind::LastMonth, jan1, dec1, dec31);
    addPreset("this quarter, 1 Jan", Kind::ThisQuarter, jan1, jan1, jan1);
    addPreset("last quarter, 1 Jan", Kind::LastQuarter, jan1, QDate(2026, 10, 1), dec31);
    addPreset("this year, 1 Jan", Kind::ThisYear, jan1, jan1, jan1);
    addPreset("12 months, 1 Jan", Kind::Last12Months, jan1, QDate(2026, 1, 1), jan1);
    // Mid-month and a leap day.
    addPreset("this month, 14 Feb", Kind::ThisMonth, QDate(2026, 2, 14), QDate(2026, 2, 1),
              QDate(2026, 2, 14));
    addPreset("last quarter, 1 Apr", Kind::LastQuarter, QDate(2026, 4, 1), QDate(2026, 1, 1),
              QDate(2026, 3, 31));
    addPreset("12 months, 14 Feb", Kind::Last12Months, QDate(2026, 2, 14), QDate(2025, 2, 1),
              QDate(2026, 2, 14));
    addPreset("12 months, leap day", Kind::Last12Months, QDate(2028, 2, 29), QDate(2027, 2, 1),
              QDate(2028, 2, 29));
}

void TestPeriod::presets()
{
    QFETCH(Kind, kind);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const Period period = Period::preset(kind, today);
    QCOMPARE(period.from, from);
    QCOMPARE(period.to, to);
    QVERIFY(period.isValid());
    QVERIFY(period.to <= today); // no preset reaches past today
    // The presets are the calendar periods cut at today.
    QCOMPARE(period, Period::of(kind, today).upTo(today));
}

void TestPeriod::wholePeriods_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    addPreset("this month, 1 Dec", Kind::ThisMonth, QDate(2026, 12, 1), QDate(2026, 12, 1),
              QDate(2026, 12, 31));
    addPreset("this month, 14 Feb", Kind::ThisMonth, QDate(2026, 2, 14), QDate(2026, 2, 1),
              QDate(2026, 2, 28));
    addPreset("this quarter, 30 Nov", Kind::ThisQuarter, QDate(2026, 11, 30), QDate(2026, 10, 1),
              QDate(2026, 12, 31));
    addPreset("this year, 1 Jan", Kind::ThisYear, QDate(2027, 1, 1), QDate(2027, 1, 1),
              QDate(2027, 12, 31));
    addPreset("12 months, 1 Jan", Kind::Last12Months, QDate(2027, 1, 1), QDate(2026, 1, 1),
              QDate(2027, 1, 1));
}

void TestPeriod::wholePeriods()
{
    QFETCH(Kind, kind);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QCOMPARE(Period::of(kind, today), (Period { from, to }));
}

void TestPeriod::lastMonths()
{
    // The Revenue tab's ranges: n whole months and this month to date.
    const QDate today(2026, 12, 1);
    QCOMPARE(Period::lastMonths(6, today), (Period { QDate(2026, 6, 1), today }));
    QCOMPARE(Period::lastMonths(24, today), (Period { QDate(2024, 12, 1), today }));
    QCOMPARE(Period::lastMonths(12, today), Period::preset(Kind::Last12Months, today));
}

void TestPeriod::previousIsLikeForLike_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<Period>("previous");
    auto row = [](const char *name, Period period, Period previous) {
        QTest::newRow(name) << period << previous;
    };
    // The first of a month: one day against one day, not against a month.
    row("1 Dec to date", Period::preset(Kind::ThisMonth, QDate(2026, 12, 1)),
        { QDate(2026, 11, 1), QDate(2026, 11, 1) });
    row("1 Jan to date", Period::preset(Kind::ThisMonth, QDate(2027, 1, 1)),
        { QDate(2026, 12, 1), QDate(2026, 12, 1) });
    row("15 Dec to date", Period::preset(Kind::ThisMonth, QDate(2026, 12, 15)),
        { QDate(2026, 11, 1), QDate(2026, 11, 15) });
    // 30 March to date against February: cut at February's end.
    row("30 Mar to date", Period::preset(Kind::ThisMonth, QDate(2026, 3, 30)),
        { QDate(2026, 2, 1), QDate(2026, 2, 28) });
    // Whole months against whole months.
    row("November", Period::preset(Kind::LastMonth, QDate(2026, 12, 1)),
        { QDate(2026, 10, 1), QDate(2026, 10, 31) });
    row("March", { QDate(2026, 3, 1), QDate(2026, 3, 31) },
        { QDate(2026, 2, 1), QDate(2026, 2, 28) });
    row("whole quarter", { QDate(2026, 10, 1), QDate(2026, 12, 31) },
        { QDate(2026, 7, 1), QDate(2026, 9, 30) });
    row("whole year", { QDate(2026, 1, 1), QDate(2026, 12, 31) },
        { QDate(2025, 1, 1), QDate(2025, 12, 31) });
    // A quarter and a year to date against the same days a period earlier.
    row("quarter to 1 Dec", Period::preset(Kind::ThisQuarter, QDate(2026, 12, 1)),
        { QDate(2026, 7, 1), QDate(2026, 9, 1) });
    row("year to 1 Dec", Period::preset(Kind::ThisYear, QDate(2026, 12, 1)),
        { QDate(2025, 1, 1), QDate(2025, 12, 1) });
    row("12 months to 1 Dec", Period::preset(Kind::Last12Months, QDate(2026, 12, 1)),
        { QDate(2024, 11, 1), QDate(2025, 11, 1) });
    // Any other range: as many days just before.
    row("custom", { QDate(2026, 11, 10), QDate(2026, 11, 19) },
        { QDate(2026, 10, 31), QDate(2026, 11, 9) });
}

void TestPeriod::previousIsLikeForLike()
{
    QFETCH(Period, period);
    QFETCH(Period, previous);
    QCOMPARE(period.previous().from, previous.from);
    QCOMPARE(period.previous().to, previous.to);
    QVERIFY(period.previous().to < period.from); // never overlaps
}

void TestPeriod::titles()
{
    // One name per preset, saying what the dates are.
    QCOMPARE(Period::title(Kind::Last12Months),
             QStringLiteral("Last 12 months + this month to date"));
    QCOMPARE(Period::lastMonthsTitle(6), QStringLiteral("Last 6 months + this month to date"));
    QCOMPARE(Period::title(Kind::ThisMonth), QStringLiteral("This month to date"));
    QCOMPARE(Period::presets().size(), 7);
    QCOMPARE(Period::presets().last(), Kind::Custom);
    QStringList names;
    for (Kind kind : Period::presets())
        names << Period::title(kind);
    names.removeDuplicates();
    QCOMPARE(names.size(), Period::presets().size());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
