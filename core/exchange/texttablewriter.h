#pragma once

#include "reports/reporttable.h"

#include <QStringList>

class QIODevice;

namespace Accrue {

// A report as an aligned plain-text table for the terminal: text left,
// numbers right, a rule above the totals.
class TextTableWriter final : public ReportSink
{
public:
    explicit TextTableWriter(QIODevice *device);

    void begin(const QString &title, const QList<ReportColumn> &columns) override;
    void row(const QVariantList &cells) override;
    void totalRow(const QVariantList &cells) override;
    void end() override;

private:
    QIODevice *m_device;
    QString m_title;
    QList<ReportColumn> m_columns;
    QList<QStringList> m_rows;
    QList<int> m_totalRows;
};

} // namespace Accrue
