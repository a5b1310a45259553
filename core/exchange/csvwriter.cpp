#include "exchange/csvwriter.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

namespace Accrue {

namespace {
constexpr qsizetype flushAt = 1 << 16;

bool isDecimal(const QVariant &cell)
{
    return cell.metaType() == QMetaType::fromType<Money>()
        || cell.metaType() == QMetaType::fromType<FixedPoint>();
}

bool isNumberOrDate(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::QDate:
        return true;
    default:
        return isDecimal(cell);
    }
}
} // namespace

CsvWriter::Dialect CsvWriter::Dialect::excel(const QLocale &locale)
{
    const bool decimalComma = locale.decimalPoint() == QLatin1String(",");
    return { decimalComma ? ';' : ',', decimalComma ? ',' : '.', true };
}

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Dialect())
{
}

CsvWriter::CsvWriter(QIODevice *device, Dialect dialect)
    : m_device(device)
    , m_dialect(dialect)
{
    m_buffer.reserve(flushAt + 4096);
    if (m_dialect.byteOrderMark)
        m_buffer += "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.isEmpty())
        m_device->write(m_buffer); // no throwing from a destructor: end() reports errors
}

void CsvWriter::appendField(QByteArray &out, const QString &text, char separator)
{
    // One pass: most fields are plain ASCII that needs no quotes and goes in
    // byte by byte, without a temporary UTF-8 copy.
    bool quote = false;
    bool ascii = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == char16_t(separator) || u == u'"' || u == u'\n' || u == u'\r') {
            quote = true;
            break;
        }
        ascii = ascii && u < 0x80;
    }
    if (!quote) {
        if (ascii) {
            const qsizetype at = out.size();
            out.resize(at + text.size());
            char *dst = out.data() + at;
            for (QChar c : text)
                *dst++ = char(c.unicode());
        } else {
            out += text.toUtf8();
        }
        return;
    }
    out += '"';
    out += QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8();
    out += '"';
}

QString CsvWriter::neutralised(const QString &text)
{
    // OWASP "CSV injection": a spreadsheet runs a cell that starts with one of
    // these as a formula (=HYPERLINK, =cmd|...). A leading apostrophe makes it
    // text in Excel, LibreOffice and Sheets and shows nothing. Amounts are
    // typed cells and keep their minus sign.
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xff1d: // fullwidth = and + (LibreOffice reads them as formulas too)
    case 0xff0b:
        return u'\'' + text;
    default:
        return text;
    }
}

bool CsvWriter::numericColumn(int i) const
{
    return i < m_columns.size() && m_columns.at(i).isNumeric();
}

bool CsvWriter::isPlainNumber(const QString &text)
{
    // "-12.50": a number a report passed as text; a formula never looks so.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

void CsvWriter::begin(const QString &, const QList<ReportColumn> &columns)
{
    m_columns = columns;
    for (int i = 0; i < columns.size(); ++i) {
        if (i)
            m_buffer += m_dialect.separator;
        appendField(m_buffer, columns.at(i).key, m_dialect.separator);
    }
    m_buffer += "\r\n";
}

void CsvWriter::row(const QVariantList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            m_buffer += m_dialect.separator;
        QString text = plainCellText(cells.at(i));
        if (m_dialect.decimalPoint != '.' && isDecimal(cells.at(i)))
            text.replace(u'.', QLatin1Char(m_dialect.decimalPoint));
        else if (!isNumberOrDate(cells.at(i)) && !(numericColumn(i) && isPlainNumber(text)))
            text = neutralised(text);
        appendField(m_buffer, text, m_dialect.separator);
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= flushAt)
        flush();
}

void CsvWriter::end()
{
    flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (m_device->write(m_buffer) != m_buffer.size())
        throw Error(QCoreApplication::translate("Accrue::CsvWriter", "Cannot write the file: %1")
                        .arg(m_device->errorString()));
    m_buffer.clear();
}

} // namespace Accrue
