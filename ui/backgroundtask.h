#pragma once

#include "common/error.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <optional>

namespace Accrue {

// The work running on pool threads, each on its own connection to the book.
// stopAll() interrupts their statements and waits for every thread, so that
// nothing still runs SQL when the window and the book close (on a large book
// a query outlived the app and crashed it on exit).
class BackgroundTasks final
{
public:
    class Registration final
    {
    public:
        explicit Registration(Database &db);
        ~Registration();
        Q_DISABLE_COPY_MOVE(Registration)
        // False once stopAll() has begun: the work must not start.
        explicit operator bool() const { return m_db != nullptr; }

    private:
        Database *m_db;
    };

    static void stopAll();
};

// Runs `work` on a pool thread with its own connection to the book (a
// QSqlDatabase connection belongs to one thread), then hands the result to
// `done` on the GUI thread, or the error message to `failed`. Nothing arrives
// once `context` is gone.
template<typename Result>
void runInBackground(QObject *context, const QString &location,
                     std::function<Result(Database &)> work, std::function<void(Result)> done,
                     std::function<void(const QString &)> failed)
{
    struct Outcome
    {
        std::optional<Result> result;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, context,
                     [watcher, done = std::move(done), failed = std::move(failed)] {
                         Outcome outcome = watcher->result();
                         watcher->deleteLater();
                         if (outcome.result)
                             done(std::move(*outcome.result));
                         else
                             failed(outcome.error);
                     });
    watcher->setFuture(QtConcurrent::run([location, work = std::move(work)]() -> Outcome {
        try {
            auto db = Database::open(location, Database::OpenMode::MustExist);
            const BackgroundTasks::Registration registration(*db);
            if (!registration)
                return Outcome { std::nullopt, QStringLiteral("stopped") };
            return Outcome { work(*db), {} };
        } catch (const Error &e) {
            return Outcome { std::nullopt, e.userMessage() };
        } catch (const std::exception &e) {
            return Outcome { std::nullopt, QString::fromLocal8Bit(e.what()) };
        }
    }));
}

} // namespace Accrue
