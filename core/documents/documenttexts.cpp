#include "documents/documenttexts.h"

namespace Accrue {

namespace {

struct Entry
{
    const char *source;
    const char *german;
    const char *french;
};

// Keep the %1 placeholders in every translation.
const Entry entries[] = {
    { "Invoice %1", "Rechnung %1", "Facture %1" },
    { "Invoice", "Rechnung", "Facture" },
    { "Draft invoice", "Rechnungsentwurf", "Projet de facture" },
    { "Credit note %1", "Gutschrift %1", "Avoir %1" },
    { "Credit note", "Gutschrift", "Avoir" },
    { "Bill to", "Rechnungsempfänger", "Facturé à" },
    { "Tax ID %1", "USt-IdNr. %1", "N° TVA %1" },
    { "Customer number", "Kundennummer", "N° client" },
    { "Invoice date", "Rechnungsdatum", "Date de facture" },
    { "Credit note date", "Datum der Gutschrift", "Date de l’avoir" },
    { "Due date", "Fällig am", "Date d’échéance" },
    { "Amount due", "Fälliger Betrag", "Montant dû" },
    { "Amount credited", "Gutgeschriebener Betrag", "Montant crédité" },
    { "For invoice %1", "Zur Rechnung %1", "Pour la facture %1" },
    { "Reason", "Grund", "Motif" },
    { "Description", "Beschreibung", "Description" },
    { "Qty", "Menge", "Qté" },
    { "Unit price", "Einzelpreis", "Prix unitaire" },
    { "Discount", "Rabatt", "Remise" },
    { "Tax", "USt.", "TVA" },
    { "Net", "Netto", "HT" },
    { "Service period %1", "Leistungszeitraum %1", "Période de service %1" },
    { "Subtotal", "Zwischensumme", "Sous-total" },
    { "Tax %1 on %2", "USt. %1 auf %2", "TVA %1 sur %2" },
    { "Total", "Gesamtbetrag", "Total" },
    { "Paid %1", "Bezahlt am %1", "Payé le %1" },
    { "Credited %1", "Gutgeschrieben am %1", "Crédité le %1" },
    { "Balance due", "Offener Betrag", "Solde dû" },
    { "Payment details", "Zahlungsinformationen", "Coordonnées de paiement" },
    { "Bank", "Bank", "Banque" },
    { "IBAN", "IBAN", "IBAN" },
    { "BIC", "BIC", "BIC" },
    { "Account number", "Kontonummer", "Numéro de compte" },
    { "Routing number", "Bankleitzahl", "Code banque" },
    { "Payment reference", "Verwendungszweck", "Référence de paiement" },
    { "Please pay %1 by %2, quoting the payment reference.",
      "Bitte überweisen Sie %1 bis zum %2 unter Angabe des Verwendungszwecks.",
      "Merci de régler %1 avant le %2 en indiquant la référence de paiement." },
    { "Scan to pay with your banking app", "Mit der Banking-App scannen und bezahlen",
      "Scannez pour payer avec votre application bancaire" },
    { "Registration %1", "Handelsregister %1", "Immatriculation %1" },
    { "Page %1 of %2", "Seite %1 von %2", "Page %1 sur %2" },
    { "PAID", "BEZAHLT", "PAYÉE" },
    { "Notes", "Hinweise", "Remarques" },
    // Receipts.
    { "Receipt", "Zahlungsbestätigung", "Reçu" },
    { "Receipt %1", "Zahlungsbestätigung %1", "Reçu %1" },
    { "Received from", "Erhalten von", "Reçu de" },
    { "Receipt date", "Datum der Bestätigung", "Date du reçu" },
    { "Payment received", "Zahlung erhalten am", "Paiement reçu le" },
    { "Method", "Zahlungsart", "Mode de paiement" },
    { "Reference", "Referenz", "Référence" },
    { "Amount received", "Erhaltener Betrag", "Montant reçu" },
    { "Applied", "Verrechnet", "Imputé" },
    { "Balance remaining", "Restbetrag", "Solde restant" },
    { "Held as credit on the customer's account: %1", "Als Guthaben auf Ihrem Kundenkonto: %1",
      "Conservé en crédit sur votre compte client : %1" },
    { "Thank you for your payment.", "Vielen Dank für Ihre Zahlung.",
      "Merci pour votre paiement." },
    { "Bank transfer", "Überweisung", "Virement" },
    { "Cheque", "Scheck", "Chèque" },
    { "Cash", "Bar", "Espèces" },
    { "Card", "Karte", "Carte" },
    { "Direct debit", "Lastschrift", "Prélèvement" },
};

} // namespace

DocumentTexts::DocumentTexts(const QString &language, const QLocale &fallback)
    : m_locale(language.trimmed().isEmpty() ? fallback : QLocale(language.trimmed()))
{
    // QLocale("xx") of an unknown name is C: fall back rather than print
    // dates the C way.
    if (m_locale.language() == QLocale::C && !language.trimmed().isEmpty())
        m_locale = fallback;
    switch (m_locale.language()) {
    case QLocale::German:
        m_language = QStringLiteral("de");
        break;
    case QLocale::French:
        m_language = QStringLiteral("fr");
        break;
    default:
        m_language = QStringLiteral("en");
    }
}

QString DocumentTexts::text(const char *source) const
{
    if (m_language != QLatin1String("en"))
        for (const Entry &e : entries)
            if (qstrcmp(e.source, source) == 0)
                return QString::fromUtf8(m_language == QLatin1String("de") ? e.german : e.french);
    return QString::fromUtf8(source);
}

} // namespace Accrue
