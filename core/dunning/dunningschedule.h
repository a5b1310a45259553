#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// One step of the reminder schedule: on `day` days after the due date
// (negative: before it, "due soon") an open invoice gets `action`, and
// optionally a late fee posted as its own invoice.
struct DunningStep
{
    enum class Action {
        Email, // the template by e-mail, the invoice's PDF attached
        Review, // flag the invoice for a person to look at; nothing is sent
        StopService, // the template by e-mail as a notice that service stops
    };
    enum class Fee { None, Fixed, Percent };

    QString key; // stable name the notices record: "day_7"
    QString name; // what people see: "Second reminder"
    int day = 0;
    Action action = Action::Email;
    QString subject;
    QString body;
    Fee fee = Fee::None;
    // Fixed: a decimal with a dot in the invoice's currency ("5.00").
    QString feeAmount;
    // Percent: of the open balance, in basis points (150 = 1.5 %).
    int feeBasisPoints = 0;

    bool sendsMail() const { return action != Action::Review; }
    bool hasFee() const { return fee != Fee::None; }
    static QString actionKey(Action action); // email, review, stop_service
    static std::optional<Action> actionFromKey(const QString &key);
    static QString actionName(Action action); // translated
    QJsonObject toJson() const;
    static DunningStep fromJson(const QJsonObject &json);
};

// The book's reminder schedule, steps in order of their day.
struct DunningSchedule
{
    int version = 0; // of the stored setting; 0 before the first save
    std::vector<DunningStep> steps;

    // Common practice: a friendly note 3 days before the due date, reminders
    // 1, 3 and 7 days after it, a final notice that service stops at 14.
    static DunningSchedule defaults();
    // What reminder templates may say: {customer} {invoice} {amount_due}
    // {due_date} {days_overdue} {company} {payment_details}.
    static QStringList placeholders();
    // Problems that block saving, each "step KEY: field: message"; empty when valid.
    QStringList problems() const;
    const DunningStep *find(const QString &key) const;
    QJsonObject toJson() const;
    // Throws Error for a document that is not a schedule.
    static DunningSchedule fromJson(const QJsonObject &json);
};

// Reads and changes the schedule like the mail settings: validated,
// versioned (a save over someone else's change is refused), audited in one
// transaction, administrators only.
class DunningSettingsService final
{
public:
    explicit DunningSettingsService(Session &session);

    DunningSchedule load(); // the defaults until one is saved
    // Sorts the steps by day, checks them and stores them; returns the saved
    // schedule with its new version.
    DunningSchedule save(DunningSchedule schedule);

private:
    Session &m_session;
};

} // namespace Accrue
