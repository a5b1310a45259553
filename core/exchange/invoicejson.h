#pragma once

#include "domain/invoice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace Accrue {

class Database;

// Reads an invoice description (JSON) into a draft Invoice:
//   { "customer": "C00001", "issue_date": "2026-11-01", "due_date": "2026-12-01"
//       (or "terms_days": 30), "currency": "USD", "notes": "...",
//     "lines": [ { "product": "CORE", "description": "...", "quantity": "2",
//                  "unit_price": "99.00", "discount": "10", "tax_rate": "19",
//                  "service_start": "2026-11-01", "service_end": "2026-11-30",
//                  "recognition": "ratably" } ] }
// "recognition" (optional) is a RecognitionMethod: point_in_time, ratably,
// as_delivered or milestone; absent, the product's method applies.
// Amounts, quantities and percentages are best given as decimal strings with a
// dot: they are read exactly. JSON numbers are accepted too, but Qt's parser
// holds them as doubles, so they are taken to six decimals. Errors name the
// file and the field: "inv.json: lines[2].unit_price: ...".
class InvoiceJson final
{
public:
    // Where a field is, for messages: "inv.json: lines[2].unit_price".
    using Locate = std::function<QString(const QString &field)>;

    static Invoice parse(const QByteArray &json, const QString &fileName, Database &db);
    // The same from an object already read (the CSV reader builds one per
    // invoice); `locate` turns a field path into the place to name in errors.
    static Invoice fromObject(const QJsonObject &object, const Locate &locate, Database &db);
    // "12.5" with 3 decimals -> 12500; throws Error naming `field`.
    static qint64 parseFixed(const QString &text, int decimals, const QString &field);
};

} // namespace Accrue
