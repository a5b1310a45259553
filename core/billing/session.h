#pragma once

#include "security/auditlog.h"

#include <QDate>
#include <QString>

namespace Accrue {

class Database;

// Who is working on which book, and what "today" is for them. Services take a
// Session so that audit records name the user and date logic is testable.
class Session final
{
public:
    Session(Database &db, QString userName);

    Database &db() const { return m_db; }
    const QString &userName() const { return m_userName; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }
    AuditLog audit() const { return AuditLog(m_db, m_userName); }

private:
    Database &m_db;
    QString m_userName;
    QDate m_today;
};

} // namespace Accrue
