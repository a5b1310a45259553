#include "mail/mailtemplate.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Accrue {

namespace {

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return re;
}

QString unknownMessage(const QString &name, const QStringList &known)
{
    QStringList braced;
    for (const QString &k : known)
        braced << u'{' + k + u'}';
    return QCoreApplication::translate("Accrue::MailTemplate",
                                       "unknown placeholder {%1} (known: %2)")
        .arg(name, braced.join(QStringLiteral(", ")));
}

} // namespace

QStringList MailTemplate::invoicePlaceholders()
{
    return { QStringLiteral("customer"), QStringLiteral("invoice"), QStringLiteral("amount_due"),
             QStringLiteral("due_date"), QStringLiteral("company") };
}

QStringList MailTemplate::receiptPlaceholders()
{
    return { QStringLiteral("customer"), QStringLiteral("receipt"),  QStringLiteral("amount"),
             QStringLiteral("date"),     QStringLiteral("invoices"), QStringLiteral("company") };
}

QStringList MailTemplate::creditNotePlaceholders()
{
    return { QStringLiteral("customer"), QStringLiteral("credit_note"), QStringLiteral("invoice"),
             QStringLiteral("amount"),   QStringLiteral("date"),        QStringLiteral("company") };
}

QString MailTemplate::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : placeholder().globalMatch(text)) {
        const QString name = m.captured(1);
        const auto it = values.constFind(name);
        if (it == values.constEnd()) {
            QStringList known = values.keys();
            known.sort();
            throw Error(unknownMessage(name, known));
        }
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += *it;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString MailTemplate::problem(const QString &text, const QStringList &known)
{
    for (const QRegularExpressionMatch &m : placeholder().globalMatch(text))
        if (!known.contains(m.captured(1)))
            return unknownMessage(m.captured(1), known);
    return {};
}

} // namespace Accrue
