#pragma once

#include "pages/page.h"

#include <QDate>
#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accrue {

class Database;
class ReportSink;
class ReportTableModel;

// Choose a report, set its parameters, Generate shows it (on a worker
// thread); Export CSV writes the same RFC 4180 file as accrue-cli; Print/PDF
// goes through the print preview.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    enum Report { ArAging, TrialBalance, InvoiceList };

    struct Request
    {
        Report report = ArAging;
        QDate asOf;
        QString status; // invoice list
        QString customer; // invoice list
    };

    explicit ReportsPage(Database &db, QWidget *parent = nullptr);

    bool loadsInBackground() const override { return true; }
    void refresh() override { generate(); }
    bool canPrint() const override { return true; }
    void print() override;
    bool canExport() const override { return true; }
    void exportCsv() override;

    void generate();
    // Writes the current report's CSV to a file (what Export CSV does, on
    // the calling thread). Throws Error.
    void writeCsv(const QString &path);
    void setRequest(const Request &request);
    Request request() const;
    ReportTableModel *model() const { return m_model; }

    static void run(Database &db, const Request &request, ReportSink &sink);
    static QString describe(const Request &request);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateParameterWidgets();

    Database &m_db;
    QComboBox *m_report;
    QDateEdit *m_asOf;
    QComboBox *m_status;
    QLineEdit *m_customer;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_cancel;
    ReportTableModel *m_model;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_generated = false;
    int m_generation = 0;
};

} // namespace Accrue
