#include "dialogs/journalexportdialog.h"

#include "backgroundtask.h"
#include "billing/journalexportservice.h"
#include "billing/periodcloseservice.h"
#include "billing/session.h"
#include "common/localdates.h"
#include "dialogs/accountingexportpane.h"
#include "dialogs/settingsdialog.h"
#include "exchange/journalreader.h"
#include "widgets/savefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>
#include <atomic>

namespace Accrue {

namespace {

const QString formatKey = QStringLiteral("journalExport/format");

QString suffixOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Iif:
        return QStringLiteral("iif");
    case ExportFormat::Ledger:
        return QStringLiteral("journal");
    case ExportFormat::Xero:
    case ExportFormat::NetSuite:
        break;
    }
    return QStringLiteral("csv");
}

bool isMonthStart(const QDate &day)
{
    return day.day() == 1;
}

bool isMonthEnd(const QDate &day)
{
    return day.addDays(1).day() == 1;
}

// "2026-03" for a whole month, "2026-01-to-2026-03" for whole months,
// else the days.
QString rangeText(const QDate &from, const QDate &to)
{
    const QString month = QStringLiteral("yyyy-MM");
    if (isMonthStart(from) && isMonthEnd(to)) {
        if (from.year() == to.year() && from.month() == to.month())
            return from.toString(month);
        return from.toString(month) + QStringLiteral("-to-") + to.toString(month);
    }
    return from.toString(Qt::ISODate) + QStringLiteral("-to-") + to.toString(Qt::ISODate);
}

} // namespace

JournalExportDialog::JournalExportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_wholeBook(new QCheckBox(tr("&Whole book"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_currency(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_period(new QLabel(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_mapping(new QPushButton(tr("Account &Mapping…"), this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export Journal"));
    for (ExportFormat f :
         { ExportFormat::Iif, ExportFormat::Xero, ExportFormat::NetSuite, ExportFormat::Ledger })
        m_format->addItem(exportFormatName(f), int(f));
    // The format used last: a company exports to one system.
    if (const auto last = exportFormatFromKey(QSettings().value(formatKey).toString()))
        m_format->setCurrentIndex(std::max(0, m_format->findData(int(*last))));
    // The last closed month by default: what a month-end close hands to the
    // books (before the first close, last month). One row: read here.
    try {
        m_lock = PeriodCloseService(m_session).lock();
    } catch (const Error &) {
        m_lock = {}; // the period line says nothing is closed; the export checks again
    }
    const QDate today = m_session.today();
    const QDate to = m_lock.closedThrough.isValid()
        ? m_lock.closedThrough
        : QDate(today.year(), today.month(), 1).addDays(-1);
    m_from->setDate(QDate(to.year(), to.month(), 1));
    m_to->setDate(to);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_currency->setObjectName(QStringLiteral("exportCurrency"));
    m_currency->setPlaceholderText(tr("All currencies"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(u'W') * 12);
    m_currency->setToolTip(tr("An ISO code (EUR) to export one currency; empty for all. "
                              "QuickBooks files hold one currency each."));
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addSpacing(12);
    dates->addWidget(m_wholeBook);
    dates->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row of several fields: the label needs its buddy to take the shortcut.
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    form->addRow(QString(), m_period);
    form->addRow(tr("&Currency:"), m_currency);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->setWordWrap(true);
    m_note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("exportProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problems->hide();
    m_mapping->setToolTip(tr("What each account is called in the format chosen "
                             "(Settings > Accounting Export)"));
    m_mapping->setVisible(m_session.can(Permission::Administer));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mapping, QDialogButtonBox::ResetRole); // the left end
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_export->setEnabled(m_session.can(Permission::Export));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &JournalExportDialog::startExport);
    connect(browse, &QPushButton::clicked, this, &JournalExportDialog::chooseFile);
    connect(m_mapping, &QPushButton::clicked, this, &JournalExportDialog::openMapping);
    connect(m_format, &QComboBox::currentIndexChanged, this, &JournalExportDialog::formatChanged);
    connect(m_wholeBook, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        rangeChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JournalExportDialog::rangeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalExportDialog::rangeChanged);
    connect(m_currency, &QLineEdit::textChanged, this, &JournalExportDialog::rangeChanged);
    formatChanged();
    resize(620, sizeHint().height());
}

ExportFormat JournalExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString JournalExportDialog::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->toPlainText();
}

QString JournalExportDialog::suggestedFileName() const
{
    QString name = QStringLiteral("accrue-journal-");
    name += m_wholeBook->isChecked() ? QStringLiteral("all")
                                     : rangeText(m_from->date(), m_to->date());
    const QString currency = m_currency->text().trimmed().toUpper();
    if (!currency.isEmpty())
        name += u'-' + currency;
    return name + u'.' + suffixOf(format());
}

void JournalExportDialog::formatChanged()
{
    switch (format()) {
    case ExportFormat::Iif:
        m_note->setText(tr("General journal transactions for QuickBooks Desktop (File > "
                           "Utilities > Import > IIF Files). One currency per file."));
        break;
    case ExportFormat::Xero:
        m_note->setText(tr("Two files for Xero's imports: NAME-invoices.csv (sales invoices and "
                           "credit notes, tax exclusive) and NAME-payments.csv (the payments as "
                           "a bank statement to reconcile, one currency)."));
        break;
    case ExportFormat::NetSuite:
        m_note->setText(tr("Journal entries for NetSuite's CSV import, one row per line, an "
                           "External ID per entry."));
        break;
    case ExportFormat::Ledger:
        m_note->setText(tr("A plain-text journal for hledger and ledger-cli; account names "
                           "carry the trial balance's codes. Needs no account mapping."));
        break;
    }
    m_mapping->setEnabled(exportNeedsMapping(format()));
    const QString file = m_file->text();
    if (!file.isEmpty() && file != m_suggested) {
        // A name of the user's own keeps it; only the suffix follows the format.
        const qsizetype dot = file.lastIndexOf(u'.');
        if (dot > file.lastIndexOf(u'/'))
            m_file->setText(file.left(dot + 1) + suffixOf(format()));
    }
    rangeChanged();
}

void JournalExportDialog::rangeChanged()
{
    // A suggestion taken as it was follows the format, dates and currency.
    if (!m_suggested.isEmpty() && m_file->text() == m_suggested) {
        m_suggested = QFileInfo(m_suggested).dir().filePath(suggestedFileName());
        m_file->setText(m_suggested);
    }
    m_file->setPlaceholderText(tr("Browse… suggests %1").arg(suggestedFileName()));
    const QString through = LocalDates::longDate(m_lock.closedThrough);
    if (!m_lock.closedThrough.isValid())
        m_period->setText(
            tr("No month is closed yet: the entries of this range may still change."));
    else if (!m_wholeBook->isChecked() && m_to->date() <= m_lock.closedThrough)
        m_period->setText(tr("Closed (the books are closed through %1): the same range gives "
                             "the same file every time.")
                              .arg(through));
    else
        m_period->setText(
            tr("The books are closed through %1: later entries may still change.").arg(through));
}

bool JournalExportDialog::chooseFile()
{
    const QString suffix = suffixOf(format());
    const QString start = m_file->text().isEmpty() ? suggestedFileName() : m_file->text();
    const QString file
        = SaveFile::ask(this, tr("Export Journal"), start,
                        tr("%1 files (*.%2)").arg(exportFormatName(format()), suffix));
    if (file.isEmpty())
        return false;
    m_file->setText(file);
    // Taken as suggested: it follows later changes of the range.
    m_suggested = QFileInfo(file).fileName() == suggestedFileName() ? file : QString();
    return true;
}

void JournalExportDialog::openMapping()
{
    SettingsDialog settings(m_session, this);
    AccountingExportPane *pane = settings.accountingExportPane();
    pane->setFormat(format());
    // The pane sits in the settings' tabs: bring its tab to the front.
    for (QObject *up = pane->parent(); up; up = up->parent())
        if (auto *tabs = qobject_cast<QTabWidget *>(up)) {
            tabs->setCurrentWidget(pane);
            break;
        }
    settings.exec();
}

void JournalExportDialog::showProblems(const QString &problems)
{
    // Every unmapped account says where to map it: say that once, below.
    QString text = problems;
    const QString where = JournalReader::whereToSet();
    if (text.contains(where)) {
        text.replace(QStringLiteral(": ") + where, QString());
        text += QStringLiteral("\n\n")
            + tr("Map them in Settings > Accounting Export (Account Mapping… below) or with "
                 "accrue-cli export mapping, then export again.");
    }
    m_problems->setPlainText(text);
    m_problems->setVisible(!text.isEmpty());
    if (!text.isEmpty() && height() < 460)
        resize(width(), 460); // room for a list of accounts
}

void JournalExportDialog::startExport()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        // Nothing chosen yet: the chooser, with its suggestion, comes first.
        if (!chooseFile())
            return;
        exportTo(m_file->text().trimmed());
        return;
    }
    exportTo(file);
}

void JournalExportDialog::exportTo(const QString &file)
{
    const ExportFormat chosen = format();
    ExportRange range;
    if (!m_wholeBook->isChecked()) {
        range.from = m_from->date();
        range.to = m_to->date();
    }
    range.currency = m_currency->text().trimmed().toUpper();
    m_export->setEnabled(false);
    showProblems({});
    m_status->setText(tr("Exporting…"));
    auto *progress = new QProgressDialog(tr("Exporting the journal…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> shown(progress);
    auto finish = [this, shown] {
        if (shown)
            shown->deleteLater();
        m_export->setEnabled(m_session.can(Permission::Export));
    };
    runInBackground<JournalExportService::Result>(
        this, m_session.db(),
        [user = m_session.userName(), today = m_session.today(), chosen, range, file, cancelled,
         shown](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            return JournalExportService(worker).exportTo(
                chosen, range, file, [cancelled, shown](qint64 done, qint64 total) {
                    QMetaObject::invokeMethod(
                        qApp,
                        [shown, done, total] {
                            if (!shown)
                                return;
                            shown->setMaximum(int(qMin<qint64>(total, INT_MAX)));
                            shown->setValue(int(qMin<qint64>(done, INT_MAX)));
                        },
                        Qt::QueuedConnection);
                    return !*cancelled;
                });
        },
        [this, finish, chosen, file](JournalExportService::Result result) {
            finish();
            QSettings settings;
            settings.setValue(formatKey, exportFormatKey(chosen));
            SaveFile::remember(file); // the folder every save dialog starts in
            // A large Xero export writes dozens of parts: their folder, first and last.
            const QStringList &files = result.files;
            const QFileInfo first(files.first()), last(files.last());
            const QString where = files.size() <= 2
                ? files.join(tr(" and "))
                : tr("%1 files in %2: %3 … %4")
                      .arg(files.size())
                      .arg(QDir::toNativeSeparators(first.absolutePath()), first.fileName(),
                           last.fileName());
            // Counts as "label: n", which reads right for any n.
            m_status->setText(
                tr("Journal entries written: %1. File: %2").arg(result.entries).arg(where));
            emit exportFinished(true);
        },
        [this, finish](const QString &error) {
            finish();
            // The service checks everything before it writes, and writes the
            // file whole or not at all.
            const qsizetype lines = error.count(u'\n') + 1;
            // Counts as "label: n", which reads right for any n.
            m_status->setText(lines > 1 ? tr("Nothing was written. Problems: %1").arg(lines)
                                        : tr("Nothing was written."));
            showProblems(error);
            emit exportFinished(false);
        });
}

} // namespace Accrue
