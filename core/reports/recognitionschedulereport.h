#pragma once

#include "domain/recognitionline.h"
#include "reports/reportparameters.h"

#include <vector>

namespace Accrue {

class Database;
class ReportSink;

// The revenue schedule of one invoice (--invoice NUMBER), or of every
// invoice issued in the range (of a customer): per line and row the method,
// the date, the amount, the milestone or credit note and whether the
// recognition run has posted it. Totals per currency.
class RecognitionScheduleReport final
{
public:
    explicit RecognitionScheduleReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);
    // One invoice's rows, for the invoice view (small: read at once).
    std::vector<RecognitionScheduleLine> ofInvoice(qint64 invoiceId);
    // The state key of a row: posted, pending (dated, not yet run) or
    // awaiting_milestone (a milestone not yet done).
    static QString stateOf(const RecognitionScheduleLine &line);

private:
    Database &m_db;
};

} // namespace Accrue
