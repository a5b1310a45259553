#include "security/bookproof.h"

#include "storage/proofrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <optional>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::BookProof", text);
}

using Line = ProofRepository::Line;
using Document = ProofRepository::Document;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A line's fingerprint; a document's is the sum of its lines' (any order).
quint64 fingerprint(const Line &l)
{
    quint64 h = mix(quint64(l.key));
    for (qint64 v : { l.quantityMilli, l.unitPrice, l.discountBp, l.taxRatePpm, l.net, l.tax })
        h = mix(h ^ quint64(v));
    return h;
}

Line invoiceLineOf(const QJsonObject &o)
{
    auto n = [&](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    // Records from before schema 8 name the rate in basis points.
    const qint64 rate
        = o.contains(QLatin1String("tax_rate_ppm")) ? n("tax_rate_ppm") : n("tax_rate_bp") * 100;
    return { 0,    n("position"),  n("quantity_milli"), n("unit_price_minor"), n("discount_bp"),
             rate, n("net_minor"), n("tax_minor") };
}

Line creditNoteLineOf(const QJsonObject &o)
{
    auto n = [&](const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); };
    return { 0, n("invoice_line_id"), 0, 0, 0, 0, n("net_minor"), n("tax_minor") };
}

// What the audit trail last said of one document, field by field: each
// field comes from the latest record that carries it.
struct Audited
{
    QString number;
    std::optional<qint64> customerId;
    QString currency;
    std::optional<qint64> subtotal, tax, total, amount;
    qint64 totalsSeq = 0;
    qint64 linesSeq = 0;
    quint64 lines = 0;
};

enum class Kind { Invoice, CreditNote, Payment };

void absorb(Audited &a, qint64 seq, const QJsonObject &o, Kind kind)
{
    const bool creditNote = kind == Kind::CreditNote;
    auto number = [&](const char *key) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return std::nullopt;
        return qint64(v.toDouble());
    };
    if (o.contains(QLatin1String("number")))
        a.number = o.value(QLatin1String("number")).toString();
    if (auto v = number("customer_id"))
        a.customerId = v;
    if (o.contains(QLatin1String("currency")))
        a.currency = o.value(QLatin1String("currency")).toString();
    if (auto v = number("total_minor")) {
        a.total = v;
        a.subtotal = number("subtotal_minor");
        a.tax = number("tax_minor");
        a.totalsSeq = seq;
    }
    if (auto v = number("amount_minor"); v && kind == Kind::Payment) {
        a.amount = v;
        a.totalsSeq = seq;
    }
    const QJsonValue lines = o.value(QLatin1String("lines"));
    if (lines.isArray()) {
        a.lines = 0;
        for (const QJsonValue &l : lines.toArray())
            a.lines += fingerprint(creditNote ? creditNoteLineOf(l.toObject())
                                              : invoiceLineOf(l.toObject()));
        a.linesSeq = seq;
    }
}

struct LineSums
{
    qint64 net = 0;
    qint64 tax = 0;
    quint64 print = 0;
    qint64 count = 0;
};

class Prover
{
public:
    explicit Prover(Database &db)
        : m_repo(db)
    {
    }

    BookProofResult result;

    void readAudit(qint64 lastSeq)
    {
        m_repo.forEachDocumentRecord(lastSeq, [&](const ProofRepository::AuditFact &f) {
            const QJsonObject o = QJsonDocument::fromJson(f.afterJson).object();
            if (f.entity == QLatin1String("invoice"))
                absorb(m_invoices[f.entityId], f.seq, o, Kind::Invoice);
            else if (f.entity == QLatin1String("credit_note"))
                absorb(m_notes[f.entityId], f.seq, o, Kind::CreditNote);
            else
                absorb(m_payments[f.entityId], f.seq, o, Kind::Payment);
        });
    }

    void readInvoiceLines()
    {
        m_repo.forEachIssuedInvoiceLine([&](const Line &l) { add(m_invoiceLines, l); });
    }

    void readSettlements()
    {
        m_repo.paidByInvoice([&](qint64 id, qint64 v) { m_paid[id] = v; });
        m_repo.creditedByInvoice([&](qint64 id, qint64 v) { m_credited[id] = v; });
        m_repo.writtenOffByInvoice([&](qint64 id, qint64 v) { m_writtenOff[id] = v; });
    }

    void proveInvoices()
    {
        m_repo.forEachIssuedInvoice([&](const Document &d) {
            ++result.rowsProved;
            const QString table = QStringLiteral("invoice");
            const LineSums lines = m_invoiceLines.value(d.id);
            proveTotals(table, d, lines);
            const QString fromAllocations = tr("its allocations less reversals");
            check(table, d, QStringLiteral("paid_minor"), m_paid.value(d.id), d.paid,
                  fromAllocations);
            check(table, d, QStringLiteral("credited_minor"), m_credited.value(d.id), d.credited,
                  tr("the credit notes applied to it"));
            check(table, d, QStringLiteral("written_off_minor"), m_writtenOff.value(d.id),
                  d.writtenOff, tr("its write-offs"));
            check(table, d, QStringLiteral("balance_minor"),
                  d.total - d.paid - d.credited - d.writtenOff, d.balance,
                  tr("total less paid, credited and written off"));
            m_invoiceTotals.insert(d.id, auditedTotal(m_invoices, d.id, d.total));
            proveAgainstAudit(table, d, m_invoices, lines, false);
        });
        m_invoiceLines.clear();
        m_paid.clear();
        m_credited.clear();
        m_writtenOff.clear();
    }

    void proveCreditNotes()
    {
        QHash<qint64, LineSums> lines;
        m_repo.forEachCreditNoteLine([&](const Line &l) { add(lines, l); });
        QHash<qint64, qint64> allocated;
        m_repo.allocatedByCreditNote([&](qint64 id, qint64 v) { allocated[id] = v; });
        m_repo.forEachCreditNote([&](const Document &d) {
            ++result.rowsProved;
            const QString table = QStringLiteral("credit_note");
            const LineSums sums = lines.value(d.id);
            proveTotals(table, d, sums);
            check(table, d, QStringLiteral("unapplied_minor"), d.total - allocated.value(d.id),
                  d.unapplied, tr("its total less its allocations"));
            m_noteTotals.insert(d.id, auditedTotal(m_notes, d.id, d.total));
            proveAgainstAudit(table, d, m_notes, sums, true);
        });
    }

    void provePayments()
    {
        QHash<qint64, qint64> allocated;
        m_repo.liveAllocatedByPayment([&](qint64 id, qint64 v) { allocated[id] = v; });
        m_repo.forEachPayment([&](const Document &d) {
            ++result.rowsProved;
            const QString table = QStringLiteral("payment");
            // A reversed payment gives back what it had not applied.
            check(table, d, QStringLiteral("unapplied_minor"),
                  d.reversed ? 0 : d.paid - allocated.value(d.id), d.unapplied,
                  d.reversed ? tr("its reversal") : tr("its amount less its live allocations"));
            const auto it = m_payments.constFind(d.id);
            m_paymentAmounts.insert(
                d.id, it != m_payments.constEnd() && it->amount ? *it->amount : d.paid);
            if (it == m_payments.constEnd() || !it->amount) {
                missingRecord(table, d);
                return;
            }
            const QString basis = tr("audit record %1").arg(it->totalsSeq);
            check(table, d, QStringLiteral("amount_minor"), *it->amount, d.paid, basis);
            if (it->customerId)
                check(table, d, QStringLiteral("customer_id"), *it->customerId, d.customerId,
                      basis);
            if (!it->currency.isEmpty())
                checkText(table, d, QStringLiteral("currency"), it->currency, d.currency, basis);
        });
        m_payments.clear();
    }

    void proveJournal()
    {
        m_repo.forEachEntryTotal([&](const ProofRepository::EntryTotal &e) {
            ++result.rowsProved;
            const QString table = QStringLiteral("journal_entry");
            const QString label = QStringLiteral("%1 %2").arg(e.kind).arg(e.sourceId);
            if (e.debit != e.credit)
                report({ table, e.id, label, QStringLiteral("credit_minor"),
                         QString::number(e.debit), QString::number(e.credit),
                         tr("its debits (an entry balances)") });
            // What the document's own entry must carry: its total, as the
            // receivable it raised, the bank it reached or the credit it gave.
            const QHash<qint64, qint64> *totals = nullptr;
            qint64 carried = 0;
            QString field;
            if (e.kind == QLatin1String("invoice_issued")) {
                totals = &m_invoiceTotals;
                carried = e.receivableDebit;
                field = QStringLiteral("receivable debit_minor");
            } else if (e.kind == QLatin1String("credit_note_issued")) {
                totals = &m_noteTotals;
                carried = e.customerCredit;
                field = QStringLiteral("receivable and credit credit_minor");
            } else if (e.kind == QLatin1String("payment_received")) {
                totals = &m_paymentAmounts;
                carried = e.bankDebit;
                field = QStringLiteral("bank debit_minor");
            }
            if (!totals)
                return;
            const auto it = totals->constFind(e.sourceId);
            if (it != totals->constEnd() && *it != carried)
                report({ table, e.id, label, field, QString::number(*it), QString::number(carried),
                         tr("the total of %1 %2").arg(e.sourceType).arg(e.sourceId) });
        });
    }

    void proveMonths()
    {
        std::map<QString, std::pair<qint64, qint64>> fromLines;
        auto key = [](const ProofRepository::MonthBalance &m) {
            return QStringLiteral("%1|%2|%3").arg(m.accountId).arg(m.currency, m.month);
        };
        m_repo.forEachLineMonth([&](const ProofRepository::MonthBalance &m) {
            fromLines[key(m)] = { m.debit, m.credit };
        });
        const QString table = QStringLiteral("ledger_month");
        const QString basis = tr("the journal lines");
        m_repo.forEachLedgerMonth([&](const ProofRepository::MonthBalance &m) {
            ++result.rowsProved;
            const auto it = fromLines.find(key(m));
            const std::pair<qint64, qint64> expected
                = it == fromLines.end() ? std::pair<qint64, qint64> {} : it->second;
            if (it != fromLines.end())
                fromLines.erase(it);
            const QString label
                = QStringLiteral("account %1 %2 %3").arg(m.accountId).arg(m.currency, m.month);
            if (expected.first != m.debit)
                report({ table, m.accountId, label, QStringLiteral("debit_minor"),
                         QString::number(expected.first), QString::number(m.debit), basis });
            if (expected.second != m.credit)
                report({ table, m.accountId, label, QStringLiteral("credit_minor"),
                         QString::number(expected.second), QString::number(m.credit), basis });
        });
        // Lines whose month has no balance at all (a deleted row).
        for (const auto &[k, sums] : fromLines) {
            if (sums.first == 0 && sums.second == 0)
                continue;
            const QStringList parts = k.split(u'|');
            report({ table, parts.at(0).toLongLong(),
                     QStringLiteral("account %1 %2 %3").arg(parts.at(0), parts.at(1), parts.at(2)),
                     QStringLiteral("debit_minor"), QString::number(sums.first), tr("no row"),
                     basis });
        }
    }

private:
    ProofRepository m_repo;
    QHash<qint64, Audited> m_invoices, m_notes, m_payments;
    QHash<qint64, LineSums> m_invoiceLines;
    QHash<qint64, qint64> m_paid, m_credited, m_writtenOff;
    QHash<qint64, qint64> m_invoiceTotals, m_noteTotals, m_paymentAmounts;

    static void add(QHash<qint64, LineSums> &sums, const Line &l)
    {
        LineSums &s = sums[l.documentId];
        s.net += l.net;
        s.tax += l.tax;
        s.print += fingerprint(l);
        ++s.count;
    }

    // What a document's entry must carry: the audited total where there is
    // one (a stored total edited in step is named by the document's own check).
    static qint64 auditedTotal(const QHash<qint64, Audited> &audited, qint64 id, qint64 stored)
    {
        const auto it = audited.constFind(id);
        return it != audited.constEnd() && it->total ? *it->total : stored;
    }

    void report(ProofFinding finding)
    {
        ++result.findingCount;
        if (result.findings.size() < BookProof::maxFindings)
            result.findings.push_back(std::move(finding));
    }

    void check(const QString &table, const Document &d, const QString &field, qint64 expected,
               qint64 found, const QString &basis)
    {
        if (expected != found)
            report({ table, d.id, d.number, field, QString::number(expected),
                     QString::number(found), basis });
    }

    void checkText(const QString &table, const Document &d, const QString &field,
                   const QString &expected, const QString &found, const QString &basis)
    {
        if (expected != found)
            report({ table, d.id, d.number, field, expected, found, basis });
    }

    // A document's subtotal, tax and total from its lines.
    void proveTotals(const QString &table, const Document &d, const LineSums &lines)
    {
        result.rowsProved += lines.count;
        const QString fromLines = tr("the sum of its lines");
        check(table, d, QStringLiteral("subtotal_minor"), lines.net, d.subtotal, fromLines);
        check(table, d, QStringLiteral("tax_minor"), lines.tax, d.tax, fromLines);
        check(table, d, QStringLiteral("total_minor"), d.subtotal + d.tax, d.total,
              tr("its subtotal plus tax"));
    }

    void missingRecord(const QString &table, const Document &d)
    {
        report({ table, d.id, d.number, tr("audit record"), tr("one"), tr("none"),
                 tr("every issued document and payment is audited") });
    }

    void proveAgainstAudit(const QString &table, const Document &d,
                           const QHash<qint64, Audited> &audited, const LineSums &lines,
                           bool creditNote)
    {
        const auto it = audited.constFind(d.id);
        if (it == audited.constEnd() || !it->total) {
            missingRecord(table, d);
            return;
        }
        const QString basis = tr("audit record %1").arg(it->totalsSeq);
        if (!it->number.isEmpty())
            checkText(table, d, QStringLiteral("number"), it->number, d.number, basis);
        if (it->customerId)
            check(table, d, QStringLiteral("customer_id"), *it->customerId, d.customerId, basis);
        if (!it->currency.isEmpty())
            checkText(table, d, QStringLiteral("currency"), it->currency, d.currency, basis);
        if (it->subtotal)
            check(table, d, QStringLiteral("subtotal_minor"), *it->subtotal, d.subtotal, basis);
        if (it->tax)
            check(table, d, QStringLiteral("tax_minor"), *it->tax, d.tax, basis);
        check(table, d, QStringLiteral("total_minor"), *it->total, d.total, basis);
        if (it->linesSeq && it->lines != lines.print) {
            if (creditNote)
                report({ QStringLiteral("credit_note_line"), d.id, d.number, tr("lines"),
                         tr("as audit record %1").arg(it->linesSeq), tr("changed"),
                         tr("audit record %1").arg(it->linesSeq) });
            else
                lineDetail(d, it->linesSeq);
        }
    }

    // Names the invoice line and field that differ from the audit record.
    void lineDetail(const Document &d, qint64 seq)
    {
        const QString basis = tr("audit record %1").arg(seq);
        const QJsonArray audited
            = QJsonDocument::fromJson(m_repo.auditAfter(seq)).object().value(u"lines").toArray();
        std::map<qint64, Line> stored;
        for (const Line &l : m_repo.invoiceLines(d.id))
            stored[l.key] = l;
        const QString table = QStringLiteral("invoice_line");
        for (const QJsonValue &v : audited) {
            const Line a = invoiceLineOf(v.toObject());
            const auto it = stored.find(a.key);
            const QString label = tr("%1 line %2").arg(d.number).arg(a.key);
            if (it == stored.end()) {
                report({ table, d.id, label, tr("line"), tr("present"), tr("missing"), basis });
                continue;
            }
            const Line &s = it->second;
            const std::pair<const char *, std::pair<qint64, qint64>> fields[] = {
                { "quantity_milli", { a.quantityMilli, s.quantityMilli } },
                { "unit_price_minor", { a.unitPrice, s.unitPrice } },
                { "discount_bp", { a.discountBp, s.discountBp } },
                { "tax_rate_ppm", { a.taxRatePpm, s.taxRatePpm } },
                { "net_minor", { a.net, s.net } },
                { "tax_minor", { a.tax, s.tax } },
            };
            for (const auto &[field, values] : fields)
                if (values.first != values.second)
                    report({ table, d.id, label, QString::fromLatin1(field),
                             QString::number(values.first), QString::number(values.second),
                             basis });
            stored.erase(it);
        }
        for (const auto &[position, line] : stored)
            report({ table, d.id, tr("%1 line %2").arg(d.number).arg(position), tr("line"),
                     tr("absent"), tr("added"), basis });
    }
};

} // namespace

QString ProofFinding::text() const
{
    const QString row = label.isEmpty() ? QStringLiteral("%1 %2").arg(table).arg(rowId)
                                        : tr("%1 %2 (%3)").arg(table).arg(rowId).arg(label);
    return tr("%1 %2: expected %3 (%4), found %5").arg(row, field, expected, basis, found);
}

BookProof::BookProof(Database &db)
    : m_db(db)
{
}

BookProofResult BookProof::run(qint64 lastSeq, const Progress &progress)
{
    Prover prover(m_db);
    const std::pair<QString, std::function<void()>> work[steps] = {
        { tr("Reading the audit records of documents"), [&] { prover.readAudit(lastSeq); } },
        { tr("Reading invoice lines"), [&] { prover.readInvoiceLines(); } },
        { tr("Reading allocations and write-offs"), [&] { prover.readSettlements(); } },
        { tr("Proving invoices"), [&] { prover.proveInvoices(); } },
        { tr("Proving credit notes"), [&] { prover.proveCreditNotes(); } },
        { tr("Proving payments"), [&] { prover.provePayments(); } },
        { tr("Proving journal entries"), [&] { prover.proveJournal(); } },
        { tr("Proving monthly balances"), [&] { prover.proveMonths(); } },
    };
    for (int step = 0; step < steps; ++step) {
        if (progress && !progress(step, work[step].first)) {
            prover.result.cancelled = true;
            return prover.result;
        }
        work[step].second();
    }
    if (progress)
        progress(steps, tr("Done"));
    return prover.result;
}

} // namespace Accrue
