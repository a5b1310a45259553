#include "documents/reportfile.h"

#include "billing/session.h"
#include "common/error.h"
#include "documents/reporthtml.h"
#include "exchange/csvwriter.h"
#include "exchange/jsonwriter.h"
#include "exchange/outputfile.h"
#include "exchange/texttablewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace Accrue {

void ReportFile::write(const Session &session, const QString &path, Format format,
                       const std::function<void(ReportSink &)> &produce, const QString &parameters)
{
    if (path != QLatin1String("-"))
        session.require(Permission::Export,
                        QCoreApplication::translate("Accrue::ReportFile", "export reports"));
    OutputFile output(path);
    QIODevice &file = *output.device();
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
    case Format::Json: {
        JsonWriter writer(&file);
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
    output.commit();
}

} // namespace Accrue
