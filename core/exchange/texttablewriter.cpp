#include "exchange/texttablewriter.h"

#include "common/error.h"
#include "common/safetext.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Accrue {

TextTableWriter::TextTableWriter(QIODevice *device)
    : m_device(device)
{
}

void TextTableWriter::begin(const QString &title, const QList<ReportColumn> &columns)
{
    m_title = title;
    m_columns = columns;
}

void TextTableWriter::row(const QVariantList &cells)
{
    QStringList texts;
    // Text from the book goes to a terminal: no control sequences, and one
    // long remittance line does not widen every row.
    for (const QVariant &cell : cells)
        texts << safeText(plainCellText(cell), 60);
    m_rows << texts;
}

void TextTableWriter::totalRow(const QVariantList &cells)
{
    m_totalRows << int(m_rows.size());
    row(cells);
}

void TextTableWriter::end()
{
    QList<qsizetype> widths;
    for (const ReportColumn &c : m_columns)
        widths << c.title.size();
    for (const QStringList &r : m_rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());

    auto rightAligned = [this](int i) { return m_columns.at(i).isNumeric(); };
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            if (i)
                out += QLatin1String("  ");
            out += rightAligned(i) ? cells.at(i).rightJustified(widths[i])
                                   : cells.at(i).leftJustified(widths[i]);
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        out += QLatin1Char('\n');
        return out;
    };
    auto rule = [&]() -> QString {
        QString out;
        for (int i = 0; i < widths.size(); ++i)
            out += (i ? QLatin1String("  ") : QLatin1String())
                + QString(widths[i], QLatin1Char('-'));
        out += QLatin1Char('\n');
        return out;
    };

    QString text = m_title + QLatin1Char('\n');
    QStringList header;
    for (const ReportColumn &c : m_columns)
        header << c.title;
    text += line(header) + rule();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_totalRows.contains(r))
            text += rule();
        text += line(m_rows.at(r));
    }
    const QByteArray bytes = text.toUtf8();
    if (m_device->write(bytes) != bytes.size())
        throw Error(QCoreApplication::translate("Accrue::CsvWriter", "Cannot write the file: %1")
                        .arg(m_device->errorString()));
}

} // namespace Accrue
