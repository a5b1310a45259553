#include "dialogs/writeoffdialog.h"

#include "billing/collectionsservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/creditnotedialog.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Accrue {

WriteOffDialog::WriteOffDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_mode(mode)
    , m_how(new QButtonGroup(this))
    , m_reason(new QLineEdit(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_problem(new QLabel(this))
{
    const bool resolving = mode == Mode::ResolveDispute;
    setWindowTitle(resolving ? tr("Resolve Dispute of %1").arg(invoice.number)
                             : tr("Write Off %1").arg(invoice.number));
    m_reason->setPlaceholderText(tr("Why the customer will not pay"));
    m_date->setCalendarPopup(true);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Balance:"), new QLabel(invoice.balance.format(QLocale()), this));
    if (resolving) {
        const std::pair<DisputeResolution, QString> choices[] = {
            { DisputeResolution::Withdrawn, tr("&Withdrawn: the customer pays as invoiced") },
            { DisputeResolution::CreditNote, tr("By a &credit note (issued next)") },
            { DisputeResolution::WriteOff, tr("By &writing the balance off") },
        };
        auto *box = new QVBoxLayout;
        for (const auto &[how, text] : choices) {
            auto *radio = new QRadioButton(text, this);
            m_how->addButton(radio, int(how));
            box->addWidget(radio);
        }
        m_how->button(int(DisputeResolution::Withdrawn))->setChecked(true);
        form->addRow(tr("Resolution:"), box);
        connect(m_how, &QButtonGroup::idToggled, this, &WriteOffDialog::updateFields);
    }
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(resolving ? tr("&Date:") : tr("&Written off on:"), m_date);
    auto *note = new QLabel(tr("The whole open balance goes to Bad debts; the invoice becomes "
                               "uncollectible. Only Finance and Admin users may do this."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

DisputeResolution WriteOffDialog::resolution() const
{
    return m_mode == Mode::WriteOff ? DisputeResolution::WriteOff
                                    : DisputeResolution(m_how->checkedId());
}

void WriteOffDialog::updateFields()
{
    // Only a write-off needs a reason (it is the journal entry's memo).
    m_reason->setEnabled(resolution() == DisputeResolution::WriteOff);
}

void WriteOffDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

void WriteOffDialog::setResolution(DisputeResolution how)
{
    if (QAbstractButton *b = m_how->button(int(how)))
        b->setChecked(true);
}

QString WriteOffDialog::problem() const
{
    return m_problem->text();
}

void WriteOffDialog::accept()
{
    try {
        CollectionsService service(m_session);
        switch (resolution()) {
        case DisputeResolution::WriteOff:
            service.writeOff(m_invoice.id, m_reason->text(), m_date->date());
            break;
        case DisputeResolution::CreditNote: {
            // The service expects the credit note issued first.
            CreditNoteDialog credit(m_session, m_invoice, this);
            if (credit.exec() != QDialog::Accepted)
                return;
            service.resolveDispute(m_invoice.id, DisputeResolution::CreditNote, m_date->date());
            break;
        }
        case DisputeResolution::Withdrawn:
            service.resolveDispute(m_invoice.id, DisputeResolution::Withdrawn, m_date->date());
            break;
        }
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
