#include "dialogs/paymentmethoddialog.h"

#include "billing/customerservice.h"
#include "common/error.h"
#include "domain/paymentmethodrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Accrue {

PaymentMethodDialog::PaymentMethodDialog(Session &session, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_kind(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add Payment Method"));
    for (const QString &kind : PaymentMethodRules::kinds())
        m_kind->addItem(PaymentMethodRules::kindName(kind), kind);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    const std::tuple<const char *, QString, QString> fields[] = {
        { "label", tr("&Label:"), tr("e.g. the gateway's customer reference") },
        { "last4", tr("Last &four:"), tr("1234") },
        { "expiry", tr("E&xpiry:"), tr("MM/YY") },
        { "mandate", tr("&Mandate:"), tr("direct-debit mandate reference") },
        { "iban", tr("&IBAN:"), tr("checked, kept masked but for the last four") },
    };
    for (const auto &[name, label, hint] : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(hint);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { refuseCardNumber(edit); });
        form->addRow(label, edit);
    }
    field(QStringLiteral("last4"))->setMaxLength(4);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentMethodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentMethodDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QLineEdit *PaymentMethodDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

void PaymentMethodDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

QString PaymentMethodDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void PaymentMethodDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

// Refused at the field: the number leaves the widget as soon as it is
// recognised, with its undo history (setText() clears that; clear() would
// keep the number one Ctrl+Z away).
void PaymentMethodDialog::refuseCardNumber(QLineEdit *edit)
{
    // An IBAN starts with its country's letters and may hold a stretch of
    // digits that passes the Luhn check: core checks it as an IBAN instead.
    const QString text = edit->text().trimmed();
    const bool iban = edit->objectName() == QLatin1String("iban") && text.size() >= 2
        && text.at(0).isLetter() && text.at(1).isLetter();
    if (iban || !PaymentMethodRules::containsCardNumber(text))
        return;
    edit->setText(QString());
    edit->setModified(false);
    showProblem(tr("That looks like a full card number. Accrue never stores one: keep the last "
                   "four digits and the gateway's reference."));
}

void PaymentMethodDialog::accept()
{
    PaymentMethod m;
    m.kind = m_kind->currentData().toString();
    m.label = field(QStringLiteral("label"))->text();
    m.last4 = field(QStringLiteral("last4"))->text();
    m.expiry = field(QStringLiteral("expiry"))->text();
    m.mandateReference = field(QStringLiteral("mandate"))->text();
    m.account = field(QStringLiteral("iban"))->text();
    try {
        CustomerService(m_session).addPaymentMethod(m_customerId, m);
    } catch (const Error &e) {
        showProblem(e.userMessage());
        return;
    }
    QDialog::accept();
}

} // namespace Accrue
