#include "dialogs/accountingexportpane.h"

#include "billing/journalexportservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "exchange/exportmappingtable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace Accrue {

namespace {

using Column = AccountingExportPane::Column;

bool sameTargets(const std::vector<ExportMapping> &a, const std::vector<ExportMapping> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].targetCode != b[i].targetCode || a[i].targetName != b[i].targetName)
            return false;
    return true;
}

bool isTax(const ExportMapping &m)
{
    return m.kind == ExportMapping::taxKind();
}

// "Tax: standard, 19 %" or "Tax: standard (any rate)" for a tax row's key.
QString taxText(const QString &key)
{
    const QString category = key.section(u':', 0, 0);
    return key.contains(u':')
        ? AccountingExportPane::tr("Tax: %1, %2 %").arg(category, key.section(u':', 1))
        : AccountingExportPane::tr("Tax: %1 (any rate)").arg(category);
}

// What the format reads, for the hint under the table.
QString readsText(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Iif:
        return AccountingExportPane::tr(
            "QuickBooks reads each account's full name as in its chart of accounts "
            "(Parent:Child for a subaccount).");
    case ExportFormat::Xero:
        return AccountingExportPane::tr(
            "Xero reads each account's code, and each tax rate's tax type: its name as in "
            "Xero (else its code). A rate without a row of its own uses its category's.");
    case ExportFormat::NetSuite:
        return AccountingExportPane::tr(
            "NetSuite reads each account's number; where there is none, its name.");
    case ExportFormat::Ledger:
        break;
    }
    return {};
}

// What the export writes for rows[r]: the row's own target, or for a tax
// rate without one its category's (ExportMappingTable decides).
struct Serving
{
    bool mapped = false;
    QString key; // the row that serves it
    QString target;
};

Serving servingOf(const std::vector<ExportMapping> &rows, size_t r, ExportFormat format)
{
    const ExportMapping &m = rows[r];
    if (!isTax(m))
        return { !m.targetFor(format).isEmpty(), m.sourceKey, m.targetFor(format) };
    const ExportMappingTable table(rows);
    const ExportMapping *found = table.taxForKey(m.sourceKey);
    if (!found || found->targetFor(format).isEmpty())
        return { false, m.sourceKey, {} };
    return { true, found->sourceKey, found->targetFor(format) };
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

AccountingExportPane::AccountingExportPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
{
    for (ExportFormat f : { ExportFormat::Iif, ExportFormat::Xero, ExportFormat::NetSuite })
        m_format->addItem(exportFormatName(f), int(f));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceKey, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("E&xport to:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        storeEdits();
        showFormat();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        storeEdits();
        showStatus(item->row());
        showSummary();
    });
    showFormat();
}

void AccountingExportPane::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void AccountingExportPane::showFormat()
{
    m_shown = ExportFormat(m_format->currentData().toInt());
    if (!m_loaded.count(m_shown)) {
        try {
            m_loaded[m_shown] = JournalExportService(m_session).mapping(m_shown);
        } catch (const Error &e) {
            m_loaded[m_shown] = {};
            m_loadErrors[m_shown] = e.userMessage();
        }
        m_edited[m_shown] = m_loaded[m_shown];
    }
    const QString target = exportFormatName(m_shown);
    m_table->setHorizontalHeaderLabels({ tr("Status"), tr("Code"), tr("In Accrue"),
                                         m_shown == ExportFormat::NetSuite
                                             ? tr("Number in %1").arg(target)
                                             : tr("Code in %1").arg(target),
                                         tr("Name in %1").arg(target) });
    // QuickBooks names accounts only: a code typed there would never be read.
    m_table->setColumnHidden(TargetCode, m_shown == ExportFormat::Iif);
    const std::vector<ExportMapping> &rows = m_edited[m_shown];
    const bool admin = m_session.can(Permission::Administer);
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const ExportMapping &m = rows[size_t(r)];
        m_table->setItem(r, Status, readOnly(QString()));
        m_table->setItem(r, SourceKey, readOnly(m.sourceKey));
        m_table->setItem(r, SourceName, readOnly(isTax(m) ? taxText(m.sourceKey) : m.sourceName));
        for (int c : { int(TargetCode), int(TargetName) }) {
            auto *item = new QTableWidgetItem(c == TargetCode ? m.targetCode : m.targetName);
            if (!admin)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, item);
        }
        showStatus(r);
    }
    m_table->resizeColumnToContents(SourceName);
    m_table->setColumnWidth(
        TargetCode,
        std::max(m_table->columnWidth(TargetCode), fontMetrics().horizontalAdvance(u'0') * 18));
    m_filling = false;
    m_hint->setText(admin ? readsText(m_shown) + u' '
                            + tr("Double-click a cell (or start typing) to change it; Save "
                                 "keeps every format's changes.")
                          : readsText(m_shown) + u' '
                            + tr("Only an administrator can change the mapping."));
    showSummary();
}

void AccountingExportPane::showStatus(int row)
{
    const std::vector<ExportMapping> &rows = m_edited[m_shown];
    if (row < 0 || row >= int(rows.size()))
        return;
    const ExportMapping &m = rows[size_t(row)];
    const Serving serving = servingOf(rows, size_t(row), m_shown);
    QString text = serving.mapped ? tr("Mapped") : tr("Not mapped");
    if (serving.mapped && serving.key != m.sourceKey)
        text = tr("As %1").arg(serving.key);
    QTableWidgetItem *item = m_table->item(row, Status);
    const bool filling = std::exchange(m_filling, true); // no itemChanged from here
    item->setText(text);
    item->setIcon(style()->standardIcon(serving.mapped ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxWarning));
    item->setToolTip(serving.mapped
                         ? tr("%1 writes “%2”").arg(exportFormatName(m_shown), serving.target)
                         : tr("An export that uses it stops before writing anything"));
    m_filling = filling;
}

void AccountingExportPane::showSummary()
{
    if (const auto failed = m_loadErrors.find(m_shown); failed != m_loadErrors.end()) {
        m_summary->setText(failed->second);
        return;
    }
    int accounts = 0;
    int accountsMapped = 0;
    int taxes = 0;
    int taxesMapped = 0;
    const std::vector<ExportMapping> &rows = m_edited[m_shown];
    for (size_t r = 0; r < rows.size(); ++r) {
        const bool mapped = servingOf(rows, r, m_shown).mapped;
        const bool tax = isTax(rows[r]);
        (tax ? taxes : accounts) += 1;
        (tax ? taxesMapped : accountsMapped) += mapped ? 1 : 0;
    }
    // Counts as "label: n of m", which reads right for any n.
    QString text = tr("%1: accounts mapped: %2 of %3")
                       .arg(exportFormatName(m_shown))
                       .arg(accountsMapped)
                       .arg(accounts);
    if (taxes > 0)
        text += tr("; tax rates mapped: %1 of %2").arg(taxesMapped).arg(taxes);
    text += u'.';
    if (accountsMapped < accounts || taxesMapped < taxes)
        text += u' '
            + tr("An export stops before writing anything while an account or tax rate it uses "
                 "is not mapped, and names each one.");
    m_summary->setText(text);
}

QString AccountingExportPane::summaryText() const
{
    return m_summary->text();
}

int AccountingExportPane::rowOf(const QString &kind, const QString &key) const
{
    const auto it = m_edited.find(m_shown);
    if (it == m_edited.end())
        return -1;
    for (size_t r = 0; r < it->second.size(); ++r)
        if (it->second[r].kind == kind && it->second[r].sourceKey == key)
            return int(r);
    return -1;
}

void AccountingExportPane::storeEdits()
{
    auto it = m_edited.find(m_shown);
    if (it == m_edited.end())
        return;
    for (int r = 0; r < m_table->rowCount() && r < int(it->second.size()); ++r) {
        it->second[size_t(r)].targetCode = m_table->item(r, TargetCode)->text().trimmed();
        it->second[size_t(r)].targetName = m_table->item(r, TargetName)->text().trimmed();
    }
}

bool AccountingExportPane::isModified() const
{
    for (const auto &[format, rows] : m_edited)
        if (!sameTargets(rows, m_loaded.at(format)))
            return true;
    return false;
}

void AccountingExportPane::save()
{
    storeEdits();
    for (const auto &[format, rows] : m_edited) {
        if (sameTargets(rows, m_loaded.at(format)))
            continue;
        try {
            JournalExportService(m_session).setMapping(format, rows);
        } catch (const Error &e) {
            setFormat(format); // show the rows the message is about
            throw Error(
                tr("Accounting Export, %1: %2").arg(exportFormatName(format), e.userMessage()),
                e.detail(), e.kind());
        }
        m_loaded[format] = rows;
    }
}

} // namespace Accrue
