#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace Accrue {

class Database;

// Streams rows into a PostgreSQL table with COPY … FROM STDIN, the way
// pg_restore loads data: one statement, rows sent in large chunks, no SQL
// text built from values (they travel as COPY text-format data, escaped
// here). Runs inside the connection's current transaction; nothing else may
// use the connection until finish().
class PostgresCopy final
{
public:
    PostgresCopy(Database &db, const QString &table, const QStringList &columns);
    ~PostgresCopy();
    Q_DISABLE_COPY_MOVE(PostgresCopy)

    void addRow(const QVariantList &values);
    // Ends the COPY and reports the server's verdict (Error on a bad row).
    void finish();

private:
    void send();

    void *m_conn;
    QString m_table;
    QByteArray m_buffer;
    bool m_open = false;
};

} // namespace Accrue
