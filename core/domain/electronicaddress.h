#pragma once

#include <QString>
#include <optional>

namespace Accrue {

// A party's electronic address for e-invoices (EN 16931 BT-34 seller, BT-49
// buyer): an identifier in a scheme of the Electronic Address Scheme (EAS)
// code list, as PEPPOL routes on it. People write it "SCHEME:ID"
// ("0088:4012345000009", "9930:DE123456789").
struct ElectronicAddress
{
    QString scheme; // "0088", "0208", "9930", ... or "EM" (e-mail)
    QString id;

    bool isEmpty() const { return scheme.isEmpty() && id.isEmpty(); }
    QString text() const { return isEmpty() ? QString() : scheme + u':' + id; }

    // "SCHEME:ID" -> the address (surrounding spaces trimmed, scheme upper
    // case); an empty text is the empty address. Throws Error naming the
    // text when it is not one (problem() says why).
    static ElectronicAddress parse(const QString &text);
    // Why the address cannot be used, in words, or empty when it can: a
    // scheme the EAS list does not have, an identifier with spaces, a GLN
    // (0088) whose check digit is wrong (PEPPOL-COMMON-R040). Only one of
    // the two set is a problem too.
    QString problem() const;
    // The GS1 mod-10 check digit rule of a GLN: 13 digits, the last one
    // checking the first twelve.
    static bool isValidGln(const QString &digits);
};

} // namespace Accrue
