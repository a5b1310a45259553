#include "documents/documenttexts.h"

namespace Accrue {

namespace {

struct Entry
{
    const char *source;
    const char *german;
    const char *french;
    const char *spanish;
};

// Keep the %1 placeholders in every translation.
const Entry entries[] = {
    { "Invoice %1", "Rechnung %1", "Facture %1", "Factura %1" },
    { "Invoice", "Rechnung", "Facture", "Factura" },
    { "Draft invoice", "Rechnungsentwurf", "Projet de facture", "Borrador de factura" },
    { "Credit note %1", "Gutschrift %1", "Avoir %1", "Nota de crédito %1" },
    { "Credit note", "Gutschrift", "Avoir", "Nota de crédito" },
    { "Bill to", "Rechnungsempfänger", "Facturé à", "Facturar a" },
    { "Tax ID %1", "USt-IdNr. %1", "N° TVA %1", "NIF %1" },
    { "Customer number", "Kundennummer", "N° client", "N.º de cliente" },
    { "Invoice date", "Rechnungsdatum", "Date de facture", "Fecha de factura" },
    { "Credit note date", "Datum der Gutschrift", "Date de l’avoir",
      "Fecha de la nota de crédito" },
    { "Due date", "Fällig am", "Date d’échéance", "Fecha de vencimiento" },
    { "Amount due", "Fälliger Betrag", "Montant dû", "Importe a pagar" },
    { "Amount credited", "Gutgeschriebener Betrag", "Montant crédité", "Importe abonado" },
    { "For invoice %1", "Zur Rechnung %1", "Pour la facture %1", "Para la factura %1" },
    { "Reason", "Grund", "Motif", "Motivo" },
    { "Description", "Beschreibung", "Description", "Descripción" },
    { "Qty", "Menge", "Qté", "Cant." },
    { "Unit price", "Einzelpreis", "Prix unitaire", "Precio unitario" },
    { "Discount", "Rabatt", "Remise", "Descuento" },
    { "Tax", "USt.", "TVA", "IVA" },
    { "Net", "Netto", "HT", "Neto" },
    { "Service period %1", "Leistungszeitraum %1", "Période de service %1",
      "Periodo de servicio %1" },
    { "Subtotal", "Zwischensumme", "Sous-total", "Subtotal" },
    { "Tax %1 on %2", "USt. %1 auf %2", "TVA %1 sur %2", "IVA %1 sobre %2" },
    { "Total", "Gesamtbetrag", "Total", "Total" },
    { "Paid %1", "Bezahlt am %1", "Payé le %1", "Pagado el %1" },
    { "Credited %1", "Gutgeschrieben am %1", "Crédité le %1", "Abonado el %1" },
    { "Balance due", "Offener Betrag", "Solde dû", "Saldo pendiente" },
    { "Payment details", "Zahlungsinformationen", "Coordonnées de paiement", "Datos de pago" },
    { "Bank", "Bank", "Banque", "Banco" },
    { "IBAN", "IBAN", "IBAN", "IBAN" },
    { "BIC", "BIC", "BIC", "BIC" },
    { "Account number", "Kontonummer", "Numéro de compte", "Número de cuenta" },
    { "Routing number", "Bankleitzahl", "Code banque", "Código bancario" },
    { "Payment reference", "Verwendungszweck", "Référence de paiement", "Referencia de pago" },
    { "Please pay %1 by %2, quoting the payment reference.",
      "Bitte überweisen Sie %1 bis zum %2 unter Angabe des Verwendungszwecks.",
      "Merci de régler %1 avant le %2 en indiquant la référence de paiement.",
      "Le rogamos pague %1 antes del %2, indicando la referencia de pago." },
    { "Scan to pay with your banking app", "Mit der Banking-App scannen und bezahlen",
      "Scannez pour payer avec votre application bancaire",
      "Escanee para pagar con su aplicación bancaria" },
    { "Registration %1", "Handelsregister %1", "Immatriculation %1", "Registro %1" },
    { "Page %1 of %2", "Seite %1 von %2", "Page %1 sur %2", "Página %1 de %2" },
    { "PAID", "BEZAHLT", "PAYÉE", "PAGADA" },
    { "Notes", "Hinweise", "Remarques", "Notas" },
    // Receipts.
    { "Receipt", "Zahlungsbestätigung", "Reçu", "Recibo" },
    { "Receipt %1", "Zahlungsbestätigung %1", "Reçu %1", "Recibo %1" },
    { "Received from", "Erhalten von", "Reçu de", "Recibido de" },
    { "Receipt date", "Datum der Bestätigung", "Date du reçu", "Fecha del recibo" },
    { "Payment received", "Zahlung erhalten am", "Paiement reçu le", "Pago recibido el" },
    { "Method", "Zahlungsart", "Mode de paiement", "Forma de pago" },
    { "Reference", "Referenz", "Référence", "Referencia" },
    { "Amount received", "Erhaltener Betrag", "Montant reçu", "Importe recibido" },
    { "Applied", "Verrechnet", "Imputé", "Aplicado" },
    { "Balance remaining", "Restbetrag", "Solde restant", "Saldo restante" },
    { "Held as credit on the customer's account: %1", "Als Guthaben auf Ihrem Kundenkonto: %1",
      "Conservé en crédit sur votre compte client : %1",
      "Queda como saldo a favor en su cuenta de cliente: %1" },
    { "Thank you for your payment.", "Vielen Dank für Ihre Zahlung.", "Merci pour votre paiement.",
      "Gracias por su pago." },
    { "Bank transfer", "Überweisung", "Virement", "Transferencia bancaria" },
    { "Cheque", "Scheck", "Chèque", "Cheque" },
    { "Cash", "Bar", "Espèces", "Efectivo" },
    { "Card", "Karte", "Carte", "Tarjeta" },
    { "Direct debit", "Lastschrift", "Prélèvement", "Domiciliación bancaria" },
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
    case QLocale::Spanish:
        m_language = QStringLiteral("es");
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
                return QString::fromUtf8(m_language == u"de"       ? e.german
                                             : m_language == u"fr" ? e.french
                                                                   : e.spanish);
    return QString::fromUtf8(source);
}

} // namespace Accrue
