#include "exchange/reportfile.h"

#include "common/error.h"
#include "exchange/csvwriter.h"
#include "exchange/texttablewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Accrue {

namespace {
[[noreturn]] void cannotWrite(const QString &path, const QString &why)
{
    throw Error(QCoreApplication::translate("Accrue::ReportFile", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), why));
}
} // namespace

void ReportFile::write(const QString &path, Format format,
                       const std::function<void(ReportSink &)> &produce)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    if (format == Format::Csv) {
        CsvWriter writer(&file);
        produce(writer);
    } else {
        TextTableWriter writer(&file);
        produce(writer);
    }
    if (!file.commit())
        cannotWrite(path, file.errorString());
}

} // namespace Accrue
