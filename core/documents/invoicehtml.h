#pragma once

#include "domain/invoicedocumentdata.h"

#include <QLocale>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

// An invoice as HTML: the company header (logo as the image resource
// "accrue:logo"), bill-to, lines, tax by rate, totals, what was paid or
// credited, the balance, payment instructions and the footer. All text from
// the book is escaped.
class InvoiceHtml final
{
public:
    static QString render(const InvoiceDocumentData &data, const QLocale &locale);
    static inline const QString logoUrl = QStringLiteral("accrue:logo");
};

} // namespace Accrue
