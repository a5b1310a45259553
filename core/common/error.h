#pragma once

#include <QCoreApplication>
#include <QString>
#include <exception>

namespace Accrue {

// The one exception type core throws. userMessage() is shown to people
// (already translated); detail() carries technical context for logs/CLI -v.
class Error : public std::exception
{
public:
    // What the caller may do about it: ask for a password and retry, reload
    // what someone else changed, tell the user their role does not allow it,
    // or that someone else is writing to the book right now.
    enum class Kind { General, PasswordRequired, Conflict, PermissionDenied, Busy };

    explicit Error(QString userMessage, QString detail = {}, Kind kind = Kind::General)
        : m_message(std::move(userMessage))
        , m_detail(std::move(detail))
        , m_what(m_message.toUtf8())
        , m_kind(kind)
    {
    }

    Kind kind() const noexcept { return m_kind; }

    const QString &userMessage() const noexcept { return m_message; }
    const QString &detail() const noexcept { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QString m_detail;
    QByteArray m_what;
    Kind m_kind;
};

} // namespace Accrue
