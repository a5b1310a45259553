#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Accrue {

class Database;
class ReportTableModel;

// Choose a report, set its date, Generate shows it; Export CSV writes the
// same RFC 4180 file as accrue-cli.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Database &db, QWidget *parent = nullptr);

    void generate();
    void exportCsv();
    // Writes the current report as CSV to a file; throws Error on failure.
    void writeCsv(const QString &path);

protected:
    // The first report runs when the page is first shown, not at start-up.
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    bool m_generated = false;
    QComboBox *m_report;
    QDateEdit *m_asOf;
    QTableView *m_table;
    QLabel *m_title;
    ReportTableModel *m_model;
};

} // namespace Accrue
