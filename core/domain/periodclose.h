#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

// The lock date model of month-end close: the books are closed through
// `closedThrough` (the last day of a month), from `closedFrom` (the first
// day of the first month closed since nothing was). Both invalid: nothing
// is closed. Months close one after the other; reopening a month reopens
// the later ones too.
struct PeriodLock
{
    QDate closedFrom;
    QDate closedThrough;

    bool isClosed(const QDate &day) const
    {
        return closedThrough.isValid() && day.isValid() && day <= closedThrough;
    }
    // The first day a posting may be dated on (invalid: any day).
    QDate firstOpenDay() const
    {
        return closedThrough.isValid() ? closedThrough.addDays(1) : QDate();
    }
};

// One close or reopen of a month, as the history keeps it.
struct PeriodEvent
{
    enum class Action { Close, Reopen };

    qint64 id = 0;
    QDate month; // its first day
    Action action = Action::Close;
    QDate closedThrough; // the lock date after it (invalid: nothing closed)
    QString reason; // required to reopen
    QString summary; // what closing posted (revenue recognition)
    QString userName;
    QDateTime at; // UTC

    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);
};

enum class CloseStatus { Ok, Warning, Blocking };
QString closeStatusKey(CloseStatus status); // ok, warning, blocking
QString closeStatusName(CloseStatus status); // translated

// A number on a checklist line: an amount (per currency) or a count.
struct CloseFigure
{
    QString label;
    std::optional<Money> amount;
    qint64 count = 0;

    QString text() const; // "Deferred revenue: EUR 1,234.56", "Drafts: 2"
};

// One item of the month-end checklist.
struct CloseCheck
{
    QString key; // deferred_revenue, recognised_vs_billed, unbilled_revenue, bank_lines,
                 // drafts, overdue_not_dunned, recognition, order
    QString title;
    CloseStatus status = CloseStatus::Ok;
    std::vector<CloseFigure> figures;
    QString note; // why the status, or what to do

    QString figuresText() const; // the figures, "; "-separated
};

struct CloseChecklist
{
    QDate month; // first day
    std::vector<CloseCheck> checks;

    QDate monthEnd() const { return month.addMonths(1).addDays(-1); }
    bool isBlocked() const;
    int count(CloseStatus status) const;
    const CloseCheck *find(const QString &key) const;
};

namespace PeriodText {
// "2026-03" <-> the month's first day; an invalid date when the text is not one.
QDate parseMonth(const QString &text);
QString monthKey(const QDate &day);
// "March 2026" in the user's language.
QString monthName(const QDate &day);
} // namespace PeriodText

} // namespace Accrue
