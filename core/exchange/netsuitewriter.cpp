#include "exchange/netsuitewriter.h"

#include "exchange/csvwriter.h"
#include "exchange/exportbuffer.h"
#include "exchange/exportmappingtable.h"
#include "exchange/journalreader.h"

namespace Accrue {

namespace {

QString accountValue(const ExportMappingTable &mapping, const Account &account)
{
    const ExportMapping *m = mapping.account(account.code);
    return m ? m->targetFor(ExportFormat::NetSuite) : QString();
}

void text(ExportBuffer &out, const QString &value)
{
    CsvWriter::appendField(out.bytes(), CsvWriter::neutralised(value));
}

QString amount(qint64 minor, const Currency &currency)
{
    return minor == 0 ? QString() : Money(minor, currency).toPlainString();
}

} // namespace

void NetSuiteWriter::write(JournalReader &journal, const ExportMappingTable &mapping,
                           QIODevice *device)
{
    journal.requireMapped(ExportFormat::NetSuite,
                          [&](const Account &a) { return !accountValue(mapping, a).isEmpty(); });
    ExportBuffer out(device);
    out << "External ID,Date,Subsidiary,Currency,Account,Debit,Credit,Memo,Name\r\n";
    journal.forEachEntry([&](const ExportedEntry &e) {
        const QString head = QStringLiteral("ACCRUE-JE-") + QString::number(e.id) + u','
            + e.date.toString(QStringLiteral("MM/dd/yyyy")) + QStringLiteral(",,")
            + e.currency.code() + u',';
        const QString memo = e.document.isEmpty() ? JournalReader::memoOf(e)
                                                  : e.document + u' ' + JournalReader::memoOf(e);
        for (const ExportedLine &l : e.lines) {
            out << head;
            text(out, accountValue(mapping, journal.account(l.accountId)));
            out << ',' << amount(l.debitMinor, e.currency) << ','
                << amount(l.creditMinor, e.currency) << ',';
            text(out, memo);
            out << ',';
            text(out, l.customer);
            out << "\r\n";
        }
        out.recordDone();
    });
    out.flush();
}

} // namespace Accrue
