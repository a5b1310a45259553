#pragma once

#include "documents/invoicehtml.h"
#include "domain/invoice.h"

#include <QJsonObject>
#include <QStringList>

namespace Accrue {

class Session;

// One thing that blocks saving an invoice, tied to the field that shows it.
struct InvoiceProblem
{
    enum class Field {
        Customer,
        Currency,
        IssueDate,
        DueDate,
        Lines,
        Description,
        Quantity,
        UnitPrice,
        Discount,
        TaxRate,
        ServicePeriod,
        Notes
    };
    Field field;
    int line = -1; // 0-based line index for line fields
    QString message;

    QString text() const; // "due_date: …", "line 2: …"
};

// The invoice life cycle: drafts are edited freely; issue() numbers the
// invoice, posts its journal entry and freezes it. Every step writes its
// audit record in the same transaction as the change.
class InvoiceService final
{
public:
    explicit InvoiceService(Session &session);

    // Problems that block saving, each "field: message"; empty when valid.
    static QStringList validate(const Invoice &invoice);
    static std::vector<InvoiceProblem> check(const Invoice &invoice);
    // A new, unsaved draft with the same customer, currency, lines and terms,
    // dated today.
    static Invoice duplicateOf(const Invoice &source, const QDate &today);
    static QJsonObject toJson(const Invoice &invoice);

    qint64 createDraft(Invoice invoice);
    void updateDraft(Invoice invoice);
    void deleteDraft(qint64 id);
    // Numbers the draft (gapless per series and year), posts Dr AR / Cr
    // revenue / Cr tax. A valid issueDate replaces the draft's, keeping its terms.
    Invoice issue(qint64 id, const QDate &issueDate = {});
    void markReminded(qint64 id, const QDate &date);

    Invoice load(qint64 id); // throws Error if missing
    // The invoice with its customer, billing profile and settlements.
    InvoiceDocumentData documentData(qint64 id);
    Invoice loadByNumber(const QString &number);

private:
    void fillLineDefaults(Invoice &invoice);
    Session &m_session;
};

} // namespace Accrue
