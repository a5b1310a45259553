#include "reports/trialbalancereport.h"

#include "domain/limits.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/journalrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TrialBalanceReport", text);
}
} // namespace

TrialBalanceReport::TrialBalanceReport(Database &db)
    : m_db(db)
{
}

void TrialBalanceReport::run(const QDate &asOf, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Trial balance as of %1").arg(asOf.toString(Qt::ISODate)),
               { { QStringLiteral("account"), tr("Account"), Type::Text },
                 { QStringLiteral("name"), tr("Name"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("debit"), tr("Debit"), Type::Money },
                 { QStringLiteral("credit"), tr("Credit"), Type::Money } });
    QString currentCurrency;
    qint64 debitTotal = 0, creditTotal = 0;
    auto emitTotal = [&] {
        if (currentCurrency.isEmpty())
            return;
        const Currency c = Currency::require(currentCurrency);
        sink.totalRow({ QString(), tr("TOTAL"), currentCurrency,
                        QVariant::fromValue(Money(debitTotal, c)),
                        QVariant::fromValue(Money(creditTotal, c)) });
        debitTotal = creditTotal = 0;
    };
    for (const auto &t : JournalRepository(m_db).totals(asOf)) {
        if (t.currency != currentCurrency) {
            emitTotal();
            currentCurrency = t.currency;
        }
        const qint64 net = t.debitMinor - t.creditMinor;
        const qint64 debit = net > 0 ? net : 0;
        const qint64 credit = net < 0 ? -net : 0;
        debitTotal = Limits::checkedAdd(debitTotal, debit);
        creditTotal = Limits::checkedAdd(creditTotal, credit);
        const Currency c = Currency::require(t.currency);
        sink.row({ t.code, t.name, t.currency, QVariant::fromValue(Money(debit, c)),
                   QVariant::fromValue(Money(credit, c)) });
    }
    emitTotal();
    sink.end();
}

} // namespace Accrue
