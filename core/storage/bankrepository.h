#pragma once

#include "domain/bankline.h"
#include "domain/listwindow.h"
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

    explicit BankRepository(Database &db);

    std::optional<Account> account(const QString &code);
    // The account with this code, created (booking to the Bank ledger
    // account) when the first statement for it comes in.
    Account ensureAccount(const QString &code, Currency currency);

    qint64 insertStatement(qint64 accountId, const QString &fileName, const QString &format,
                           const QString &user, int lineCount);
    // False when the account already has this line (same dedupe key). The
    // line is stored and keyed with the currency spelled as the account spells it.
    bool insertTransaction(qint64 statementId, const Account &account, const StatementLine &line);

    void saveMapping(const QString &name, const QString &json);
    std::optional<QString> mapping(const QString &name);
    QStringList mappingNames();

    qint64 count(const BankLineFilter &filter);
    // Every line the filter selects, oldest first.
    void list(const BankLineFilter &filter, const std::function<void(const BankLine &)> &visit);
    // Oldest first, sought from the window's anchor (keyset paging).
    std::vector<BankLine> lines(const BankLineFilter &filter, const ListWindow<BankLine> &window);
    std::optional<BankLine> transaction(qint64 id);
    // Lines to match: money in, not matched or ignored yet, oldest first.
    std::vector<BankLine> open(qint64 limit, qint64 afterId);

    std::vector<BankMatch> matches(qint64 transactionId);

    // For the payment reconciliation report.
    qint64 statementSum(qint64 accountId, const QDate &from, const QDate &to);
    qint64 ledgerBankNet(const QString &currency, const QDate &from, const QDate &to);
    // The same two line by line (date, signed amount), for a reporting
    // currency that converts each at its own date's rate; streamed. An
    // invalid `from` is open.
    void statementAmounts(qint64 accountId, const QDate &from, const QDate &to,
                          const std::function<void(const QDate &, qint64)> &visit);
    void ledgerBankAmounts(const QString &currency, const QDate &from, const QDate &to,
                           const std::function<void(const QDate &, qint64)> &visit);
    struct Unbooked
    {
        QDate date;
        qint64 paymentId = 0;
        QString customer;
        QString reference;
        Money amount;
    };
    // Payments in the period that no matched statement line accounts for.
    std::vector<Unbooked> paymentsWithoutLine(const QString &currency, const QDate &from,
                                              const QDate &to);
    void setProposal(qint64 transactionId, int confidence, const QString &reason,
                     const std::vector<BankMatch> &matches);
    void clearProposal(qint64 transactionId);
    void setState(qint64 transactionId, const QString &state, qint64 paymentId = 0);

private:
    Database &m_db;
};

} // namespace Accrue
