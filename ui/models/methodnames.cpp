#include "models/methodnames.h"

#include <QCoreApplication>

namespace Accrue {

QString paymentMethodName(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        { "bank_transfer", QT_TRANSLATE_NOOP("Accrue::PaymentMethod", "Bank transfer") },
        { "cheque", QT_TRANSLATE_NOOP("Accrue::PaymentMethod", "Cheque") },
        { "cash", QT_TRANSLATE_NOOP("Accrue::PaymentMethod", "Cash") },
        { "card", QT_TRANSLATE_NOOP("Accrue::PaymentMethod", "Card") },
        { "direct_debit", QT_TRANSLATE_NOOP("Accrue::PaymentMethod", "Direct debit") },
    };
    for (const auto &n : names)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("Accrue::PaymentMethod", n.name);
    return key;
}

} // namespace Accrue
