#include "billing/creditnoteservice.h"

#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/settlement.h"
#include "common/error.h"
#include "domain/invoice.h"
#include "domain/limits.h"
#include "domain/taxrate.h"
#include "ledger/postingrules.h"
#include "storage/accountrepository.h"
#include "storage/creditnoterepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/paymentrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CreditNoteService", text);
}

struct Remaining
{
    const InvoiceLine *line;
    Money net;
    Money tax;
};

std::vector<Remaining> remainingPerLine(Database &db, const Invoice &inv)
{
    CreditNoteRepository notes(db);
    std::vector<Remaining> out;
    for (const InvoiceLine &line : inv.lines) {
        const auto credited = notes.creditedForLine(line.id, inv.currency);
        out.push_back({ &line, line.net - credited.net, line.tax - credited.tax });
    }
    return out;
}

CreditNoteLine noteLine(const InvoiceLine &line, const Money &net, const Money &tax)
{
    CreditNoteLine out;
    out.invoiceLineId = line.id;
    out.description = line.description;
    out.net = net;
    out.taxRatePpm = line.taxRatePpm;
    out.tax = tax;
    out.revenueAccountId = line.revenueAccountId;
    return out;
}

// Splits a gross amount across lines in proportion to what is left on each,
// then takes the tax out of each part at the line's rate (rounded half away
// from zero), so net + tax always equals the gross asked for.
std::vector<CreditNoteLine> linesForAmount(const std::vector<Remaining> &rest, const Money &gross)
{
    std::vector<qint64> weights;
    for (const Remaining &r : rest)
        weights.push_back(std::max<qint64>(0, (r.net + r.tax).minor()));
    const std::vector<Money> parts = gross.allocate(weights);
    std::vector<CreditNoteLine> out;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        if (parts[i].isZero())
            continue;
        // Net and tax in the ratio 1000000 : rate in ppm; allocate() keeps
        // the sum exact and cannot overflow.
        const int rate = rest[i].line->taxRatePpm;
        const std::vector<Money> netAndTax = parts[i].allocate({ TaxPercent::Max, rate });
        out.push_back(noteLine(*rest[i].line, netAndTax[0], netAndTax[1]));
    }
    return out;
}

std::vector<CreditNoteLine> linesFor(const CreditNoteService::Request &req, const Invoice &inv,
                                     const std::vector<Remaining> &rest)
{
    using Mode = CreditNoteService::Mode;
    std::vector<CreditNoteLine> out;
    switch (req.mode) {
    case Mode::Full:
        for (const Remaining &r : rest)
            if (!r.net.isZero() || !r.tax.isZero())
                out.push_back(noteLine(*r.line, r.net, r.tax));
        break;
    case Mode::Amount: {
        Money left = Money::zero(inv.currency);
        for (const Remaining &r : rest)
            left += r.net + r.tax;
        const Money amount = Money::zero(inv.currency) + req.amount;
        if (!amount.isPositive() || amount > left)
            throw Error(tr("amount: a credit note on %1 must be between 0 and %2")
                            .arg(inv.number, left.toPlainString()));
        out = linesForAmount(rest, amount);
        break;
    }
    case Mode::Lines:
        if (req.lines.empty())
            throw Error(tr("lines: choose the lines to credit"));
        for (std::size_t i = 0; i < req.lines.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (req.lines[i].position == req.lines[j].position)
                    throw Error(tr("lines: line %1 is named twice").arg(req.lines[i].position));
        for (const auto &want : req.lines) {
            auto it = std::find_if(rest.begin(), rest.end(), [&](const Remaining &r) {
                return r.line->position == want.position;
            });
            if (it == rest.end())
                throw Error(
                    tr("lines: invoice %1 has no line %2").arg(inv.number).arg(want.position));
            const Money net = Money::zero(inv.currency) + want.net;
            if (net.isZero() || net == it->net) {
                out.push_back(noteLine(*it->line, it->net, it->tax));
                continue;
            }
            if (net.isNegative() || net > it->net)
                throw Error(tr("lines: line %1 has %2 left to credit")
                                .arg(want.position)
                                .arg(it->net.toPlainString()));
            const Money tax = net.partsPerMillion(it->line->taxRatePpm);
            out.push_back(noteLine(*it->line, net, std::min(tax, it->tax)));
        }
        break;
    }
    return out;
}

} // namespace

CreditNoteService::CreditNoteService(Session &session)
    : m_session(session)
{
}

CreditNote CreditNoteService::load(qint64 id)
{
    auto note = CreditNoteRepository(m_session.db()).load(id);
    if (!note)
        throw Error(tr("No credit note with id %1").arg(id));
    return *note;
}

CreditNote CreditNoteService::loadByNumber(const QString &number)
{
    const auto id = CreditNoteRepository(m_session.db()).findIdByNumber(number);
    if (!id)
        throw Error(tr("No credit note numbered “%1”").arg(number));
    return load(*id);
}

CreditNoteDocumentData CreditNoteService::documentData(qint64 id)
{
    CreditNoteDocumentData data;
    data.note = load(id);
    Database &db = m_session.db();
    qint64 profileId = 0;
    if (const auto inv = InvoiceRepository(db).load(data.note.invoiceId)) {
        data.invoiceNumber = inv->number;
        data.invoiceIssueDate = inv->issueDate;
        profileId = inv->billingProfileId; // the address the credited invoice went to
    }
    data.customer = CustomerRepository(db).find(data.note.customerId).value_or(Customer {});
    data.profile = m_session.reference().profileOf(data.note.customerId, profileId);
    data.company = SettingsService(m_session).company();
    return data;
}

Money CreditNoteService::creditableNet(qint64 invoiceId, int position)
{
    Database &db = m_session.db();
    const auto inv = InvoiceRepository(db).load(invoiceId);
    if (!inv || inv->status == InvoiceStatus::Draft || inv->status == InvoiceStatus::Void)
        return Money();
    for (const Remaining &r : remainingPerLine(db, *inv))
        if (r.line->position == position)
            return r.net;
    return Money();
}

CreditNote CreditNoteService::issue(const Request &req)
{
    m_session.require(Permission::Billing, tr("issue credit notes"));
    if (req.reason.trimmed().isEmpty())
        throw Error(tr("reason: say why the invoice is credited"));
    if (Limits::hasControlCharacters(req.reason))
        throw Error(tr("reason: contains control characters (such as NUL)"));
    const QDate date = req.date.isValid() ? req.date : m_session.today();
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository invoices(db);
    invoices.lockForUpdate(req.invoiceId);
    auto inv = invoices.load(req.invoiceId);
    if (!inv || inv->status == InvoiceStatus::Draft)
        throw Error(tr("Only an issued invoice can be credited; a draft can simply be changed"));
    if (inv->status == InvoiceStatus::Void)
        throw Error(tr("Invoice %1 is already fully credited").arg(inv->number));
    if (date < inv->issueDate)
        throw Error(tr("date: the credit note cannot be dated before invoice %1").arg(inv->number));

    CreditNote note;
    note.invoiceId = inv->id;
    note.customerId = inv->customerId;
    note.issueDate = date;
    note.currency = inv->currency;
    note.reason = req.reason.trimmed();
    note.lines = linesFor(req, *inv, remainingPerLine(db, *inv));
    note.subtotal = note.tax = Money::zero(note.currency);
    int position = 0;
    for (CreditNoteLine &line : note.lines) {
        line.position = ++position;
        note.subtotal += line.net;
        note.tax += line.tax;
    }
    note.total = note.subtotal + note.tax;
    if (!note.total.isPositive())
        throw Error(tr("Nothing is left to credit on invoice %1").arg(inv->number));

    // A note that completes the full credit voids the invoice, so it always
    // settles what is still owed; a partial one may instead be kept as credit.
    const Money creditedBefore
        = CreditNoteRepository(db).creditedTotalForInvoice(inv->id, inv->currency);
    const bool full = creditedBefore + note.total >= inv->total;
    const bool open = inv->status == InvoiceStatus::Open;
    const Money applied = (req.applyToInvoice || full) && open ? std::min(note.total, inv->balance)
                                                               : Money::zero(note.currency);
    note.unapplied = note.total - applied;
    const QString series = m_session.reference().company().creditNotePrefix;
    const qint64 value = NumberSeriesRepository(db).take(series, date.year());
    note.number = NumberSeriesRepository::format(series, date.year(), value);
    // Revenue not yet recognised is taken back from Deferred revenue, and
    // the lines' later schedule rows shrink in proportion.
    RecognitionService recognition(m_session);
    RecognitionService::CreditPlan recognitionPlan = recognition.planCredit(*inv, note);
    const std::map<qint64, Money> deferredByLine = recognitionPlan.deferredByLine;
    CreditNoteRepository(db).insert(note);
    recognition.storeCredit(std::move(recognitionPlan), note.id);

    const Invoice before = *inv;
    PaymentRepository payments(db);
    if (applied.isPositive()) {
        Allocation a { 0, inv->id, 0, note.id, applied, date };
        payments.insertAllocation(a);
        inv->credited += applied;
    }
    // Earlier notes of this invoice kept as credit now settle the rest.
    Money fromEarlierNotes = Money::zero(note.currency);
    if (full && open) {
        for (const auto &source : payments.creditNoteCredit(inv->id)) {
            const Money owed = inv->total - inv->paid - inv->credited;
            if (!owed.isPositive() || source.creditNoteId == note.id)
                continue;
            const Money take = std::min(owed, source.unapplied);
            Allocation a { 0, inv->id, 0, source.creditNoteId, take, date };
            payments.insertAllocation(a);
            payments.consumeCredit(source, take);
            inv->credited += take;
            fromEarlierNotes += take;
        }
    }
    if (open || full) {
        settleInvoice(*inv, full);
        invoices.updateSettlement(*inv);
    }

    const PostingRules rules(m_session.reference().chart());
    JournalEntry entry = rules.creditNoteIssued(note, applied, deferredByLine);
    JournalRepository(db).insert(entry);
    if (fromEarlierNotes.isPositive()) {
        JournalEntry settle = rules.creditApplied(inv->customerId, date, fromEarlierNotes, inv->id);
        settle.memo = inv->number;
        JournalRepository(db).insert(settle);
    }

    QJsonArray lines;
    for (const CreditNoteLine &l : note.lines)
        lines.append(QJsonObject { { QStringLiteral("invoice_line_id"), l.invoiceLineId },
                                   { QStringLiteral("net_minor"), l.net.minor() },
                                   { QStringLiteral("tax_minor"), l.tax.minor() } });
    m_session.audit().append(
        QStringLiteral("credit_note.issue"), QStringLiteral("credit_note"),
        QString::number(note.id), {},
        QJsonObject { { QStringLiteral("number"), note.number },
                      { QStringLiteral("invoice"), inv->number },
                      { QStringLiteral("issue_date"), date.toString(Qt::ISODate) },
                      { QStringLiteral("reason"), note.reason },
                      { QStringLiteral("total_minor"), note.total.minor() },
                      { QStringLiteral("applied_minor"), applied.minor() },
                      { QStringLiteral("unapplied_minor"), note.unapplied.minor() },
                      { QStringLiteral("lines"), lines } });
    if (before.status != inv->status || before.balance != inv->balance)
        m_session.audit().append(
            QStringLiteral("invoice.settle"), QStringLiteral("invoice"), QString::number(inv->id),
            QJsonObject { { QStringLiteral("balance_minor"), before.balance.minor() },
                          { QStringLiteral("status"), toString(before.status) } },
            QJsonObject { { QStringLiteral("balance_minor"), inv->balance.minor() },
                          { QStringLiteral("status"), toString(inv->status) } });
    tx.commit();
    return note;
}

} // namespace Accrue
