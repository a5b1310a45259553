#pragma once

#include <QString>
#include <random>

namespace Accrue {

// Believable company names and addresses for demo books, drawn from a seeded
// generator so the same seed always yields the same book.
class DemoNames final
{
public:
    struct Address
    {
        QString line1;
        QString city;
        QString postalCode;
        QString region; // NA, EMEA, APAC
        QString stateProvince; // state, province or county
        QString country; // ISO 3166 alpha-2
        int taxRatePpm = 0;
    };

    explicit DemoNames(std::mt19937_64 &random);

    QString companyName(const Address &address);
    Address address();
    QString personName();

private:
    std::mt19937_64 &m_random;
    int pick(int size);
};

} // namespace Accrue
