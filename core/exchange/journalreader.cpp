#include "exchange/journalreader.h"

#include "common/error.h"
#include "storage/accountrepository.h"
#include "storage/journalexportrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::JournalReader", text);
}

qint64 sum(const ExportedEntry &e, bool debit)
{
    qint64 total = 0;
    for (const ExportedLine &l : e.lines)
        total += debit ? l.debitMinor : l.creditMinor;
    return total;
}

} // namespace

JournalReader::JournalReader(Database &db, ExportRange range)
    : m_db(db)
    , m_range(std::move(range))
    , m_chart(AccountRepository(db).list())
{
    for (qsizetype i = 0; i < qsizetype(m_chart.size()); ++i)
        m_byId.insert(m_chart[size_t(i)].id, i);
}

const Account &JournalReader::account(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd())
        throw Error(
            tr("The journal posts to account id %1, which the chart does not have").arg(id));
    return m_chart[size_t(*it)];
}

const Account *JournalReader::accountWithRole(const QString &role) const
{
    for (const Account &a : m_chart)
        if (a.systemRole == role)
            return &a;
    return nullptr;
}

std::vector<const Account *> JournalReader::accountsUsed()
{
    std::vector<const Account *> out;
    for (const qint64 id : JournalExportRepository(m_db).accountsUsed(m_range))
        out.push_back(&account(id));
    return out;
}

QStringList JournalReader::currencies()
{
    return JournalExportRepository(m_db).currenciesUsed(m_range);
}

qint64 JournalReader::entryCount()
{
    return JournalExportRepository(m_db).countEntries(m_range);
}

QString JournalReader::memoOf(const ExportedEntry &entry)
{
    if (!entry.memo.isEmpty() && entry.memo != entry.document)
        return entry.memo;
    return QString(entry.kind).replace(u'_', u' ');
}

QString JournalReader::whereToSet()
{
    return tr("set it in Settings > Accounting Export or with accrue-cli export mapping");
}

QString JournalReader::missingAccountMessage(ExportFormat format, const Account &account)
{
    return tr("account %1 %2 has no %3 account: %4")
        .arg(account.code, account.name, exportFormatName(format), whereToSet());
}

QString JournalReader::cancelledMessage()
{
    return tr("The export was cancelled; nothing was written");
}

void JournalReader::requireMapped(ExportFormat format,
                                  const std::function<bool(const Account &)> &mapped)
{
    m_format = format;
    m_mapped = mapped;
    QStringList missing;
    for (const Account *a : accountsUsed())
        if (!mapped(*a))
            missing << missingAccountMessage(format, *a);
    if (!missing.isEmpty())
        throw Error(missing.join(u'\n'));
}

QString JournalReader::requireOneCurrency(ExportFormat format)
{
    const QStringList used = currencies();
    if (used.size() > 1)
        throw Error(tr("A %1 file holds one currency, and the journal has entries in %2: export "
                       "one currency at a time")
                        .arg(exportFormatName(format), used.join(QStringLiteral(", "))));
    return used.value(0);
}

void JournalReader::requireLineMapped(qint64 accountId)
{
    auto it = m_checked.constFind(accountId);
    if (it == m_checked.constEnd())
        it = m_checked.insert(accountId, m_mapped(account(accountId)));
    if (!*it)
        throw Error(missingAccountMessage(m_format, account(accountId)));
}

void JournalReader::forEachEntry(const std::function<void(const ExportedEntry &)> &visit)
{
    const qint64 total = m_progress ? entryCount() : 0;
    qint64 done = 0;
    JournalExportRepository(m_db).forEachEntry(m_range, [&](const ExportedEntry &e) {
        const qint64 debit = sum(e, true);
        const qint64 credit = sum(e, false);
        if (debit != credit || e.lines.empty())
            throw Error(tr("Journal entry %1 of %2 (%3) does not balance: debit %4, credit %5")
                            .arg(e.id)
                            .arg(e.date.toString(Qt::ISODate), e.kind,
                                 Money(debit, e.currency).toPlainString(),
                                 Money(credit, e.currency).toPlainString()));
        if (m_mapped)
            for (const ExportedLine &l : e.lines)
                requireLineMapped(l.accountId);
        visit(e);
        if (m_progress && ++done % 1000 == 0 && !m_progress(done, total))
            throw Error(cancelledMessage());
    });
    if (m_progress)
        m_progress(done, total);
}

} // namespace Accrue
