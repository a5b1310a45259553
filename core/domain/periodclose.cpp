#include "domain/periodclose.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PeriodClose", text);
}

} // namespace

QString PeriodEvent::actionKey(Action action)
{
    return action == Action::Close ? QStringLiteral("close") : QStringLiteral("reopen");
}

std::optional<PeriodEvent::Action> PeriodEvent::actionFromKey(const QString &key)
{
    if (key == QLatin1String("close"))
        return Action::Close;
    if (key == QLatin1String("reopen"))
        return Action::Reopen;
    return std::nullopt;
}

QString closeStatusKey(CloseStatus status)
{
    switch (status) {
    case CloseStatus::Warning:
        return QStringLiteral("warning");
    case CloseStatus::Blocking:
        return QStringLiteral("blocking");
    case CloseStatus::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QString closeStatusName(CloseStatus status)
{
    switch (status) {
    case CloseStatus::Warning:
        return tr("Warning");
    case CloseStatus::Blocking:
        return tr("Blocking");
    case CloseStatus::Ok:
        break;
    }
    return tr("OK");
}

QString CloseFigure::text() const
{
    const QString value = amount ? amount->format(QLocale()) : QLocale().toString(count);
    return label.isEmpty() ? value : label + QStringLiteral(": ") + value;
}

QString CloseCheck::figuresText() const
{
    QStringList parts;
    for (const CloseFigure &f : figures)
        parts << f.text();
    return parts.join(QStringLiteral("; "));
}

bool CloseChecklist::isBlocked() const
{
    return count(CloseStatus::Blocking) > 0;
}

int CloseChecklist::count(CloseStatus status) const
{
    int n = 0;
    for (const CloseCheck &c : checks)
        n += c.status == status ? 1 : 0;
    return n;
}

const CloseCheck *CloseChecklist::find(const QString &key) const
{
    for (const CloseCheck &c : checks)
        if (c.key == key)
            return &c;
    return nullptr;
}

namespace PeriodText {

QDate parseMonth(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QString monthKey(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString monthName(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("MMMM yyyy"));
}

} // namespace PeriodText

} // namespace Accrue
