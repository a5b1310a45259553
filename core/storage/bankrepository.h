#pragma once

#include "domain/statementline.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Bank accounts, imported statement lines, their proposed and accepted
// matches, and saved CSV layouts.
class BankRepository final
{
public:
    struct Account
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString currency;
        qint64 ledgerAccountId = 0;
    };

    struct Transaction
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QString accountCode;
        QDate date;
        qint64 amountMinor = 0;
        QString currency;
        QString counterparty;
        QString reference;
        QString bankRef;
        QString state; // unmatched, proposed, matched, ignored
        int confidence = 0;
        QString reason;
        qint64 paymentId = 0;
    };

    struct Match
    {
        qint64 invoiceId = 0; // 0: the rest as customer credit
        qint64 customerId = 0;
        qint64 amountMinor = 0;
        QString invoiceNumber;
    };

    struct Filter
    {
        QString account; // code
        QString state;
        QDate from;
        QDate to;
    };

    explicit BankRepository(Database &db);

    std::optional<Account> account(const QString &code);
    // The account with this code, created (booking to the Bank ledger
    // account) when the first statement for it comes in.
    Account ensureAccount(const QString &code, const QString &currency);

    qint64 insertStatement(qint64 accountId, const QString &fileName, const QString &format,
                           const QString &user, int lineCount);
    // False when the account already has this line (same dedupe key).
    bool insertTransaction(qint64 statementId, qint64 accountId, const StatementLine &line);

    void saveMapping(const QString &name, const QString &json);
    std::optional<QString> mapping(const QString &name);
    QStringList mappingNames();

    qint64 count(const Filter &filter);
    void list(const Filter &filter, qint64 offset, qint64 limit,
              const std::function<void(const Transaction &)> &visit);
    std::optional<Transaction> transaction(qint64 id);
    // Lines to match: money in, not matched or ignored yet, oldest first.
    std::vector<Transaction> open(qint64 limit, qint64 afterId);

    std::vector<Match> matches(qint64 transactionId);

    // For the payment reconciliation report.
    qint64 statementSum(qint64 accountId, const QDate &from, const QDate &to);
    qint64 ledgerBankNet(const QString &currency, const QDate &from, const QDate &to);
    struct Unbooked
    {
        QDate date;
        qint64 paymentId = 0;
        QString customer;
        QString reference;
        qint64 amountMinor = 0;
    };
    // Payments in the period that no matched statement line accounts for.
    std::vector<Unbooked> paymentsWithoutLine(const QString &currency, const QDate &from,
                                              const QDate &to);
    void setProposal(qint64 transactionId, int confidence, const QString &reason,
                     const std::vector<Match> &matches);
    void clearProposal(qint64 transactionId);
    void setState(qint64 transactionId, const QString &state, qint64 paymentId = 0);

private:
    Database &m_db;
};

} // namespace Accrue
