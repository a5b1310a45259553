#pragma once

#include "reports/reporttable.h"

#include <QByteArray>

class QIODevice;

namespace Accrue {

// A report as JSON for programs: {"title": …, "columns": [keys], "rows":
// [{key: value, …}], "totals": [{…}]}. Integers are numbers; amounts are
// strings in plain decimal ("1234.50"), never floats, so no cent is lost
// to a reader's doubles; dates are ISO text; an empty cell is null.
// Streams through a buffer, so a long list needs no memory for itself.
class JsonWriter final : public ReportSink
{
public:
    explicit JsonWriter(QIODevice *device);
    ~JsonWriter() override;

    void begin(const QString &title, const QList<ReportColumn> &columns) override;
    void row(const QVariantList &cells) override;
    void totalRow(const QVariantList &cells) override;
    void end() override;

private:
    QByteArray object(const QVariantList &cells) const;
    void flush();

    QIODevice *m_device;
    QList<ReportColumn> m_columns;
    QByteArray m_buffer;
    QList<QByteArray> m_totals;
    bool m_firstRow = true;
};

} // namespace Accrue
