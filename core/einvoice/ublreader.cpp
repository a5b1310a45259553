#include "einvoice/ublreader.h"

#include "common/error.h"
#include "common/safetext.h"
#include "einvoice/ublformat.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::UblReader", text);
}

// Longer texts than this are cut: nothing on an invoice needs more, and a
// hostile file should not make a PDF of megabytes from one element.
constexpr qsizetype maxText = 2000;
constexpr int maxLines = 100000;

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &fileName)
        : m_xml(xml)
        , m_fileName(fileName)
    {
    }

    EInvoice read()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                start();
            else if (token == QXmlStreamReader::EndElement)
                finish();
            else if (token == QXmlStreamReader::Characters && !m_path.isEmpty())
                m_text += m_xml.text();
            else if (token == QXmlStreamReader::DTD)
                fail(tr("a document type declaration (DTD) is not accepted"));
        }
        if (m_xml.hasError())
            fail(m_xml.errorString());
        if (!m_sawRoot)
            fail(tr("not a UBL Invoice or CreditNote"));
        return m_inv;
    }

private:
    [[noreturn]] void fail(const QString &why) const
    {
        throw Error(
            tr("%1 line %2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(safeMessage(why)));
    }

    void start()
    {
        const QString name = m_xml.name().toString();
        if (m_path.isEmpty()) {
            const QString ns = m_xml.namespaceUri().toString();
            if (name == QLatin1String("Invoice")
                && ns == QLatin1String("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"))
                m_inv.kind = EInvoice::Kind::Invoice;
            else if (name == QLatin1String("CreditNote")
                     && ns
                         == QLatin1String(
                             "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"))
                m_inv.kind = EInvoice::Kind::CreditNote;
            else
                fail(tr("not a UBL Invoice or CreditNote (the root is “%1”)").arg(name));
            m_sawRoot = true;
        }
        m_path << name;
        m_text.clear();
        m_attributes = m_xml.attributes();
        const QString path = m_path.mid(1).join(u'/');
        if (path == QLatin1String("InvoiceLine") || path == QLatin1String("CreditNoteLine")) {
            if (m_inv.lines.size() >= maxLines)
                fail(tr("more than %1 lines").arg(maxLines));
            m_inv.lines.push_back({});
            m_inv.lines.back().allowance = m_inv.lines.back().allowanceBase = zero();
        } else if (path == QLatin1String("TaxTotal/TaxSubtotal")) {
            m_inv.vat.push_back({});
        } else if (path.endsWith(QLatin1String("Party/PartyTaxScheme"))) {
            m_taxSchemeCompanyId.clear();
        } else if (path.endsWith(QLatin1String("/AllowanceCharge"))) {
            m_allowanceIsCharge = false;
        }
    }

    Currency currency() const { return m_inv.currency; }
    Money zero() const { return Money::zero(m_inv.currency); }

    Money money(const QString &text)
    {
        if (!m_inv.currency.isValid())
            fail(tr("an amount before the document's currency (DocumentCurrencyCode)"));
        const QString id = m_attributes.value(QStringLiteral("currencyID")).toString();
        if (!id.isEmpty() && id != m_inv.currency.code())
            fail(tr("an amount in %1 in a document in %2").arg(id, m_inv.currency.code()));
        try {
            return Money::fromPlainString(text, m_inv.currency);
        } catch (const Error &e) {
            fail(e.userMessage());
        }
    }

    qint64 decimal(const QString &text, int decimals)
    {
        const auto value = UblFormat::parseDecimal(text, decimals);
        if (!value)
            fail(tr("“%1” is not a number with at most %2 decimals").arg(text).arg(decimals));
        return *value;
    }

    QDate date(const QString &text)
    {
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid())
            fail(tr("“%1” is not a date (YYYY-MM-DD)").arg(text));
        return d;
    }

    void party(EInvoiceParty &p, const QString &rest, const QString &text)
    {
        if (rest == QLatin1String("EndpointID")) {
            p.endpoint.scheme = m_attributes.value(QStringLiteral("schemeID")).toString();
            p.endpoint.id = text;
        } else if (rest == QLatin1String("PartyName/Name")) {
            if (p.name.isEmpty())
                p.name = text;
        } else if (rest == QLatin1String("PostalAddress/StreetName")) {
            p.street = text;
        } else if (rest == QLatin1String("PostalAddress/AdditionalStreetName")) {
            p.additionalStreet = text;
        } else if (rest == QLatin1String("PostalAddress/CityName")) {
            p.city = text;
        } else if (rest == QLatin1String("PostalAddress/PostalZone")) {
            p.postalCode = text;
        } else if (rest == QLatin1String("PostalAddress/CountrySubentity")) {
            p.countrySubentity = text;
        } else if (rest == QLatin1String("PostalAddress/AddressLine/Line")) {
            p.addressLine = text;
        } else if (rest == QLatin1String("PostalAddress/Country/IdentificationCode")) {
            p.country = text;
        } else if (rest == QLatin1String("PartyTaxScheme/CompanyID")) {
            m_taxSchemeCompanyId = text;
        } else if (rest == QLatin1String("PartyTaxScheme/TaxScheme/ID")) {
            if (text == QLatin1String("VAT"))
                p.vatId = m_taxSchemeCompanyId;
            else
                p.taxRegistrationId = m_taxSchemeCompanyId;
        } else if (rest == QLatin1String("PartyLegalEntity/RegistrationName")) {
            p.name = text; // the legal name wins over the trading name
        } else if (rest == QLatin1String("PartyLegalEntity/CompanyID")) {
            p.legalId = text;
        } else if (rest == QLatin1String("Contact/Name")) {
            p.contactName = text;
        } else if (rest == QLatin1String("Contact/Telephone")) {
            p.contactPhone = text;
        } else if (rest == QLatin1String("Contact/ElectronicMail")) {
            p.contactEmail = text;
        }
    }

    void line(EInvoiceLine &l, const QString &rest, const QString &text)
    {
        if (rest == QLatin1String("ID"))
            l.id = text;
        else if (rest == QLatin1String("InvoicedQuantity")
                 || rest == QLatin1String("CreditedQuantity")) {
            l.quantityMilli = decimal(text, 3);
            l.unitCode = m_attributes.value(QStringLiteral("unitCode")).toString();
        } else if (rest == QLatin1String("LineExtensionAmount"))
            l.net = money(text);
        else if (rest == QLatin1String("InvoicePeriod/StartDate"))
            l.periodStart = date(text);
        else if (rest == QLatin1String("InvoicePeriod/EndDate"))
            l.periodEnd = date(text);
        else if (rest == QLatin1String("AllowanceCharge/ChargeIndicator"))
            m_allowanceIsCharge = text == QLatin1String("true");
        else if (rest == QLatin1String("AllowanceCharge/Amount"))
            l.allowance += m_allowanceIsCharge ? -money(text) : money(text);
        else if (rest == QLatin1String("AllowanceCharge/BaseAmount"))
            l.allowanceBase = money(text);
        else if (rest == QLatin1String("AllowanceCharge/MultiplierFactorNumeric"))
            l.allowanceBp = int(std::clamp(decimal(text, 2), qint64(-1000000), qint64(1000000)));
        else if (rest == QLatin1String("Item/Name"))
            l.name = text;
        else if (rest == QLatin1String("Item/ClassifiedTaxCategory/ID"))
            l.vatCategory = text;
        else if (rest == QLatin1String("Item/ClassifiedTaxCategory/Percent"))
            l.vatRatePpm = int(std::clamp(decimal(text, 4), qint64(0), qint64(1000000)));
        else if (rest == QLatin1String("Price/PriceAmount"))
            l.price = money(text);
    }

    void finish()
    {
        const QString text = safeText(m_text.trimmed(), maxText, true);
        const QString path = m_path.mid(1).join(u'/');
        leaf(path, text);
        m_path.removeLast();
        m_text.clear();
    }

    void leaf(const QString &path, const QString &text)
    {
        EInvoice &e = m_inv;
        static const QString supplier = QStringLiteral("AccountingSupplierParty/Party/");
        static const QString customer = QStringLiteral("AccountingCustomerParty/Party/");
        if (path == QLatin1String("ID"))
            e.number = text;
        else if (path == QLatin1String("IssueDate"))
            e.issueDate = date(text);
        else if (path == QLatin1String("DueDate"))
            e.dueDate = date(text);
        else if (path == QLatin1String("Note"))
            e.note = e.note.isEmpty() ? text : e.note + u'\n' + text;
        else if (path == QLatin1String("DocumentCurrencyCode")) {
            const auto c = Currency::fromCode(text);
            if (!c)
                fail(tr("“%1” is not an ISO 4217 currency").arg(text));
            e.currency = *c;
        } else if (path == QLatin1String("BuyerReference"))
            e.buyerReference = text;
        else if (path == QLatin1String("BillingReference/InvoiceDocumentReference/ID"))
            e.precedingNumber = text;
        else if (path == QLatin1String("BillingReference/InvoiceDocumentReference/IssueDate"))
            e.precedingIssueDate = date(text);
        else if (path.startsWith(supplier))
            party(e.seller, path.mid(supplier.size()), text);
        else if (path.startsWith(customer))
            party(e.buyer, path.mid(customer.size()), text);
        else if (path == QLatin1String("Delivery/ActualDeliveryDate"))
            e.deliveryDate = date(text);
        else if (path
                 == QLatin1String("Delivery/DeliveryLocation/Address/Country/IdentificationCode"))
            e.deliveryCountry = text;
        else if (path == QLatin1String("PaymentMeans/PaymentMeansCode"))
            e.paymentMeansCode = text;
        else if (path == QLatin1String("PaymentMeans/PaymentID"))
            e.paymentId = text;
        else if (path == QLatin1String("PaymentMeans/PayeeFinancialAccount/ID"))
            e.payeeAccount = text;
        else if (path == QLatin1String("PaymentMeans/PayeeFinancialAccount/Name"))
            e.payeeAccountName = text;
        else if (path
                 == QLatin1String(
                     "PaymentMeans/PayeeFinancialAccount/FinancialInstitutionBranch/ID"))
            e.payeeBank = text;
        else if (path == QLatin1String("PaymentTerms/Note"))
            e.paymentTerms = text;
        else if (path == QLatin1String("TaxTotal/TaxAmount"))
            e.taxTotal = money(text);
        else if (path.startsWith(QLatin1String("TaxTotal/TaxSubtotal/")) && !e.vat.empty())
            subtotal(e.vat.back(), path.mid(21), text);
        else if (path == QLatin1String("LegalMonetaryTotal/LineExtensionAmount"))
            e.lineTotal = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/TaxExclusiveAmount"))
            e.taxExclusive = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/TaxInclusiveAmount"))
            e.taxInclusive = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/AllowanceTotalAmount"))
            e.allowanceTotal = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/ChargeTotalAmount"))
            e.chargeTotal = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/PrepaidAmount"))
            e.prepaid = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/PayableRoundingAmount"))
            e.rounding = money(text);
        else if (path == QLatin1String("LegalMonetaryTotal/PayableAmount"))
            e.payable = money(text);
        else if ((path.startsWith(QLatin1String("InvoiceLine/"))
                  || path.startsWith(QLatin1String("CreditNoteLine/")))
                 && !e.lines.empty())
            line(e.lines.back(), path.mid(path.indexOf(u'/') + 1), text);
    }

    void subtotal(EInvoiceVat &v, const QString &rest, const QString &text)
    {
        if (rest == QLatin1String("TaxableAmount"))
            v.taxable = money(text);
        else if (rest == QLatin1String("TaxAmount"))
            v.tax = money(text);
        else if (rest == QLatin1String("TaxCategory/ID"))
            v.category = text;
        else if (rest == QLatin1String("TaxCategory/Percent"))
            v.ratePpm = int(std::clamp(decimal(text, 4), qint64(0), qint64(1000000)));
        else if (rest == QLatin1String("TaxCategory/TaxExemptionReasonCode"))
            v.exemptionCode = text;
        else if (rest == QLatin1String("TaxCategory/TaxExemptionReason"))
            v.exemptionReason = text;
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    EInvoice m_inv;
    QStringList m_path;
    QString m_text;
    QXmlStreamAttributes m_attributes;
    QString m_taxSchemeCompanyId;
    bool m_allowanceIsCharge = false;
    bool m_sawRoot = false;
};

} // namespace

EInvoice UblReader::read(const QByteArray &xml, const QString &fileName)
{
    EInvoice invoice = Reader(xml, fileName).read();
    // Totals a sender left out are zero, so the document can be shown.
    const Money zero = Money::zero(invoice.currency);
    for (Money *m : { &invoice.lineTotal, &invoice.allowanceTotal, &invoice.chargeTotal,
                      &invoice.taxExclusive, &invoice.taxTotal, &invoice.taxInclusive,
                      &invoice.prepaid, &invoice.rounding, &invoice.payable })
        if (!m->currency().isValid())
            *m = zero;
    return invoice;
}

} // namespace Accrue
