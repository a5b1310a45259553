#pragma once

#include "reports/reporttable.h"

#include <QByteArray>

class QIODevice;

namespace Accrue {

// RFC 4180 CSV: UTF-8, header row of column keys, CRLF line ends, fields
// quoted only when they hold a separator, quote or line break; ISO dates and
// plain decimal amounts with a dot. Writes through a buffer: fast for big lists.
class CsvWriter final : public ReportSink
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter() override;

    void begin(const QString &title, const QList<ReportColumn> &columns) override;
    void row(const QVariantList &cells) override;
    void end() override;

    static void appendField(QByteArray &out, const QString &text);

private:
    void flush();
    QIODevice *m_device;
    QByteArray m_buffer;
};

} // namespace Accrue
