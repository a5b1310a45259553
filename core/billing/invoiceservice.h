#pragma once

#include "domain/invoice.h"
#include "domain/invoicedocumentdata.h"
#include "domain/invoicerules.h"

#include <QJsonObject>
#include <QStringList>

namespace Accrue {

class Session;

// The invoice life cycle: drafts are edited freely; issue() numbers the
// invoice, posts its journal entry and freezes it. Every step writes its
// audit record in the same transaction as the change.
class InvoiceService final
{
public:
    explicit InvoiceService(Session &session);

    static QJsonObject toJson(const Invoice &invoice);

    // A new, unsaved draft: today, the company's terms, the book's currency
    // (SettingsService::bookCurrency; the system's when the book has none).
    Invoice newDraft();
    qint64 createDraft(Invoice invoice);
    void updateDraft(Invoice invoice);
    void deleteDraft(qint64 id);
    // Numbers the draft (gapless per series and year), posts Dr AR / Cr
    // revenue / Cr tax. A valid issueDate replaces the draft's, keeping its terms.
    Invoice issue(qint64 id, const QDate &issueDate = {});
    // createDraft and issue in one transaction, as a billing run writes its
    // invoices: the audit trail has both records, the draft is not read back.
    Invoice createIssued(Invoice invoice);
    void markReminded(qint64 id, const QDate &date);

    // Each line's tax rate, category and place from the book's tax table:
    // the product's category (standard for a line without a product) at the
    // place of the invoice's billing profile on its issue date (TaxRules).
    // A line with taxOverride keeps its rate and is recorded as "override";
    // where the country has no rates a line keeps the rate it came with.
    // createDraft, updateDraft and issue (for the issue date) call it; an
    // editor may too, to show the rates before saving.
    void applyTaxes(Invoice &invoice);

    Invoice load(qint64 id); // throws Error if missing
    // The invoice with its customer, billing profile and settlements.
    InvoiceDocumentData documentData(qint64 id);
    Invoice loadByNumber(const QString &number);

private:
    // The draft stored and audited (the caller's transaction); its audit JSON.
    QJsonObject insertDraft(Invoice &invoice);
    // issue()'s work on a loaded draft; `before` is its audit JSON if known.
    Invoice issueDraft(Invoice invoice, const QDate &issueDate, QJsonObject before);
    void fillLineDefaults(Invoice &invoice);
    Session &m_session;
};

} // namespace Accrue
