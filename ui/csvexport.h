#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace Accrue {

class Database;
class ReportSink;
class Session;

// The lists' "Export CSV" (the Invoices page, the Audit Log): the rows a
// report writes, into `path` on a worker thread with its own connection,
// while a progress dialog shows over `parent`. The file is whole or absent
// (ReportFile); a failure is shown in a box titled `title`; `finished` says
// how it ended.
namespace CsvExport {

using Rows = std::function<void(Database &db, ReportSink &csv)>;

void start(QWidget *parent, const Session &session, const QString &path, const QString &title,
           Rows rows, std::function<void(bool ok)> finished = {});

} // namespace CsvExport

} // namespace Accrue
