#pragma once

#include "domain/creditnote.h"

#include <vector>

namespace Accrue {

class Database;

class CreditNoteRepository final
{
public:
    explicit CreditNoteRepository(Database &db);

    qint64 insert(CreditNote &note);
    // Sum of all credit notes raised against the invoice (applied or not).
    qint64 creditedTotalForInvoice(qint64 invoiceId);
    struct LineCredit
    {
        qint64 netMinor = 0;
        qint64 taxMinor = 0;
    };
    // Net and tax already credited on an invoice line, to cap further credits.
    LineCredit creditedForLine(qint64 invoiceLineId);

private:
    Database &m_db;
};

} // namespace Accrue
