#include "pages/reportspage.h"

#include "backgroundtask.h"
#include "common/error.h"
#include "exchange/reportfile.h"
#include "exchange/reporthtml.h"
#include "models/reporttablemodel.h"
#include "reports/agingreport.h"
#include "reports/invoicelistreport.h"
#include "reports/trialbalancereport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <atomic>

namespace Accrue {

namespace {

constexpr qsizetype shownRows = 5000; // a screenful of a huge list; CSV has them all

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

void writeCsvFile(Database &db, const ReportsPage::Request &request, const QString &path,
                  const std::atomic_bool &cancelled)
{
    ReportFile::write(path, ReportFile::Format::Csv, [&](ReportSink &csv) {
        CancellableSink sink(csv, cancelled);
        ReportsPage::run(db, request, sink);
    });
}

} // namespace

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_report(new QComboBox(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_customer(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_model(new ReportTableModel(this))
{
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            m_cancelled->store(true);
        ++m_generation; // whatever still arrives is dropped
        m_cancel->hide();
        m_state->setText(tr("Cancelled"));
    });
    m_report->addItem(tr("AR aging"), ArAging);
    m_report->addItem(tr("Trial balance"), TrialBalance);
    m_report->addItem(tr("Invoice list"), InvoiceList);
    m_asOf->setCalendarPopup(true);
    const std::pair<QString, QString> statuses[] = {
        { tr("All statuses"), QString() },
        { tr("Unpaid"), QStringLiteral("unpaid") },
        { tr("Overdue"), QStringLiteral("overdue") },
        { tr("Paid"), QStringLiteral("paid") },
        { tr("Void"), QStringLiteral("void") },
        { tr("Draft"), QStringLiteral("draft") },
    };
    for (const auto &[label, key] : statuses)
        m_status->addItem(label, key);
    m_customer->setPlaceholderText(tr("Customer code or name"));
    auto *generateButton = new QPushButton(tr("&Generate"), this);
    auto *exportButton = new QPushButton(tr("Export &CSV…"), this);
    auto *printButton = new QPushButton(tr("&Print / PDF…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Report:"), this));
    bar->addWidget(m_report);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(m_status);
    bar->addWidget(m_customer);
    bar->addWidget(generateButton);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_state);
    heading->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(heading);
    layout->addWidget(m_table, 1);

    connect(generateButton, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(exportButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateParameterWidgets();
        generate();
    });
    updateParameterWidgets();
}

void ReportsPage::updateParameterWidgets()
{
    const bool list = m_report->currentData().toInt() == InvoiceList;
    m_status->setVisible(list);
    m_customer->setVisible(list);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_generated)
        generate();
}

ReportsPage::Request ReportsPage::request() const
{
    return { Report(m_report->currentData().toInt()), m_asOf->date(),
             m_status->currentData().toString(), m_customer->text().trimmed() };
}

void ReportsPage::setRequest(const Request &r)
{
    m_report->setCurrentIndex(m_report->findData(int(r.report)));
    m_asOf->setDate(r.asOf);
    m_status->setCurrentIndex(std::max(0, m_status->findData(r.status)));
    m_customer->setText(r.customer);
}

void ReportsPage::run(Database &db, const Request &r, ReportSink &sink)
{
    switch (r.report) {
    case ArAging:
        AgingReport(db).run(r.asOf, sink);
        return;
    case TrialBalance:
        TrialBalanceReport(db).run(r.asOf, sink);
        return;
    case InvoiceList: {
        InvoiceListReport::Filter filter;
        filter.status = r.status;
        filter.customer = r.customer;
        filter.today = r.asOf;
        InvoiceListReport(db).run(filter, sink);
        return;
    }
    }
}

QString ReportsPage::describe(const Request &r)
{
    QString text = tr("As of %1").arg(QLocale().toString(r.asOf, QLocale::LongFormat));
    if (r.report == InvoiceList) {
        if (!r.status.isEmpty())
            text += tr("; status: %1").arg(r.status);
        if (!r.customer.isEmpty())
            text += tr("; customer: %1").arg(r.customer);
    }
    return text;
}

void ReportsPage::generate()
{
    m_generated = true;
    const Request r = request();
    const int generation = ++m_generation;
    if (m_cancelled)
        m_cancelled->store(true); // the run this one replaces
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_state->setText(tr("Running…"));
    m_cancel->show();
    runInBackground<ReportTable>(
        this, m_db.location(),
        [r, cancelled = m_cancelled](Database &db) {
            ReportTable table(shownRows);
            CancellableSink sink(table, *cancelled);
            run(db, r, sink);
            return table;
        },
        [this, generation](ReportTable table) {
            if (generation != m_generation)
                return;
            m_cancel->hide();
            m_title->setText(table.title());
            m_state->setText(table.isTruncated()
                                 ? tr("Showing %1 of %2 rows; Export CSV writes all")
                                       .arg(QLocale().toString(table.rows().size()),
                                            QLocale().toString(table.totalRowCount()))
                                 : tr("%Ln row(s)", nullptr, int(table.rows().size())));
            m_model->setReport(std::move(table));
            m_table->resizeColumnsToContents();
            emit loaded();
        },
        [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            m_cancel->hide();
            m_state->setText(error);
        });
}

void ReportsPage::writeCsv(const QString &path)
{
    const std::atomic_bool never(false);
    writeCsvFile(m_db, request(), path, never);
}

void ReportsPage::exportCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    const Request r = request();
    runInBackground<bool>(
        this, m_db.location(),
        [r, path, cancelled](Database &db) {
            writeCsvFile(db, r, path, *cancelled);
            return true;
        },
        [progress](bool) { progress->deleteLater(); },
        [this, progress, cancelled](const QString &error) {
            progress->deleteLater();
            if (!cancelled->load())
                QMessageBox::warning(this, tr("Export CSV"), error);
        });
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(ReportHtml::prefersLandscape(m_model->report())
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    const QString html = ReportHtml::render(m_model->report(), describe(request()),
                                            QDateTime::currentDateTime(), QLocale());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target); // adds page numbers at the foot of each page
    });
    preview.exec();
}

} // namespace Accrue
