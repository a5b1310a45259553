#include "billing/reconciliationservice.h"

#include "billing/paymentmatcher.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReconciliationService", text);
}

QJsonObject lineJson(const BankLine &t)
{
    return { { QStringLiteral("state"), t.state },
             { QStringLiteral("payment_id"), t.paymentId },
             { QStringLiteral("amount_minor"), t.amount.minor() },
             { QStringLiteral("date"), t.date.toString(Qt::ISODate) } };
}
} // namespace

ReconciliationService::ReconciliationService(Session &session)
    : m_session(session)
{
}

BankLine ReconciliationService::load(qint64 transactionId)
{
    const auto t = BankRepository(m_session.db()).transaction(transactionId);
    if (!t)
        throw Error(tr("There is no bank line #%1").arg(transactionId));
    return *t;
}

ReconciliationService::Summary ReconciliationService::autoMatch(bool applyConfident,
                                                                const Visit &visit)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Database &db = m_session.db();
    Summary summary;
    PaymentMatcher matcher(db);
    BankRepository bank(db);
    qint64 after = 0;
    for (;;) {
        // Batches, each in one transaction: a statement of many lines is
        // neither held in memory whole nor committed line by line.
        const std::vector<BankLine> lines = bank.open(1000, after);
        if (lines.empty())
            break;
        Transaction tx(db);
        for (const BankLine &line : lines) {
            after = line.id;
            ++summary.examined;
            const PaymentMatcher::Proposal p = matcher.propose(line);
            if (p.confidence == 0)
                continue;
            bank.setProposal(line.id, p.confidence, p.reason, p.matches);
            ++summary.proposed;
            summary.ambiguous += p.ambiguous ? 1 : 0;
            const bool apply
                = applyConfident && !p.ambiguous && p.confidence >= PaymentMatcher::confident;
            if (apply) {
                accept(line.id);
                ++summary.applied;
            }
            if (visit)
                visit(line, p.confidence, p.reason, apply);
        }
        m_session.audit().append(QStringLiteral("bank.automatch"),
                                 QStringLiteral("bank_transaction"), QString::number(after), {},
                                 QJsonObject { { QStringLiteral("examined"), summary.examined },
                                               { QStringLiteral("proposed"), summary.proposed },
                                               { QStringLiteral("applied"), summary.applied } });
        tx.commit();
    }
    return summary;
}

qint64 ReconciliationService::accept(qint64 transactionId)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Transaction tx(m_session.db());
    const BankLine line = load(transactionId);
    if (line.state == QLatin1String("matched"))
        throw Error(tr("Bank line #%1 is matched already").arg(transactionId));
    if (const auto alternatives = choices(transactionId); !alternatives.empty()) {
        QStringList numbers;
        for (const auto &m : alternatives)
            numbers << m.invoiceNumber;
        throw Error(tr("Bank line #%1 could pay any of %2: choose the invoice")
                        .arg(transactionId)
                        .arg(numbers.join(QStringLiteral(", "))));
    }
    const std::vector<BankMatch> matches = BankRepository(m_session.db()).matches(transactionId);
    if (matches.empty())
        throw Error(
            tr("Bank line #%1 has no proposal to accept; match it by hand").arg(transactionId));
    const qint64 payment = acceptMatches(line, matches);
    tx.commit();
    return payment;
}

qint64 ReconciliationService::accept(qint64 transactionId, qint64 chosenInvoiceId)
{
    return acceptChoice(
        transactionId,
        [chosenInvoiceId](const BankMatch &m) { return m.invoiceId == chosenInvoiceId; },
        tr("the chosen invoice"));
}

qint64 ReconciliationService::accept(qint64 transactionId, const QString &chosenInvoiceNumber)
{
    return acceptChoice(
        transactionId,
        [&chosenInvoiceNumber](const BankMatch &m) {
            return m.invoiceNumber == chosenInvoiceNumber;
        },
        chosenInvoiceNumber);
}

qint64 ReconciliationService::acceptChoice(qint64 transactionId,
                                           const std::function<bool(const BankMatch &)> &chosen,
                                           const QString &chosenText)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Transaction tx(m_session.db());
    const BankLine line = load(transactionId);
    if (line.state == QLatin1String("matched"))
        throw Error(tr("Bank line #%1 is matched already").arg(transactionId));
    QStringList numbers;
    for (const BankMatch &m : choices(transactionId)) {
        if (!chosen(m)) {
            numbers << m.invoiceNumber;
            continue;
        }
        const qint64 payment = acceptMatches(line, { m });
        tx.commit();
        return payment;
    }
    if (numbers.isEmpty())
        throw Error(tr("Bank line #%1 is not ambiguous; accept its proposal as it stands")
                        .arg(transactionId));
    throw Error(tr("Bank line #%1 could pay %2, not %3")
                    .arg(transactionId)
                    .arg(numbers.join(QStringLiteral(", ")), chosenText));
}

std::vector<BankMatch> ReconciliationService::choices(qint64 transactionId)
{
    const BankLine line = load(transactionId);
    if (line.state != QLatin1String("proposed"))
        return {};
    const PaymentMatcher::Proposal p = PaymentMatcher(m_session.db()).propose(line);
    return p.ambiguous ? p.alternatives : std::vector<BankMatch>();
}

PaymentMatcher::Proposal ReconciliationService::suggestion(qint64 transactionId)
{
    return PaymentMatcher(m_session.db()).propose(load(transactionId));
}

qint64 ReconciliationService::acceptMatches(const BankLine &line,
                                            const std::vector<BankMatch> &matches)
{
    PaymentService::Request request;
    request.customerId = matches.front().customerId;
    request.date = line.date;
    request.amount = line.amount;
    request.method = QStringLiteral("bank_transfer");
    request.reference = (line.reference.isEmpty() ? line.counterparty : line.reference).left(200);
    QJsonArray allocations;
    for (const BankMatch &m : matches) {
        if (m.customerId != request.customerId)
            throw Error(tr("A bank line pays one customer; the proposal names two"));
        if (m.invoiceId > 0)
            request.splits.push_back({ m.invoiceId, m.amount });
        allocations.append(QJsonObject { { QStringLiteral("invoice"), m.invoiceNumber },
                                         { QStringLiteral("amount_minor"), m.amount.minor() } });
    }
    const Payment payment = PaymentService(m_session).record(request);
    BankRepository(m_session.db()).setState(line.id, QStringLiteral("matched"), payment.id);
    QJsonObject after = lineJson(load(line.id));
    after.insert(QStringLiteral("allocations"), allocations);
    m_session.audit().append(QStringLiteral("bank.match"), QStringLiteral("bank_transaction"),
                             QString::number(line.id), lineJson(line), after);
    return payment.id;
}

void ReconciliationService::reject(qint64 transactionId)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Database &db = m_session.db();
    Transaction tx(db);
    const BankLine line = load(transactionId);
    if (line.state != QLatin1String("proposed"))
        throw Error(tr("Bank line #%1 has no proposal").arg(transactionId));
    BankRepository bank(db);
    bank.clearProposal(transactionId);
    bank.setState(transactionId, QStringLiteral("unmatched"));
    m_session.audit().append(QStringLiteral("bank.reject"), QStringLiteral("bank_transaction"),
                             QString::number(transactionId), lineJson(line),
                             lineJson(load(transactionId)));
    tx.commit();
}

qint64 ReconciliationService::matchManually(qint64 transactionId, qint64 customerId,
                                            const std::vector<Split> &splits)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Database &db = m_session.db();
    Transaction tx(db);
    const BankLine line = load(transactionId);
    if (line.state == QLatin1String("matched"))
        throw Error(tr("Bank line #%1 is matched already; unmatch it first").arg(transactionId));
    if (!line.amount.isPositive())
        throw Error(tr("Bank line #%1 is money out, not a customer's payment").arg(transactionId));
    const Money &amount = line.amount;
    std::vector<BankMatch> matches;
    Money used = Money::zero(amount.currency());
    for (const Split &s : splits) {
        if (s.invoiceId <= 0 || !s.amount.isPositive())
            continue;
        used += s.amount;
        matches.push_back({ s.invoiceId, customerId, s.amount, QString() });
    }
    if (used > amount)
        throw Error(tr("The splits add up to more than the bank line"));
    if (used < amount)
        matches.push_back({ 0, customerId, amount - used, QString() });
    BankRepository(db).setProposal(transactionId, 100,
                                   tr("matched by hand by %1").arg(m_session.userName()), matches);
    const qint64 payment = accept(transactionId);
    tx.commit();
    return payment;
}

void ReconciliationService::ignore(qint64 transactionId, const QString &why)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Database &db = m_session.db();
    Transaction tx(db);
    const BankLine line = load(transactionId);
    if (line.state == QLatin1String("matched"))
        throw Error(
            tr("Bank line #%1 is matched; unmatch it before ignoring it").arg(transactionId));
    BankRepository bank(db);
    bank.clearProposal(transactionId);
    bank.setState(transactionId, QStringLiteral("ignored"));
    QJsonObject after = lineJson(load(transactionId));
    after.insert(QStringLiteral("why"), why);
    m_session.audit().append(QStringLiteral("bank.ignore"), QStringLiteral("bank_transaction"),
                             QString::number(transactionId), lineJson(line), after);
    tx.commit();
}

void ReconciliationService::unmatch(qint64 transactionId)
{
    m_session.require(Permission::Billing, tr("reconcile bank lines"));
    m_session.requireWholeBook(tr("the bank record"));
    Database &db = m_session.db();
    Transaction tx(db);
    const BankLine line = load(transactionId);
    if (line.state == QLatin1String("matched"))
        PaymentService(m_session).reverse(line.paymentId, std::max(line.date, m_session.today()),
                                          tr("bank line #%1 unmatched").arg(transactionId));
    else if (line.state != QLatin1String("ignored"))
        throw Error(tr("Bank line #%1 is neither matched nor ignored").arg(transactionId));
    BankRepository bank(db);
    bank.clearProposal(transactionId);
    bank.setState(transactionId, QStringLiteral("unmatched"));
    m_session.audit().append(QStringLiteral("bank.unmatch"), QStringLiteral("bank_transaction"),
                             QString::number(transactionId), lineJson(line),
                             lineJson(load(transactionId)));
    tx.commit();
}

std::vector<OpenInvoice> ReconciliationService::openInvoices(qint64 customerId, Currency currency)
{
    return MatchRepository(m_session.db()).openOfCustomer(customerId, currency);
}

} // namespace Accrue
