#pragma once

#include "domain/auditrecord.h"

#include <QJsonObject>
#include <QString>
#include <functional>

namespace Accrue {

class Database;

struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;
    qint64 brokenSeq = 0; // first record whose link is broken
    QString problem;
    // Of the records checked, those that name an OS login (schema 20 on).
    qint64 withOsUser = 0;
    // The progress callback stopped the check: not ok, and nothing was found.
    bool cancelled = false;
};

// What one appended record says, for whoever listens (Session's audit
// listeners): cheap copies of the record's own fields.
struct AuditEvent
{
    QString action;
    QString entity;
    QString entityId;
    QJsonObject after;
};

// Writes and checks the audit trail. append() must run inside the caller's
// transaction, so the record commits or vanishes with the change it describes;
// it joins the hash chain just before that transaction commits.
class AuditLog final
{
public:
    // `recorded` hears of each record ("invoice.issue" on "invoice" 42, ...)
    // right after it is appended, inside the transaction: what it writes
    // commits or vanishes with the change, and its own records follow this
    // one in the chain.
    AuditLog(Database &db, QString userName,
             std::function<void(const AuditEvent &event)> recorded = {});
    // Each record also names `osUser`, the OS login the app runs under
    // (Session: on SQLite books; empty stores NULL).
    AuditLog(Database &db, QString userName, QString osUser,
             std::function<void(const AuditEvent &event)> recorded = {});

    void append(const QString &action, const QString &entity, const QString &entityId,
                const QJsonObject &before, const QJsonObject &after);
    // `progress` hears how many of the head's records were checked, now and
    // then and once at the end; returning false stops the check (cancelled).
    AuditVerification verify(const std::function<bool(qint64 done, qint64 total)> &progress = {});

    static QString toJson(const QJsonObject &object);
    // The OS login: $USER (Windows: %USERNAME%), else the process's account
    // (services and containers often set neither).
    static QString currentUserName();

private:
    Database &m_db;
    QString m_userName;
    QString m_osUser;
    std::function<void(const AuditEvent &)> m_recorded;
};

} // namespace Accrue
