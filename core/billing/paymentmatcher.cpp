#include "billing/paymentmatcher.h"

#include "domain/limits.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentMatcher", text);
}

QString money(const Money &amount)
{
    return amount.toPlainString() + u' ' + amount.currency().code();
}

// Lower-case words of a company name without legal forms and punctuation.
QSet<QString> nameTokens(const QString &name)
{
    static const QSet<QString> legalForms {
        QStringLiteral("inc"),  QStringLiteral("ltd"),     QStringLiteral("llc"),
        QStringLiteral("gmbh"), QStringLiteral("ag"),      QStringLiteral("sa"),
        QStringLiteral("sas"),  QStringLiteral("sarl"),    QStringLiteral("bv"),
        QStringLiteral("nv"),   QStringLiteral("plc"),     QStringLiteral("corp"),
        QStringLiteral("co"),   QStringLiteral("kk"),      QStringLiteral("pty"),
        QStringLiteral("srl"),  QStringLiteral("spa"),     QStringLiteral("the"),
        QStringLiteral("and"),  QStringLiteral("limited"), QStringLiteral("company"),
    };
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> tokens;
    for (const QString &t : name.toLower().split(split, Qt::SkipEmptyParts))
        if (!legalForms.contains(t) && t.size() > 1)
            tokens.insert(t);
    return tokens;
}

} // namespace

PaymentMatcher::PaymentMatcher(Database &db)
    : m_repo(db)
    , m_customers(m_repo.customers())
{
    for (int i = 0; i < int(m_customers.size()); ++i) {
        m_byCode.insert(m_customers[size_t(i)].code.toUpper(), i);
        m_byId.insert(m_customers[size_t(i)].id, i);
        m_nameTokens.push_back(nameTokens(m_customers[size_t(i)].name));
        for (const QString &token : m_nameTokens.back())
            m_byNameToken[token].push_back(i);
    }
}

namespace {
// Jaccard: shared words over all words.
double similarity(const QSet<QString> &x, const QSet<QString> &y)
{
    if (x.isEmpty() || y.isEmpty())
        return 0;
    qsizetype common = 0;
    for (const QString &t : x)
        common += y.contains(t) ? 1 : 0;
    return double(common) / double(x.size() + y.size() - common);
}
} // namespace

double PaymentMatcher::nameSimilarity(const QString &a, const QString &b)
{
    return similarity(nameTokens(a), nameTokens(b));
}

const std::vector<OpenInvoice> &PaymentMatcher::openOf(qint64 customerId, Currency currency)
{
    const QString key = QString::number(customerId) + u'|' + currency.code();
    auto it = m_openCache.find(key);
    if (it == m_openCache.end())
        it = m_openCache.insert(key, m_repo.openOfCustomer(customerId, currency));
    return *it;
}

const CustomerName *PaymentMatcher::customer(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_customers[size_t(*it)];
}

std::vector<BankMatch> PaymentMatcher::allocate(qint64 customerId,
                                                const std::vector<OpenInvoice> &open,
                                                const Money &amount) const
{
    std::vector<BankMatch> matches;
    Money left = amount;
    for (const auto &inv : open) {
        if (!left.isPositive())
            break;
        // Same currency by construction: only open invoices in the line's currency get here.
        const Money take = std::min(left, inv.balance);
        matches.push_back({ inv.id, customerId, take, inv.number });
        left -= take;
    }
    if (left.isPositive())
        matches.push_back({ 0, customerId, left, QString() });
    return matches;
}

PaymentMatcher::Proposal PaymentMatcher::propose(const BankLine &line)
{
    if (!line.amount.isPositive())
        return {}; // money out is not a customer's payment
    // Invoice numbers may be anywhere; a customer code only in the remittance
    // text (in the payer's name it would just be a word of the name).
    const QString text = (line.reference + u' ' + line.counterparty).toUpper();
    if (Proposal p = byInvoiceNumbers(line, text); p.confidence > 0)
        return p;
    if (Proposal p = byCustomerCode(line, line.reference.toUpper()); p.confidence > 0)
        return p;
    Proposal p = byAmount(line);
    if (p.confidence > 0)
        return p;
    return byName(line);
}

QStringList PaymentMatcher::numberCandidates(const QString &text)
{
    // Payers write "INV-2026-002735" as "INV2026002735", "inv 2026/2735",
    // "2026-002735" or "Rechnung 2026002735": a prefix or none, any of these
    // separators or none, the sequence with or without its leading zeros.
    // Each reading becomes the canonical number; only a number that exists
    // matches, so a stray digit run costs a lookup, not a wrong match.
    static const QRegularExpression loose(QStringLiteral(
        "(?<![A-Za-z0-9])(?:([A-Za-z]{1,10})[ \\-/_.#]?)?(\\d{4})[ \\-/_.]?(\\d{4,8})"
        "(?![0-9])"));
    if (!m_prefixes)
        m_prefixes = m_repo.numberPrefixes();
    QStringList out;
    for (auto it = loose.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int year = m.captured(2).toInt();
        if (year < Limits::firstYear || year > Limits::lastYear)
            continue;
        const QString written = m.captured(1).toUpper();
        const QStringList prefixes = written.isEmpty() || !m_prefixes->contains(written)
            ? *m_prefixes
            : QStringList { written };
        QString sequence = m.captured(3);
        while (sequence.size() > 6 && sequence.startsWith(u'0'))
            sequence.remove(0, 1);
        sequence = sequence.rightJustified(6, u'0');
        for (const QString &prefix : prefixes) {
            const QString n = prefix + u'-' + m.captured(2) + u'-' + sequence;
            if (!out.contains(n))
                out << n;
        }
    }
    return out;
}

PaymentMatcher::Proposal PaymentMatcher::byInvoiceNumbers(const BankLine &line, const QString &text)
{
    std::vector<OpenInvoice> found;
    QStringList numbers;
    for (const QString &n : numberCandidates(text)) {
        if (numbers.contains(n))
            continue;
        if (const auto inv = m_repo.invoiceByNumber(n);
            inv && inv->open && inv->currency == line.currency) {
            found.push_back(*inv);
            numbers << n;
        }
    }
    if (found.empty())
        return {};
    const qint64 customerId = found.front().customerId;
    if (std::any_of(found.begin(), found.end(),
                    [customerId](const auto &i) { return i.customerId != customerId; })) {
        // Numbers of different customers: a person chooses which one pays.
        std::vector<BankMatch> alternatives;
        for (const auto &inv : found)
            alternatives.push_back(
                { inv.id, inv.customerId, std::min(line.amount, inv.balance), inv.number });
        return { 40,
                 tr("invoice numbers %1 in remittance text belong to different customers")
                     .arg(numbers.join(QStringLiteral(", "))),
                 true, allocate(customerId, { found.front() }, line.amount),
                 std::move(alternatives) };
    }
    Money open = Money::zero(line.currency);
    for (const auto &i : found)
        open += i.balance;
    const QString where = found.size() == 1
        ? tr("invoice number %1 in remittance text").arg(numbers.first())
        : tr("invoice numbers %1 in remittance text").arg(numbers.join(QStringLiteral(", ")));
    Proposal p;
    p.matches = allocate(customerId, found, line.amount);
    if (line.amount == open) {
        p.confidence = found.size() == 1 ? 100 : 95;
        p.reason = where + u"; "
            + (found.size() == 1 ? tr("amount equals balance")
                                 : tr("amount equals their balances"));
    } else if (line.amount < open) {
        p.confidence = 90;
        p.reason = where + u"; "
            + tr("part payment of %1 (open %2)").arg(money(line.amount), money(open));
    } else {
        p.confidence = 90;
        p.reason = where + u"; "
            + tr("over-payment: %1 more than open, kept as customer credit")
                  .arg(money(line.amount - open));
    }
    return p;
}

PaymentMatcher::Proposal PaymentMatcher::byCustomerCode(const BankLine &line, const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Z0-9][A-Z0-9_-]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto found = m_byCode.constFind(it.next().captured());
        if (found == m_byCode.constEnd())
            continue;
        const auto &c = m_customers[size_t(*found)];
        const auto &open = openOf(c.id, line.currency);
        Money all = Money::zero(line.currency);
        for (const auto &inv : open) {
            all += inv.balance;
            if (inv.balance == line.amount)
                return { 85,
                         tr("customer code %1 in text; amount equals the balance of %2")
                             .arg(c.code, inv.number),
                         false,
                         { { inv.id, c.id, line.amount, inv.number } } };
        }
        if (open.size() > 1 && all == line.amount)
            return { 85,
                     tr("customer code %1 in text; amount equals its %2 open invoices")
                         .arg(c.code)
                         .arg(open.size()),
                     false, allocate(c.id, open, line.amount) };
        return { 60,
                 tr("customer code %1 in text; allocated to the oldest open invoices").arg(c.code),
                 false, allocate(c.id, open, line.amount) };
    }
    return {};
}

PaymentMatcher::Proposal PaymentMatcher::byAmount(const BankLine &line)
{
    const auto candidates = m_repo.openWithBalance(line.amount, 20);
    if (candidates.empty())
        return {};
    // The payer's name tells same-amount invoices apart.
    const QSet<QString> payer = nameTokens(line.counterparty);
    std::vector<OpenInvoice> named;
    for (const auto &inv : candidates)
        if (const auto it = m_byId.constFind(inv.customerId);
            it != m_byId.constEnd() && similarity(payer, m_nameTokens[size_t(*it)]) >= 0.5)
            named.push_back(inv);
    auto single = [&](const OpenInvoice &inv, int confidence, const QString &reason) {
        return Proposal {
            confidence, reason, false, { { inv.id, inv.customerId, line.amount, inv.number } }
        };
    };
    if (named.size() == 1)
        return single(named.front(), 80,
                      tr("payer name matches %1; amount equals the balance of %2")
                          .arg(customer(named.front().customerId)->name, named.front().number));
    if (candidates.size() == 1)
        return single(candidates.front(), 60,
                      tr("amount equals the open balance of %1 (the only invoice with it)")
                          .arg(candidates.front().number));
    QStringList numbers;
    for (const auto &inv : candidates)
        numbers << inv.number;
    Proposal p = single(candidates.front(), 30,
                        tr("ambiguous: %1 open invoices have this amount (%2); choose one")
                            .arg(candidates.size())
                            .arg(numbers.mid(0, 5).join(QStringLiteral(", "))));
    p.ambiguous = true;
    for (const auto &inv : candidates)
        p.alternatives.push_back({ inv.id, inv.customerId, line.amount, inv.number });
    return p;
}

PaymentMatcher::Proposal PaymentMatcher::byName(const BankLine &line)
{
    if (line.counterparty.isEmpty())
        return {};
    QSet<int> seen;
    int best = -1;
    double bestScore = 0;
    const QSet<QString> payer = nameTokens(line.counterparty);
    for (const QString &token : payer) {
        for (int i : m_byNameToken.value(token)) {
            if (seen.contains(i))
                continue;
            seen.insert(i);
            const double score = similarity(payer, m_nameTokens[size_t(i)]);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
    }
    if (best < 0 || bestScore < 0.5)
        return {};
    const auto &c = m_customers[size_t(best)];
    const auto &open = openOf(c.id, line.currency);
    return { 50,
             tr("payer name like customer %1 (%2); allocated to the oldest open invoices")
                 .arg(c.name, c.code),
             false, allocate(c.id, open, line.amount) };
}

} // namespace Accrue
