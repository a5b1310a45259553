#include "storage/bankrepository.h"

#include "common/error.h"
#include "common/isodate.h"
#include "storage/database.h"
#include "storage/keyset.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Accrue {

namespace {

// The bank's lines are the book owner's: a user below the root is refused
// them whatever asks (the Bank page, `bank list`, reconciliation).
void requireWholeBook(Database &db)
{
    TenantRepository(db).requireWholeBook(
        QCoreApplication::translate("Accrue::BankRepository", "the bank record"));
}

const QString selectTransactions = QStringLiteral(
    "SELECT t.id, t.bank_account_id, a.code, t.booking_date, t.amount_minor, t.currency,"
    " t.counterparty, t.reference, t.bank_ref, t.state, t.confidence, t.match_reason,"
    " COALESCE(t.payment_id, 0) FROM bank_transaction t JOIN bank_account a"
    " ON a.id = t.bank_account_id");

BankLine readTransaction(const SqlQuery &q)
{
    BankLine t;
    t.id = q.int64(0);
    t.accountId = q.int64(1);
    t.accountCode = q.text(2);
    t.date = q.date(3);
    t.currency = Currency::require(q.text(5));
    t.amount = Money(q.int64(4), t.currency);
    t.counterparty = q.text(6);
    t.reference = q.text(7);
    t.bankRef = q.text(8);
    t.state = q.text(9);
    t.confidence = q.value(10).toInt();
    t.reason = q.text(11);
    t.paymentId = q.int64(12);
    return t;
}

QString where(const BankLineFilter &f)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!f.account.isEmpty())
        sql += QStringLiteral(" AND a.code = ?");
    if (!f.state.isEmpty())
        sql += QStringLiteral(" AND t.state = ?");
    if (f.from.isValid())
        sql += QStringLiteral(" AND t.booking_date >= ?");
    if (f.to.isValid())
        sql += QStringLiteral(" AND t.booking_date <= ?");
    return sql;
}

void bindFilter(SqlQuery &q, const BankLineFilter &f)
{
    if (!f.account.isEmpty())
        q.bind(f.account);
    if (!f.state.isEmpty())
        q.bind(f.state);
    if (f.from.isValid())
        q.bind(f.from);
    if (f.to.isValid())
        q.bind(f.to);
}

} // namespace

BankRepository::BankRepository(Database &db)
    : m_db(db)
{
}

std::optional<BankRepository::Account> BankRepository::account(const QString &code)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, code, name, currency, ledger_account_id FROM bank_account WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return Account { q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4) };
}

BankRepository::Account BankRepository::ensureAccount(const QString &code, Currency currency)
{
    if (auto existing = account(code)) {
        // Compared as currencies: older books kept the code as the first file spelled it ("eur").
        if (Currency::fromCode(existing->currency) != currency)
            throw Error(QCoreApplication::translate("Accrue::BankRepository",
                                                    "Bank account %1 is in %2, the statement in %3")
                            .arg(code, existing->currency, currency.code()));
        return *existing;
    }
    const qint64 ledger
        = m_db.query(QStringLiteral("SELECT id FROM account WHERE system_role = 'bank'"))
              .scalar()
              .toLongLong();
    Account a { 0, code, code, currency.code(), ledger };
    a.id = m_db.query(QStringLiteral("INSERT INTO bank_account (code, name, currency, "
                                     "ledger_account_id) VALUES (?, ?, ?, ?) RETURNING id"))
               .bindAll(code, code, a.currency, ledger)
               .scalar()
               .toLongLong();
    return a;
}

qint64 BankRepository::insertStatement(qint64 accountId, const QString &fileName,
                                       const QString &format, const QString &user, int lineCount)
{
    return m_db
        .query(QStringLiteral("INSERT INTO bank_statement (bank_account_id, file_name, format, "
                              "imported_at, imported_by, line_count) VALUES (?, ?, ?, ?, ?, ?) "
                              "RETURNING id"))
        .bindAll(accountId, fileName, format,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), user, lineCount)
        .scalar()
        .toLongLong();
}

bool BankRepository::insertTransaction(qint64 statementId, const Account &account,
                                       const StatementLine &l)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO bank_transaction (statement_id, bank_account_id, booking_date, amount_minor,"
        " currency, counterparty, reference, bank_ref, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?,"
        " ?, ?) ON CONFLICT (bank_account_id, dedupe_key) DO NOTHING"));
    // Empty, not NULL: the columns say "no text" as ''.
    auto text = [](const QString &t) { return t.isNull() ? QStringLiteral("") : t; };
    // The account's spelling of the code, not l.currency.code(): older books
    // stored it as the file wrote it ("eur"), and a statement imported again
    // must produce the keys its lines were stored with.
    q.bindAll(statementId, account.id, l.date, l.amount.minor(), account.currency,
              text(l.counterparty), text(l.reference), text(l.bankRef),
              l.dedupeKey(account.currency))
        .exec();
    return q.rowsAffected() > 0;
}

void BankRepository::saveMapping(const QString &name, const QString &json)
{
    m_db.query(QStringLiteral("INSERT INTO bank_csv_mapping (name, definition) VALUES (?, ?) "
                              "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"))
        .bindAll(name, json)
        .exec();
}

std::optional<QString> BankRepository::mapping(const QString &name)
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT definition FROM bank_csv_mapping WHERE name = ?"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

QStringList BankRepository::mappingNames()
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT name FROM bank_csv_mapping ORDER BY name"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

qint64 BankRepository::count(const BankLineFilter &f)
{
    requireWholeBook(m_db);
    SqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM bank_transaction t JOIN "
                                           "bank_account a ON a.id = t.bank_account_id")
                            + where(f));
    bindFilter(q, f);
    return q.scalar().toLongLong();
}

void BankRepository::list(const BankLineFilter &f,
                          const std::function<void(const BankLine &)> &visit)
{
    requireWholeBook(m_db);
    SqlQuery q = m_db.query(selectTransactions + where(f)
                            + QStringLiteral(" ORDER BY t.booking_date, t.id"));
    bindFilter(q, f);
    q.exec();
    while (q.next())
        visit(readTransaction(q));
}

std::vector<BankLine> BankRepository::lines(const BankLineFilter &f,
                                            const ListWindow<BankLine> &window)
{
    requireWholeBook(m_db);
    const Keyset oldestFirst(QStringLiteral("t.booking_date"), QStringLiteral("t.id"), false);
    return readWindow(
        m_db, oldestFirst, selectTransactions + where(f), window,
        window.anchor ? QVariant(isoDate(window.anchor->date)) : QVariant(),
        [&f](SqlQuery &q) { bindFilter(q, f); }, readTransaction);
}

std::optional<BankLine> BankRepository::transaction(qint64 id)
{
    requireWholeBook(m_db);
    SqlQuery q = m_db.query(selectTransactions + QStringLiteral(" WHERE t.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readTransaction(q);
}

std::vector<BankLine> BankRepository::open(qint64 limit, qint64 afterId)
{
    SqlQuery q = m_db.query(selectTransactions
                            + QStringLiteral(" WHERE t.state IN ('unmatched', 'proposed')"
                                             " AND t.amount_minor > 0 AND t.id > ?"
                                             " ORDER BY t.id LIMIT ?"));
    q.bindAll(afterId, limit).exec();
    std::vector<BankLine> out;
    while (q.next())
        out.push_back(readTransaction(q));
    return out;
}

std::vector<BankMatch> BankRepository::matches(qint64 transactionId)
{
    // A match is in its line's currency: bank_match keeps only the minor units.
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT COALESCE(m.invoice_id, 0), m.customer_id, m.amount_minor, COALESCE(i.number, ''),"
        " t.currency FROM bank_match m JOIN bank_transaction t ON t.id = m.transaction_id"
        " LEFT JOIN invoice i ON i.id = m.invoice_id WHERE m.transaction_id = ? ORDER BY m.id"));
    q.bind(transactionId).exec();
    std::vector<BankMatch> out;
    while (q.next())
        out.push_back(
            { q.int64(0), q.int64(1), Money(q.int64(2), Currency::require(q.text(4))), q.text(3) });
    return out;
}

void BankRepository::setProposal(qint64 transactionId, int confidence, const QString &reason,
                                 const std::vector<BankMatch> &matches)
{
    clearProposal(transactionId);
    for (const BankMatch &m : matches)
        m_db.query(QStringLiteral("INSERT INTO bank_match (transaction_id, invoice_id, "
                                  "customer_id, amount_minor) VALUES (?, ?, ?, ?)"))
            .bind(transactionId)
            .bindNullable(m.invoiceId)
            .bindAll(m.customerId, m.amount.minor())
            .exec();
    m_db.query(QStringLiteral("UPDATE bank_transaction SET state = 'proposed', confidence = ?,"
                              " match_reason = ? WHERE id = ?"))
        .bindAll(confidence, reason.isNull() ? QStringLiteral("") : reason, transactionId)
        .exec();
}

void BankRepository::clearProposal(qint64 transactionId)
{
    m_db.query(QStringLiteral("DELETE FROM bank_match WHERE transaction_id = ?"))
        .bind(transactionId)
        .exec();
}

void BankRepository::setState(qint64 transactionId, const QString &state, qint64 paymentId)
{
    // Back to unmatched forgets the old proposal's confidence and reason.
    m_db.query(QStringLiteral(
                   "UPDATE bank_transaction SET state = ?, payment_id = ?, confidence = CASE WHEN"
                   " ? = 'unmatched' THEN 0 ELSE confidence END, match_reason = CASE WHEN"
                   " ? = 'unmatched' THEN '' ELSE match_reason END WHERE id = ?"))
        .bind(state)
        .bindNullable(paymentId)
        .bindAll(state, state, transactionId)
        .exec();
}

qint64 BankRepository::statementSum(qint64 accountId, const QDate &from, const QDate &to)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM bank_transaction WHERE bank_account_id = ?"
        " AND booking_date >= ? AND booking_date <= ?"));
    return q.bindAll(accountId, from.isValid() ? from : QDate(1, 1, 1), to).scalar().toLongLong();
}

qint64 BankRepository::ledgerBankNet(const QString &currency, const QDate &from, const QDate &to)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT COALESCE(SUM(debit_minor - credit_minor), 0) FROM journal_line WHERE account_id"
        " IN (SELECT id FROM account WHERE system_role = 'bank') AND currency = ?"
        " AND entry_date >= ? AND entry_date <= ?"));
    return q.bindAll(currency, from, to).scalar().toLongLong();
}

void BankRepository::statementAmounts(qint64 accountId, const QDate &from, const QDate &to,
                                      const std::function<void(const QDate &, qint64)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT booking_date, amount_minor FROM bank_transaction"
                       " WHERE bank_account_id = ? AND booking_date >= ? AND booking_date <= ?"));
    q.bindAll(accountId, from.isValid() ? from : QDate(1, 1, 1), to).exec();
    while (q.next())
        visit(q.date(0), q.int64(1));
}

void BankRepository::ledgerBankAmounts(const QString &currency, const QDate &from, const QDate &to,
                                       const std::function<void(const QDate &, qint64)> &visit)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT entry_date, debit_minor - credit_minor FROM journal_line WHERE account_id"
        " IN (SELECT id FROM account WHERE system_role = 'bank') AND currency = ?"
        " AND entry_date >= ? AND entry_date <= ?"));
    q.bindAll(currency, from, to).exec();
    while (q.next())
        visit(q.date(0), q.int64(1));
}

std::vector<BankRepository::Unbooked>
BankRepository::paymentsWithoutLine(const QString &currency, const QDate &from, const QDate &to)
{
    // Payments of the period without a statement line: an anti-join both
    // planners run on the bank_transaction_payment index (migration 5). The
    // NOT EXISTS this replaces read every statement line once per payment on
    // SQLite (1,000,000 invoices and 100,000 lines: not done in 15 minutes).
    // The null test is on the join column on purpose: PostgreSQL then plans
    // an anti-join, while "t.id IS NULL" was estimated at one row and joined
    // the customers in a nested loop.
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT p.received_date, p.id, c.name, COALESCE(p.reference, ''), p.amount_minor"
        " FROM payment p JOIN customer c ON c.id = p.customer_id"
        " LEFT JOIN bank_transaction t ON t.payment_id = p.id"
        " WHERE p.currency = ? AND p.received_date >= ? AND p.received_date <= ?"
        " AND p.reversed_date IS NULL AND t.payment_id IS NULL ORDER BY p.received_date, p.id"));
    q.bindAll(currency, from, to).exec();
    const Currency c = Currency::require(currency);
    std::vector<Unbooked> out;
    while (q.next())
        out.push_back({ q.date(0), q.int64(1), q.text(2), q.text(3), Money(q.int64(4), c) });
    return out;
}

} // namespace Accrue
