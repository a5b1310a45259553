#include "pages/reportspage.h"

#include "backgroundtask.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/reportfile.h"
#include "documents/reporthtml.h"
#include "models/reporttablemodel.h"
#include "money/currency.h"
#include "pages/cancellablesink.h"
#include "pages/reportpresets.h"
#include "reports/invoicelistreport.h"
#include "reports/reportengine.h"
#include "widgets/errorbox.h"
#include "widgets/reportchartview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
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

enum PeriodPreset {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
    Last12Months,
    Custom
};

} // namespace

ReportsPage::ReportsPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_report(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOf(new QDateEdit(session.today(), this))
    , m_customer(new QLineEdit(this))
    , m_module(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_presets(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(new ReportChartView(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_model(new ReportTableModel(this))
{
    for (const ReportDefinition &r : ReportEngine::reports()) {
        m_report->addItem(r.title, r.name);
        m_report->setItemData(m_report->count() - 1, r.summary, Qt::ToolTipRole);
    }
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            m_cancelled->store(true);
        ++m_generation; // whatever still arrives is dropped
        m_cancel->hide();
        m_state->setText(tr("Cancelled"));
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
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

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_state);
    heading->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createParameterBar());
    layout->addWidget(createPresetBar());
    layout->addLayout(heading);
    layout->addWidget(split, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateParameterWidgets();
        applyDefaultPeriod();
        if (m_generated)
            generate();
    });
    updateParameterWidgets();
    applyDefaultPeriod();
}

QWidget *ReportsPage::createParameterBar()
{
    // Two rows: what and when on top, the narrowing below, so the page fits
    // a laptop screen.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *narrow = new QHBoxLayout;
    rows->addLayout(top);
    rows->addLayout(narrow);
    QHBoxLayout *row = top;
    row->addWidget(new QLabel(tr("Report:"), bar));
    row->addWidget(m_report);
    auto add = [&](ReportParameter parameter, const QString &label, QList<QWidget *> widgets) {
        if (!label.isEmpty()) {
            auto *l = new QLabel(label, bar);
            row->addWidget(l);
            widgets.prepend(l);
        }
        for (QWidget *w : widgets)
            if (!qobject_cast<QLabel *>(w))
                row->addWidget(w);
        m_parameterWidgets[parameter] = widgets;
    };
    for (const QString &name :
         { tr("This month"), tr("Last month"), tr("This quarter"), tr("Last quarter"),
           tr("This year"), tr("Last 12 months"), tr("Custom") })
        m_period->addItem(name);
    for (QDateEdit *edit : { m_from, m_to, m_asOf })
        edit->setCalendarPopup(true);
    connect(m_period, &QComboBox::activated, this, &ReportsPage::applyPeriod);
    auto *dash = new QLabel(QStringLiteral("–"), bar);
    add(ReportParameter::DateRange, tr("Period:"), { m_period, m_from, dash, m_to });
    row->insertWidget(row->indexOf(m_to), dash);
    add(ReportParameter::AsOf, tr("As of:"), { m_asOf });

    auto *generate = new QPushButton(tr("&Generate"), bar);
    generate->setDefault(true);
    connect(generate, &QPushButton::clicked, this, &ReportsPage::generate);
    top->addWidget(generate);
    top->addStretch(1);
    row = narrow;

    m_customer->setPlaceholderText(tr("Customer code or name"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(
        m_customer->fontMetrics().horizontalAdvance(m_customer->placeholderText()) + 40);
    for (QComboBox *combo : { m_module, m_plan })
        combo->setMaximumWidth(200);
    add(ReportParameter::Customer, QString(), { m_customer });
    CustomerService directory(m_session);
    m_module->addItem(tr("All modules"), QString());
    for (const Product &p : directory.products())
        m_module->addItem(p.name, p.code);
    add(ReportParameter::Module, QString(), { m_module });
    m_plan->addItem(tr("All plans"), QString());
    for (const Plan &p : directory.plans())
        m_plan->addItem(p.name, p.code);
    add(ReportParameter::Plan, QString(), { m_plan });
    m_currency->addItem(tr("Main currency"), QString());
    for (const QString &code : Currency::codes())
        m_currency->addItem(code, code);
    add(ReportParameter::Currency, QString(), { m_currency });
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
    add(ReportParameter::Status, QString(), { m_status });
    for (const auto &[label, key] : { std::pair { tr("No split"), QString() },
                                      std::pair { tr("By module"), QStringLiteral("module") },
                                      std::pair { tr("By customer"), QStringLiteral("customer") },
                                      std::pair { tr("By plan"), QStringLiteral("plan") } })
        m_split->addItem(label, key);
    add(ReportParameter::Split, QString(), { m_split });
    m_account->setPlaceholderText(tr("Account code (all)"));
    add(ReportParameter::Account, QString(), { m_account });

    narrow->addStretch(1);
    return bar;
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
        const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), QString(),
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
                                                   QLineEdit::Normal, m_report->currentText());
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

const ReportDefinition &ReportsPage::definition() const
{
    return ReportEngine::require(m_report->currentData().toString());
}

void ReportsPage::updateParameterWidgets()
{
    const ReportDefinition &report = definition();
    for (const auto &[parameter, widgets] : m_parameterWidgets)
        for (QWidget *w : widgets)
            w->setVisible(report.takes(parameter));
}

void ReportsPage::applyPeriod(int preset)
{
    const QDate today = m_session.today();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    std::pair<QDate, QDate> range;
    switch (preset) {
    case ThisMonth:
        range = { month, today };
        break;
    case LastMonth:
        range = { month.addMonths(-1), month.addDays(-1) };
        break;
    case ThisQuarter:
        range = { quarter, today };
        break;
    case LastQuarter:
        range = { quarter.addMonths(-3), quarter.addDays(-1) };
        break;
    case ThisYear:
        range = { QDate(today.year(), 1, 1), today };
        break;
    case Last12Months:
        range = { month.addMonths(-11), today };
        break;
    default:
        return; // Custom: the dates as they are
    }
    m_from->setDate(range.first);
    m_to->setDate(range.second);
    m_period->setCurrentIndex(preset);
}

void ReportsPage::applyDefaultPeriod()
{
    // Revenue over time reads best over a year, lists over this month; a
    // period the user set by hand stays.
    if (m_period->currentIndex() == Custom)
        return;
    applyPeriod(definition().chart.kind == ReportChart::Kind::StackedBars ? Last12Months
                                                                          : ThisMonth);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_generated)
        generate();
}

ReportsPage::Request ReportsPage::request() const
{
    Request r;
    r.report = m_report->currentData().toString();
    ReportParameters &p = r.parameters;
    p.from = m_from->date();
    p.to = m_to->date();
    p.asOf = m_asOf->date();
    p.customer = m_customer->text().trimmed();
    p.module = m_module->currentData().toString();
    p.plan = m_plan->currentData().toString();
    p.currency = m_currency->currentData().toString();
    p.status = m_status->currentData().toString();
    p.split = m_split->currentData().toString();
    p.account = m_account->text().trimmed();
    p.today = m_session.today();
    return r;
}

void ReportsPage::setRequest(const Request &r)
{
    const QSignalBlocker block(m_report);
    m_report->setCurrentIndex(std::max(0, m_report->findData(r.report)));
    updateParameterWidgets();
    const ReportParameters &p = r.parameters;
    if (p.from.isValid() || p.to.isValid())
        m_period->setCurrentIndex(Custom);
    if (p.from.isValid())
        m_from->setDate(p.from);
    if (p.to.isValid())
        m_to->setDate(p.to);
    m_asOf->setDate(p.asOf.isValid() ? p.asOf : m_session.today());
    m_customer->setText(p.customer);
    auto choose = [](QComboBox *combo, const QString &key) {
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    };
    choose(m_module, p.module);
    choose(m_plan, p.plan);
    choose(m_currency, p.currency);
    choose(m_status, p.status);
    choose(m_split, p.split);
    m_account->setText(p.account);
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
    const ReportChart chartSpec = definition().chart;
    const int generation = ++m_generation;
    if (m_cancelled)
        m_cancelled->store(true); // the run this one replaces
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_state->setText(tr("Running…"));
    m_cancel->show();
    runInBackground<ReportTable>(
        this, m_session.bookLocation(),
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
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QString(), plain + QStringLiteral(";;") + excel, &chosen);
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
        this, m_session.bookLocation(),
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
