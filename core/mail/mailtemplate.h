#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Accrue {

// Subjects and texts of e-mails with {name} placeholders, filled in one
// pass (a value that itself holds "{x}" stays as it is). A {name} the
// template's kind does not know is refused, never sent as typed: a typo
// like {amount_du} must not reach a customer. Invoice e-mails know
// {customer}, {invoice}, {amount_due}, {due_date} and {company}; receipts
// {customer}, {receipt}, {amount}, {date}, {invoices} and {company}; credit
// notes {customer}, {credit_note}, {invoice}, {amount}, {date} and
// {company}; the reminders of the dunning part pass their own list.
class MailTemplate final
{
public:
    static QStringList invoicePlaceholders();
    static QStringList receiptPlaceholders();
    static QStringList creditNotePlaceholders();
    // Throws Error naming the first unknown placeholder.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // "unknown placeholder {x} (known: ...)", or empty when every one is known.
    static QString problem(const QString &text, const QStringList &known = invoicePlaceholders());
};

} // namespace Accrue
