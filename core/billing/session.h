#pragma once

#include "billing/changebus.h"
#include "billing/referencedata.h"
#include "domain/role.h"
#include "domain/tenant.h"
#include "security/auditlog.h"

#include <QDate>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Who is working on which book, in which role, and what "today" is for them.
// Services take a Session so that audit records name the user, every change
// checks the role (core refuses what the UI hides), and date logic is testable.
class Session final
{
public:
    // On PostgreSQL the user is the server's (current_user), whatever name
    // is passed: the audit log records who the server let in.
    Session(Database &db, QString userName);
    // Its reference data points back at it.
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Database &db() const { return m_db; }
    // Where the book is (a file path or a postgresql:// address): what a
    // worker thread opens its own connection to.
    QString bookLocation() const;
    // A PostgreSQL book shared by a team (users are the server's logins).
    bool isServerBook() const;
    const QString &userName() const { return m_userName; }
    // The OS login the app runs under, which each audit record names beside
    // userName() on a SQLite book; empty on PostgreSQL (see session.cpp).
    const QString &osUser() const { return m_osUser; }
    // Whether `userName` may be claimed on this book (accrue-cli --user),
    // checked by the mains before they start a session for a name given to
    // them; throws Error (Kind::PermissionDenied) naming the book and how
    // users are added. SQLite: a file knows no passwords, so a claimed name
    // is all the identity the app has; it must be one the book's admins
    // registered (app_user). A book that lists nobody belongs to whoever
    // opens it and takes only the OS login. (Unclaimed, the OS login works
    // as before: Admin of an unlisted book, else its listed role or Viewer.)
    // PostgreSQL: any name, as the server's login is the user whatever is
    // claimed.
    static void checkUserName(Database &db, const QString &userName);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }
    // The audit log for this user; each record it appends also announces its
    // area on changes() once the transaction commits.
    AuditLog audit() const;
    // What changed in the book: this session's commits and (fed by the app)
    // other clients'.
    ChangeBus &changes() const { return *m_changes; }
    // The book's reference facts as documents need them (kept only inside
    // a ReferenceData::Scope).
    ReferenceData &reference() const { return *m_reference; }

    // Hears of every audit record this session appends, inside the
    // transaction of the change it describes and after the record, so what
    // a listener writes commits or rolls back with that change. This is how
    // a layer above billing reacts to billing's changes without billing
    // knowing it: core/mail's ReceiptMailer::installAutoSend queues a
    // receipt's e-mail as the receipt is issued. A listener lives as long as
    // the session; it must not throw for a change it merely follows.
    void addAuditListener(std::function<void(const AuditEvent &)> listener);

    // Read from the book once (users and roles change rarely; a new session
    // picks changes up).
    Role role() const;
    // A customer tenant's users read (and export) their own billing; they do
    // not bill, and edit only their own account (ManageOwnAccount).
    bool can(Permission permission) const;
    // The user's tenant and what it may see, read when the session starts
    // and given to the connection (Database::setTenantScope): every list,
    // report and load by id or number is narrowed to it there, and on
    // PostgreSQL the server's row-level security does the same.
    const TenantScope &scope() const { return m_scope; }
    // A customer tenant's user: its window is My Account, and its writes are
    // the self-service ones (requireOwnAccount) alone.
    bool isCustomerUser() const { return m_scope.kind == TenantKind::Customer; }
    // The self-service edits (billing profiles, payment methods, subscription
    // quantities): Billing users within their subtree as before; a customer
    // tenant's Admin or Finance user for its own customer only
    // (ManageOwnAccount); anyone else is refused (Kind::PermissionDenied).
    void requireOwnAccount(qint64 customerId, const QString &what) const;
    // Throws Error (Kind::PermissionDenied) when the customer is outside the
    // user's subtree (or does not exist): writes check this before they start.
    void requireCustomer(qint64 customerId, const QString &what) const;
    // Throws likewise when the tenant is outside the user's subtree.
    void requireTenant(qint64 tenantId, const QString &what) const;
    // Throws likewise for a user below the root: `what` ("the general
    // ledger", "bank statements") is the book owner's accounting record,
    // whose entries mix customers or have none, or spans every tenant (the
    // audit trail).
    void requireWholeBook(const QString &what) const;
    // Throws Error (Kind::PermissionDenied) naming the user, the role and
    // `what` was refused.
    void require(Permission permission, const QString &what) const;
    static QString roleName(Role role);

private:
    void recorded(const AuditEvent &event) const;
    void noteChange(const QString &entity) const;

    Database &m_db;
    QString m_userName;
    QString m_osUser;
    QDate m_today;
    mutable std::optional<Role> m_role;
    TenantScope m_scope;
    std::unique_ptr<ChangeBus> m_changes = std::make_unique<ChangeBus>();
    std::unique_ptr<ReferenceData> m_reference;
    mutable quint64 m_pendingSerial = 0; // the transaction m_pendingAreas belong to
    mutable BookAreas m_pendingAreas;
    std::vector<std::function<void(const AuditEvent &)>> m_auditListeners;
};

} // namespace Accrue
