#pragma once

#include "pages/page.h"
#include "pages/reportpresets.h"

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Accrue {

class ReportChartView;
class ReportParameterForm;
class ReportSink;
class ReportTableModel;
class Session;

// Every report of the engine: choose one, set the parameters it takes (the
// form shows only those), Generate shows it on a worker thread as a sortable
// table with totals and, where it helps, a chart. Export CSV writes the same
// RFC 4180 file as accrue-cli (or Excel's dialect); Print and Save PDF carry
// the title, the parameters, the time it was run and page numbers. Presets
// keep a report with its parameters under a name.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    using Request = ReportRequest;

    explicit ReportsPage(Session &session, QWidget *parent = nullptr);

    bool loadsInBackground() const override { return true; }
    void refresh() override { generate(); }
    bool canPrint() const override { return true; }
    void print() override;
    bool canExport() const override { return true; }
    void exportCsv() override;

    void generate();
    // What Export CSV and Save PDF do, on the calling thread. Throw Error.
    void writeCsv(const QString &path, bool excel = false);
    void writePdf(const QString &path);
    void setRequest(const Request &request);
    Request request() const;
    ReportTableModel *model() const { return m_model; }
    ReportChartView *chart() const { return m_chart; }

    // Presets: a name for the current report and its parameters (QSettings).
    void savePreset(const QString &name);
    bool loadPreset(const QString &name);
    void deletePreset(const QString &name);
    QStringList presetNames() const;

    static void run(Database &db, const Request &request, ReportSink &sink);
    static QString describe(const Request &request);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *createHeading();
    QWidget *createResults();
    QWidget *createPresetBar();
    void refreshPresets();

    Session &m_session;
    ReportParameterForm *m_form;
    QComboBox *m_presets;
    QTableView *m_table;
    ReportChartView *m_chart;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_cancel;
    ReportTableModel *m_model;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_generated = false;
    int m_generation = 0;
};

} // namespace Accrue
