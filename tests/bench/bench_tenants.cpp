// Row-level security's cost (not a test): ar-aging and the Invoices list
// (count + first window, as the page opens) for one partner, three ways on
// the same PostgreSQL book:
//   1. the book's owner, whole book (what a distributor's admin waits for);
//   2. the partner's own login: PostgreSQL's row-level security filters;
//   3. the owner with the partner's scope filtered in core (RLS bypassed),
//      the same predicate SQLite books use: "RLS off" for the same rows.
// 2 and 3 must return the same rows; the figure is 2 over 3.
// Usage: bench_tenants OWNER_URL PARTNER_URL AS_OF [RUNS]
#include "billing/session.h"
#include "domain/listwindow.h"
#include "reports/reportengine.h"
#include "reports/reportparameters.h"
#include "reports/reporttable.h"
#include "storage/database.h"
#include "storage/invoiceregister.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Accrue;

namespace {

struct Figures
{
    double agingMs = 0;
    double listMs = 0;
    QByteArray digest; // of the aging rows and the list's count and first window
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QByteArray agingDigest(const ReportTable &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QVariantList &row : table.rows())
        for (const QVariant &cell : row)
            hash.addData(QByteArray(cell.toString().toUtf8() + '|'));
    return hash.result().toHex().left(12);
}

Figures measure(Database &db, const QDate &asOf, int runs)
{
    std::vector<double> aging, list;
    QByteArray digest;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ReportParameters p;
        p.asOf = asOf;
        p.today = asOf;
        ReportTable table;
        ReportEngine::run(db, QStringLiteral("ar-aging"), p, table);
        aging.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        InvoiceListFilter filter;
        filter.today = asOf;
        filter.sortKey = QStringLiteral("issue_date");
        filter.descending = true;
        InvoiceRegister reg(db);
        const qint64 count = reg.invoiceCount(filter);
        const auto rows = reg.page(filter, ListWindow<InvoiceListRow>::top(0, 100));
        list.push_back(timer.nsecsElapsed() / 1e6);
        digest = agingDigest(table) + ' ' + QByteArray::number(count) + ' '
            + (rows.empty() ? QByteArray() : rows.front().number.toUtf8());
    }
    return { median(aging), median(list), digest };
}

void print(const char *who, const Figures &f)
{
    std::printf("%-44s ar-aging %8.1f ms   invoices list %8.1f ms   [%s]\n", who, f.agingMs,
                f.listMs, f.digest.constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_tenants OWNER_URL PARTNER_URL AS_OF [RUNS]\n");
        return 2;
    }
    const QString ownerUrl = QString::fromLocal8Bit(argv[1]);
    const QString partnerUrl = QString::fromLocal8Bit(argv[2]);
    const QDate asOf = QDate::fromString(QString::fromLatin1(argv[3]), Qt::ISODate);
    const int runs = argc > 4 ? std::max(1, atoi(argv[4])) : 5;

    auto owner = Database::open(ownerUrl, Database::OpenMode::MustExist);
    Session ownerSession(*owner, {});
    print("owner, whole book", measure(*owner, asOf, runs));

    auto partner = Database::open(partnerUrl, Database::OpenMode::MustExist);
    Session partnerSession(*partner, {});
    const Figures rls = measure(*partner, asOf, runs);
    print("partner login, row-level security", rls);

    // The same scope on the owner's connection, filtered by core's SQL.
    owner->setTenantScope(partnerSession.scope(), Database::ScopeFilter::InCore);
    const Figures core = measure(*owner, asOf, runs);
    print("owner + partner scope filtered in core", core);

    std::printf("RLS / core filter: ar-aging %.2fx, invoices list %.2fx; same rows: %s\n",
                rls.agingMs / core.agingMs, rls.listMs / core.listMs,
                rls.digest == core.digest ? "yes" : "NO");
    return rls.digest == core.digest ? 0 : 1;
}
