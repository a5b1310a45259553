#include "billing/journalexportservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "exchange/csvreader.h"
#include "exchange/exportmappingtable.h"
#include "exchange/iifwriter.h"
#include "exchange/ledgerwriter.h"
#include "exchange/netsuitewriter.h"
#include "exchange/outputfile.h"
#include "exchange/xerowriter.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/journalexportrepository.h"
#include "storage/salesexportrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>
#include <set>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::JournalExportService", text);
}

void requireMappable(ExportFormat format)
{
    if (!exportNeedsMapping(format))
        throw Error(tr("The %1 export names accounts by Accrue's chart and needs no mapping")
                        .arg(exportFormatName(format)));
}

QJsonObject json(const ExportMapping &m)
{
    return { { QStringLiteral("target_code"), m.targetCode },
             { QStringLiteral("target_name"), m.targetName } };
}

QString checkedText(const QString &text, const QString &what)
{
    const QString trimmed = text.trimmed();
    if (Limits::hasControlCharacters(trimmed))
        throw Error(tr("%1: contains control characters").arg(what));
    if (trimmed.size() > 200)
        throw Error(tr("%1: at most 200 characters").arg(what));
    return trimmed;
}

// The one-file formats.
void writeJournal(ExportFormat format, JournalReader &journal, const ExportMappingTable &table,
                  QIODevice *out)
{
    switch (format) {
    case ExportFormat::Iif:
        IifWriter::write(journal, table, out);
        break;
    case ExportFormat::NetSuite:
        NetSuiteWriter::write(journal, table, out);
        break;
    case ExportFormat::Ledger:
        LedgerWriter::write(journal, out);
        break;
    case ExportFormat::Xero:
        Q_UNREACHABLE();
    }
}

} // namespace

JournalExportService::JournalExportService(Session &session)
    : m_session(session)
{
}

std::vector<ExportMapping> JournalExportService::mapping(ExportFormat format)
{
    m_session.require(Permission::Read, tr("see the accounting export mapping"));
    requireMappable(format);
    Database &db = m_session.db();
    std::map<std::pair<QString, QString>, ExportMapping> stored;
    for (const ExportMapping &m : JournalExportRepository(db).mappings(exportFormatKey(format)))
        stored[{ m.kind, m.sourceKey }] = m;
    std::vector<ExportMapping> out;
    std::set<std::pair<QString, QString>> listed;
    auto add = [&](const QString &kind, const QString &key, const QString &name = {}) {
        if (!listed.insert({ kind, key }).second)
            return;
        const auto it = stored.find({ kind, key });
        out.push_back(it != stored.end() ? it->second
                                         : ExportMapping { kind, key, {}, {}, {}, {}, {} });
        out.back().sourceName = name;
        if (it != stored.end())
            stored.erase(it);
    };
    for (const Account &a : AccountRepository(db).list())
        add(ExportMapping::accountKind(), a.code, a.name);
    if (format == ExportFormat::Xero) {
        for (const auto &[category, ppm] : SalesExportRepository(db).taxRatesUsed()) {
            add(ExportMapping::taxKind(), ExportMappingTable::categoryOf(category, ppm));
            add(ExportMapping::taxKind(), ExportMappingTable::taxKey(category, ppm));
        }
    }
    for (const auto &[key, m] : stored) // mapped keys the book does not use (yet)
        out.push_back(m);
    return out;
}

void JournalExportService::checkRow(const ExportMapping &row, const QStringList &accountCodes) const
{
    static const QStringList categories {
        QStringLiteral("standard"), QStringLiteral("reduced"),        QStringLiteral("zero"),
        QStringLiteral("exempt"),   QStringLiteral("reverse_charge"), QStringLiteral("override")
    };
    if (row.kind == ExportMapping::accountKind()) {
        if (!accountCodes.contains(row.sourceKey))
            throw Error(tr("There is no account %1 in the chart of accounts").arg(row.sourceKey));
        return;
    }
    if (row.kind != ExportMapping::taxKind())
        throw Error(tr("“%1” is neither account nor tax").arg(row.kind));
    const QString category = row.sourceKey.section(u':', 0, 0);
    const QString rate = row.sourceKey.section(u':', 1);
    static const QRegularExpression percent(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,4})?$"));
    if (!categories.contains(category)
        || (row.sourceKey.contains(u':') && !percent.match(rate).hasMatch()))
        throw Error(tr("“%1” is not a tax category (standard, reduced, zero, exempt, "
                       "reverse_charge, override), optionally with a rate in percent "
                       "(standard:19)")
                        .arg(row.sourceKey));
}

int JournalExportService::setMapping(ExportFormat format, const std::vector<ExportMapping> &rows)
{
    m_session.require(Permission::Administer, tr("change the accounting export mapping"));
    requireMappable(format);
    Database &db = m_session.db();
    QStringList codes;
    for (const Account &a : AccountRepository(db).list())
        codes << a.code;
    const QString target = exportFormatKey(format);
    Transaction tx(db);
    JournalExportRepository repo(db);
    std::map<std::pair<QString, QString>, ExportMapping> before;
    for (const ExportMapping &m : repo.mappings(target))
        before[{ m.kind, m.sourceKey }] = m;
    int changed = 0;
    for (ExportMapping row : rows) {
        row.kind = row.kind.trimmed();
        row.sourceKey = row.sourceKey.trimmed();
        checkRow(row, codes);
        row.targetCode
            = checkedText(row.targetCode, tr("%1 %2: code").arg(row.kind, row.sourceKey));
        row.targetName
            = checkedText(row.targetName, tr("%1 %2: name").arg(row.kind, row.sourceKey));
        const auto it = before.find({ row.kind, row.sourceKey });
        const ExportMapping old = it != before.end() ? it->second : ExportMapping {};
        if (old.targetCode == row.targetCode && old.targetName == row.targetName)
            continue;
        if (row.isEmpty())
            repo.removeMapping(target, row.kind, row.sourceKey);
        else {
            row.updatedBy = m_session.userName();
            row.updatedAt = QDateTime::currentDateTimeUtc();
            repo.saveMapping(target, row);
        }
        before[{ row.kind, row.sourceKey }] = row;
        m_session.audit().append(
            QStringLiteral("export_mapping.set"), QStringLiteral("export_mapping"),
            target + u':' + row.kind + u':' + row.sourceKey,
            old.isEmpty() ? QJsonObject() : json(old), row.isEmpty() ? QJsonObject() : json(row));
        ++changed;
    }
    tx.commit();
    return changed;
}

int JournalExportService::importMappingCsv(ExportFormat format, const QByteArray &bytes,
                                           const QString &fileName)
{
    m_session.require(Permission::Administer, tr("change the accounting export mapping"));
    const std::vector<CsvReader::Record> records = CsvReader::parse(bytes, fileName);
    static const QStringList header { QStringLiteral("kind"), QStringLiteral("source_key"),
                                      QStringLiteral("target_code"),
                                      QStringLiteral("target_name") };
    if (records.empty() || records.front().fields.mid(0, 4) != header)
        throw Error(tr("%1: the first line must be %2").arg(fileName, header.join(u',')));
    std::vector<ExportMapping> rows;
    for (size_t i = 1; i < records.size(); ++i) {
        const QStringList &f = records[i].fields;
        if (f.size() == 1 && f.first().isEmpty())
            continue;
        if (f.size() < 4)
            throw Error(tr("%1 line %2: needs kind, source_key, target_code and target_name")
                            .arg(fileName)
                            .arg(records[i].line));
        rows.push_back({ f[0], f[1], f[2], f[3], {}, {}, {} });
    }
    return setMapping(format, rows);
}

JournalExportService::Result JournalExportService::exportTo(ExportFormat format,
                                                            const ExportRange &range,
                                                            const QString &path,
                                                            const JournalReader::Progress &progress)
{
    m_session.require(Permission::Export, tr("export the journal"));
    m_session.requireWholeBook(tr("the journal"));
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        throw Error(tr("The export's first day (%1) is after its last (%2)")
                        .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    if (format == ExportFormat::Xero && OutputFile::isStandardOutput(path))
        throw Error(tr("The Xero export writes two files: give a file name"));
    Database &db = m_session.db();
    // No transaction: on SQLite it would hold the book's write lock for the
    // whole export. The entries are one statement (one snapshot); an entry
    // posted between the checks and that statement is checked again as it
    // is read (JournalReader::forEachEntry).
    JournalReader journal(db, range);
    journal.setProgress(progress);
    const ExportMappingTable table = exportNeedsMapping(format)
        ? ExportMappingTable(JournalExportRepository(db).mappings(exportFormatKey(format)))
        : ExportMappingTable();
    Result result;
    if (format == ExportFormat::Xero) {
        result.files = XeroWriter(db, journal, table).write(path);
    } else {
        OutputFile file(path);
        writeJournal(format, journal, table, file.device());
        file.commit();
        result.files = QStringList { path };
    }
    result.entries = journal.entryCount();
    return result;
}

} // namespace Accrue
