#pragma once

// A throwaway book for one test: a fresh SQLite file in a temporary folder
// or a fresh PostgreSQL database (see TestDatabase), migrated, with a session
// whose "today" is fixed. Each test builds its own; nothing is shared.

#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "domain/customer.h"
#include "domain/product.h"
#include "ledger/account.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/migrations.h"
#include "storage/monthlybalancerepository.h"
#include "storage/paymentrepository.h"
#include "storage/productrepository.h"
#include "storage/sqlquery.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <map>
#include <memory>

namespace Accrue::Testing {

struct LineSpec
{
    qint64 quantityMilli;
    qint64 unitPriceMinor;
    int taxRatePpm = 0;
    int discountBp = 0;
};

class TestBook
{
public:
    TestBook()
        : m_where(migratedTemplate())
    {
        m_path = m_where.location();
        m_db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
        m_db->migrate();
        m_session = std::make_unique<Session>(*m_db, QStringLiteral("tester"));
        m_session->setToday(QDate(2026, 6, 30));
    }

    Database &db() { return *m_db; }
    Session &session() { return *m_session; }
    // Where the book is: a file path or a postgresql:// address.
    const QString &path() const { return m_path; }
    QString dir() const { return m_where.dir(); }
    const TestDatabase &where() const { return m_where; }

    qint64 addCustomer(const QString &code = QStringLiteral("ACME"),
                       const QString &name = QStringLiteral("Acme Corp"),
                       const QString &currency = QStringLiteral("EUR"))
    {
        Customer c;
        c.code = code;
        c.name = name;
        c.currency = Currency::require(currency);
        return CustomerRepository(*m_db).insert(c);
    }

    qint64 addProduct(const QString &code, const QString &accountCode)
    {
        AccountRepository accounts(*m_db);
        Account account { 0, accountCode, QStringLiteral("Revenue ") + code,
                          QStringLiteral("revenue"), QString() };
        if (auto existing = accounts.findByCode(accountCode))
            account = *existing;
        else
            accounts.insert(account);
        Product p;
        p.code = code;
        p.name = code;
        p.currency = Currency::require(QStringLiteral("EUR"));
        p.revenueAccountId = account.id;
        return ProductRepository(*m_db).insert(p);
    }

    Invoice draft(qint64 customerId, const std::vector<LineSpec> &lines,
                  const QDate &issue = QDate(2026, 6, 1), int termsDays = 30, qint64 productId = 0)
    {
        Invoice inv;
        inv.customerId = customerId;
        inv.currency = Currency::require(QStringLiteral("EUR"));
        inv.issueDate = issue;
        inv.dueDate = issue.addDays(termsDays);
        int n = 0;
        for (const LineSpec &spec : lines) {
            InvoiceLine l;
            l.productId = productId;
            l.description = QStringLiteral("Line %1").arg(++n);
            l.quantityMilli = spec.quantityMilli;
            l.unitPrice = Money(spec.unitPriceMinor, inv.currency);
            l.taxRatePpm = spec.taxRatePpm;
            l.discountBp = spec.discountBp;
            inv.lines.push_back(l);
        }
        return inv;
    }

    Invoice issue(qint64 customerId, const std::vector<LineSpec> &lines,
                  const QDate &issueDate = QDate(2026, 6, 1), int termsDays = 30)
    {
        InvoiceService service(*m_session);
        const qint64 id = service.createDraft(draft(customerId, lines, issueDate, termsDays));
        return service.issue(id);
    }

    Invoice reload(qint64 id) { return *InvoiceRepository(*m_db).load(id); }

    qint64 roleBalance(const QString &role, const QString &currency = QStringLiteral("EUR"))
    {
        return JournalRepository(*m_db).balanceOfRole(role, currency);
    }

    // The invariants every change must keep.
    void checkBooks(const QString &currency = QStringLiteral("EUR"))
    {
        JournalRepository journal(*m_db);
        QVERIFY(journal.unbalancedEntries().empty());
        qint64 debit = 0, credit = 0;
        for (const auto &t : journal.totals(QDate(9999, 12, 31))) {
            debit += t.debitMinor;
            credit += t.creditMinor;
        }
        QCOMPARE(debit, credit);
        QCOMPARE(MonthlyBalanceRepository(*m_db).disagreements(), QStringList());
        // The monthly balances give the same totals as summing every line,
        // for a date inside a month and at the end of time.
        for (const QDate &asOf : { m_session->today(), QDate(9999, 12, 31) }) {
            std::map<std::pair<qint64, QString>, std::pair<qint64, qint64>> naive, fast;
            SqlQuery q = m_db->query(QStringLiteral(
                "SELECT account_id, currency, SUM(debit_minor), SUM(credit_minor) FROM "
                "journal_line WHERE entry_date <= ? GROUP BY 1, 2"));
            q.bind(asOf).exec();
            while (q.next())
                naive[{ q.int64(0), q.text(1) }] = { q.int64(2), q.int64(3) };
            for (const auto &t : journal.totals(asOf))
                fast[{ t.accountId, t.currency }] = { t.debitMinor, t.creditMinor };
            QVERIFY2(naive == fast, qPrintable(asOf.toString(Qt::ISODate)));
        }
        // Each invoice's balance is its total less what was allocated plus what
        // was taken back, less what was written off: AR aging counts on it.
        SqlQuery drift = m_db->query(QStringLiteral(
            "SELECT COUNT(*) FROM invoice i WHERE i.status <> 'draft' AND i.balance_minor <> "
            "i.total_minor - COALESCE((SELECT SUM(amount_minor) FROM allocation a "
            "WHERE a.invoice_id = i.id), 0) + COALESCE((SELECT SUM(amount_minor) FROM "
            "allocation_reversal r WHERE r.invoice_id = i.id), 0) - COALESCE((SELECT "
            "SUM(w.amount_minor) FROM write_off w WHERE w.invoice_id = i.id), 0)"));
        QCOMPARE(drift.scalar().toLongLong(), 0);
        QCOMPARE(roleBalance(QStringLiteral("ar"), currency),
                 InvoiceRepository(*m_db).totalOpenBalance(currency));
        QCOMPARE(-roleBalance(QStringLiteral("customer_credit"), currency),
                 PaymentRepository(*m_db).totalUnapplied(currency));
    }

private:
    // On PostgreSQL every book starts as a copy of one migrated database.
    static TestDatabase::Template migratedTemplate()
    {
        return { QStringLiteral("accrue_tmpl_v%1").arg(Migrations::latestVersion()),
                 [](const QString &location) {
                     Database::open(location, Database::OpenMode::CreateIfMissing)->migrate();
                 } };
    }

    TestDatabase m_where;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

// The message of the Error `action` throws, "(no error)" when it throws none:
// QCOMPARE(errorOf([&] { ... }), expected) checks a refusal word for word.
inline QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.userMessage();
    }
    return QStringLiteral("(no error)");
}

} // namespace Accrue::Testing
