#include "dialogs/disputedialog.h"

#include "billing/collectionsservice.h"
#include "billing/session.h"
#include "common/error.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Accrue {

DisputeDialog::DisputeDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_mode(mode)
    , m_reason(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_problem(new QLabel(this))
{
    const bool opening = mode == Mode::Open;
    setWindowTitle(opening ? tr("Mark %1 In Dispute").arg(invoice.number)
                           : tr("Add Dispute Note to %1").arg(invoice.number));
    m_reason->setPlaceholderText(tr("What the customer contests"));
    m_note->setPlaceholderText(opening ? tr("Optional: who said what, what happens next")
                                       : tr("What happened"));
    m_note->setTabChangesFocus(true);
    m_date->setCalendarPopup(true);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Balance:"), new QLabel(invoice.balance.format(QLocale()), this));
    if (opening) {
        form->addRow(tr("&Reason:"), m_reason);
        form->addRow(tr("&Opened on:"), m_date);
    } else {
        m_reason->hide();
        m_date->hide();
    }
    form->addRow(opening ? tr("&Note:") : tr("&Note (required):"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DisputeDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

void DisputeDialog::setNote(const QString &text)
{
    m_note->setPlainText(text);
}

QString DisputeDialog::problem() const
{
    return m_problem->text();
}

void DisputeDialog::accept()
{
    try {
        CollectionsService service(m_session);
        if (m_mode == Mode::Open)
            service.openDispute(m_invoice.id, m_reason->text(), m_note->toPlainText(),
                                m_date->date());
        else
            service.addNote(m_invoice.id, m_note->toPlainText());
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        (m_mode == Mode::Open ? static_cast<QWidget *>(m_reason) : m_note)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
