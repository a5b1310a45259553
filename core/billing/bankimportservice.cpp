#include "billing/bankimportservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "exchange/statementreader.h"
#include "storage/bankrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::BankImportService", text);
}
} // namespace

BankImportService::BankImportService(Session &session)
    : m_session(session)
{
}

BankImportService::Result BankImportService::importFile(const QString &path, const QString &format,
                                                        const QString &mappingName,
                                                        const QString &account)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    BankCsvMapping m;
    if (!mappingName.isEmpty())
        m = mapping(mappingName);
    return importBytes(bytes, fileName, format, m, account);
}

BankImportService::Result BankImportService::importBytes(const QByteArray &bytes,
                                                         const QString &fileName,
                                                         const QString &formatName,
                                                         const BankCsvMapping &mapping,
                                                         const QString &accountCode)
{
    m_session.require(Permission::Billing, tr("import bank statements"));
    m_session.requireWholeBook(tr("the bank record"));
    const StatementReader::Format format = StatementReader::format(formatName, bytes, fileName);
    if (format == StatementReader::Format::Csv && mapping.name.isEmpty()
        && mapping.dateColumn.isEmpty())
        throw Error(tr("%1: a CSV statement needs a mapping (--mapping NAME; save one with "
                       "`accrue-cli bank mapping FILE.json`)")
                        .arg(fileName));
    const std::vector<StatementLine> lines
        = StatementReader::read(format, bytes, fileName, mapping);
    Result result;
    result.read = int(lines.size());
    result.format = StatementReader::formatName(format);
    result.account = accountCode.isEmpty() ? QStringLiteral("MAIN") : accountCode;
    if (lines.empty())
        return result;
    Database &db = m_session.db();
    Transaction tx(db);
    BankRepository bank(db);
    const BankRepository::Account account
        = bank.ensureAccount(result.account, lines.front().currency);
    const qint64 statement = bank.insertStatement(account.id, fileName, result.format,
                                                  m_session.userName(), result.read);
    // ensureAccount() checked the first line: every other line must be in its currency.
    const Currency kept = lines.front().currency;
    for (const StatementLine &line : lines) {
        if (line.currency != kept)
            throw Error(tr("%1:%2: currency: %3 in an account kept in %4")
                            .arg(fileName)
                            .arg(line.sourceLine)
                            .arg(line.currency.code(), account.currency));
        if (bank.insertTransaction(statement, account, line))
            ++result.added;
        else
            ++result.duplicates;
    }
    m_session.audit().append(QStringLiteral("bank.import"), QStringLiteral("bank_statement"),
                             QString::number(statement), {},
                             QJsonObject { { QStringLiteral("file"), fileName },
                                           { QStringLiteral("account"), account.code },
                                           { QStringLiteral("format"), result.format },
                                           { QStringLiteral("read"), result.read },
                                           { QStringLiteral("added"), result.added },
                                           { QStringLiteral("duplicates"), result.duplicates } });
    tx.commit();
    return result;
}

void BankImportService::saveMapping(const BankCsvMapping &m)
{
    m_session.require(Permission::Billing, tr("save bank file layouts"));
    if (m.name.trimmed().isEmpty())
        throw Error(tr("A CSV mapping needs a name (the bank's)"));
    if (const QStringList problems = m.problems(); !problems.isEmpty())
        throw Error(tr("The mapping “%1” is incomplete: %2")
                        .arg(m.name, problems.join(QStringLiteral("; "))));
    Database &db = m_session.db();
    Transaction tx(db);
    BankRepository bank(db);
    const auto before = bank.mapping(m.name);
    const QString json
        = QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
    bank.saveMapping(m.name, json);
    m_session.audit().append(
        QStringLiteral("bank.mapping"), QStringLiteral("bank_csv_mapping"), m.name,
        before ? QJsonDocument::fromJson(before->toUtf8()).object() : QJsonObject(), m.toJson());
    tx.commit();
}

BankCsvMapping BankImportService::mapping(const QString &name)
{
    const auto json = BankRepository(m_session.db()).mapping(name);
    if (!json)
        throw Error(tr("There is no saved CSV mapping “%1”").arg(name));
    return BankCsvMapping::fromJson(QJsonDocument::fromJson(json->toUtf8()).object());
}

QStringList BankImportService::mappingNames()
{
    return BankRepository(m_session.db()).mappingNames();
}

} // namespace Accrue
