#include "reports/generalledgerreport.h"

#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::GeneralLedgerReport", text);
}

using Key = std::pair<QString, QString>; // account code, currency
} // namespace

GeneralLedgerReport::GeneralLedgerReport(Database &db)
    : m_db(db)
{
}

void GeneralLedgerReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(
        tr("General ledger %1 to %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
        { { QStringLiteral("account"), tr("Account"), Type::Text },
          { QStringLiteral("name"), tr("Name"), Type::Text },
          { QStringLiteral("date"), tr("Date"), Type::Date },
          { QStringLiteral("entry"), tr("Entry"), Type::Integer },
          { QStringLiteral("kind"), tr("Kind"), Type::Text },
          { QStringLiteral("memo"), tr("Memo"), Type::Text },
          { QStringLiteral("currency"), tr("Currency"), Type::Text },
          { QStringLiteral("debit"), tr("Debit"), Type::Money },
          { QStringLiteral("credit"), tr("Credit"), Type::Money },
          { QStringLiteral("balance"), tr("Balance"), Type::Money } });
    AnalyticsRepository repo(m_db);
    std::map<Key, AnalyticsRepository::Opening> openings;
    for (const auto &o : repo.openingBalances(p.from, p.account))
        openings[{ o.accountCode, o.currency }] = o;

    struct Group
    {
        Key key;
        QString name;
        Currency currency;
        qint64 balance = 0, debit = 0, credit = 0;
    };
    std::optional<Group> group;
    auto money
        = [](qint64 minor, const Currency &c) { return QVariant::fromValue(Money(minor, c)); };
    auto open = [&](Key key, QString name) {
        group = Group { key, name, Currency::fromCode(key.second).value_or(Currency()) };
        if (const auto it = openings.find(key); it != openings.end()) {
            group->balance = it->second.balanceMinor;
            openings.erase(it);
        }
        sink.row({ key.first, name, p.from, QString(), QString(), tr("Opening balance"), key.second,
                   QString(), QString(), money(group->balance, group->currency) });
    };
    auto close = [&] {
        if (!group)
            return;
        sink.totalRow({ group->key.first, group->name, p.to, QString(), QString(),
                        tr("Closing balance"), group->key.second,
                        money(group->debit, group->currency), money(group->credit, group->currency),
                        money(group->balance, group->currency) });
        group.reset();
    };
    // Accounts with an opening balance and no lines in the period still show.
    auto openingsBefore = [&](const Key &key) {
        while (!openings.empty() && openings.begin()->first < key) {
            const auto o = openings.begin()->second;
            if (o.balanceMinor != 0) {
                open(openings.begin()->first, o.accountName);
                close();
            } else {
                openings.erase(openings.begin());
            }
        }
    };
    repo.ledgerLines(p.from, p.to, p.account, [&](const AnalyticsRepository::LedgerLine &l) {
        const Key key { l.accountCode, l.currency };
        if (!group || group->key != key) {
            close();
            openingsBefore(key);
            open(key, l.accountName);
        }
        group->balance += l.debitMinor - l.creditMinor;
        group->debit += l.debitMinor;
        group->credit += l.creditMinor;
        sink.row({ l.accountCode, l.accountName, l.date, l.entryId, l.kind, l.memo, l.currency,
                   money(l.debitMinor, group->currency), money(l.creditMinor, group->currency),
                   money(group->balance, group->currency) });
    });
    close();
    openingsBefore({ QString(QChar(0xFFFF)), QString() });
    sink.end();
}

} // namespace Accrue
