#include "csvexport.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "documents/reportfile.h"
#include "widgets/errorbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>

namespace Accrue::CsvExport {

void start(QWidget *parent, const Session &session, const QString &path, const QString &title,
           Rows rows, std::function<void(bool ok)> finished)
{
    auto *progress
        = new QProgressDialog(QCoreApplication::translate("Accrue::CsvExport", "Exporting %1…")
                                  .arg(QDir::toNativeSeparators(path)),
                              QString(), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    runInBackground<bool>(
        parent, session.db(),
        [path, rows = std::move(rows), user = session.userName()](Database &db) {
            // The worker's own session: the same user, for the export permission.
            const Session worker(db, user);
            ReportFile::write(worker, path, ReportFile::Format::Csv,
                              [&](ReportSink &csv) { rows(db, csv); });
            return true;
        },
        [progress, finished](bool) {
            progress->deleteLater();
            if (finished)
                finished(true);
        },
        [parent, progress, title, finished](const QString &error) {
            progress->deleteLater();
            if (finished)
                finished(false);
            showError(parent, title, error);
        });
}

} // namespace Accrue::CsvExport
