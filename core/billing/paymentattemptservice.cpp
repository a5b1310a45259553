#include "billing/paymentattemptservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "exchange/csvreader.h"
#include "storage/database.h"
#include "storage/matchrepository.h"
#include "storage/paymentattemptrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentAttemptService", text);
}
} // namespace

PaymentAttemptService::PaymentAttemptService(Session &session)
    : m_session(session)
{
}

PaymentAttemptService::Result PaymentAttemptService::importGateway(const QByteArray &csv,
                                                                   const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import card payments"));
    const auto records = CsvReader::parse(csv, fileName);
    if (records.empty())
        throw Error(tr("%1: the file is empty").arg(fileName));
    QHash<QString, int> column;
    for (int i = 0; i < records.front().fields.size(); ++i)
        column.insert(records.front().fields.at(i).trimmed().toLower(), i);
    for (const char *needed : { "invoice", "date", "status", "id" })
        if (!column.contains(QLatin1String(needed)))
            throw Error(tr("%1:1: a “%2” column is required (invoice, date, status, reason, id)")
                            .arg(fileName, QLatin1String(needed)));
    Database &db = m_session.db();
    Transaction tx(db);
    MatchRepository invoices(db);
    PaymentAttemptRepository attempts(db);
    Result result;
    QSet<qint64> touched;
    for (size_t r = 1; r < records.size(); ++r) {
        const auto &rec = records[r];
        auto value = [&](const char *name) {
            const int i = column.value(QLatin1String(name), -1);
            // Empty, never null: a missing column is "no text", not NULL.
            return i >= 0 && i < rec.fields.size() ? rec.fields.at(i).trimmed()
                                                   : QStringLiteral("");
        };
        auto fail = [&](const char *field, const QString &why) {
            throw Error(QStringLiteral("%1:%2: %3: %4")
                            .arg(fileName)
                            .arg(rec.line)
                            .arg(QLatin1String(field), why));
        };
        ++result.read;
        const QString status = value("status").toLower();
        static const QStringList failures { QStringLiteral("failed"), QStringLiteral("declined"),
                                            QStringLiteral("expired") };
        if (status == QLatin1String("succeeded") || status == QLatin1String("success"))
            continue; // a successful charge arrives as a payment, not here
        if (!failures.contains(status))
            fail("status", tr("“%1” is not failed, declined, expired or succeeded").arg(status));
        const QDate date = QDate::fromString(value("date").left(10), Qt::ISODate);
        if (!date.isValid())
            fail("date", tr("“%1” is not a date (YYYY-MM-DD)").arg(value("date")));
        const auto inv = invoices.invoiceByNumber(value("invoice"));
        if (!inv)
            fail("invoice", tr("no invoice “%1”").arg(value("invoice")));
        const QString ref = value("id");
        if (ref.isEmpty())
            fail("id", tr("the gateway's id of the attempt is missing"));
        if (!attempts.insert(inv->id, date, status, value("reason"), ref)) {
            ++result.duplicates;
            continue;
        }
        ++result.failed;
        touched.insert(inv->id);
    }
    for (qint64 invoiceId : touched) {
        const int failures = attempts.failuresFor(invoiceId);
        if (failures < reviewAfter || attempts.needsReview(invoiceId))
            continue;
        attempts.flagForReview(invoiceId);
        ++result.flagged;
        m_session.audit().append(QStringLiteral("invoice.review"), QStringLiteral("invoice"),
                                 QString::number(invoiceId),
                                 QJsonObject { { QStringLiteral("needs_review"), false } },
                                 QJsonObject { { QStringLiteral("needs_review"), true },
                                               { QStringLiteral("failed_attempts"), failures } });
    }
    m_session.audit().append(QStringLiteral("gateway.import"), QStringLiteral("payment_attempt"),
                             fileName, {},
                             QJsonObject { { QStringLiteral("read"), result.read },
                                           { QStringLiteral("failed"), result.failed },
                                           { QStringLiteral("duplicates"), result.duplicates },
                                           { QStringLiteral("flagged"), result.flagged } });
    tx.commit();
    return result;
}

} // namespace Accrue
