#pragma once

#include "billing/recognitionservice.h"
#include "domain/periodclose.h"

#include <QDate>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Session;

// Month-end close with a lock date: the checklist of a month, closing it
// (revenue recognition through its last day, then the lock moves, in one
// transaction with its audit record and history row), reopening (Admin,
// with a reason; the later months reopen too) and the history. Closing
// needs Billing (Finance or Admin), reopening Administer. Once a month is
// closed, JournalRepository::insert posts anything dated inside it on the
// first open day and the session's ChangeBus says so (noticed()).
class PeriodCloseService final
{
public:
    // Posts the revenue recognised through a day (Deferred -> Revenue) and
    // says what it posted; runs inside the close's transaction, before the
    // lock moves. Empty: no recognition is connected (the checklist warns).
    using Recognizer = std::function<QString(const QDate &through)>;

    // What close() did.
    struct Result
    {
        PeriodLock lock; // after the close
        QString recognition; // the recognizer's summary
        CloseChecklist checklist; // as it stood when the lock moved
        // The audit checkpoint made once the close committed (its line), and
        // why it is unsigned when it is (no keychain).
        QString checkpoint;
        QString checkpointWarning;
    };

    explicit PeriodCloseService(Session &session, Recognizer recognize = {});

    // What the CLI and the GUI pass to the constructor: RecognitionService's
    // run through the month's last day, described in one line. (Tests pass
    // their own, or none to close without recognition.)
    static Recognizer recognizerFor(Session &session);
    // "Recognised through 2026-03-31: 120 schedule rows in 3 entries (...)"
    static QString describe(const RecognitionService::Summary &summary);

    PeriodLock lock();
    // The month the next close should be: the one after the lock date, or
    // (nothing closed) the month before today's.
    QDate nextMonthToClose();
    // The checklist of a month (any day in it): figures at its end and
    // each item's status. Read only; needs no permission beyond reading.
    CloseChecklist checklist(const QDate &month);
    // Closes the month (any day in it). Throws Error when it is closed
    // already, out of order, or the checklist blocks.
    Result close(const QDate &month);
    // Reopens the month (any day in it) and every later closed one; returns
    // the lock after it. The reason is required.
    PeriodLock reopen(const QDate &month, const QString &reason);
    // Every close and reopen, oldest first.
    std::vector<PeriodEvent> history();

private:
    CloseChecklist checklistLocked(const QDate &monthStart, const PeriodLock &lock);
    CloseCheck orderCheck(const QDate &monthStart, const PeriodLock &lock) const;

    Session &m_session;
    Recognizer m_recognize;
};

} // namespace Accrue
