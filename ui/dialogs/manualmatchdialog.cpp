#include "dialogs/manualmatchdialog.h"

#include "billing/customerservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "money/money.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Accrue {

ManualMatchDialog::ManualMatchDialog(Session &session, const BankLine &line, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_line(line)
    , m_customer(new QComboBox(this))
    , m_invoices(new QTableWidget(0, 3, this))
    , m_remainder(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Match Bank Line by Hand"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->addItem(QString(), qint64(0));
    for (const Customer &c : CustomerService(session).list())
        m_customer->addItem(c.name + QStringLiteral(" (") + c.code + u')', c.id);
    m_invoices->setHorizontalHeaderLabels({ tr("Invoice"), tr("Open"), tr("Apply") });
    m_invoices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_invoices->verticalHeader()->hide();
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(
        tr("Bank line:"),
        new QLabel(tr("%1, %2, %3")
                       .arg(LocalDates::shortDate(line.date), line.amount.format(QLocale()),
                            QString(line.counterparty + u' ' + line.reference).trimmed()),
                   this));
    form->addRow(tr("&Customer:"), m_customer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_invoices, 1);
    layout->addWidget(m_remainder);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualMatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &ManualMatchDialog::fillInvoices);
    connect(m_invoices, &QTableWidget::itemChanged, this, &ManualMatchDialog::updateRemainder);
    resize(640, 420);
    // Start where the money points: the invoices named in the remittance
    // text, the one with exactly this balance, the payer's customer; not a
    // guess between equal invoices, and not simply the oldest ones.
    try {
        const PaymentMatcher::Proposal s = ReconciliationService(session).suggestion(line.id);
        if (!s.ambiguous && !s.matches.empty()) {
            for (const BankMatch &m : s.matches)
                if (m.invoiceId > 0)
                    m_suggested[m.invoiceId] = m.amount;
            setCustomer(s.matches.front().customerId);
        }
    } catch (const Error &) {
        // No suggestion: the person picks the customer.
    }
    updateRemainder();
}

void ManualMatchDialog::setCustomer(qint64 customerId)
{
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(customerId)));
}

int ManualMatchDialog::invoiceCount() const
{
    return m_invoices->rowCount();
}

void ManualMatchDialog::setApplied(int row, const QString &amount)
{
    m_invoices->item(row, 2)->setText(amount);
}

void ManualMatchDialog::fillInvoices()
{
    const QSignalBlocker block(m_invoices);
    const qint64 customerId = m_customer->currentData().toLongLong();
    m_open = customerId > 0
        ? ReconciliationService(m_session).openInvoices(customerId, m_line.currency)
        : std::vector<OpenInvoice>();
    // What to apply where: the matcher's reading, else the invoice whose
    // balance is the line's amount, else the oldest first. The invoices are
    // in the line's currency, so comparing their balances with it cannot throw.
    std::map<qint64, Money> apply;
    for (const auto &inv : m_open)
        if (const auto it = m_suggested.find(inv.id); it != m_suggested.end())
            apply[inv.id] = it->second;
    if (apply.empty())
        for (const auto &inv : m_open)
            if (inv.balance == m_line.amount) {
                apply[inv.id] = inv.balance;
                break;
            }
    if (apply.empty()) {
        Money left = m_line.amount;
        for (const auto &inv : m_open) {
            const Money take = std::min(left, inv.balance);
            left -= take;
            if (take.isPositive())
                apply[inv.id] = take;
        }
    }
    // The invoices the money goes to on top, the rest in due order.
    std::stable_partition(m_open.begin(), m_open.end(),
                          [&apply](const auto &inv) { return apply.count(inv.id) > 0; });
    m_invoices->setRowCount(int(m_open.size()));
    for (int row = 0; row < int(m_open.size()); ++row) {
        const auto &inv = m_open[size_t(row)];
        const Money take = apply.count(inv.id) ? apply.at(inv.id) : Money();
        auto *number = new QTableWidgetItem(inv.number);
        number->setFlags(Qt::ItemIsEnabled);
        auto *open = new QTableWidgetItem(inv.balance.formatNumber(QLocale()));
        open->setFlags(Qt::ItemIsEnabled);
        open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *applied
            = new QTableWidgetItem(take.isPositive() ? take.formatNumber(QLocale()) : QString());
        applied->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_invoices->setItem(row, 0, number);
        m_invoices->setItem(row, 1, open);
        m_invoices->setItem(row, 2, applied);
    }
    updateRemainder();
}

qint64 ManualMatchDialog::applied(int row, bool *ok) const
{
    const QString text = m_invoices->item(row, 2)->text().trimmed();
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return 0;
    try {
        return Money::parse(text, m_line.currency, QLocale()).minor();
    } catch (const Error &) {
        if (ok)
            *ok = false;
        return 0;
    }
}

void ManualMatchDialog::updateRemainder()
{
    qint64 used = 0;
    for (int row = 0; row < m_invoices->rowCount(); ++row)
        used += applied(row);
    const Money rest(m_line.amount.minor() - used, m_line.currency);
    m_remainder->setText(rest.isNegative()
                             ? tr("%1 more than the bank line").arg((-rest).format(QLocale()))
                             : tr("Left as customer credit: %1").arg(rest.format(QLocale())));
}

void ManualMatchDialog::accept()
{
    const qint64 customerId = m_customer->currentData().toLongLong();
    if (customerId <= 0) {
        m_problem->setText(tr("Choose the customer who paid."));
        return;
    }
    std::vector<ReconciliationService::Split> splits;
    for (int row = 0; row < m_invoices->rowCount(); ++row) {
        bool ok = false;
        const qint64 amount = applied(row, &ok);
        if (!ok) {
            m_problem->setText(
                tr("%1: “%2” is not an amount")
                    .arg(m_open[size_t(row)].number, m_invoices->item(row, 2)->text()));
            return;
        }
        if (amount > 0)
            splits.push_back({ m_open[size_t(row)].id, Money(amount, m_line.currency) });
    }
    try {
        ReconciliationService(m_session).matchManually(m_line.id, customerId, splits);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
