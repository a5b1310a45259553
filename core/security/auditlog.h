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
};

// Writes and checks the audit trail. append() must run inside the caller's
// transaction, so the record commits or vanishes with the change it describes;
// it joins the hash chain just before that transaction commits.
class AuditLog final
{
public:
    // `recorded` hears of each record's entity ("invoice", "payment", ...)
    // as it is appended, inside the transaction.
    AuditLog(Database &db, QString userName,
             std::function<void(const QString &entity)> recorded = {});

    void append(const QString &action, const QString &entity, const QString &entityId,
                const QJsonObject &before, const QJsonObject &after);
    AuditVerification verify();

    static QString toJson(const QJsonObject &object);
    static QString currentUserName();

private:
    Database &m_db;
    QString m_userName;
    std::function<void(const QString &)> m_recorded;
};

} // namespace Accrue
