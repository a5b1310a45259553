#include "dialogs/accountingexportpane.h"

#include "billing/journalexportservice.h"
#include "billing/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

namespace {
enum Column { Kind, Key, AccrueName, Code, Name, ColumnCount };

bool sameTargets(const std::vector<ExportMapping> &a, const std::vector<ExportMapping> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].targetCode != b[i].targetCode || a[i].targetName != b[i].targetName)
            return false;
    return true;
}
} // namespace

AccountingExportPane::AccountingExportPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_hint(new QLabel(this))
{
    for (ExportFormat f : { ExportFormat::Iif, ExportFormat::Xero, ExportFormat::NetSuite })
        m_format->addItem(exportFormatName(f), int(f));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Kind"), tr("Accrue"), tr("Accrue name"), tr("Code there"), tr("Name there") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_hint->setWordWrap(true);
    const bool admin = m_session.can(Permission::Administer);
    m_hint->setText(admin ? tr("QuickBooks needs the account's name, Xero its code and the tax "
                               "rate's name, NetSuite the account number (or name). The "
                               "hledger/ledger export uses Accrue's own chart.")
                          : tr("Only an administrator can change the mapping."));
    auto *form = new QFormLayout;
    form->addRow(tr("E&xport to:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        storeEdits();
        showFormat();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            storeEdits();
    });
    showFormat();
}

void AccountingExportPane::showFormat()
{
    m_shown = ExportFormat(m_format->currentData().toInt());
    if (!m_loaded.count(m_shown)) {
        m_loaded[m_shown] = JournalExportService(m_session).mapping(m_shown);
        m_edited[m_shown] = m_loaded[m_shown];
    }
    const std::vector<ExportMapping> &rows = m_edited[m_shown];
    const bool admin = m_session.can(Permission::Administer);
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const ExportMapping &m = rows[size_t(r)];
        const QString cells[ColumnCount]
            = { m.kind == ExportMapping::accountKind() ? tr("Account") : tr("Tax"), m.sourceKey,
                m.sourceName, m.targetCode, m.targetName };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c < Code || !admin)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
}

void AccountingExportPane::storeEdits()
{
    auto it = m_edited.find(m_shown);
    if (it == m_edited.end())
        return;
    for (int r = 0; r < m_table->rowCount() && r < int(it->second.size()); ++r) {
        it->second[size_t(r)].targetCode = m_table->item(r, Code)->text().trimmed();
        it->second[size_t(r)].targetName = m_table->item(r, Name)->text().trimmed();
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
        JournalExportService(m_session).setMapping(format, rows);
        m_loaded[format] = rows;
    }
}

} // namespace Accrue
