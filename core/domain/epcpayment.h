#pragma once

#include "money/money.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace Accrue {

// A SEPA credit transfer as the EPC QR code ("GiroCode", EPC069-12 version
// 002) carries it, for a banking app to scan instead of typing the IBAN.
struct EpcTransfer
{
    QString bic; // optional in version 002
    QString name; // the beneficiary; cut to 70 characters
    QString iban;
    Money amount; // EUR, 0.01 to 999999999.99
    QString text; // unstructured remittance text; cut to 140 characters
};

class EpcPayment final
{
public:
    // The payload: the lines BCD, 002, 1 (UTF-8), SCT, BIC, name, IBAN,
    // "EUR12.34", purpose (empty), structured reference (empty) and the text,
    // separated by LF. None for what the format cannot carry: no IBAN or
    // name, not euro, an amount out of range, or more than 331 bytes.
    static std::optional<QByteArray> payload(const EpcTransfer &transfer);
    static constexpr int maxBytes = 331;
    static constexpr int maxNameLength = 70;
    static constexpr int maxTextLength = 140;
};

} // namespace Accrue
