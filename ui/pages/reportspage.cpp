#include "pages/reportspage.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/reportfile.h"
#include "documents/reporthtml.h"
#include "models/reporttablemodel.h"
#include "pages/cancellablesink.h"
#include "pages/reportparameterform.h"
#include "pages/reportpresets.h"
#include "reports/reportengine.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"
#include "widgets/reportchartview.h"
#include "widgets/savefile.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <atomic>

namespace Accrue {

namespace {

constexpr qsizetype shownRows = 5000; // a screenful of a huge list; CSV has them all

// "ar-aging-2026-11-30.csv": the report and the day it is about (its as-of
// date, else the end of its range, else today).
QString fileNameFor(const ReportRequest &r, const QDate &today, const QString &suffix)
{
    const ReportParameters &p = r.parameters;
    const QDate day = p.asOf.isValid() ? p.asOf : p.to.isValid() ? p.to : today;
    return SaveFile::dated(r.report, day, suffix);
}

} // namespace

ReportsPage::ReportsPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_form(new ReportParameterForm(session, this))
    , m_presets(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(new ReportChartView(session, this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_model(new ReportTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(createPresetBar());
    layout->addLayout(createHeading());
    layout->addWidget(createResults(), 1);

    connect(m_form, &ReportParameterForm::generateRequested, this, &ReportsPage::generate);
    connect(m_form, &ReportParameterForm::reportChanged, this, [this] {
        if (m_generated)
            generate();
    });
}

QLayout *ReportsPage::createHeading()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            m_cancelled->store(true);
        ++m_generation; // whatever still arrives is dropped
        m_cancel->hide();
        m_state->setText(tr("Cancelled"));
    });
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_state);
    heading->addWidget(m_cancel);
    return heading;
}

QWidget *ReportsPage::createResults()
{
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(false); // as generated until clicked
    m_table->verticalHeader()->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_chart->hide();
    return split;
}

QWidget *ReportsPage::createPresetBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Preset:"), bar));
    m_presets->setMinimumContentsLength(16);
    row->addWidget(m_presets);
    auto *save = new QPushButton(tr("Save Pre&set…"), bar);
    auto *remove = new QPushButton(tr("Delete Preset"), bar);
    row->addWidget(save);
    row->addWidget(remove);
    row->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export &CSV…"), bar);
    auto *pdfButton = new QPushButton(tr("Save P&DF…"), bar);
    auto *printButton = new QPushButton(tr("&Print…"), bar);
    row->addWidget(exportButton);
    row->addWidget(pdfButton);
    row->addWidget(printButton);
    connect(exportButton, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = SaveFile::ask(
            this, tr("Save PDF"), fileNameFor(request(), m_session.today(), QStringLiteral("pdf")),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        try {
            writePdf(path);
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        } catch (const Error &e) {
            showError(this, tr("Save PDF"), e.userMessage());
        }
    });
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && loadPreset(m_presets->itemText(index)))
            generate();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Save Preset"), tr("Name:"),
                                                   QLineEdit::Normal, m_form->reportTitle());
        if (!name.trimmed().isEmpty())
            savePreset(name.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_presets->currentIndex() > 0)
            deletePreset(m_presets->currentText());
    });
    refreshPresets();
    return bar;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_generated)
        generate();
}

ReportsPage::Request ReportsPage::request() const
{
    return m_form->request();
}

void ReportsPage::setRequest(const Request &r)
{
    m_form->setRequest(r);
}

void ReportsPage::run(Database &db, const Request &r, ReportSink &sink)
{
    ReportEngine::run(db, r.report, r.parameters, sink);
}

QString ReportsPage::describe(const Request &r)
{
    const ReportDefinition &report = ReportEngine::require(r.report);
    return ReportEngine::describe(
        report, ReportEngine::withDefaults(report, r.parameters, r.parameters.today), QLocale());
}

void ReportsPage::generate()
{
    m_generated = true;
    const Request r = request();
    const ReportChart chartSpec = m_form->definition().chart;
    const int generation = ++m_generation;
    if (m_cancelled)
        m_cancelled->store(true); // the run this one replaces
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_state->setText(tr("Running…"));
    m_cancel->show();
    runInBackground<ReportTable>(
        this, m_session.db(),
        [r, cancelled = m_cancelled](Database &db) {
            ReportTable table(shownRows);
            CancellableSink sink(table, *cancelled);
            run(db, r, sink);
            return table;
        },
        [this, generation, chartSpec](ReportTable table) {
            if (generation != m_generation)
                return;
            m_cancel->hide();
            m_title->setText(table.title());
            m_state->setText(table.isTruncated()
                                 ? tr("Showing %1 of %2 rows; Export CSV writes all")
                                       .arg(QLocale().toString(table.rows().size()),
                                            QLocale().toString(table.totalRowCount()))
                                 : tr("%Ln row(s)", nullptr, int(table.rows().size())));
            m_chart->showReport(table, chartSpec);
            m_model->setReport(std::move(table));
            m_table->horizontalHeader()->setSortIndicatorShown(false);
            fitColumnsToWidth(m_table);
            emit loaded();
        },
        [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            m_cancel->hide();
            m_state->setText(error);
        });
}

void ReportsPage::writeCsv(const QString &path, bool excel)
{
    const Request r = request();
    ReportFile::write(m_session, path,
                      excel ? ReportFile::Format::ExcelCsv : ReportFile::Format::Csv,
                      [&](ReportSink &sink) { run(m_session.db(), r, sink); });
}

void ReportsPage::writePdf(const QString &path)
{
    const Request r = request();
    ReportFile::write(
        m_session, path, ReportFile::Format::Pdf,
        [&](ReportSink &sink) { run(m_session.db(), r, sink); }, describe(r));
}

void ReportsPage::exportCsv()
{
    const QString plain = tr("CSV, RFC 4180 (*.csv)");
    const QString excel = tr("CSV for Excel in this locale (*.csv)");
    QString chosen;
    const QString path = SaveFile::ask(
        this, tr("Export CSV"), fileNameFor(request(), m_session.today(), QStringLiteral("csv")),
        plain + QStringLiteral(";;") + excel, &chosen);
    if (path.isEmpty())
        return;
    const bool forExcel = chosen == excel;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    const Request r = request();
    runInBackground<bool>(
        this, m_session.db(),
        [r, path, cancelled, forExcel, user = m_session.userName()](Database &db) {
            const Session session(db, user);
            ReportFile::write(session, path,
                              forExcel ? ReportFile::Format::ExcelCsv : ReportFile::Format::Csv,
                              [&](ReportSink &csv) {
                                  CancellableSink sink(csv, *cancelled);
                                  run(db, r, sink);
                              });
            return true;
        },
        [progress](bool) { progress->deleteLater(); },
        [this, progress, cancelled](const QString &error) {
            progress->deleteLater();
            if (!cancelled->load())
                showError(this, tr("Export CSV"), error);
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

void ReportsPage::savePreset(const QString &typed)
{
    const QString name = ReportPresets::save(typed, request());
    refreshPresets();
    m_presets->setCurrentIndex(std::max(0, m_presets->findText(name)));
}

bool ReportsPage::loadPreset(const QString &name)
{
    const std::optional<ReportRequest> r = ReportPresets::load(name);
    if (r)
        setRequest(*r);
    return r.has_value();
}

void ReportsPage::deletePreset(const QString &name)
{
    ReportPresets::remove(name);
    refreshPresets();
}

QStringList ReportsPage::presetNames() const
{
    return ReportPresets::names();
}

void ReportsPage::refreshPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("(choose a preset)"));
    m_presets->addItems(presetNames());
}

} // namespace Accrue
