#include "demo/demonames.h"

#include <array>

namespace Accrue {

namespace {

constexpr std::array stems {
    "Northwind", "Bluepeak", "Ironbridge", "Silverline", "Redwood",  "Clearwater", "Brightpath",
    "Stonegate", "Harbor",   "Summit",     "Evergreen",  "Falcon",   "Granite",    "Maple",
    "Oakridge",  "Pinnacle", "Quantum",    "Riverside",  "Sterling", "Tidewater",  "Vanguard",
    "Westfield", "Alder",    "Beacon",     "Cedar",      "Delta",    "Ember",      "Foxglove",
    "Golden",    "Highland", "Juniper",    "Keystone",   "Lakeside", "Meridian",   "Nimbus",
    "Orion",     "Prairie",  "Crescent",   "Saffron",    "Thistle",  "Union",      "Vertex",
    "Willow",    "Zephyr",   "Atlas",      "Boreal",     "Cobalt",   "Dune",
};
constexpr std::array trades {
    "Logistics", "Analytics",     "Foods",        "Robotics", "Health",     "Energy",
    "Software",  "Manufacturing", "Consulting",   "Media",    "Retail",     "Pharma",
    "Capital",   "Engineering",   "Biotech",      "Textiles", "Aerospace",  "Hospitality",
    "Labs",      "Systems",       "Construction", "Freight",  "Outfitters", "Studios",
};
constexpr std::array firstNames { "Anna",   "Ben",   "Carla", "David", "Elena", "Farid", "Grace",
                                  "Hugo",   "Ines",  "Jonas", "Keiko", "Liam",  "Maria", "Noah",
                                  "Olga",   "Priya", "Quinn", "Rosa",  "Sven",  "Tariq", "Uma",
                                  "Viktor", "Wen",   "Yara",  "Zoe" };
constexpr std::array lastNames { "Andersen", "Baker",    "Costa",   "Dubois", "Eriksen",  "Fischer",
                                 "García",   "Hansen",   "Ivanova", "Jensen", "Kowalski", "Laurent",
                                 "Müller",   "Nakamura", "O'Brien", "Petrov", "Rossi",    "Schmidt",
                                 "Tanaka",   "Novak",    "Wagner",  "Young" };
constexpr std::array streets { "Main Street", "Market Street", "Harbour Road",   "Station Road",
                               "Kingsway",    "Hauptstraße",   "Rue de la Paix", "Calle Mayor",
                               "Park Avenue", "Elm Street",    "Bahnhofstraße",  "High Street" };

struct Place
{
    const char *city;
    const char *postal;
    const char *region;
    const char *state;
    const char *country;
    int taxRatePpm;
    const char *legal;
};

// Tax rates (ppm: 8.875 % = 88750) are representative, not a tax table.
constexpr std::array places {
    Place { "New York", "10001", "NA", "NY", "US", 88750, "Inc." },
    Place { "Austin", "73301", "NA", "TX", "US", 82500, "LLC" },
    Place { "San Francisco", "94105", "NA", "CA", "US", 86250, "Inc." },
    Place { "Chicago", "60601", "NA", "IL", "US", 102500, "Corp." },
    Place { "Seattle", "98101", "NA", "WA", "US", 103500, "Inc." },
    Place { "Portland", "97201", "NA", "OR", "US", 0, "LLC" },
    Place { "Toronto", "M5H 2N2", "NA", "ON", "CA", 130000, "Ltd." },
    Place { "Vancouver", "V6B 1A1", "NA", "BC", "CA", 120000, "Ltd." },
    Place { "Berlin", "10115", "EMEA", "BE", "DE", 190000, "GmbH" },
    Place { "München", "80331", "EMEA", "BY", "DE", 190000, "AG" },
    Place { "Paris", "75001", "EMEA", "IDF", "FR", 200000, "SAS" },
    Place { "Amsterdam", "1012 AB", "EMEA", "NH", "NL", 210000, "B.V." },
    Place { "London", "EC1A 1BB", "EMEA", "Greater London", "GB", 200000, "Ltd" },
    Place { "Madrid", "28001", "EMEA", "MD", "ES", 210000, "S.L." },
    Place { "Zürich", "8001", "EMEA", "ZH", "CH", 81000, "AG" },
    Place { "Sydney", "2000", "APAC", "NSW", "AU", 100000, "Pty Ltd" },
    Place { "Singapore", "018956", "APAC", "", "SG", 90000, "Pte. Ltd." },
    Place { "Tokyo", "100-0001", "APAC", "Tokyo", "JP", 100000, "K.K." },
};

} // namespace

DemoNames::DemoNames(std::mt19937_64 &random)
    : m_random(random)
{
}

int DemoNames::pick(int size)
{
    return int(std::uniform_int_distribution<int>(0, size - 1)(m_random));
}

QString DemoNames::companyName(const Address &address)
{
    QString legal;
    for (const Place &p : places)
        if (QLatin1String(p.city) == address.city)
            legal = QLatin1String(p.legal);
    return QString::fromUtf8(stems[pick(stems.size())]) + QLatin1Char(' ')
        + QString::fromUtf8(trades[pick(trades.size())]) + QLatin1Char(' ') + legal;
}

DemoNames::Address DemoNames::address()
{
    const Place &p = places[pick(places.size())];
    Address a;
    a.line1 = QString::number(1 + pick(480)) + QLatin1Char(' ')
        + QString::fromUtf8(streets[pick(streets.size())]);
    a.city = QString::fromUtf8(p.city);
    a.postalCode = QString::fromUtf8(p.postal);
    a.region = QString::fromUtf8(p.region);
    a.stateProvince = QString::fromUtf8(p.state);
    a.country = QString::fromUtf8(p.country);
    a.taxRatePpm = p.taxRatePpm;
    return a;
}

QString DemoNames::personName()
{
    return QString::fromUtf8(firstNames[pick(firstNames.size())]) + QLatin1Char(' ')
        + QString::fromUtf8(lastNames[pick(lastNames.size())]);
}

} // namespace Accrue
