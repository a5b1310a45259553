#include "exchange/ledgerwriter.h"

#include "exchange/exportbuffer.h"
#include "exchange/journalreader.h"

#include <QHash>

namespace Accrue {

namespace {

// Text on a journal line: no control characters, no ";" (a comment) and
// no runs of spaces (two end an account name).
QString clean(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u';')
            c = u' ';
    }
    return out.simplified();
}

QString top(const QString &type)
{
    if (type == QLatin1String("asset"))
        return QStringLiteral("Assets");
    if (type == QLatin1String("liability"))
        return QStringLiteral("Liabilities");
    if (type == QLatin1String("equity"))
        return QStringLiteral("Equity");
    if (type == QLatin1String("revenue"))
        return QStringLiteral("Revenues");
    return QStringLiteral("Expenses");
}

QString rangeText(const ExportRange &r)
{
    const QString from
        = r.from.isValid() ? r.from.toString(Qt::ISODate) : QStringLiteral("the beginning");
    const QString to = r.to.isValid() ? r.to.toString(Qt::ISODate) : QStringLiteral("the end");
    return QStringLiteral("; Journal exported from Accrue: ") + from + QStringLiteral(" to ") + to
        + (r.currency.isEmpty() ? QStringLiteral(", all currencies")
                                : QStringLiteral(", ") + r.currency)
        + QStringLiteral(".\n; Account names carry the trial balance's account codes.\n\n");
}

void declareCommodity(ExportBuffer &out, const QString &code)
{
    const Currency c = Currency::require(code);
    out << "commodity " << code << "\n    format "
        << Money(c.minorPerMajor() * 1000, c).toPlainString() << ' ' << code << "\n\n";
}

} // namespace

QString LedgerWriter::accountName(const Account &account)
{
    // ":" would open a sub-account.
    QString name = clean(account.name);
    name.replace(u':', u'-');
    return top(account.type) + u':' + clean(account.code).replace(u':', u'-') + u' ' + name;
}

void LedgerWriter::write(JournalReader &journal, QIODevice *device)
{
    ExportBuffer out(device);
    out << rangeText(journal.range());
    for (const QString &code : journal.currencies())
        declareCommodity(out, code);
    QHash<qint64, QString> names;
    for (const Account &a : journal.accounts()) {
        names.insert(a.id, accountName(a));
        out << "account " << names.value(a.id) << '\n';
    }
    journal.forEachEntry([&](const ExportedEntry &e) {
        out << '\n' << e.date.toString(Qt::ISODate) << " * (" << QString::number(e.id) << ") ";
        const QString memo = clean(JournalReader::memoOf(e));
        if (!e.document.isEmpty())
            out << clean(e.document) << " | ";
        out << memo << "\n    ; kind: " << clean(e.kind)
            << "\n    ; source: " << clean(e.sourceType) << ' ' << QString::number(e.sourceId)
            << '\n';
        for (const ExportedLine &l : e.lines) {
            const QString &account = names[l.accountId];
            out << "    " << account.leftJustified(44) << "  "
                << Money(l.debitMinor - l.creditMinor, e.currency)
                       .toPlainString()
                       .rightJustified(14)
                << ' ' << e.currency.code() << '\n';
        }
        out.recordDone();
    });
    out.flush();
}

} // namespace Accrue
