#include "dunning/dunningschedule.h"

#include "billing/session.h"
#include "common/error.h"
#include "mail/mailtemplate.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Accrue {

namespace {

const QString dunningKey = QStringLiteral("dunning");

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Dunning", text);
}

QString feeKey(DunningStep::Fee fee)
{
    switch (fee) {
    case DunningStep::Fee::Fixed:
        return QStringLiteral("fixed");
    case DunningStep::Fee::Percent:
        return QStringLiteral("percent");
    case DunningStep::Fee::None:
        break;
    }
    return QStringLiteral("none");
}

DunningStep step(const char *key, const QString &name, int day, DunningStep::Action action,
                 const QString &subject, const QString &body)
{
    DunningStep s;
    s.key = QString::fromLatin1(key);
    s.name = name;
    s.day = day;
    s.action = action;
    s.subject = subject;
    s.body = body;
    return s;
}

// Shared by every default text: how to pay and whom to ask.
QString closing()
{
    return tr("\n\nPayment details:\n{payment_details}\n\nIf you have already paid, thank you, "
              "and please disregard this message. If something about the invoice is not right, "
              "just reply to this e-mail and we will sort it out.\n\nKind regards,\n{company}\n");
}

} // namespace

QString DunningStep::actionKey(Action action)
{
    switch (action) {
    case Action::Review:
        return QStringLiteral("review");
    case Action::StopService:
        return QStringLiteral("stop_service");
    case Action::Email:
        break;
    }
    return QStringLiteral("email");
}

std::optional<DunningStep::Action> DunningStep::actionFromKey(const QString &key)
{
    for (Action a : { Action::Email, Action::Review, Action::StopService })
        if (actionKey(a) == key)
            return a;
    return std::nullopt;
}

QString DunningStep::actionName(Action action)
{
    switch (action) {
    case Action::Review:
        return tr("Flag for review");
    case Action::StopService:
        return tr("Stop-service notice");
    case Action::Email:
        break;
    }
    return tr("E-mail");
}

QJsonObject DunningStep::toJson() const
{
    QJsonObject json {
        { QStringLiteral("key"), key },         { QStringLiteral("name"), name },
        { QStringLiteral("day"), day },         { QStringLiteral("action"), actionKey(action) },
        { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body },
        { QStringLiteral("fee"), feeKey(fee) }
    };
    if (fee == Fee::Fixed)
        json.insert(QStringLiteral("fee_amount"), feeAmount);
    if (fee == Fee::Percent)
        json.insert(QStringLiteral("fee_bp"), feeBasisPoints);
    return json;
}

DunningStep DunningStep::fromJson(const QJsonObject &json)
{
    DunningStep s;
    s.key = json.value(QStringLiteral("key")).toString();
    s.name = json.value(QStringLiteral("name")).toString();
    s.day = json.value(QStringLiteral("day")).toInt();
    const QString action = json.value(QStringLiteral("action")).toString();
    const std::optional<Action> a = actionFromKey(action);
    if (!a)
        throw Error(
            tr("step %1: unknown action “%2” (email, review or stop_service)").arg(s.key, action));
    s.action = *a;
    s.subject = json.value(QStringLiteral("subject")).toString();
    s.body = json.value(QStringLiteral("body")).toString();
    const QString fee = json.value(QStringLiteral("fee")).toString(QStringLiteral("none"));
    if (fee == QLatin1String("fixed"))
        s.fee = Fee::Fixed;
    else if (fee == QLatin1String("percent"))
        s.fee = Fee::Percent;
    else if (fee != QLatin1String("none"))
        throw Error(tr("step %1: unknown fee “%2” (none, fixed or percent)").arg(s.key, fee));
    // Text, so the decimals stay exact ("5.00"); a JSON number reads as
    // empty and is refused by problems().
    s.feeAmount = json.value(QStringLiteral("fee_amount")).toString();
    s.feeBasisPoints = json.value(QStringLiteral("fee_bp")).toInt();
    return s;
}

DunningSchedule DunningSchedule::defaults()
{
    using A = DunningStep::Action;
    DunningSchedule s;
    s.steps.push_back(step(
        "due_soon", tr("Due soon"), -3, A::Email, tr("Invoice {invoice} is due on {due_date}"),
        tr("Dear {customer},\n\na friendly note that invoice {invoice} over {amount_due} is due "
           "on {due_date}. The invoice is attached for your convenience.")
            + closing()));
    s.steps.push_back(step(
        "day_1", tr("First reminder"), 1, A::Email, tr("Reminder: invoice {invoice} is overdue"),
        tr("Dear {customer},\n\nour records show that invoice {invoice}, due on {due_date}, is "
           "still open with {amount_due} to pay. It may simply have been overlooked: we would "
           "be grateful if you could arrange payment in the next few days. A copy of the "
           "invoice is attached.")
            + closing()));
    s.steps.push_back(step(
        "day_3", tr("Second reminder"), 3, A::Email,
        tr("Second reminder: invoice {invoice} is {days_overdue} days overdue"),
        tr("Dear {customer},\n\ninvoice {invoice} was due on {due_date} and {amount_due} is "
           "still outstanding. Please arrange payment as soon as possible, or let us know when "
           "we can expect it. A copy of the invoice is attached.")
            + closing()));
    s.steps.push_back(step(
        "day_7", tr("Third reminder"), 7, A::Email,
        tr("Payment overdue: invoice {invoice} ({amount_due})"),
        tr("Dear {customer},\n\ndespite our earlier reminders, invoice {invoice} is now "
           "{days_overdue} days past its due date of {due_date}, with {amount_due} outstanding. "
           "Please settle it within the next seven days. If there is a problem with the invoice "
           "or you need to agree a payment plan, please contact us now.")
            + closing()));
    s.steps.push_back(
        step("final", tr("Final notice"), 14, A::StopService,
             tr("Final notice: invoice {invoice} – service at risk"),
             tr("Dear {customer},\n\ninvoice {invoice} is {days_overdue} days overdue and "
                "{amount_due} remains unpaid despite several reminders. This is our final notice: "
                "unless we receive payment or hear from you within seven days, we will suspend "
                "your service until the account is settled.")
                 + closing()));
    return s;
}

QStringList DunningSchedule::placeholders()
{
    return { QStringLiteral("customer"),       QStringLiteral("invoice"),
             QStringLiteral("amount_due"),     QStringLiteral("due_date"),
             QStringLiteral("days_overdue"),   QStringLiteral("company"),
             QStringLiteral("payment_details") };
}

QStringList DunningSchedule::problems() const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    static const QRegularExpression amountPattern(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,4})?$"));
    static const QRegularExpression nonZero(QStringLiteral("[1-9]"));
    QStringList out;
    QSet<QString> keys;
    QSet<int> days;
    for (const DunningStep &s : steps) {
        const QString where = tr("step %1").arg(s.key.isEmpty() ? tr("(no key)") : s.key);
        if (!keyPattern.match(s.key).hasMatch())
            out << tr("%1: key: lower-case letters, digits, _ and - only").arg(where);
        else if (keys.contains(s.key))
            out << tr("%1: key: used by another step").arg(where);
        keys.insert(s.key);
        if (s.name.trimmed().isEmpty())
            out << tr("%1: name: enter a name").arg(where);
        if (s.day < -90 || s.day > 365)
            out << tr("%1: day: between -90 (before the due date) and 365").arg(where);
        else if (days.contains(s.day))
            out << tr("%1: day: another step acts on day %2 too").arg(where).arg(s.day);
        days.insert(s.day);
        if (s.sendsMail()) {
            if (s.subject.trimmed().isEmpty())
                out << tr("%1: subject: enter a subject").arg(where);
            if (s.subject.contains(u'\n') || s.subject.contains(u'\r'))
                out << tr("%1: subject: line breaks are not allowed").arg(where);
            if (s.body.trimmed().isEmpty())
                out << tr("%1: text: enter the e-mail's text").arg(where);
        }
        if (const QString p = MailTemplate::problem(s.subject, placeholders()); !p.isEmpty())
            out << tr("%1: subject: %2").arg(where, p);
        if (const QString p = MailTemplate::problem(s.body, placeholders()); !p.isEmpty())
            out << tr("%1: text: %2").arg(where, p);
        if (s.fee == DunningStep::Fee::Fixed
            && (!amountPattern.match(s.feeAmount).hasMatch() || !s.feeAmount.contains(nonZero)))
            out << tr("%1: fee: a positive amount with a dot, like 5.00").arg(where);
        if (s.fee == DunningStep::Fee::Percent
            && (s.feeBasisPoints < 1 || s.feeBasisPoints > 10000))
            out << tr("%1: fee: between 1 and 10000 basis points (0.01 % to 100 %)").arg(where);
    }
    return out;
}

const DunningStep *DunningSchedule::find(const QString &key) const
{
    for (const DunningStep &s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

QJsonObject DunningSchedule::toJson() const
{
    QJsonArray array;
    for (const DunningStep &s : steps)
        array.append(s.toJson());
    return QJsonObject { { QStringLiteral("steps"), array } };
}

DunningSchedule DunningSchedule::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("steps")).isArray())
        throw Error(tr("A dunning schedule is a JSON object with a \"steps\" array"));
    DunningSchedule s;
    for (const QJsonValue &v : json.value(QStringLiteral("steps")).toArray()) {
        if (!v.isObject())
            throw Error(tr("Each dunning step is a JSON object"));
        s.steps.push_back(DunningStep::fromJson(v.toObject()));
    }
    return s;
}

DunningSettingsService::DunningSettingsService(Session &session)
    : m_session(session)
{
}

DunningSchedule DunningSettingsService::load()
{
    SettingsRepository repo(m_session.db());
    const QString text = repo.value(dunningKey);
    DunningSchedule schedule = text.isNull()
        ? DunningSchedule::defaults()
        : DunningSchedule::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    schedule.version = repo.version(dunningKey);
    return schedule;
}

DunningSchedule DunningSettingsService::save(DunningSchedule schedule)
{
    m_session.require(Permission::Administer, tr("change the dunning schedule"));
    std::stable_sort(schedule.steps.begin(), schedule.steps.end(),
                     [](const DunningStep &a, const DunningStep &b) { return a.day < b.day; });
    if (const QStringList problems = schedule.problems(); !problems.isEmpty())
        throw Error(
            tr("The dunning schedule is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    Transaction tx(m_session.db());
    const DunningSchedule before = load();
    schedule.version
        = SettingsRepository(m_session.db())
              .setValueAt(dunningKey,
                          QString::fromUtf8(
                              QJsonDocument(schedule.toJson()).toJson(QJsonDocument::Compact)),
                          schedule.version, m_session.userName(), tr("The dunning schedule"));
    m_session.audit().append(QStringLiteral("settings.dunning"), QStringLiteral("setting"),
                             dunningKey, before.version == 0 ? QJsonObject() : before.toJson(),
                             schedule.toJson());
    tx.commit();
    return schedule;
}

} // namespace Accrue
