#pragma once

#include "domain/dunningnotice.h"
#include "money/money.h"

#include <QDate>
#include <QSet>
#include <vector>

namespace Accrue {

class Database;
class SqlQuery;

// Dunning's reads and the notices it records.
class DunningRepository final
{
public:
    // An open invoice with something left to pay, as dunning looks at it.
    struct Candidate
    {
        qint64 invoiceId = 0;
        QString number;
        qint64 customerId = 0;
        qint64 billingProfileId = 0;
        QString customerCode;
        QString customerName;
        QDate issueDate;
        QDate dueDate;
        Money balance;
    };

    explicit DunningRepository(Database &db);

    // Open invoices with a balance, issued on or before `date`, due on or
    // before `dueBy`, oldest due first.
    std::vector<Candidate> candidates(const QDate &date, const QDate &dueBy);
    // The notices of every open invoice, oldest first.
    std::vector<DunningNotice> openInvoiceNotices();
    std::vector<DunningNotice> notices(qint64 invoiceId);
    // Every notice with this action (review: the invoices flagged), newest first.
    std::vector<DunningNotice> byAction(const QString &action, int limit = 1000);
    // The review notices nobody has cleared yet, newest first.
    std::vector<DunningNotice> uncleared(int limit = 1000);
    // Records that a review notice's flag was cleared. dunning_notice rows
    // are never changed (the finance role may not): the clear is a row of
    // its own, one per notice (a second clear of it is refused).
    void insertClear(qint64 noticeId, const QDate &date, const QString &userName,
                     const QString &note);
    bool hasNotice(qint64 invoiceId, const QString &stepKey);
    // The invoices that are themselves late fees.
    QSet<qint64> lateFeeInvoiceIds();
    // Inserts the notice unless the invoice already has one for the step
    // (then returns false and changes nothing): the UNIQUE pair decides
    // between two clients running at once.
    bool insertNotice(DunningNotice &notice);

private:
    std::vector<DunningNotice> read(const QString &where, const QVariant &value, int limit);
    static std::vector<DunningNotice> readRows(SqlQuery &q);
    Database &m_db;
};

} // namespace Accrue
