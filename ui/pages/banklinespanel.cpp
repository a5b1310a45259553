#include "pages/banklinespanel.h"

#include "billing/bankimportservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "common/safetext.h"
#include "dialogs/csvmappingdialog.h"
#include "dialogs/manualmatchdialog.h"
#include "exchange/statementreader.h"
#include "models/banklinetablemodel.h"
#include "money/money.h"
#include "queries/booklists.h"
#include "widgets/errorbox.h"
#include "widgets/listtable.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

BankLinesPanel::BankLinesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BankLineTableModel(session.db(), this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_footer(new QLabel(this))
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this, bar](const QString &text, const QString &icon, auto slot) {
        QAction *a = bar->addAction(QIcon::fromTheme(icon), text);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
        return a;
    };
    add(tr("&Import Statement…"), QStringLiteral("document-import"), [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Bank Statement"), QString(),
            tr("Bank statements (*.csv *.txt *.ofx *.qfx *.xml);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    add(tr("&Auto-match"), QStringLiteral("system-search"), &BankLinesPanel::autoMatch);
    bar->addSeparator();
    add(tr("A&ccept"), QStringLiteral("dialog-ok-apply"), &BankLinesPanel::acceptSelected);
    add(tr("&Reject"), QStringLiteral("dialog-cancel"), &BankLinesPanel::rejectSelected);
    add(tr("Match by &Hand…"), QStringLiteral("edit-find"), &BankLinesPanel::matchByHand);
    add(tr("I&gnore…"), QStringLiteral("edit-clear"), &BankLinesPanel::ignoreSelected);
    add(tr("&Unmatch"), QStringLiteral("edit-undo"), &BankLinesPanel::unmatchSelected);
    // Every action here changes the book: a Viewer sees the lines, not the tools.
    const bool billing = session.can(Permission::Billing);
    bar->setVisible(billing);
    for (QAction *a : bar->actions())
        a->setEnabled(billing);

    m_state->addItem(tr("All lines"), QString());
    m_state->addItem(tr("Unmatched"), QStringLiteral("unmatched"));
    m_state->addItem(tr("Proposed"), QStringLiteral("proposed"));
    m_state->addItem(tr("Matched"), QStringLiteral("matched"));
    m_state->addItem(tr("Ignored"), QStringLiteral("ignored"));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        BankLineFilter f;
        f.state = m_state->currentData().toString();
        m_model->setFilter(f);
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_state);
    filters->addStretch(1);

    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Who paid and what they wrote come first and wide enough to read; the
    // matcher's reason takes the width left. Fixed from the font rather than
    // measured, as the lines arrive page by page and widths must not jump.
    const QFontMetrics metrics(m_table->font());
    const auto widthOf
        = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(BankLineTableModel::Date, widthOf(QStringLiteral("00/00/00000")));
    header->resizeSection(BankLineTableModel::Amount, widthOf(QStringLiteral("-000,000,000.00")));
    header->resizeSection(BankLineTableModel::Counterparty, widthOf(QString(26, u'M')) * 3 / 4);
    header->resizeSection(BankLineTableModel::Reference, widthOf(QString(26, u'M')) * 3 / 4);
    header->resizeSection(BankLineTableModel::State, widthOf(QStringLiteral("Unmatched__")));
    header->resizeSection(BankLineTableModel::Confidence, widthOf(QStringLiteral("Confidence")));
    m_table->horizontalHeader()->setSectionResizeMode(BankLineTableModel::Reason,
                                                      QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);
    connect(m_model, &BankLineTableModel::reloaded, this, [this](qint64 rows) {
        m_footer->setText(tr("%Ln bank line(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    });
    m_footer->setText(tr("%Ln bank line(s)", nullptr, int(m_model->totalRows())));
}

void BankLinesPanel::refresh()
{
    m_model->reload();
}

bool BankLinesPanel::importFile(const QString &path, const QString &mappingName)
{
    try {
        BankImportService service(m_session);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const QByteArray bytes = file.readAll();
        const QString name = QFileInfo(path).fileName();
        BankCsvMapping mapping;
        if (StatementReader::format({}, bytes, name) == StatementReader::Format::Csv) {
            if (!mappingName.isEmpty()) {
                mapping = service.mapping(mappingName);
            } else {
                std::map<QString, BankCsvMapping> saved;
                for (const QString &n : service.mappingNames())
                    saved[n] = service.mapping(n);
                CsvMappingDialog dialog(bytes, name, saved,
                                        SettingsService(m_session).bookCurrency().code(), this);
                if (dialog.exec() != QDialog::Accepted)
                    return false;
                mapping = dialog.mapping();
                service.saveMapping(mapping);
            }
        }
        const auto r = service.importBytes(bytes, name, {}, mapping, {});
        emit statusMessage(tr("%1: read %2, new %3, duplicates %4")
                               .arg(name)
                               .arg(r.read)
                               .arg(r.added)
                               .arg(r.duplicates));
    } catch (const Error &e) {
        showError(this, tr("Import Bank Statement"), e.userMessage());
        return false;
    }
    refresh();
    return true;
}

void BankLinesPanel::autoMatch()
{
    try {
        const auto s = ReconciliationService(m_session).autoMatch(false);
        emit statusMessage(tr("Examined %1 lines: %2 proposals (%3 ambiguous)")
                               .arg(s.examined)
                               .arg(s.proposed)
                               .arg(s.ambiguous));
    } catch (const Error &e) {
        showError(this, tr("Auto-match"), e.userMessage());
    }
    refresh();
}

std::vector<qint64> BankLinesPanel::selectedIds(const QString &state) const
{
    std::vector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (state.isEmpty() || index.data(BankLineTableModel::StateRole).toString() == state)
            ids.push_back(index.data(BankLineTableModel::IdRole).toLongLong());
    return ids;
}

int BankLinesPanel::forEachSelected(const QString &state, const std::function<bool(qint64)> &action)
{
    const std::vector<qint64> selected = selectedIds();
    const int currentRow = m_table->currentIndex().row();
    int done = 0;
    QStringList problems;
    for (qint64 id : selectedIds(state)) {
        try {
            done += action(id) ? 1 : 0;
        } catch (const Error &e) {
            problems << tr("Line #%1: %2").arg(id).arg(e.userMessage());
        }
    }
    if (!problems.isEmpty())
        showError(this, tr("Bank lines"), problems.join(u'\n'));
    if (done > 0) {
        refresh(); // at once; the rest of the page follows through the change bus
        reselect(selected, currentRow);
    }
    return done;
}

void BankLinesPanel::reselect(const std::vector<qint64> &ids, int nearRow)
{
    // The lines just worked on stay selected where the list still shows them,
    // so the next step (Unmatch, a look at the match) needs no search.
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowWithId(id, nearRow, 4096);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, BankLineTableModel::ColumnCount - 1));
    }
    if (selection.isEmpty())
        return;
    const QModelIndex first = selection.first().topLeft();
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

int BankLinesPanel::acceptSelected()
{
    ReconciliationService service(m_session);
    return forEachSelected(QStringLiteral("proposed"), [&](qint64 id) {
        // A guess between equal invoices is never applied as it stands:
        // the person says which invoice the money is for.
        const auto choices = service.choices(id);
        if (choices.empty()) {
            service.accept(id);
            return true;
        }
        const auto line = BookLists(m_session.db()).bankLine(id);
        const qint64 chosen = !line ? 0
            : m_chooseInvoice       ? m_chooseInvoice(*line, choices)
                                    : chooseInvoiceInDialog(*line, choices);
        if (chosen == 0)
            return false; // left as proposed: nothing changed, nothing to refresh
        service.accept(id, chosen);
        return true;
    });
}

qint64 BankLinesPanel::chooseInvoiceInDialog(const BankLine &line,
                                             const std::vector<BankMatch> &choices)
{
    QStringList items;
    for (const BankMatch &m : choices)
        items << tr("%1 (%2)").arg(m.invoiceNumber, m.amount.format(QLocale()));
    bool ok = false;
    const QString item = QInputDialog::getItem(
        this, tr("Which Invoice?"),
        tr("%1 from “%2” (%3) could pay any of these invoices. Which one does it pay?")
            .arg(line.amount.format(QLocale()), safeText(line.counterparty, 60),
                 safeText(line.reference, 60)),
        items, 0, false, &ok);
    return ok ? choices[size_t(items.indexOf(item))].invoiceId : 0;
}

int BankLinesPanel::rejectSelected()
{
    ReconciliationService service(m_session);
    return forEachSelected(QStringLiteral("proposed"), [&](qint64 id) {
        service.reject(id);
        return true;
    });
}

void BankLinesPanel::matchByHand()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto line = BookLists(m_session.db()).bankLine(ids.front());
    if (!line || line->state == QLatin1String("matched"))
        return;
    ManualMatchDialog dialog(m_session, *line, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void BankLinesPanel::ignoreSelected()
{
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Ignore Bank Lines"),
                                              tr("Why (bank fee, own transfer, …):"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ReconciliationService service(m_session);
    forEachSelected({}, [&](qint64 id) {
        service.ignore(id, why);
        return true;
    });
}

void BankLinesPanel::unmatchSelected()
{
    if (QMessageBox::question(this, tr("Unmatch"),
                              tr("Unmatch the selected lines? Their payments are reversed."))
        != QMessageBox::Yes)
        return;
    ReconciliationService service(m_session);
    forEachSelected({}, [&](qint64 id) {
        const auto line = BookLists(m_session.db()).bankLine(id);
        if (!line
            || (line->state != QLatin1String("matched") && line->state != QLatin1String("ignored")))
            return false;
        service.unmatch(id);
        return true;
    });
}

void BankLinesPanel::selectRow(int row, bool add)
{
    m_table->selectionModel()->select(
        m_model->index(row, 0),
        (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
            | QItemSelectionModel::Rows);
}

} // namespace Accrue
