#include "exchange/reportfile.h"

#include "common/error.h"
#include "exchange/csvwriter.h"
#include "exchange/reporthtml.h"
#include "exchange/texttablewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
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
                       const std::function<void(ReportSink &)> &produce, const QString &parameters)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    switch (format) {
    case Format::Csv:
    case Format::ExcelCsv: {
        CsvWriter writer(&file,
                         format == Format::ExcelCsv ? CsvWriter::Dialect::excel(QLocale())
                                                    : CsvWriter::Dialect());
        produce(writer);
        break;
    }
    case Format::Table: {
        TextTableWriter writer(&file);
        produce(writer);
        break;
    }
    case Format::Pdf: {
        ReportTable table;
        produce(table);
        ReportHtml::writePdf(table, parameters, QDateTime::currentDateTime(), QLocale(), &file);
        break;
    }
    }
    if (!file.commit())
        cannotWrite(path, file.errorString());
}

} // namespace Accrue
