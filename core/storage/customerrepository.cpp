#include "storage/customerrepository.h"

#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
const QString selectCustomers
    = QStringLiteral("SELECT id, COALESCE(tenant_id, 0), code, name, COALESCE(email, ''), "
                     "COALESCE(tax_id, ''), currency, payment_terms_days, created_at, version, "
                     "COALESCE(language, ''), COALESCE(notes, ''), archived_at FROM customer");

Customer readCustomer(const SqlQuery &q)
{
    Customer c;
    c.id = q.int64(0);
    c.tenantId = q.int64(1);
    c.code = q.text(2);
    c.name = q.text(3);
    c.email = q.text(4);
    c.taxId = q.text(5);
    c.currency = Currency::fromCode(q.text(6)).value_or(Currency());
    c.paymentTermsDays = q.value(7).toInt();
    c.createdAt = QDateTime::fromString(q.text(8), Qt::ISODateWithMs);
    c.version = q.value(9).toInt();
    c.language = q.text(10);
    c.notes = q.text(11);
    if (!q.isNull(12))
        c.archivedAt = QDateTime::fromString(q.text(12), Qt::ISODateWithMs);
    return c;
}
} // namespace

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
{
}

qint64 CustomerRepository::insert(Customer &c)
{
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    // A partner's new customer is its own (the root's go to the root).
    if (c.tenantId == 0 && m_db.tenantScope().isRestricted())
        c.tenantId = m_db.tenantScope().tenantId;
    SqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO customer (tenant_id, code, name, email, tax_id, currency, "
                       "payment_terms_days, language, notes, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    c.id = q.bindNullable(c.tenantId)
               .bindAll(c.code, c.name, c.email, c.taxId, c.currency, c.paymentTermsDays)
               .bindNullable(c.language.isEmpty() ? QString() : c.language)
               .bindNullable(c.notes.isEmpty() ? QString() : c.notes)
               .bind(c.createdAt.toString(Qt::ISODateWithMs))
               .scalar()
               .toLongLong();
    return c.id;
}

qint64 CustomerRepository::insertProfile(BillingProfile &p)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO billing_profile (customer_id, name, is_default, address_line1, "
        "address_line2, city, postal_code, region, state_province, country, contact_name, "
        "contact_email, contact_phone, payment_method_id, endpoint_scheme, endpoint_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bindAll(p.customerId, p.name, p.isDefault ? 1 : 0, p.addressLine1, p.addressLine2,
                     p.city, p.postalCode, p.region, p.stateProvince, p.country, p.contactName,
                     p.contactEmail, p.contactPhone)
               .bindNullable(p.paymentMethodId)
               .bindNullable(p.endpointScheme.isEmpty() ? QString() : p.endpointScheme)
               .bindNullable(p.endpointId.isEmpty() ? QString() : p.endpointId)
               .scalar()
               .toLongLong();
    return p.id;
}

void CustomerRepository::updateProfile(const BillingProfile &p)
{
    m_db.query(QStringLiteral(
                   "UPDATE billing_profile SET name = ?, is_default = ?, address_line1 = ?, "
                   "address_line2 = ?, city = ?, postal_code = ?, region = ?, state_province = ?, "
                   "country = ?, contact_name = ?, contact_email = ?, contact_phone = ?, "
                   "payment_method_id = ?, endpoint_scheme = ?, endpoint_id = ? "
                   "WHERE id = ? AND customer_id = ?"))
        .bindAll(p.name, p.isDefault ? 1 : 0, p.addressLine1, p.addressLine2, p.city, p.postalCode,
                 p.region, p.stateProvince, p.country, p.contactName, p.contactEmail,
                 p.contactPhone)
        .bindNullable(p.paymentMethodId)
        .bindNullable(p.endpointScheme.isEmpty() ? QString() : p.endpointScheme)
        .bindNullable(p.endpointId.isEmpty() ? QString() : p.endpointId)
        .bindAll(p.id, p.customerId)
        .exec();
}

void CustomerRepository::deleteProfile(qint64 profileId)
{
    m_db.query(QStringLiteral("DELETE FROM billing_profile WHERE id = ?")).bind(profileId).exec();
}

qint64 CustomerRepository::profileUses(qint64 profileId)
{
    return m_db
        .query(QStringLiteral("SELECT (SELECT COUNT(*) FROM invoice WHERE billing_profile_id = ?) "
                              "+ (SELECT COUNT(*) FROM subscription WHERE billing_profile_id = ?)"))
        .bindAll(profileId, profileId)
        .scalar()
        .toLongLong();
}

qint64 CustomerRepository::insertPaymentMethod(PaymentMethod &m)
{
    SqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO payment_method (customer_id, kind, label, last4, expiry, "
                       "gateway_ref, mandate_reference, account_masked) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    m.id = q.bindAll(m.customerId, m.kind, m.label, m.last4, m.expiry, m.gatewayRef)
               .bindNullable(m.mandateReference.isEmpty() ? QString() : m.mandateReference)
               .bindNullable(m.account.isEmpty() ? QString() : m.account)
               .scalar()
               .toLongLong();
    return m.id;
}

void CustomerRepository::update(Customer &c, const QString &user)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE customer SET name = ?, email = ?, tax_id = ?, currency = ?, "
        "payment_terms_days = ?, language = ?, notes = ?, archived_at = ?, "
        "version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?"));
    q.bindAll(c.name, c.email, c.taxId, c.currency, c.paymentTermsDays)
        .bindNullable(c.language.isEmpty() ? QString() : c.language)
        .bindNullable(c.notes.isEmpty() ? QString() : c.notes)
        .bindNullable(c.archivedAt.isValid() ? c.archivedAt.toString(Qt::ISODateWithMs) : QString())
        .bindAll(user, RowVersion::now(), c.id, c.version)
        .exec();
    if (q.rowsAffected() != 1)
        RowVersion::throwStale(
            m_db, QStringLiteral("customer"), QStringLiteral("id"), c.id,
            QCoreApplication::translate("Accrue::CustomerRepository", "Customer %1").arg(c.code));
    ++c.version;
}

std::optional<Customer> CustomerRepository::find(qint64 id)
{
    // Outside the user's scope a customer is not there at all.
    SqlQuery q = m_db.query(selectCustomers + QStringLiteral(" WHERE id = ?")
                            + m_db.customerScope(QStringLiteral("id")));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readCustomer(q);
}

void CustomerRepository::lockForUpdate(qint64 id)
{
    if (m_db.dialect() == Database::Dialect::Postgres)
        m_db.query(QStringLiteral("SELECT id FROM customer WHERE id = ? FOR UPDATE"))
            .bind(id)
            .exec();
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code)
{
    SqlQuery q = m_db.query(selectCustomers + QStringLiteral(" WHERE code = ?")
                            + m_db.customerScope(QStringLiteral("id")));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readCustomer(q);
}

std::optional<BillingProfile> CustomerRepository::defaultProfile(qint64 customerId)
{
    std::vector<BillingProfile> all = profiles(customerId);
    if (all.empty())
        return std::nullopt;
    all.front().isDefault = true;
    return all.front();
}

std::vector<BillingProfile> CustomerRepository::profiles(qint64 customerId)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT id, name, COALESCE(address_line1, ''), COALESCE(address_line2, ''), "
            "COALESCE(city, ''), COALESCE(postal_code, ''), COALESCE(region, ''), "
            "COALESCE(state_province, ''), COALESCE(country, ''), COALESCE(contact_name, ''), "
            "COALESCE(contact_email, ''), COALESCE(contact_phone, ''), "
            "COALESCE(payment_method_id, 0), is_default, COALESCE(endpoint_scheme, ''), "
            "COALESCE(endpoint_id, '') FROM billing_profile WHERE customer_id = ?")
        + m_db.customerScope(QStringLiteral("customer_id"))
        + QStringLiteral(" ORDER BY is_default DESC, id"));
    q.bind(customerId).exec();
    std::vector<BillingProfile> result;
    while (q.next()) {
        BillingProfile p;
        p.id = q.int64(0);
        p.customerId = customerId;
        p.name = q.text(1);
        p.addressLine1 = q.text(2);
        p.addressLine2 = q.text(3);
        p.city = q.text(4);
        p.postalCode = q.text(5);
        p.region = q.text(6);
        p.stateProvince = q.text(7);
        p.country = q.text(8);
        p.contactName = q.text(9);
        p.contactEmail = q.text(10);
        p.contactPhone = q.text(11);
        p.paymentMethodId = q.int64(12);
        p.isDefault = q.value(13).toInt() != 0;
        p.endpointScheme = q.text(14);
        p.endpointId = q.text(15);
        result.push_back(std::move(p));
    }
    return result;
}

std::vector<Customer> CustomerRepository::list(bool withArchived)
{
    std::vector<Customer> out;
    SqlQuery q
        = m_db.query(selectCustomers
                     + (withArchived ? QStringLiteral(" WHERE 1 = 1")
                                     : QStringLiteral(" WHERE archived_at IS NULL"))
                     + m_db.customerScope(QStringLiteral("id")) + QStringLiteral(" ORDER BY name"));
    q.exec();
    while (q.next())
        out.push_back(readCustomer(q));
    return out;
}

qint64 CustomerRepository::count()
{
    return m_db
        .query(QStringLiteral("SELECT COUNT(*) FROM customer WHERE 1 = 1")
               + m_db.customerScope(QStringLiteral("id")))
        .scalar()
        .toLongLong();
}

std::vector<PaymentMethod> CustomerRepository::paymentMethods(qint64 customerId)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, kind, COALESCE(label, ''), COALESCE(last4, ''), COALESCE(expiry, ''), "
        "COALESCE(gateway_ref, ''), COALESCE(mandate_reference, ''), "
        "COALESCE(account_masked, '') FROM payment_method WHERE customer_id = ? ORDER BY id"));
    q.bind(customerId).exec();
    std::vector<PaymentMethod> out;
    while (q.next())
        out.push_back({ q.int64(0), customerId, q.text(1), q.text(2), q.text(3), q.text(4),
                        q.text(5), q.text(6), q.text(7) });
    return out;
}

void CustomerRepository::clearDefaultProfile(qint64 customerId)
{
    m_db.query(QStringLiteral("UPDATE billing_profile SET is_default = 0 WHERE customer_id = ?"))
        .bind(customerId)
        .exec();
}

QString CustomerRepository::documentsOf(qint64 customerId)
{
    static const std::pair<const char *, const char *> kinds[] = {
        { "invoice", QT_TRANSLATE_NOOP("Accrue::CustomerRepository", "%n invoice(s)") },
        { "credit_note", QT_TRANSLATE_NOOP("Accrue::CustomerRepository", "%n credit note(s)") },
        { "payment", QT_TRANSLATE_NOOP("Accrue::CustomerRepository", "%n payment(s)") },
        { "subscription", QT_TRANSLATE_NOOP("Accrue::CustomerRepository", "%n subscription(s)") },
        { "bank_match", QT_TRANSLATE_NOOP("Accrue::CustomerRepository", "%n bank line match(es)") },
    };
    QStringList found;
    for (const auto &[table, text] : kinds) {
        const qint64 n = m_db.query(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE customer_id = ?")
                                        .arg(QLatin1String(table)))
                             .bind(customerId)
                             .scalar()
                             .toLongLong();
        if (n > 0)
            found << QCoreApplication::translate("Accrue::CustomerRepository", text, nullptr,
                                                 int(n));
    }
    return found.join(QStringLiteral(", "));
}

void CustomerRepository::remove(qint64 customerId)
{
    // The profiles point at the methods: they go first.
    for (const char *sql : { "DELETE FROM billing_profile WHERE customer_id = ?",
                             "DELETE FROM payment_method WHERE customer_id = ?",
                             "DELETE FROM customer WHERE id = ?" })
        m_db.query(QString::fromLatin1(sql)).bind(customerId).exec();
}

} // namespace Accrue
