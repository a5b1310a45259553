#include "dialogs/journalexportdialog.h"

#include "backgroundtask.h"
#include "billing/journalexportservice.h"
#include "billing/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <atomic>

namespace Accrue {

namespace {

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
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export Journal"));
    for (ExportFormat f :
         { ExportFormat::Iif, ExportFormat::Xero, ExportFormat::NetSuite, ExportFormat::Ledger })
        m_format->addItem(exportFormatName(f), int(f));
    // Last month by default: what a month-end close hands to the books.
    const QDate today = m_session.today();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    m_from->setDate(firstOfMonth.addMonths(-1));
    m_to->setDate(firstOfMonth.addDays(-1));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_currency->setPlaceholderText(tr("All currencies"));
    m_currency->setMaxLength(3);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addWidget(m_wholeBook);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row of several fields: the label needs its buddy to take the shortcut.
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    form->addRow(tr("&Currency:"), m_currency);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_export->setEnabled(m_session.can(Permission::Export));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &JournalExportDialog::startExport);
    connect(browse, &QPushButton::clicked, this, &JournalExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &JournalExportDialog::formatChanged);
    connect(m_wholeBook, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
    });
    formatChanged();
    resize(560, sizeHint().height());
}

void JournalExportDialog::formatChanged()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    switch (format) {
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
                           "carry the trial balance's codes."));
        break;
    }
    const QString file = m_file->text();
    if (!file.isEmpty()) {
        const qsizetype dot = file.lastIndexOf(u'.');
        if (dot > file.lastIndexOf(u'/'))
            m_file->setText(file.left(dot + 1) + suffixOf(format));
    }
}

void JournalExportDialog::chooseFile()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString suffix = suffixOf(format);
    const QString start = m_file->text().isEmpty()
        ? QDir::home().filePath(QStringLiteral("journal.") + suffix)
        : m_file->text();
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Export Journal"), start,
                                       tr("%1 files (*.%2)").arg(exportFormatName(format), suffix));
    if (!file.isEmpty())
        m_file->setText(file);
}

void JournalExportDialog::startExport()
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    const auto format = ExportFormat(m_format->currentData().toInt());
    ExportRange range;
    if (!m_wholeBook->isChecked()) {
        range.from = m_from->date();
        range.to = m_to->date();
    }
    range.currency = m_currency->text().trimmed().toUpper();
    m_export->setEnabled(false);
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
        this, m_session.bookLocation(),
        [user = m_session.userName(), today = m_session.today(), format, range, file, cancelled,
         shown](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            return JournalExportService(worker).exportTo(
                format, range, file, [cancelled, shown](qint64 done, qint64 total) {
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
        [this, finish](JournalExportService::Result result) {
            finish();
            // A large Xero export writes dozens of parts: their folder, first and last.
            const QStringList &files = result.files;
            const QFileInfo first(files.first()), last(files.last());
            const QString where = files.size() <= 2
                ? files.join(tr(" and "))
                : tr("%1 files in %2: %3 … %4")
                      .arg(files.size())
                      .arg(QDir::toNativeSeparators(first.absolutePath()), first.fileName(),
                           last.fileName());
            m_status->setText(
                tr("Wrote %n journal entries to %1.", nullptr, int(result.entries)).arg(where));
            emit exportFinished(true);
        },
        [this, finish](const QString &error) {
            finish();
            m_status->setText(error);
            emit exportFinished(false);
        });
}

} // namespace Accrue
