#include "pages/reportspage.h"

#include "common/error.h"
#include "exchange/csvwriter.h"
#include "models/reporttablemodel.h"
#include "reports/agingreport.h"
#include "reports/trialbalancereport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Accrue {

namespace {
enum Report { ArAging, TrialBalance };
}

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_report(new QComboBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_model(new ReportTableModel(this))
{
    m_report->addItem(tr("AR aging"), ArAging);
    m_report->addItem(tr("Trial balance"), TrialBalance);
    m_asOf->setCalendarPopup(true);
    auto *generateButton = new QPushButton(tr("&Generate"), this);
    auto *exportButton = new QPushButton(tr("Export &CSV…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Report:"), this));
    bar->addWidget(m_report);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(generateButton);
    bar->addStretch(1);
    bar->addWidget(exportButton);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);

    connect(generateButton, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(exportButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::generate);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_generated)
        generate();
}

void ReportsPage::generate()
{
    m_generated = true;
    ReportTable table;
    try {
        if (m_report->currentData().toInt() == ArAging)
            AgingReport(m_db).run(m_asOf->date(), table);
        else
            TrialBalanceReport(m_db).run(m_asOf->date(), table);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Report"), e.userMessage());
        return;
    }
    m_title->setText(table.title());
    m_model->setReport(std::move(table));
    m_table->resizeColumnsToContents();
}

void ReportsPage::writeCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        const ReportTable &report = m_model->report();
        CsvWriter csv(&file);
        csv.begin(report.title(), report.columns());
        for (const QVariantList &row : report.rows())
            csv.row(row);
        csv.end();
    }
    if (!file.commit())
        throw Error(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ReportsPage::exportCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        writeCsv(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export CSV"), e.userMessage());
    }
}

} // namespace Accrue
