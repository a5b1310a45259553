#pragma once

#include "domain/creditnote.h"
#include "domain/invoicedocumentdata.h"

#include <vector>

namespace Accrue {

class Session;

// Corrections to issued invoices. A credit note reverses revenue and tax,
// settles the invoice's balance (or becomes customer credit where the invoice
// was already paid), and a note covering the whole total voids the invoice.
class CreditNoteService final
{
public:
    enum class Mode { Full, Amount, Lines };

    struct LineCredit
    {
        int position = 0; // invoice line position
        Money net; // zero: whatever is still uncredited on that line
    };

    struct Request
    {
        qint64 invoiceId = 0;
        Mode mode = Mode::Full;
        Money amount; // Mode::Amount: gross amount incl. tax
        std::vector<LineCredit> lines;
        QString reason;
        QDate date;
        bool applyToInvoice = true; // false: the whole note becomes customer credit
    };

    explicit CreditNoteService(Session &session);

    CreditNote issue(const Request &request);
    // What is still uncredited of an issued invoice's line (net of tax);
    // zero for a draft or a line it does not have.
    Money creditableNet(qint64 invoiceId, int position);
    // Throw Error when there is no such note.
    CreditNote load(qint64 id);
    CreditNote loadByNumber(const QString &number);
    // The note, its invoice's number and date, the customer (language, tax
    // ID, address) and the company: what its document shows.
    CreditNoteDocumentData documentData(qint64 id);

private:
    Session &m_session;
};

} // namespace Accrue
