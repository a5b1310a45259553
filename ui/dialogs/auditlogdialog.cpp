#include "dialogs/auditlogdialog.h"

#include "backgroundtask.h"
#include "billing/auditaccess.h"
#include "billing/session.h"
#include "common/error.h"
#include "csvexport.h"
#include "domain/auditdiff.h"
#include "models/audittablemodel.h"
#include "queries/audittrail.h"
#include "reports/audittrailreport.h"
#include "security/bookverification.h"
#include "widgets/errorbox.h"
#include "widgets/savefile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <climits>
#include <memory>

namespace Accrue {

namespace {
// The date edits' lowest date stands for "any day".
const QDate anyDay(2000, 1, 1);

// The start of a local day as an instant.
QDateTime startOfLocalDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}
} // namespace

AuditLogDialog::AuditLogDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    AuditAccess::require(session);
    setWindowTitle(tr("Audit Log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    m_model = new AuditTableModel(session.db(), this);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(AuditTableModel::Seq, 80);
    m_table->setColumnWidth(AuditTableModel::Time, 170);
    m_table->setColumnWidth(AuditTableModel::User, 180);
    m_table->setColumnWidth(AuditTableModel::Action, 190);
    m_table->setColumnWidth(AuditTableModel::Entity, 110);

    auto *detailPane = new QWidget(this);
    m_heading = new QLabel(tr("Choose a record to see what it changed."), detailPane);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QTableWidget(0, 3, detailPane);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setWordWrap(true);
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    // Writing a file is an export: a role without it is refused by core too.
    m_export->setEnabled(session.can(Permission::Export));
    m_verify = buttons->addButton(tr("&Verify…"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    m_verify->setToolTip(tr("Check that no record was altered, removed or reordered, and prove "
                            "the books (totals, allocations, journal, monthly balances) "
                            "against the trail"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_model, &AuditTableModel::reloaded, this, &AuditLogDialog::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogDialog::showRecord);
    // A page read on a worker arrived: the chosen row may be in it.
    connect(m_model, &AuditTableModel::pageLoaded, this,
            [this] { showRecord(m_table->currentIndex()); });
    fillChoices();
    applyFilter();
    resize(1100, 760);
}

void AuditLogDialog::buildFilterBar(QWidget *bar)
{
    m_user = new QComboBox(bar);
    m_user->setObjectName(QStringLiteral("user"));
    m_entity = new QComboBox(bar);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_record = new QLineEdit(bar);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setPlaceholderText(tr("Any"));
    m_record->setToolTip(tr("The record's id, as the entity names it (an invoice's is its "
                            "internal number, not the invoice number)"));
    m_record->setClearButtonEnabled(true);
    m_record->setMaximumWidth(110);
    for (QDateEdit **edit : { &m_from, &m_to }) {
        *edit = new QDateEdit(bar);
        (*edit)->setCalendarPopup(true);
        (*edit)->setMinimumDate(anyDay);
        (*edit)->setSpecialValueText(tr("Any day"));
        (*edit)->setDate(anyDay);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search actions, ids and values…"));
    m_search->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QWidget *> fields[] = {
        { tr("&User:"), m_user }, { tr("E&ntity:"), m_entity }, { tr("&Record:"), m_record },
        { tr("&From:"), m_from }, { tr("&To:"), m_to },
    };
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    }
    layout->addWidget(m_search, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditLogDialog::applyFilter);
    for (QLineEdit *edit : { m_record, m_search })
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : { m_user, m_entity })
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, m_typing, qOverload<>(&QTimer::start));
}

void AuditLogDialog::fillChoices()
{
    AuditTrail trail(m_session.db());
    const std::pair<QComboBox *, QStringList> choices[] = {
        { m_user, trail.userNames() },
        { m_entity, trail.entities() },
    };
    for (const auto &[combo, names] : choices) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(combo == m_user ? tr("All users") : tr("All entities"), QString());
        for (const QString &name : names)
            combo->addItem(name, name);
    }
}

AuditListFilter AuditLogDialog::filter() const
{
    AuditListFilter f;
    f.userName = m_user->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.entityId = m_record->text().trimmed();
    if (m_from->date() != anyDay)
        f.from = startOfLocalDay(m_from->date());
    if (m_to->date() != anyDay)
        f.until = startOfLocalDay(m_to->date().addDays(1)); // the whole last day
    f.search = m_search->text().trimmed();
    return f;
}

void AuditLogDialog::applyFilter()
{
    m_typing->stop();
    try {
        m_model->setFilter(filter());
    } catch (const Error &e) {
        showError(this, tr("Audit Log"), e.userMessage());
    }
    // The newest record shows its changes at once (the list is new: nothing
    // was chosen in it yet).
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        showRecord({});
}

void AuditLogDialog::showHistory(const QString &entity, const QString &entityId)
{
    {
        const QSignalBlocker blockEntity(m_entity);
        const QSignalBlocker blockRecord(m_record);
        int index = m_entity->findData(entity);
        if (index < 0) { // no record of it yet: offered all the same
            m_entity->addItem(entity, entity);
            index = m_entity->count() - 1;
        }
        m_entity->setCurrentIndex(index);
        m_record->setText(entityId);
    }
    setWindowTitle(tr("Audit Log — %1 %2").arg(entity, entityId));
    applyFilter();
}

void AuditLogDialog::showRecordNumber(qint64 seq)
{
    // Every record, so the one asked for is among them.
    {
        const QSignalBlocker blockUser(m_user);
        const QSignalBlocker blockEntity(m_entity);
        const QSignalBlocker blockRecord(m_record);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockSearch(m_search);
        m_user->setCurrentIndex(0);
        m_entity->setCurrentIndex(0);
        m_record->clear();
        m_from->setDate(anyDay);
        m_to->setDate(anyDay);
        m_search->clear();
    }
    applyFilter();
    try {
        const qint64 row = AuditTrail(m_session.db()).rowOf(m_model->filter(), seq);
        if (row >= 0 && row < m_model->rowCount()) {
            m_table->setCurrentIndex(m_model->index(int(row), 0));
            m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
        }
    } catch (const Error &e) {
        showError(this, tr("Audit Log"), e.userMessage());
    }
}

void AuditLogDialog::updateSummary(qint64 rows)
{
    m_summary->setText(tr("%Ln record(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
}

void AuditLogDialog::showRecord(const QModelIndex &current)
{
    const AuditListRow *row = current.isValid() ? m_model->record(current.row()) : nullptr;
    if (!row) {
        m_detail->setRowCount(0);
        m_heading->setText(current.isValid() ? tr("Loading…")
                                             : tr("Choose a record to see what it changed."));
        return;
    }
    showDetail(*row);
}

void AuditLogDialog::showDetail(const AuditListRow &row)
{
    m_heading->setText(tr("Record %1: %2 on %3 %4, by %5 at %6")
                           .arg(row.id)
                           .arg(row.action, row.entity, row.entityId, AuditTableModel::byWhom(row),
                                AuditTableModel::localTime(row.at)));
    const std::vector<AuditDiff::Field> fields = AuditDiff::compare(row.beforeJson, row.afterJson);
    m_detail->setRowCount(int(fields.size()));
    // Changed rows stand out by weight and by a tint of the palette's own
    // highlight, readable in light and dark palettes alike.
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(60);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < int(fields.size()); ++i) {
        const AuditDiff::Field &field = fields[std::size_t(i)];
        const QString cells[] = {
            field.name,
            field.inBefore ? field.before : tr("—"),
            field.inAfter ? field.after : tr("—"),
        };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, field.changed);
            if (field.changed) {
                item->setBackground(tint);
                item->setFont(bold);
                item->setToolTip(tr("Changed"));
            }
            m_detail->setItem(i, column, item);
        }
    }
    m_detail->resizeRowsToContents();
}

void AuditLogDialog::exportCsv()
{
    const QString path = SaveFile::ask(
        this, tr("Export Audit Log"),
        SaveFile::dated(QStringLiteral("audit-log"), m_session.today(), QStringLiteral("csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogDialog::exportTo(const QString &path)
{
    const AuditListFilter f = filter();
    CsvExport::start(
        this, m_session, path, tr("Export Audit Log"),
        [f](Database &db, ReportSink &csv) { AuditTrailReport(db).run(f, csv); },
        [this, path](bool ok) { emit exported(path, ok); });
}

void AuditLogDialog::verify()
{
    // Per mille: a trail may hold more records than a progress bar's int.
    auto *progress
        = new QProgressDialog(tr("Verifying the audit trail…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("verifyProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setValue(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    m_verify->setEnabled(false);
    const QPointer<QProgressDialog> shown(progress);
    runInBackground<BookVerification>(
        this, m_session.db(),
        [cancelled, shown, user = m_session.userName()](Database &db) {
            return verifyBook(db, user, [cancelled, shown](int perMille) {
                // The worker's thread: the bar moves on the GUI's.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [shown, perMille] {
                        if (shown && !shown->wasCanceled())
                            shown->setValue(perMille);
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
        },
        [this, progress](BookVerification result) {
            progress->deleteLater();
            m_verify->setEnabled(true);
            emit verified(result.ok(), result.chain.brokenSeq,
                          result.chain.ok ? QString() : result.chain.problem);
            showVerification(result);
        },
        [this, progress](const QString &error) {
            progress->deleteLater();
            m_verify->setEnabled(true);
            emit verified(false, 0, error);
            showError(this, tr("Verify Audit Trail"), error);
        });
}

void AuditLogDialog::showVerification(const BookVerification &verification)
{
    if (verification.cancelled())
        return;
    const AuditVerification &result = verification.chain;
    const BookProofResult &proof = verification.proof;
    // Not exec(): the window stays usable (and a test is not held up).
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("verifyResult"));
    box->setWindowTitle(tr("Verify Audit Trail"));
    if (verification.ok()) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("The audit trail is intact: %Ln record(s) verified.", nullptr,
                        int(std::min<qint64>(result.checked, INT_MAX))));
        box->setInformativeText(
            tr("The books agree with it: %Ln stored row(s) proved (documents and their lines, "
               "allocations, journal entries and monthly balances).",
               nullptr, int(std::min<qint64>(proof.rowsProved, INT_MAX))));
    } else if (!result.ok) {
        box->setIcon(QMessageBox::Critical);
        box->setText(tr("The audit trail is broken at record %1.").arg(result.brokenSeq));
        box->setInformativeText(result.problem);
        // The broken record in the list, if the filter shows it.
        QPushButton *show
            = box->addButton(tr("Show Record %1").arg(result.brokenSeq), QMessageBox::ActionRole);
        connect(show, &QPushButton::clicked, this,
                [this, seq = result.brokenSeq] { showRecordNumber(seq); });
        box->addButton(QMessageBox::Close);
    } else {
        box->setIcon(QMessageBox::Critical);
        box->setText(tr("The audit trail is intact, but %Ln stored value(s) disagree with what "
                        "they derive from or with the audit trail.",
                        nullptr, int(std::min<qint64>(proof.findingCount, INT_MAX))));
        QStringList lines;
        for (const ProofFinding &finding : proof.findings)
            lines << finding.text();
        box->setInformativeText(lines.mid(0, 5).join(u'\n'));
        box->setDetailedText(lines.join(u'\n'));
    }
    box->open();
}

} // namespace Accrue
