#include "exchange/iifwriter.h"

#include "exchange/exportbuffer.h"
#include "exchange/exportmappingtable.h"
#include "exchange/journalreader.h"

namespace Accrue {

namespace {

QString name(const ExportMappingTable &mapping, const Account &account)
{
    const ExportMapping *m = mapping.account(account.code);
    return m ? IifWriter::field(m->targetFor(ExportFormat::Iif)) : QString();
}

} // namespace

QString IifWriter::field(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'"')
            c = u'\'';
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out.trimmed();
}

void IifWriter::write(JournalReader &journal, const ExportMappingTable &mapping, QIODevice *device)
{
    journal.requireMapped(ExportFormat::Iif,
                          [&](const Account &a) { return !name(mapping, a).isEmpty(); });
    journal.requireOneCurrency(ExportFormat::Iif);
    ExportBuffer out(device);
    out << "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n"
           "!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n"
           "!ENDTRNS\r\n";
    journal.forEachEntry([&](const ExportedEntry &e) {
        const QString date = e.date.toString(QStringLiteral("MM/dd/yyyy"));
        const QString doc = field(e.document);
        const QString memo = field(JournalReader::memoOf(e));
        bool first = true;
        for (const ExportedLine &l : e.lines) {
            out << (first ? "TRNS\t\tGENERAL JOURNAL\t" : "SPL\t\tGENERAL JOURNAL\t") << date
                << '\t' << name(mapping, journal.account(l.accountId)) << '\t' << field(l.customer)
                << '\t' << Money(l.debitMinor - l.creditMinor, e.currency).toPlainString() << '\t'
                << doc << '\t' << memo << "\r\n";
            first = false;
        }
        out << "ENDTRNS\r\n";
        out.recordDone();
    });
    out.flush();
}

} // namespace Accrue
