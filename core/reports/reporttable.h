#pragma once

#include "money/money.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Accrue {

struct ReportColumn
{
    // Decimal and Percent cells hold a FixedPoint (a share in basis points is
    // a FixedPoint of 2 decimals in percent).
    enum class Type { Text, Date, Money, Integer, Decimal, Percent };
    QString key; // machine name, used as the CSV header
    QString title; // translated, for tables and print
    Type type = Type::Text;

    // Right-aligned, summed, charted.
    bool isNumeric() const { return type != Type::Text && type != Type::Date; }
};

// An exact decimal that is not money: DSO days, a share of a total, a tax
// rate in ppm ({ 88750, 4, 2 } reads "8.875", { 190000, 4, 2 } "19.00").
struct FixedPoint
{
    qint64 value = 0;
    int decimals = 2;
    int minDecimals = -1; // >= 0: trailing zeros are dropped down to this many
};

// Where a report's rows go. Reports stream into a sink, so a million-row
// invoice list can go to a CSV file without being held in memory.
// Cell values: Text → QString, Date → QDate or ISO QString, Money → Money,
// Integer → qint64. A total row is flagged so writers can set it apart.
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual void begin(const QString &title, const QList<ReportColumn> &columns) = 0;
    virtual void row(const QVariantList &cells) = 0;
    virtual void totalRow(const QVariantList &cells) { row(cells); }
    virtual void end() { }
};

// A report held in memory: for the GUI and for tests.
class ReportTable final : public ReportSink
{
public:
    // rowLimit > 0 keeps only the first rows (a screenful of a huge list);
    // totalRowCount() still counts them all.
    explicit ReportTable(qsizetype rowLimit = 0)
        : m_rowLimit(rowLimit)
    {
    }

    void begin(const QString &title, const QList<ReportColumn> &columns) override;
    void row(const QVariantList &cells) override;
    void totalRow(const QVariantList &cells) override;

    qint64 totalRowCount() const { return m_seen; }
    bool isTruncated() const { return m_seen > m_rows.size(); }
    const QString &title() const { return m_title; }
    const QList<ReportColumn> &columns() const { return m_columns; }
    const QList<QVariantList> &rows() const { return m_rows; }
    bool isTotalRow(int row) const { return m_totalRows.contains(row); }

private:
    QString m_title;
    QList<ReportColumn> m_columns;
    QList<QVariantList> m_rows;
    QList<int> m_totalRows;
    qsizetype m_rowLimit = 0;
    qint64 m_seen = 0;
};

// Plain text of a cell as CSV and the CLI print it: ISO dates, dot decimals.
QString plainCellText(const QVariant &cell);
// A cell as people read it, on screen and on paper: numbers and dates in the
// locale's format, statuses in words.
QString displayCellText(const QVariant &cell, const ReportColumn &column, const QLocale &locale);

} // namespace Accrue

Q_DECLARE_METATYPE(Accrue::Money)
Q_DECLARE_METATYPE(Accrue::FixedPoint)
