#pragma once

#include <QString>
#include <functional>

namespace Accrue {

class ReportSink;
class Session;

// Writes a report to a file as CSV or as an aligned text table, all or
// nothing: the file appears whole when `produce` succeeds and not at all when
// it throws. One way for the CLI and the GUI, so their files are identical.
class ReportFile final
{
public:
    // ExcelCsv: CSV in the locale's Excel dialect (BOM, list separator,
    // decimal point). Pdf: the printed report (title, `parameters`, the time
    // it was run, page numbers); it needs a QGuiApplication for fonts.
    enum class Format { Csv, ExcelCsv, Table, Pdf, Json };
    // Throws Error naming the file when it cannot be written, and refuses
    // (Error::Kind::PermissionDenied) a role without Permission::Export to
    // write anywhere but standard output ("-").
    static void write(const Session &session, const QString &path, Format format,
                      const std::function<void(ReportSink &)> &produce,
                      const QString &parameters = {});
};

} // namespace Accrue
