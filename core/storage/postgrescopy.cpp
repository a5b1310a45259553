#include "storage/postgrescopy.h"

#include "common/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PostgresCopy", text);
}

PGconn *connectionOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (db.dialect() != Database::Dialect::Postgres || !handle.isValid()
        || !QByteArray(handle.typeName()).contains("conn"))
        throw Error(tr("COPY needs a PostgreSQL connection"),
                    QString::fromLatin1(handle.typeName()));
    return *static_cast<PGconn *const *>(handle.data());
}

// COPY's text format: tab between fields, newline after a row, \N for NULL,
// and backslash escapes for the characters that would break the framing.
void appendField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

constexpr qsizetype chunkBytes = 1 << 20;

} // namespace

PostgresCopy::PostgresCopy(Database &db, const QString &table, const QStringList &columns)
    : m_conn(connectionOf(db))
    , m_table(table)
{
    // Table and column names come from the schema, never from input.
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QStringLiteral(", ")))
                               .toUtf8();
    PGresult *result = PQexec(static_cast<PGconn *>(m_conn), sql.constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = QString::fromUtf8(PQresultErrorMessage(result));
    PQclear(result);
    if (!ok)
        throw Error(tr("The server refused to load %1").arg(table), error);
    m_open = true;
    m_buffer.reserve(chunkBytes + 4096);
}

PostgresCopy::~PostgresCopy()
{
    if (m_open) // abandoned (an exception unwinds): end the COPY as failed
        PQputCopyEnd(static_cast<PGconn *>(m_conn), "abandoned");
    if (m_open) {
        while (PGresult *r = PQgetResult(static_cast<PGconn *>(m_conn)))
            PQclear(r);
    }
}

void PostgresCopy::addRow(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendField(m_buffer, values.at(i));
    }
    m_buffer += '\n';
    if (m_buffer.size() >= chunkBytes)
        send();
}

void PostgresCopy::send()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(static_cast<PGconn *>(m_conn), m_buffer.constData(), int(m_buffer.size()))
        != 1)
        throw Error(tr("Loading %1 failed").arg(m_table),
                    QString::fromUtf8(PQerrorMessage(static_cast<PGconn *>(m_conn))));
    m_buffer.clear();
}

void PostgresCopy::finish()
{
    send();
    auto *conn = static_cast<PGconn *>(m_conn);
    m_open = false;
    if (PQputCopyEnd(conn, nullptr) != 1)
        throw Error(tr("Loading %1 failed").arg(m_table), QString::fromUtf8(PQerrorMessage(conn)));
    QString error;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    if (!error.isEmpty())
        throw Error(tr("The server refused a row of %1").arg(m_table), error);
}

} // namespace Accrue
