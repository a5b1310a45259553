#pragma once

#include "domain/auditrecord.h"

#include <functional>

namespace Accrue {

class Database;

class AuditRepository final
{
public:
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };

    explicit AuditRepository(Database &db);

    Head head();
    // Same as head(), locking the row until the transaction ends where the
    // dialect needs it (PostgreSQL: FOR UPDATE).
    Head lockHead();
    void setHead(const Head &head);
    void insert(const AuditRecord &record);
    // Records in sequence order; stop by returning false.
    void forEach(const std::function<bool(const AuditRecord &)> &visit);
    qint64 count();

private:
    Database &m_db;
};

} // namespace Accrue
