#pragma once

#include <QString>

namespace Accrue {

// Keeps several Accrue processes on one SQLite book from destroying each
// other's write-ahead log.
//
// SQLite's locks on Unix are POSIX advisory locks, which belong to a process
// and a file: when anything in the process opens and closes one of the
// book's files through another descriptor (a file dialog listing the
// folder, MIME sniffing, a backup tool), every lock the process held on it
// is gone. Another process then believes it is alone with the book and, on
// closing, checkpoints and deletes the WAL that the first one is still
// writing to: those writes are lost, silently.
//
// So Accrue decides itself who closes last. Each connection takes a shared
// flock() on a sidecar file ("<book>-lock"); flock locks belong to the open
// file description, and no other open or close in the process can drop
// them. SQLite's checkpoint-and-delete on close is switched off for every
// connection (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE), except for the one that
// gets the sidecar exclusively when it closes: the last one out, anywhere.
// A process that opens the book meanwhile waits on its shared lock until that
// close has finished. Windows locks are per handle and not affected; there
// this class does nothing.
class SqliteSharing final
{
public:
    // Takes the shared lock, waiting up to `waitMs` for a closing process.
    // Throws Error when it cannot.
    explicit SqliteSharing(const QString &bookPath, int waitMs = 10000);
    ~SqliteSharing();
    Q_DISABLE_COPY_MOVE(SqliteSharing)

    // True when no other connection (in any process) has the book open; the
    // lock is then exclusive until this object goes, so that nobody opens
    // the book while it is being checkpointed.
    bool becomeLastOneOut();

    // For a file refused as a book: removes the sidecar if this object made it.
    void removeIfCreated();

    static QString lockPath(const QString &bookPath);
    // Who holds the book's write lock now ("accrue-cli (pid 4711, user
    // alice)"), or empty when nobody does or it cannot be told.
    static QString writerDescription(const QString &bookPath);

private:
    int m_fd = -1;
    QString m_createdPath; // the sidecar, when this object created it
};

} // namespace Accrue
