#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>

namespace Accrue {

// An ISO 4217 currency: its three-letter code and the number of minor-unit digits.
// Deliberately a tiny value type (4 bytes, no heap) so Money can carry one everywhere.
class Currency
{
public:
    Currency() = default; // invalid

    // Case-insensitive lookup in the table of active ISO 4217 codes that have minor units
    // (funds/metals codes like XAU without minor units are not money we can hold).
    static std::optional<Currency> fromCode(QStringView code);
    // Like fromCode(), but throws Accrue::Error for an unknown code.
    static Currency require(QStringView code);
    // Every code fromCode() accepts, sorted, for pickers.
    static QStringList codes();

    bool isValid() const { return m_code[0] != '\0'; }
    QString code() const;
    int minorDigits() const { return m_digits; }
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &, const Currency &) = default;

private:
    Currency(const char *code, int digits);

    std::array<char, 3> m_code {};
    qint8 m_digits = 0;
};

} // namespace Accrue
