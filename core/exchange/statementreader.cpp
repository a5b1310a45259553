#include "exchange/statementreader.h"

#include "common/error.h"
#include "domain/limits.h"
#include "exchange/csvreader.h"
#include "exchange/textdecoding.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::StatementReader", text);
}

[[noreturn]] void fail(const QString &fileName, int line, const QString &field, const QString &why)
{
    throw Error(field.isEmpty()
                    ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(why)
                    : QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, why));
}

// A column by header name (any case) or 1-based number; -1 if not given.
int columnIndex(const QString &spec, const QStringList &header, const QString &fileName,
                const QString &what)
{
    if (spec.isEmpty())
        return -1;
    bool number = false;
    const int n = spec.toInt(&number);
    if (number && n >= 1)
        return n - 1;
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(spec.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    fail(fileName, 1, what,
         tr("no column “%1” in the header (%2)").arg(spec, header.join(QStringLiteral(", "))));
}

// The line of each offset asked for in increasing order, counting only the
// newlines since the previous one: one pass over the file in all. Counting
// from the start for every transaction made a 10,000-transaction OFX file
// take 19 s.
class LineCounter
{
public:
    explicit LineCounter(QStringView text)
        : m_text(text)
    {
    }

    int lineAt(qsizetype offset)
    {
        if (offset < m_offset) { // not how the readers ask, but still right
            m_offset = 0;
            m_line = 1;
        }
        m_line += int(m_text.sliced(m_offset, offset - m_offset).count(u'\n'));
        m_offset = offset;
        return m_line;
    }

private:
    QStringView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
};

// The amount without its sign: debit and credit columns say the direction,
// whatever sign the bank wrote.
Money magnitude(const Money &amount)
{
    return amount.isNegative() ? -amount : amount;
}

} // namespace

Money StatementReader::parseAmount(QString text, QChar decimalSeparator, Currency currency,
                                   const QString &where)
{
    const QString original = text;
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    if (text.endsWith(u'-')) { // some banks write the sign last
        negative = !negative;
        text.chop(1);
    } else if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = !negative;
        text = text.mid(1);
    } else if (text.startsWith(u'+')) {
        text = text.mid(1);
    }
    // Group separators: spaces, apostrophes and the other of . and ,.
    const QChar group = decimalSeparator == u',' ? u'.' : u',';
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u'\'').remove(group);
    if (decimalSeparator == u',')
        text.replace(u',', u'.');
    static const QRegularExpression shape(QStringLiteral("^\\d+(\\.\\d+)?$"));
    if (!shape.match(text).hasMatch())
        throw Error(where + u": " + tr("“%1” is not an amount").arg(original.trimmed()));
    try {
        const Money amount = Money::fromPlainString(text, currency);
        return negative ? -amount : amount;
    } catch (const Error &e) {
        throw Error(where + u": " + e.userMessage());
    }
}

StatementReader::Format StatementReader::format(const QString &name, const QByteArray &bytes,
                                                const QString &fileName)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("ofx") || n == QLatin1String("qfx"))
        return Format::Ofx;
    if (n == QLatin1String("camt053") || n == QLatin1String("camt.053")
        || n == QLatin1String("camt"))
        return Format::Camt053;
    if (!n.isEmpty())
        throw Error(
            tr("%1: unknown statement format “%2” (use csv, ofx or camt053)").arg(fileName, name));
    const QByteArray head = bytes.left(4096);
    if (head.contains("OFXHEADER") || head.contains("<OFX>") || head.contains("<?OFX"))
        return Format::Ofx;
    if (head.contains("camt.053") || head.contains("<BkToCstmrStmt"))
        return Format::Camt053;
    return Format::Csv;
}

QString StatementReader::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Ofx:
        return QStringLiteral("ofx");
    case Format::Camt053:
        return QStringLiteral("camt053");
    }
    return {};
}

std::vector<StatementLine> StatementReader::read(Format format, const QByteArray &bytes,
                                                 const QString &fileName,
                                                 const BankCsvMapping &mapping)
{
    std::vector<StatementLine> lines;
    switch (format) {
    case Format::Csv:
        lines = readCsv(bytes, fileName, mapping);
        break;
    case Format::Ofx:
        lines = readOfx(bytes, fileName);
        break;
    case Format::Camt053:
        lines = readCamt053(bytes, fileName);
        break;
    }
    for (const StatementLine &line : lines)
        checkPlausible(line, fileName);
    return lines;
}

void StatementReader::checkPlausible(const StatementLine &line, const QString &fileName)
{
    // Whatever the format: a date a bank cannot have booked, an amount no
    // account moves, or text with NUL and other control characters means a
    // damaged or forged file, and nothing of it is imported.
    if (!Limits::isPlausibleDate(line.date))
        fail(fileName, line.sourceLine, QStringLiteral("date"),
             tr("%1 is outside the years %2 to %3")
                 .arg(line.date.toString(Qt::ISODate))
                 .arg(Limits::firstYear)
                 .arg(Limits::lastYear));
    if (!Limits::isPlausibleAmount(line.amount.minor()))
        fail(fileName, line.sourceLine, QStringLiteral("amount"),
             tr("the amount is larger than Accrue accepts"));
    const std::pair<const char *, const QString *> texts[] = {
        { "counterparty", &line.counterparty },
        { "reference", &line.reference },
        { "bank reference", &line.bankRef },
    };
    for (const auto &[field, text] : texts)
        if (Limits::hasControlCharacters(*text))
            fail(fileName, line.sourceLine, QString::fromLatin1(field),
                 tr("contains control characters (such as NUL)"));
}

std::vector<StatementLine>
StatementReader::readCsv(const QByteArray &bytes, const QString &fileName, const BankCsvMapping &m)
{
    if (const QStringList problems = m.problems(); !problems.isEmpty())
        throw Error(tr("%1: the CSV mapping “%2” is incomplete: %3")
                        .arg(fileName, m.name, problems.join(QStringLiteral("; "))));
    const QString text = TextDecoding::decode(bytes, m.encoding, fileName);
    const std::vector<CsvReader::Record> records
        = CsvReader::parseText(text, fileName, m.delimiter);
    const QStringList header
        = m.headerRows > 0 && !records.empty() ? records.front().fields : QStringList();
    const int date = columnIndex(m.dateColumn, header, fileName, QStringLiteral("date"));
    const int amount = columnIndex(m.amountColumn, header, fileName, QStringLiteral("amount"));
    const int debit = columnIndex(m.debitColumn, header, fileName, QStringLiteral("debit"));
    const int credit = columnIndex(m.creditColumn, header, fileName, QStringLiteral("credit"));
    const int party
        = columnIndex(m.counterpartyColumn, header, fileName, QStringLiteral("counterparty"));
    const int reference
        = columnIndex(m.referenceColumn, header, fileName, QStringLiteral("reference"));
    const int bankRef = columnIndex(m.bankRefColumn, header, fileName, QStringLiteral("bank_ref"));
    const int currencyColumn
        = columnIndex(m.currencyColumn, header, fileName, QStringLiteral("currency"));
    std::vector<StatementLine> lines;
    for (size_t r = size_t(std::max(0, m.headerRows)); r < records.size(); ++r) {
        const CsvReader::Record &rec = records[r];
        auto field = [&](int column, const QString &what, bool required) -> QString {
            if (column < 0)
                return {};
            if (column >= rec.fields.size()) {
                if (!required)
                    return {};
                fail(fileName, rec.line, what,
                     QCoreApplication::translate("Accrue::StatementReader",
                                                 "missing (the row has %n field(s))", nullptr,
                                                 int(rec.fields.size())));
            }
            return rec.fields.at(column).trimmed();
        };
        StatementLine line;
        line.sourceLine = rec.line;
        const QString dateText = field(date, QStringLiteral("date"), true);
        line.date = QDate::fromString(dateText, m.dateFormat);
        if (!line.date.isValid())
            fail(fileName, rec.line, QStringLiteral("date"),
                 tr("“%1” is not a date in the format %2").arg(dateText, m.dateFormat));
        const QString currencyCode = currencyColumn >= 0
            ? field(currencyColumn, QStringLiteral("currency"), true)
            : m.currency;
        const std::optional<Currency> currency = Currency::fromCode(currencyCode);
        if (!currency)
            fail(fileName, rec.line, QStringLiteral("currency"),
                 tr("“%1” is not an ISO 4217 currency").arg(currencyCode));
        line.currency = *currency;
        auto where = [&](const QString &what) {
            return QStringLiteral("%1:%2: %3").arg(fileName).arg(rec.line).arg(what);
        };
        if (amount >= 0) {
            line.amount
                = parseAmount(field(amount, QStringLiteral("amount"), true), m.decimalSeparator,
                              line.currency, where(QStringLiteral("amount")));
        } else {
            const QString out = field(debit, QStringLiteral("debit"), false);
            const QString in = field(credit, QStringLiteral("credit"), false);
            if (out.isEmpty() == in.isEmpty())
                fail(fileName, rec.line, QStringLiteral("debit/credit"),
                     tr("exactly one of debit and credit must hold the amount"));
            line.amount = in.isEmpty()
                ? -magnitude(parseAmount(out, m.decimalSeparator, line.currency,
                                         where(QStringLiteral("debit"))))
                : magnitude(parseAmount(in, m.decimalSeparator, line.currency,
                                        where(QStringLiteral("credit"))));
        }
        line.counterparty = field(party, QStringLiteral("counterparty"), false);
        line.reference = field(reference, QStringLiteral("reference"), false);
        line.bankRef = field(bankRef, QStringLiteral("bank_ref"), false);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<StatementLine> StatementReader::readOfx(const QByteArray &bytes,
                                                    const QString &fileName)
{
    // OFX 1.x is SGML whose leaf elements need no end tag; 2.x is the same
    // vocabulary as XML. A tag scanner reads both: <TAG>value up to the next
    // '<'. Amounts stay decimal text until Money parses them exactly.
    const QString text = TextDecoding::decode(bytes, QStringLiteral("auto"), fileName);
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z0-9.]+)[^>]*>([^<]*)"));
    std::vector<StatementLine> lines;
    QString currency;
    std::optional<StatementLine> current;
    QHash<QString, QString> values;
    LineCounter counter(text);
    // Unlike leaf elements, aggregates always have end tags, also in SGML. A
    // file cut off in transit ends inside one: the statement would be
    // incomplete, so it is refused rather than imported in part.
    int ofxOpenedAt = 0; // line of an <OFX> not yet closed, or 0
    int listOpenedAt = 0; // the same for <BANKTRANLIST>
    auto transactionNotClosed
        = [&] { fail(fileName, current->sourceLine, QStringLiteral("STMTTRN"), tr("not closed")); };
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toUpper();
        const QString value = m.captured(3).trimmed();
        if (name == QLatin1String("CURDEF") && !closing)
            currency = value;
        if (name == QLatin1String("OFX")) {
            ofxOpenedAt = closing ? 0 : counter.lineAt(m.capturedStart());
        } else if (name == QLatin1String("BANKTRANLIST")) {
            if (closing && current)
                transactionNotClosed();
            listOpenedAt = closing ? 0 : counter.lineAt(m.capturedStart());
        }
        if (name == QLatin1String("STMTTRN")) {
            if (!closing) {
                if (current) // a second one starting: the first one was cut short
                    transactionNotClosed();
                current = StatementLine();
                current->sourceLine = counter.lineAt(m.capturedStart());
                values.clear();
                continue;
            }
            if (!current)
                continue;
            const int at = current->sourceLine;
            const QString posted = values.value(QStringLiteral("DTPOSTED")).left(8);
            current->date = QDate::fromString(posted, QStringLiteral("yyyyMMdd"));
            if (!current->date.isValid())
                fail(fileName, at, QStringLiteral("DTPOSTED"),
                     tr("“%1” is not a date").arg(values.value(QStringLiteral("DTPOSTED"))));
            const std::optional<Currency> lineCurrency
                = Currency::fromCode(values.value(QStringLiteral("CURRENCY"), currency));
            if (!lineCurrency)
                fail(fileName, at, QStringLiteral("CURDEF"),
                     tr("no ISO 4217 currency for the statement"));
            current->currency = *lineCurrency;
            QString amount = values.value(QStringLiteral("TRNAMT"));
            if (amount.isEmpty())
                fail(fileName, at, QStringLiteral("TRNAMT"), tr("missing"));
            // OFX allows a comma as the decimal mark.
            const QChar decimal = amount.contains(u',') && !amount.contains(u'.') ? u',' : u'.';
            current->amount = parseAmount(amount, decimal, current->currency,
                                          QStringLiteral("%1:%2: TRNAMT").arg(fileName).arg(at));
            current->bankRef = values.value(QStringLiteral("FITID"));
            current->counterparty
                = values.value(QStringLiteral("NAME"), values.value(QStringLiteral("PAYEE")));
            current->reference = values.value(QStringLiteral("MEMO"));
            lines.push_back(*current);
            current.reset();
            continue;
        }
        if (current && !closing && !value.isEmpty())
            values.insert(name, value);
    }
    if (current)
        transactionNotClosed();
    auto cutOff = [&](int openedAt, const QString &element) {
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        fail(fileName, openedAt, element,
             tr("not closed (the file ends at line %1 without </%2>: cut off?)")
                 .arg(counter.lineAt(end))
                 .arg(element));
    };
    if (listOpenedAt > 0)
        cutOff(listOpenedAt, QStringLiteral("BANKTRANLIST"));
    if (ofxOpenedAt > 0)
        cutOff(ofxOpenedAt, QStringLiteral("OFX"));
    if (lines.empty() && !text.contains(QLatin1String("<OFX"), Qt::CaseInsensitive))
        throw Error(tr("%1: this is not an OFX file").arg(fileName));
    return lines;
}

std::vector<StatementLine> StatementReader::readCamt053(const QByteArray &bytes,
                                                        const QString &fileName)
{
    QXmlStreamReader xml(bytes);
    std::vector<StatementLine> lines;
    std::optional<StatementLine> entry;
    QString creditDebit, amountText, currencyCode, path;
    QStringList stack;
    bool sawStatement = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            const QString name = stack.last();
            if (name == QLatin1String("Stmt"))
                sawStatement = true;
            if (name == QLatin1String("Ntry")) {
                entry = StatementLine();
                entry->sourceLine = int(xml.lineNumber());
                creditDebit.clear();
                amountText.clear();
                currencyCode.clear();
            } else if (entry && name == QLatin1String("Amt") && stack.size() >= 2
                       && stack.at(stack.size() - 2) == QLatin1String("Ntry")) {
                currencyCode = xml.attributes().value(QLatin1String("Ccy")).toString();
                amountText = xml.readElementText().trimmed();
                stack.removeLast();
            }
            continue;
        }
        if (xml.isCharacters() && entry && !xml.isWhitespace()) {
            const QString text = xml.text().toString().trimmed();
            const QString name = stack.value(stack.size() - 1);
            const QString parent = stack.value(stack.size() - 2);
            if (name == QLatin1String("CdtDbtInd") && parent == QLatin1String("Ntry"))
                creditDebit = text;
            else if (name == QLatin1String("Dt") && parent == QLatin1String("BookgDt"))
                entry->date = QDate::fromString(text.left(10), Qt::ISODate);
            else if (name == QLatin1String("DtTm") && parent == QLatin1String("BookgDt"))
                entry->date = QDate::fromString(text.left(10), Qt::ISODate);
            else if (name == QLatin1String("AcctSvcrRef") && parent == QLatin1String("Ntry"))
                entry->bankRef = text;
            else if (name == QLatin1String("Ustrd"))
                entry->reference
                    = entry->reference.isEmpty() ? text : entry->reference + u' ' + text;
            else if (name == QLatin1String("Nm") && entry->counterparty.isEmpty()
                     && (stack.contains(QStringLiteral("Dbtr"))
                         || stack.contains(QStringLiteral("Cdtr"))))
                // The other party: the debtor of money in, the creditor of money out.
                entry->counterparty = text;
            continue;
        }
        if (xml.isEndElement()) {
            const QString name = stack.isEmpty() ? QString() : stack.takeLast();
            if (name == QLatin1String("Ntry") && entry) {
                const int at = entry->sourceLine;
                if (!entry->date.isValid())
                    fail(fileName, at, QStringLiteral("BookgDt"), tr("missing or not a date"));
                const std::optional<Currency> currency = Currency::fromCode(currencyCode);
                if (!currency)
                    fail(fileName, at, QStringLiteral("Amt/@Ccy"),
                         tr("“%1” is not an ISO 4217 currency").arg(currencyCode));
                entry->currency = *currency;
                if (creditDebit != QLatin1String("CRDT") && creditDebit != QLatin1String("DBIT"))
                    fail(fileName, at, QStringLiteral("CdtDbtInd"),
                         tr("expected CRDT or DBIT, not “%1”").arg(creditDebit));
                const Money amount
                    = parseAmount(amountText, u'.', entry->currency,
                                  QStringLiteral("%1:%2: Amt").arg(fileName).arg(at));
                entry->amount = creditDebit == QLatin1String("DBIT") ? -amount : amount;
                lines.push_back(*entry);
                entry.reset();
            }
        }
    }
    if (xml.hasError())
        throw Error(tr("%1:%2: not well-formed XML: %3")
                        .arg(fileName)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (!sawStatement)
        throw Error(tr("%1: no camt.053 statement (Stmt) in the file").arg(fileName));
    return lines;
}

} // namespace Accrue
