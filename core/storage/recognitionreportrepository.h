#pragma once

#include "domain/recognitionline.h"
#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// What the recognition reports read (schema 14): the schedule rows summed
// by invoicing and recognition month, the Deferred revenue account's
// movements by month and kind of entry, and one invoice's (or a customer's)
// schedule rows as they are shown.
class RecognitionReportRepository final
{
public:
    struct WaterfallCell
    {
        QString issueMonth; // YYYY-MM of the invoice's issue date
        QString month; // YYYY-MM the rows are recognised in
        qint64 amountMinor = 0;
    };

    // Deferred revenue (system role deferred_revenue) moved in a month by
    // entries of one kind (invoice_issued, revenue_recognized, ...).
    struct DeferredMovement
    {
        QString month;
        QString kind;
        qint64 debitMinor = 0;
        qint64 creditMinor = 0;
    };

    struct ScheduleFilter
    {
        QString invoiceNumber; // set: this invoice only, the rest is ignored
        qint64 invoiceId = 0; // set: this invoice only
        QDate from; // else: invoices issued in [from, to] ...
        QDate to;
        ReportScope scope; // ... of this customer (module, plan)
    };

    explicit RecognitionReportRepository(Database &db);

    // Rows of invoices in `currency` recognised in [from, to]: posted, or
    // due by asOf (dated, on an issued invoice) and not yet run. Narrowed to
    // a customer (scope.customer) and to lines of a product (scope.module).
    std::vector<WaterfallCell> waterfall(const QString &currency, const QDate &from,
                                         const QDate &to, const QDate &asOf,
                                         const ReportScope &scope);
    std::vector<DeferredMovement> deferredMovements(const QString &currency, const QDate &from,
                                                    const QDate &to);
    // In invoice, line and date order (undated milestone rows last on a
    // line). `method` is the line's stored method; see RecognitionSchedule.
    void scheduleLines(const ScheduleFilter &filter,
                       const std::function<void(RecognitionScheduleLine)> &visit);

private:
    Database &m_db;
};

} // namespace Accrue
