#pragma once

#include "domain/companysettings.h"

namespace Accrue {

class Session;

// Reads and changes the book's settings; each change is validated and
// audited (before/after) in one transaction.
class SettingsService final
{
public:
    explicit SettingsService(Session &session);

    CompanySettings company();
    void saveCompany(const CompanySettings &settings);
    // Problems that block saving, each "field: message"; empty when valid.
    static QStringList validate(const CompanySettings &settings);

private:
    Session &m_session;
};

} // namespace Accrue
