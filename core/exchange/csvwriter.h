#pragma once

#include "reports/reporttable.h"

#include <QByteArray>

class QIODevice;
class QLocale;

namespace Accrue {

// RFC 4180 CSV: UTF-8, header row of column keys, CRLF line ends, fields
// quoted only when they hold a separator, quote or line break; ISO dates and
// plain decimal amounts with a dot. Text cells that a spreadsheet would take
// for a formula are neutralised (see neutralised()). Writes through a buffer:
// fast for big lists.
class CsvWriter final : public ReportSink
{
public:
    // RFC 4180 by default. Excel opens a CSV with the locale's list separator
    // and decimal point and needs a byte order mark to read UTF-8: excel()
    // gives that dialect for a locale (";" and "," where the decimal point is
    // a comma).
    struct Dialect
    {
        char separator = ',';
        char decimalPoint = '.';
        bool byteOrderMark = false;
        static Dialect excel(const QLocale &locale);
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, Dialect dialect);
    ~CsvWriter() override;

    void begin(const QString &title, const QList<ReportColumn> &columns) override;
    void row(const QVariantList &cells) override;
    void end() override;

    static void appendField(QByteArray &out, const QString &text, char separator = ',');
    // A text cell a spreadsheet would run as a formula, made inert.
    static QString neutralised(const QString &text);

private:
    void flush();
    bool numericColumn(int i) const;
    static bool isPlainNumber(const QString &text);
    QIODevice *m_device;
    Dialect m_dialect;
    QByteArray m_buffer;
    QList<ReportColumn> m_columns;
};

} // namespace Accrue
