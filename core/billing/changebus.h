#pragma once

#include <QFlags>
#include <QObject>
#include <QString>

namespace Accrue {

// The parts of a book a change can touch; a page shows some of them.
enum class BookArea {
    Invoices = 0x01,
    Payments = 0x02,
    CreditNotes = 0x04,
    Customers = 0x08, // customers, their profiles, payment methods, subscriptions
    Catalog = 0x10, // products and plans
    Bank = 0x20, // statements, their lines and matches
    Ledger = 0x40, // journal entries: every financial event
    Settings = 0x80, // company settings and the chart of accounts
    Users = 0x100,
};
Q_DECLARE_FLAGS(BookAreas, BookArea)
Q_DECLARE_OPERATORS_FOR_FLAGS(BookAreas)

// The one way the program hears that the book changed: after each commit
// of this session's own changes (from the entities its audit records name)
// and, through the app's ChangeNotifier, after other clients' commits (from
// the tables PostgreSQL names, or everything when SQLite can only say that
// something changed). Pages declare the areas they show and refresh when
// one of them moves.
class ChangeBus final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static constexpr BookAreas everything() { return BookAreas(0x1ff); }
    // An audit record's entity or a table's name: the areas it belongs to
    // (everything when unknown: better one refresh too many).
    static BookAreas areasOf(const QString &entityOrTable);

    void announce(BookAreas areas, bool elsewhere = false);
    // What this session's last commit needs to tell the user (see
    // Database::addNotice): the GUI shows it, the CLI prints it.
    void notify(const QString &text) { emit noticed(text); }

signals:
    // `elsewhere`: another client or process made the change.
    void changed(Accrue::BookAreas areas, bool elsewhere);
    void noticed(const QString &text);
};

} // namespace Accrue
