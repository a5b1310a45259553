#include "billing/changebus.h"

#include <QHash>

namespace Accrue {

BookAreas ChangeBus::areasOf(const QString &name)
{
    using A = BookArea;
    // A financial event also moves the ledger; money received or credited
    // moves the invoices it settles.
    static const QHash<QString, BookAreas> areas {
        { QStringLiteral("invoice"), A::Invoices | A::Ledger },
        { QStringLiteral("invoice_line"), A::Invoices | A::Ledger },
        { QStringLiteral("payment_attempt"), A::Invoices },
        { QStringLiteral("email_outbox"), A::Invoices }, // invoices show what was mailed
        { QStringLiteral("payment"), A::Payments | A::Invoices | A::Ledger },
        { QStringLiteral("allocation"), A::Payments | A::Invoices | A::Ledger },
        { QStringLiteral("allocation_reversal"), A::Payments | A::Invoices | A::Ledger },
        { QStringLiteral("receipt"), A::Payments },
        { QStringLiteral("credit_note"), A::CreditNotes | A::Invoices | A::Ledger },
        { QStringLiteral("credit_note_line"), A::CreditNotes | A::Invoices | A::Ledger },
        { QStringLiteral("journal_entry"), A::Ledger },
        { QStringLiteral("journal_line"), A::Ledger },
        { QStringLiteral("customer"), A::Customers },
        { QStringLiteral("billing_profile"), A::Customers },
        { QStringLiteral("payment_method"), A::Customers },
        { QStringLiteral("subscription"), A::Customers },
        { QStringLiteral("product"), A::Catalog },
        { QStringLiteral("plan"), A::Catalog },
        { QStringLiteral("bank_statement"), A::Bank },
        { QStringLiteral("bank_transaction"), A::Bank | A::Payments },
        { QStringLiteral("bank_match"), A::Bank },
        { QStringLiteral("bank_csv_mapping"), A::Bank },
        { QStringLiteral("bank_account"), A::Bank },
        { QStringLiteral("setting"), A::Settings },
        { QStringLiteral("account"), A::Settings | A::Ledger },
        { QStringLiteral("user"), A::Users },
        { QStringLiteral("app_user"), A::Users },
    };
    return areas.value(name, everything());
}

void ChangeBus::announce(BookAreas areas, bool elsewhere)
{
    if (areas)
        emit changed(areas, elsewhere);
}

} // namespace Accrue
