#include "dialogs/creditnotedialog.h"

#include "billing/creditnoteservice.h"
#include "billing/session.h"
#include "common/error.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

CreditNoteDialog::CreditNoteDialog(Session &session, const Invoice &invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_full(new QRadioButton(tr("The whole invoice (voids it)"), this))
    , m_partial(new QRadioButton(tr("An amount, tax included:"), this))
    , m_byLines(new QRadioButton(tr("Chosen lines (net amounts; tax follows):"), this))
    , m_amount(new QLineEdit(this))
    , m_lines(new QTableWidget(int(invoice.lines.size()), 3, this))
    , m_reason(new QLineEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_keep(new QCheckBox(tr("Keep as customer credit instead of reducing this invoice"), this))
    , m_problem(new QLabel(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Credit Note for %1").arg(invoice.number));
    m_full->setChecked(true);
    m_amount->setEnabled(false);
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setCalendarPopup(true);
    m_problem->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->hide();
    connect(m_partial, &QRadioButton::toggled, m_amount, &QWidget::setEnabled);
    fillLines();
    m_lines->setEnabled(false);
    connect(m_byLines, &QRadioButton::toggled, m_lines, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice total:"), new QLabel(invoice.total.format(QLocale()), this));
    offerOpenBalance(form);
    form->addRow(tr("Credit:"), m_full);
    form->addRow(m_partial, m_amount);
    form->addRow(m_byLines);
    form->addRow(m_lines);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CreditNoteDialog::offerOpenBalance(QFormLayout *form)
{
    const Money settled = m_invoice.total - m_invoice.balance;
    if (!settled.isPositive() || !m_invoice.balance.isPositive())
        return;
    // Partly paid or credited: what is still owed is what people credit, so
    // it is the amount offered; the whole invoice stays one click away.
    const QLocale locale;
    auto *open = new QLabel(m_invoice.balance.format(locale), this);
    open->setObjectName(QStringLiteral("openBalance"));
    form->addRow(tr("Open balance:"), open);
    m_note->setText(tr("%1 of this invoice is already paid or credited: the amount offered is "
                       "the open balance.")
                        .arg(settled.format(locale)));
    m_note->show();
    m_partial->setChecked(true);
    m_amount->setText(m_invoice.balance.formatNumber(locale));
}

void CreditNoteDialog::setAmount(const QString &text)
{
    m_partial->setChecked(true);
    m_amount->setText(text);
}

void CreditNoteDialog::fillLines()
{
    m_lines->setHorizontalHeaderLabels({ tr("Line"), tr("Description"), tr("Net to credit") });
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (int row = 0; row < int(m_invoice.lines.size()); ++row) {
        const InvoiceLine &line = m_invoice.lines[size_t(row)];
        auto *check = new QTableWidgetItem(QString::number(line.position));
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Unchecked);
        check->setData(Qt::UserRole, line.position);
        auto *description = new QTableWidgetItem(line.description);
        description->setFlags(Qt::ItemIsEnabled);
        auto *net = new QTableWidgetItem(line.net.formatNumber(locale));
        net->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, 0, check);
        m_lines->setItem(row, 1, description);
        m_lines->setItem(row, 2, net);
    }
    m_lines->setMinimumHeight(std::min(6, std::max(2, m_lines->rowCount())) * 28 + 30);
}

void CreditNoteDialog::chooseLine(int position, const QString &net)
{
    m_byLines->setChecked(true);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, 0)->data(Qt::UserRole).toInt() != position)
            continue;
        m_lines->item(row, 0)->setCheckState(Qt::Checked);
        if (!net.isEmpty())
            m_lines->item(row, 2)->setText(net);
    }
}

std::vector<CreditNoteService::LineCredit> CreditNoteDialog::chosenLines() const
{
    std::vector<CreditNoteService::LineCredit> chosen;
    const QLocale locale;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, 0)->checkState() != Qt::Checked)
            continue;
        const InvoiceLine &line = m_invoice.lines[size_t(row)];
        CreditNoteService::LineCredit credit;
        credit.position = line.position;
        const Money net = Money::parse(m_lines->item(row, 2)->text(), m_invoice.currency, locale);
        // The line's whole net means "what is left of it", so earlier notes count.
        credit.net = net == line.net ? Money::zero(m_invoice.currency) : net;
        chosen.push_back(credit);
    }
    if (chosen.empty())
        throw Error(tr("Tick the lines to credit."));
    return chosen;
}

void CreditNoteDialog::setVoidMode()
{
    setWindowTitle(tr("Void %1").arg(m_invoice.number));
    m_full->setChecked(true);
    m_full->setText(tr("The whole invoice: it becomes void"));
    m_note->hide();
    for (QWidget *w : std::initializer_list<QWidget *> { m_partial, m_byLines, m_amount, m_lines })
        w->hide();
    if (m_reason->text().isEmpty())
        m_reason->setPlaceholderText(tr("Why the invoice is void (required)"));
}

void CreditNoteDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

void CreditNoteDialog::accept()
{
    CreditNoteService::Request req;
    req.invoiceId = m_invoice.id;
    req.reason = m_reason->text();
    req.date = m_date->date();
    req.applyToInvoice = !m_keep->isChecked();
    try {
        if (m_partial->isChecked()) {
            req.mode = CreditNoteService::Mode::Amount;
            req.amount = Money::parse(m_amount->text(), m_invoice.currency, QLocale());
        } else if (m_byLines->isChecked()) {
            req.mode = CreditNoteService::Mode::Lines;
            req.lines = chosenLines();
        }
        CreditNoteService(m_session).issue(req);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
