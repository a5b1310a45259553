#pragma once

#include "billing/workerconnection.h"
#include "common/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <optional>

namespace Accrue {

// Runs `work` on a pool thread with its own connection to `book`'s book, in
// the same user's tenant scope (a QSqlDatabase connection belongs to one
// thread), then hands the result to
// `done` on the GUI thread, or the error message to `failed`. Nothing arrives
// once `context` is gone.
template<typename Result>
void runInBackground(QObject *context, const Database &book, std::function<Result(Database &)> work,
                     std::function<void(Result)> done, std::function<void(const QString &)> failed)
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
    watcher->setFuture(
        QtConcurrent::run([access = accessOf(book), work = std::move(work)]() -> Outcome {
            try {
                WorkerConnection connection(access);
                if (!connection)
                    return Outcome { std::nullopt, QStringLiteral("stopped") };
                return Outcome { work(connection.db()), {} };
            } catch (const Error &e) {
                return Outcome { std::nullopt, e.userMessage() };
            } catch (const std::exception &e) {
                return Outcome { std::nullopt, QString::fromLocal8Bit(e.what()) };
            }
        }));
}

} // namespace Accrue
