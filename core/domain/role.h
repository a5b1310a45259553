#pragma once

#include <QString>
#include <optional>

namespace Accrue {

// What a user may do in a book. Admin: everything, including company
// settings and users. Finance: billing work (invoices, payments, credit
// notes, imports, reconciliation, reports, exports). Viewer: read only.
enum class Role { Viewer, Finance, Admin };

enum class Permission {
    Read, // open the book, run reports
    Export, // write reports, journals and PDFs to files
    Billing, // change customers, invoices, payments, credit notes, bank lines
    Administer, // company settings, users, chart of accounts
    // A customer tenant's own account: its billing profiles, payment methods
    // and (when the book allows it) its subscriptions' quantities. Finance
    // and partner users have this through Billing; Session::can decides.
    ManageOwnAccount
};

inline bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Read:
        return true;
    case Permission::Export:
    case Permission::Billing:
    case Permission::ManageOwnAccount:
        return role != Role::Viewer;
    case Permission::Administer:
        return role == Role::Admin;
    }
    return false;
}

inline QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

inline std::optional<Role> roleFromKey(const QString &key)
{
    if (key == QLatin1String("admin"))
        return Role::Admin;
    if (key == QLatin1String("finance"))
        return Role::Finance;
    if (key == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}

} // namespace Accrue
