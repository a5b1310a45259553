#pragma once

#include "domain/receipt.h"

#include <QLocale>
#include <QString>

namespace Accrue {

// A payment receipt as HTML: the company, the customer, the receipt number
// and date, the amount, how it was paid (method and reference), and the
// invoices it settled with what each still owed after it. All text from the
// book is escaped.
class ReceiptHtml final
{
public:
    static QString render(const ReceiptDocumentData &data, const QLocale &locale);
};

} // namespace Accrue
