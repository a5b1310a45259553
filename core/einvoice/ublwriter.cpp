#include "einvoice/ublwriter.h"

#include "einvoice/ublformat.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace Accrue {

namespace {

const QString cacNs
    = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString cbcNs
    = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

// One document's XML, element by element in the schema's order.
class Writer
{
public:
    Writer(const EInvoice &invoice, QIODevice &device)
        : m_inv(invoice)
        , m_xml(&device)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write()
    {
        const bool invoice = m_inv.kind == EInvoice::Kind::Invoice;
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(
            QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:%1-2")
                .arg(m_inv.rootName()));
        m_xml.writeNamespace(cacNs, QStringLiteral("cac"));
        m_xml.writeNamespace(cbcNs, QStringLiteral("cbc"));
        m_xml.writeStartElement(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:%1-2")
                                    .arg(m_inv.rootName()),
                                m_inv.rootName());
        cbc("CustomizationID", EInvoiceIds::customization);
        cbc("ProfileID", EInvoiceIds::profile);
        cbc("ID", m_inv.number);
        cbc("IssueDate", date(m_inv.issueDate));
        if (invoice && m_inv.dueDate.isValid())
            cbc("DueDate", date(m_inv.dueDate));
        cbc(invoice ? "InvoiceTypeCode" : "CreditNoteTypeCode",
            invoice ? QStringLiteral("380") : QStringLiteral("381"));
        if (!m_inv.note.isEmpty())
            cbc("Note", m_inv.note);
        cbc("DocumentCurrencyCode", m_inv.currency.code());
        cbc("BuyerReference", m_inv.buyerReference);
        if (!m_inv.precedingNumber.isEmpty()) {
            cac("BillingReference");
            cac("InvoiceDocumentReference");
            cbc("ID", m_inv.precedingNumber);
            if (m_inv.precedingIssueDate.isValid())
                cbc("IssueDate", date(m_inv.precedingIssueDate));
            end(2);
        }
        cac("AccountingSupplierParty");
        party(m_inv.seller);
        end();
        cac("AccountingCustomerParty");
        party(m_inv.buyer);
        end();
        if (m_inv.deliveryDate.isValid() || !m_inv.deliveryCountry.isEmpty()) {
            cac("Delivery");
            if (m_inv.deliveryDate.isValid())
                cbc("ActualDeliveryDate", date(m_inv.deliveryDate));
            if (!m_inv.deliveryCountry.isEmpty()) {
                cac("DeliveryLocation");
                cac("Address");
                cac("Country");
                cbc("IdentificationCode", m_inv.deliveryCountry);
                end(3);
            }
            end();
        }
        if (!m_inv.paymentMeansCode.isEmpty()) {
            cac("PaymentMeans");
            cbc("PaymentMeansCode", m_inv.paymentMeansCode);
            if (!m_inv.paymentId.isEmpty())
                cbc("PaymentID", m_inv.paymentId);
            cac("PayeeFinancialAccount");
            cbc("ID", m_inv.payeeAccount);
            if (!m_inv.payeeAccountName.isEmpty())
                cbc("Name", m_inv.payeeAccountName);
            if (!m_inv.payeeBank.isEmpty()) {
                cac("FinancialInstitutionBranch");
                cbc("ID", m_inv.payeeBank);
                end();
            }
            end(2);
        }
        if (!m_inv.paymentTerms.isEmpty()) {
            cac("PaymentTerms");
            cbc("Note", m_inv.paymentTerms);
            end();
        }
        taxTotal();
        cac("LegalMonetaryTotal");
        amount("LineExtensionAmount", m_inv.lineTotal);
        amount("TaxExclusiveAmount", m_inv.taxExclusive);
        amount("TaxInclusiveAmount", m_inv.taxInclusive);
        if (!m_inv.allowanceTotal.isZero())
            amount("AllowanceTotalAmount", m_inv.allowanceTotal);
        if (!m_inv.chargeTotal.isZero())
            amount("ChargeTotalAmount", m_inv.chargeTotal);
        if (!m_inv.prepaid.isZero())
            amount("PrepaidAmount", m_inv.prepaid);
        if (!m_inv.rounding.isZero())
            amount("PayableRoundingAmount", m_inv.rounding);
        amount("PayableAmount", m_inv.payable);
        end();
        for (const EInvoiceLine &l : m_inv.lines)
            line(l, invoice);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    static QString date(const QDate &d) { return d.toString(Qt::ISODate); }

    void cbc(const char *name, const QString &text)
    {
        m_xml.writeTextElement(cbcNs, QString::fromLatin1(name), text);
    }
    void cac(const char *name) { m_xml.writeStartElement(cacNs, QString::fromLatin1(name)); }
    void end(int count = 1)
    {
        for (int i = 0; i < count; ++i)
            m_xml.writeEndElement();
    }
    void amount(const char *name, const Money &value)
    {
        m_xml.writeStartElement(cbcNs, QString::fromLatin1(name));
        m_xml.writeAttribute(QStringLiteral("currencyID"), m_inv.currency.code());
        m_xml.writeCharacters(value.toPlainString());
        m_xml.writeEndElement();
    }

    void party(const EInvoiceParty &p)
    {
        cac("Party");
        if (!p.endpoint.isEmpty()) {
            m_xml.writeStartElement(cbcNs, QStringLiteral("EndpointID"));
            m_xml.writeAttribute(QStringLiteral("schemeID"), p.endpoint.scheme);
            m_xml.writeCharacters(p.endpoint.id);
            m_xml.writeEndElement();
        }
        if (!p.name.isEmpty()) {
            cac("PartyName");
            cbc("Name", p.name);
            end();
        }
        cac("PostalAddress");
        if (!p.street.isEmpty())
            cbc("StreetName", p.street);
        if (!p.additionalStreet.isEmpty())
            cbc("AdditionalStreetName", p.additionalStreet);
        if (!p.city.isEmpty())
            cbc("CityName", p.city);
        if (!p.postalCode.isEmpty())
            cbc("PostalZone", p.postalCode);
        if (!p.countrySubentity.isEmpty())
            cbc("CountrySubentity", p.countrySubentity);
        if (!p.addressLine.isEmpty()) {
            cac("AddressLine");
            cbc("Line", p.addressLine);
            end();
        }
        cac("Country");
        cbc("IdentificationCode", p.country);
        end(2);
        const bool seller = &p == &m_inv.seller;
        if (!p.vatId.isEmpty()) {
            cac("PartyTaxScheme");
            cbc("CompanyID", p.vatId);
            cac("TaxScheme");
            cbc("ID", QStringLiteral("VAT"));
            end(2);
        }
        if (seller && !p.taxRegistrationId.isEmpty()) {
            // BT-32: a tax registration that is not a VAT identifier.
            cac("PartyTaxScheme");
            cbc("CompanyID", p.taxRegistrationId);
            cac("TaxScheme");
            cbc("ID", QStringLiteral("TAX"));
            end(2);
        }
        cac("PartyLegalEntity");
        cbc("RegistrationName", p.name);
        if (!p.legalId.isEmpty())
            cbc("CompanyID", p.legalId); // BT-30 / BT-47
        end();
        if (!p.contactName.isEmpty() || !p.contactPhone.isEmpty() || !p.contactEmail.isEmpty()) {
            cac("Contact");
            if (!p.contactName.isEmpty())
                cbc("Name", p.contactName);
            if (!p.contactPhone.isEmpty())
                cbc("Telephone", p.contactPhone);
            if (!p.contactEmail.isEmpty())
                cbc("ElectronicMail", p.contactEmail);
            end();
        }
        end(); // Party
    }

    void taxCategory(const char *element, const QString &category, int ratePpm,
                     const QString &exemptionCode, const QString &exemptionReason)
    {
        cac(element);
        cbc("ID", category);
        // Not subject to VAT (O) has no rate at all (BR-O-05, BR-O-14).
        if (category != VatCategory::NotSubject)
            cbc("Percent", UblFormat::percent(ratePpm));
        if (!exemptionCode.isEmpty())
            cbc("TaxExemptionReasonCode", exemptionCode);
        if (!exemptionReason.isEmpty())
            cbc("TaxExemptionReason", exemptionReason);
        cac("TaxScheme");
        cbc("ID", QStringLiteral("VAT"));
        end(2);
    }

    void taxTotal()
    {
        cac("TaxTotal");
        amount("TaxAmount", m_inv.taxTotal);
        for (const EInvoiceVat &v : m_inv.vat) {
            cac("TaxSubtotal");
            amount("TaxableAmount", v.taxable);
            amount("TaxAmount", v.tax);
            taxCategory("TaxCategory", v.category, v.ratePpm, v.exemptionCode, v.exemptionReason);
            end();
        }
        end();
    }

    void line(const EInvoiceLine &l, bool invoice)
    {
        cac(invoice ? "InvoiceLine" : "CreditNoteLine");
        cbc("ID", l.id);
        m_xml.writeStartElement(cbcNs,
                                invoice ? QStringLiteral("InvoicedQuantity")
                                        : QStringLiteral("CreditedQuantity"));
        m_xml.writeAttribute(QStringLiteral("unitCode"), l.unitCode);
        m_xml.writeCharacters(UblFormat::quantity(l.quantityMilli));
        m_xml.writeEndElement();
        amount("LineExtensionAmount", l.net);
        if (l.periodStart.isValid() || l.periodEnd.isValid()) {
            cac("InvoicePeriod");
            if (l.periodStart.isValid())
                cbc("StartDate", date(l.periodStart));
            if (l.periodEnd.isValid())
                cbc("EndDate", date(l.periodEnd));
            end();
        }
        if (!l.allowance.isZero()) {
            cac("AllowanceCharge");
            cbc("ChargeIndicator", QStringLiteral("false"));
            cbc("AllowanceChargeReasonCode", QStringLiteral("95")); // UNCL5189: discount
            cbc("AllowanceChargeReason", QStringLiteral("Discount"));
            if (l.allowanceBp != 0)
                cbc("MultiplierFactorNumeric", UblFormat::decimal(l.allowanceBp, 2));
            amount("Amount", l.allowance);
            if (l.allowanceBp != 0)
                amount("BaseAmount", l.allowanceBase);
            end();
        }
        cac("Item");
        cbc("Name", l.name);
        // ClassifiedTaxCategory carries no exemption reason (it is the
        // breakdown's).
        taxCategory("ClassifiedTaxCategory", l.vatCategory, l.vatRatePpm, {}, {});
        end();
        cac("Price");
        amount("PriceAmount", l.price);
        end();
        end(); // line
    }

    const EInvoice &m_inv;
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray UblWriter::write(const EInvoice &invoice)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(invoice, buffer);
    return bytes;
}

void UblWriter::write(const EInvoice &invoice, QIODevice &device)
{
    Writer(invoice, device).write();
    device.write("\n"); // a text file ends in a line break
}

} // namespace Accrue
