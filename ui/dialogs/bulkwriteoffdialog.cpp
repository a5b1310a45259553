#include "dialogs/bulkwriteoffdialog.h"

#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace Accrue {

namespace {

enum Column { NumberColumn, CustomerColumn, DueColumn, DaysLateColumn, BalanceColumn, ColumnCount };

} // namespace

BulkWriteOffDialog::BulkWriteOffDialog(Session &session, int days, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_asOf(session.today())
    , m_invoices(CollectionsService(session).overdue(session.today(), days))
    , m_table(new QTableWidget(int(m_invoices.size()), ColumnCount, this))
    , m_reason(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Write Off %1+ Days Past Due").arg(days));
    const QLocale locale;
    m_table->setHorizontalHeaderLabels(
        { tr("Invoice"), tr("Customer"), tr("Due"), tr("Days past due"), tr("Balance") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < int(m_invoices.size()); ++row) {
        const auto &inv = m_invoices[std::size_t(row)];
        auto *number = new QTableWidgetItem(inv.number);
        number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Checked);
        m_table->setItem(row, NumberColumn, number);
        m_table->setItem(row, CustomerColumn, new QTableWidgetItem(inv.customerCode));
        m_table->setItem(row, DueColumn,
                         new QTableWidgetItem(LocalDates::shortDate(inv.dueDate, locale)));
        auto *late = new QTableWidgetItem(locale.toString(inv.dueDate.daysTo(m_asOf)));
        late->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, DaysLateColumn, late);
        auto *balance = new QTableWidgetItem(inv.balance.format(locale));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, BalanceColumn, balance);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, &BulkWriteOffDialog::updatePreview);

    m_reason->setPlaceholderText(tr("Reason (required), e.g. year-end clean-up of bad debts"));
    m_preview->setWordWrap(true);
    m_problem->setWordWrap(true);
    auto *intro = new QLabel(tr("Open invoices more than %1 days past due on %2. Untick those "
                                "to keep; the rest are written off to Bad debts, each with its "
                                "own audit record.")
                                 .arg(days)
                                 .arg(LocalDates::shortDate(m_asOf, locale)),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(tr("&Write Off…"), QDialogButtonBox::AcceptRole);
    go->setEnabled(!m_invoices.empty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkWriteOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    resize(720, 520);
}

int BulkWriteOffDialog::invoiceCount() const
{
    return int(m_invoices.size());
}

void BulkWriteOffDialog::setChecked(int row, bool checked)
{
    m_table->item(row, NumberColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void BulkWriteOffDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

QString BulkWriteOffDialog::problem() const
{
    return m_problem->text();
}

std::vector<qint64> BulkWriteOffDialog::chosen() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NumberColumn)->checkState() == Qt::Checked)
            ids.push_back(m_invoices[std::size_t(row)].invoiceId);
    return ids;
}

QString BulkWriteOffDialog::totals(const std::vector<qint64> &ids) const
{
    // One total per currency: amounts in different currencies do not add up.
    std::map<QString, Money> byCurrency;
    for (const auto &inv : m_invoices) {
        if (std::find(ids.begin(), ids.end(), inv.invoiceId) == ids.end())
            continue;
        const QString code = inv.balance.currency().code();
        const auto it = byCurrency.find(code);
        if (it == byCurrency.end())
            byCurrency.emplace(code, inv.balance);
        else
            it->second = it->second + inv.balance;
    }
    QStringList parts;
    for (const auto &[code, total] : byCurrency)
        parts << total.format(QLocale());
    return parts.isEmpty() ? QLocale().toString(0) : parts.join(QStringLiteral(" + "));
}

QString BulkWriteOffDialog::preview() const
{
    const std::vector<qint64> ids = chosen();
    return tr("%Ln invoice(s) chosen: %1 would be written off, dated %2.", nullptr, int(ids.size()))
        .arg(totals(ids), LocalDates::shortDate(m_asOf));
}

void BulkWriteOffDialog::updatePreview()
{
    m_preview->setText(preview());
}

bool BulkWriteOffDialog::writeOff()
{
    const std::vector<qint64> ids = chosen();
    try {
        const std::vector<WriteOff> done
            = CollectionsService(m_session).writeOffInvoices(ids, m_reason->text(), m_asOf);
        std::vector<qint64> written;
        for (const WriteOff &w : done)
            written.push_back(w.invoiceId);
        m_summary = tr("Wrote off %Ln invoice(s), %1 in all.", nullptr, int(done.size()))
                        .arg(totals(written));
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        return false;
    }
    return true;
}

void BulkWriteOffDialog::accept()
{
    if (m_reason->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Reason: enter why these invoices are written off"));
        m_reason->setFocus();
        return;
    }
    if (QMessageBox::question(this, windowTitle(),
                              preview() + u'\n' + tr("Write them off now? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    if (!writeOff())
        return;
    QMessageBox::information(this, windowTitle(), m_summary);
    QDialog::accept();
}

} // namespace Accrue
