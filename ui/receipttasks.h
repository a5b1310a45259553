#pragma once

#include <QString>

class QWidget;

namespace Accrue {

class Session;

// "Receipt PDF…" wherever a payment is shown (the customer's Payments and
// Receipts tabs, the Transactions page): one place that asks for the file
// and writes the receipt on the company's paper.
namespace ReceiptTasks {

// Asks where to save the receipt's PDF and writes it; shows what went wrong.
// A payment recorded without a receipt (the demo's, imported ones) is told so.
void savePdf(QWidget *parent, Session &session, const QString &receiptNumber);
// Writes it whole or not at all; throws Error (no such receipt, no disk).
void writePdf(Session &session, const QString &receiptNumber, const QString &path);

} // namespace ReceiptTasks

} // namespace Accrue
