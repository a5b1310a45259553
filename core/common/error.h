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
    explicit Error(QString userMessage, QString detail = {})
        : m_message(std::move(userMessage))
        , m_detail(std::move(detail))
        , m_what(m_message.toUtf8())
    {
    }

    const QString &userMessage() const noexcept { return m_message; }
    const QString &detail() const noexcept { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace Accrue
