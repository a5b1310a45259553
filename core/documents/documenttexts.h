#pragma once

#include <QLocale>
#include <QString>

namespace Accrue {

// The fixed words of invoices, credit notes and receipts in the customer's language,
// not the operator's: a small table per language (English, German, French, Spanish),
// so a German customer gets "Rechnung" from an English-speaking office.
// Other languages fall back to English words in their own locale's formats.
class DocumentTexts final
{
public:
    // `language`: the customer's ("de", "fr_CH", "en_US"); empty: `fallback`.
    DocumentTexts(const QString &language, const QLocale &fallback);

    // The text for an English source text; the source itself where the
    // language has no entry.
    QString text(const char *source) const;
    // Dates, numbers and money in the customer's locale.
    const QLocale &locale() const { return m_locale; }
    QString languageCode() const { return m_language; } // "en", "de", "fr", "es"

private:
    QLocale m_locale;
    QString m_language;
};

} // namespace Accrue
