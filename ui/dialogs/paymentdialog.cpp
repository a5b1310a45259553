#include "dialogs/paymentdialog.h"

#include "billing/paymentservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "models/methodnames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Accrue {

PaymentDialog::PaymentDialog(Session &session, const Invoice &invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Record Payment for %1").arg(invoice.number));
    m_amount->setText(invoice.balance.formatNumber(QLocale()));
    m_amount->setAlignment(Qt::AlignRight);
    m_date->setCalendarPopup(true);
    for (const QString &method : PaymentService::knownMethods())
        m_method->addItem(paymentMethodName(method), method);
    m_reference->setText(invoice.number);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Balance:"), new QLabel(invoice.balance.format(QLocale()), this));
    form->addRow(tr("&Amount (%1):").arg(invoice.currency.code()), m_amount);
    form->addRow(tr("&Date received:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PaymentDialog::setAmountText(const QString &text)
{
    m_amount->setText(text);
}

void PaymentDialog::setReference(const QString &text)
{
    m_reference->setText(text);
}

void PaymentDialog::accept()
{
    try {
        const Money amount = Money::parse(m_amount->text(), m_invoice.currency, QLocale());
        PaymentService(m_session).payInvoice(m_invoice.id, amount, m_date->date(),
                                             m_method->currentData().toString(),
                                             m_reference->text().trimmed());
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
