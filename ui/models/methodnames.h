#pragma once

#include <QString>

namespace Accrue {

// "bank_transfer" -> "Bank transfer" (translated) for display.
QString paymentMethodName(const QString &key);

} // namespace Accrue
