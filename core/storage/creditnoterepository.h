#pragma once

#include "domain/creditnote.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

class CreditNoteRepository final
{
public:
    explicit CreditNoteRepository(Database &db);

    qint64 insert(CreditNote &note);
    // The note with its lines in position order; none when there is no such id.
    std::optional<CreditNote> load(qint64 id);
    std::optional<qint64> findIdByNumber(const QString &number);
    // Sum of all credit notes raised against the invoice (applied or not), in
    // the invoice's currency.
    Money creditedTotalForInvoice(qint64 invoiceId, const Currency &currency);
    struct LineCredit
    {
        Money net;
        Money tax;
    };
    // Net and tax already credited on an invoice line (in the invoice's
    // currency), to cap further credits.
    LineCredit creditedForLine(qint64 invoiceLineId, const Currency &currency);

private:
    Database &m_db;
};

} // namespace Accrue
