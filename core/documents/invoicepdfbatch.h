#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Session;

// Writes invoice PDFs for a session whose role may export: one per invoice,
// named after its number, into a folder (the CLI's `invoice pdf --out-dir`
// and the Invoices page's "Export PDFs"; drafts have no number yet and are
// skipped), or one to a path (`invoice pdf -o`, Save PDF); credit notes one
// at a time. Documents are in each customer's language; `locale` serves
// customers without one.
class InvoicePdfBatch final
{
public:
    // Called after each invoice with how many are done; returning false stops.
    using Progress = std::function<bool(int done, int total)>;

    InvoicePdfBatch(Session &session, QPageSize::PageSizeId paper, const QLocale &locale);
    // On the company's paper, in the user's locale: one document saved from a page.
    static InvoicePdfBatch forBook(Session &session);

    // Returns how many PDFs were written. Throws Error when the folder or a
    // file cannot be written, or the role may not export.
    int write(const std::vector<qint64> &invoiceIds, const QString &folder,
              const Progress &progress = {});
    // One invoice's PDF at `path` (a file, "-" or a device).
    void writeOne(qint64 invoiceId, const QString &path);
    // A credit note's PDF at `path` (`credit-note pdf`, the Customers page).
    void writeCreditNote(qint64 creditNoteId, const QString &path);

private:
    Session &m_session;
    QPageSize::PageSizeId m_paper;
    QLocale m_locale;
};

} // namespace Accrue
