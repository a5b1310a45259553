#include "dialogs/creditnotedialog.h"

#include "billing/creditnoteservice.h"
#include "billing/session.h"
#include "common/error.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Accrue {

CreditNoteDialog::CreditNoteDialog(Session &session, const Invoice &invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_full(new QRadioButton(tr("The whole invoice (voids it)"), this))
    , m_partial(new QRadioButton(tr("An amount, tax included:"), this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_keep(new QCheckBox(tr("Keep as customer credit instead of reducing this invoice"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Credit Note for %1").arg(invoice.number));
    m_full->setChecked(true);
    m_amount->setEnabled(false);
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setCalendarPopup(true);
    m_problem->setWordWrap(true);
    connect(m_partial, &QRadioButton::toggled, m_amount, &QWidget::setEnabled);
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice total:"), new QLabel(invoice.total().format(QLocale()), this));
    form->addRow(tr("Credit:"), m_full);
    form->addRow(m_partial, m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CreditNoteDialog::setAmount(const QString &text)
{
    m_partial->setChecked(true);
    m_amount->setText(text);
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
            req.amountMinor = Money::parse(m_amount->text(), m_invoice.currency, QLocale()).minor();
        }
        CreditNoteService(m_session).issue(req);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
