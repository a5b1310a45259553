#pragma once

#include "domain/customer.h"

#include <QString>
#include <QStringList>

namespace Accrue {

// What a payment method may hold. Accrue keeps a reference to a customer's
// preferred account, never the means to charge it: a full card number or a
// card's security code is refused wherever it is typed, and an IBAN is
// checked and kept masked but for its last four characters.
class PaymentMethodRules final
{
public:
    // card, sepa_debit, bank_transfer, ach.
    static const QStringList &kinds();
    static QString kindName(const QString &kind); // "SEPA direct debit" (translated)

    // 13 to 19 digits, spaces or dashes between them allowed, that pass the
    // Luhn check: what a card number looks like.
    static bool containsCardNumber(const QString &text);
    // ISO 13616: a known country's length and the mod-97 check. Spaces allowed.
    static bool isValidIban(const QString &text);
    // "DE89 3704 0044 0532 0130 00" -> "******************3000".
    static QString maskedIban(const QString &iban);

    // Trims, checks and normalises what a person typed: Error naming the
    // field for a card number in any field, a last four that is not four
    // digits, an expiry that is not MM/YY, an invalid IBAN (stored masked
    // from then on), an unknown kind.
    static void check(PaymentMethod &method);
    // A card's security code is never taken, whatever it is.
    [[noreturn]] static void refuseSecurityCode();
};

} // namespace Accrue
