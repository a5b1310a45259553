#pragma once

// Hand-made audit records for the Audit Log's suites (tst_auditquery,
// tst_ui_audit): fixed times, users and values a test can name.
#include "domain/auditrecord.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QTest>
#include <initializer_list>

namespace Accrue::Testing {

inline AuditRecord auditRecord(qint64 seq, const char *at, const char *user, const char *action,
                               const char *entity, const char *id, const char *before,
                               const char *after)
{
    AuditRecord r;
    r.seq = seq;
    r.at = QString::fromLatin1(at);
    r.userName = QString::fromLatin1(user);
    r.action = QString::fromLatin1(action);
    r.entity = QString::fromLatin1(entity);
    r.entityId = QString::fromLatin1(id);
    r.beforeJson = QString::fromLatin1(before);
    r.afterJson = QString::fromLatin1(after);
    r.prevHash = QStringLiteral("p");
    r.hash = QStringLiteral("h%1").arg(seq);
    return r;
}

// Writes `records` (numbered from 1) into an empty trail and moves the head
// onto the last, so a service's records follow them.
inline void insertAuditRecords(TestBook &book, std::initializer_list<AuditRecord> records)
{
    AuditRepository repo(book.db());
    QCOMPARE(repo.count(), 0);
    Transaction tx(book.db());
    for (const AuditRecord &r : records)
        repo.insert(r);
    const AuditRecord &last = *(records.end() - 1);
    repo.setHead({ last.seq, last.hash });
    tx.commit();
}

} // namespace Accrue::Testing
