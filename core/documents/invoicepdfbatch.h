#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Session;

// Writes one PDF per invoice, named after its number, into a folder: the
// CLI's `invoice pdf --out-dir` and the Invoices page's "Export PDFs" share
// it. Drafts have no number yet and are skipped.
class InvoicePdfBatch final
{
public:
    // Called after each invoice with how many are done; returning false stops.
    using Progress = std::function<bool(int done, int total)>;

    InvoicePdfBatch(Session &session, QPageSize::PageSizeId paper, const QLocale &locale);

    // Returns how many PDFs were written. Throws Error when the folder or a
    // file cannot be written.
    int write(const std::vector<qint64> &invoiceIds, const QString &folder,
              const Progress &progress = {});

private:
    Session &m_session;
    QPageSize::PageSizeId m_paper;
    QLocale m_locale;
};

} // namespace Accrue
