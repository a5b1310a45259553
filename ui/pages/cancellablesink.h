#pragma once

#include "common/error.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <atomic>

namespace Accrue {

// Passes rows on until the user cancels; then the export stops by throwing,
// so the QSaveFile is never committed and no partial file appears.
class CancellableSink final : public ReportSink
{
public:
    CancellableSink(ReportSink &target, const std::atomic_bool &cancelled)
        : m_target(target)
        , m_cancelled(cancelled)
    {
    }
    void begin(const QString &title, const QList<ReportColumn> &columns) override
    {
        m_target.begin(title, columns);
    }
    void row(const QVariantList &cells) override
    {
        check();
        m_target.row(cells);
    }
    void totalRow(const QVariantList &cells) override { m_target.totalRow(cells); }
    void end() override { m_target.end(); }

private:
    void check()
    {
        if ((++m_count & 1023) == 0 && m_cancelled.load())
            throw Error(QCoreApplication::translate("Accrue::ReportsPage", "Export cancelled"));
    }
    ReportSink &m_target;
    const std::atomic_bool &m_cancelled;
    quint64 m_count = 0;
};

} // namespace Accrue
