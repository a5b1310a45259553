#pragma once

#include "documents/documenttexts.h"
#include "domain/companysettings.h"
#include "domain/customer.h"
#include "money/money.h"

#include <QDate>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace Accrue {

// The look every document shares (invoice, credit note, receipt), in one
// language and the company's accent: the style sheet, the letterhead, the
// title block with its box on the right, the addressee, the totals rows and
// the company's free-text footer. Everything it returns is HTML with all
// text from the book escaped.
class DocumentPage final
{
public:
    DocumentPage(const CompanySettings &company, const QString &language, const QLocale &fallback);

    static QString esc(const QString &text);
    // Escaped, with the line breaks of a multi-line field kept.
    static QString escLines(const QString &text);

    // A document text in the page's language, escaped.
    QString t(const char *source) const { return esc(texts.text(source)); }
    // An empty (default) amount takes the document's currency.
    QString money(const Money &amount, const Currency &currency) const;
    QString date(const QDate &day) const;
    // A discount in basis points.
    QString discount(int bp) const;
    // "19.00%", "8.875%": a tax rate in ppm.
    QString percent(int ppm) const;

    QString begin() const;
    // Logo (or the name in the accent) left; the company's name, address
    // and tax ID right; a rule in the accent under both.
    QString header() const;
    QString rule() const;
    // The title and number left, the facts (label, HTML value) under them;
    // the box right.
    QString titleBlock(const QString &title, const QString &number,
                       const std::vector<std::pair<QString, QString>> &facts,
                       const QString &box) const;
    // The box at the top right: a framed, tinted figure with its caption.
    QString box(const QString &caption, const QString &amount, const QString &subCaption,
                const QString &subValue) const;
    // The addressee under a caption ("Bill to", "Received from"): the
    // customer, the profile's address, the customer's tax ID.
    QString addressee(const QString &caption, const Customer &customer,
                      const std::optional<BillingProfile> &profile) const;
    QString totalsRow(const QString &label, const QString &value, bool strong = false,
                      bool shaded = false, bool ruled = false) const;
    // The company's footer text, and the end of the document.
    QString end() const;

    DocumentTexts texts;
    const CompanySettings &company;
    QString accent;
    QString tint;
};

} // namespace Accrue
