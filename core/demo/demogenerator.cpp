#include "demo/demogenerator.h"

#include "billing/customerservice.h"
#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "common/isodate.h"
#include "demo/batchqueue.h"
#include "demo/demonames.h"
#include "demo/demoplanner.h"
#include "demo/demowriter.h"
#include "domain/auditrecord.h"
#include "domain/creditnote.h"
#include "domain/customer.h"
#include "domain/invoice.h"
#include "domain/payment.h"
#include "domain/product.h"
#include "ledger/postingrules.h"
#include "storage/accountrepository.h"
#include "storage/auditrepository.h"
#include "storage/bulkinserter.h"
#include "storage/bulkload.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QScopeGuard>
#include <map>
#include <random>
#include <thread>

namespace Accrue {

namespace {

// Twelve digits and the GS1 check digit: a valid GLN (no real company's).
QString demoGln(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += twelve.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return twelve + QString::number((10 - sum % 10) % 10);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::DemoGenerator", text);
}

struct ModuleSpec
{
    const char *code;
    const char *name;
    const char *account;
    qint64 priceMinor; // in the book's currency, 2 decimals assumed and rescaled
    const char *recognition;
};

constexpr ModuleSpec moduleSpecs[] = {
    { "CORE", "Core Platform", "4100", 9900, "ratably" },
    { "ANALYTICS", "Analytics", "4200", 2900, "ratably" },
    { "SUPPORT", "Premium Support", "4300", 120000, "ratably" },
    { "API", "API Usage (per 1,000 calls)", "4400", 50, "as_delivered" },
    { "SERVICES", "Professional Services (hour)", "4500", 15000, "point_in_time" },
    { "TRAINING", "Training (day)", "4600", 120000, "milestone" },
};

struct PlanSpec
{
    const char *code;
    const char *name;
    int module; // index into moduleSpecs
    int months;
    qint64 priceMinor;
};

constexpr PlanSpec planSpecs[] = {
    { "STARTER-M", "Starter (monthly)", 0, 1, 4900 },
    { "GROWTH-M", "Growth (monthly)", 0, 1, 9900 },
    { "BUSINESS-Y", "Business (annual)", 0, 12, 99000 },
    { "ENTERPRISE-Y", "Enterprise (annual)", 0, 12, 480000 },
    { "ANALYTICS-M", "Analytics add-on (monthly)", 1, 1, 2900 },
    { "SUPPORT-Y", "Premium Support (annual)", 2, 12, 120000 },
};

// The start of the first period (start, start + months, ...) after `end`.
QDate firstPeriodAfter(const QDate &start, int months, const QDate &end)
{
    int k = 1;
    while (start.addMonths(k * months) <= end)
        ++k;
    return start.addMonths(k * months);
}

} // namespace

DemoGenerator::DemoGenerator(Session &session)
    : m_session(session)
{
}

DemoGenerator::Result DemoGenerator::generate(const Options &opt, const Progress &progress)
{
    if (opt.customers < 1 || opt.invoices < 0)
        throw Error(tr("The demo needs at least one customer and a non-negative invoice count"));
    const Currency currency = Currency::require(opt.currency);
    const QDate end = opt.endDate.isValid() ? opt.endDate : m_session.today();
    const QDate start = end.addMonths(-24).addDays(1);
    Database &db = m_session.db();
    if (CustomerRepository(db).count() > 0 || InvoiceRepository(db).count() > 0)
        throw Error(tr("Demo data only goes into an empty book; %1 already holds customers or "
                       "invoices")
                        .arg(db.displayName()));

    BulkLoad tx(db,
                { QStringLiteral("invoice"), QStringLiteral("invoice_line"),
                  QStringLiteral("payment"), QStringLiteral("allocation"),
                  QStringLiteral("credit_note"), QStringLiteral("credit_note_line"),
                  QStringLiteral("receipt"), QStringLiteral("receipt_line"),
                  QStringLiteral("journal_entry"), QStringLiteral("journal_line"),
                  QStringLiteral("recognition_milestone"), QStringLiteral("recognition_schedule") },
                BulkLoad::Durability::Relaxed); // the book is empty (checked above)
    std::mt19937_64 random(opt.seed);
    auto chance = [&random](double p) {
        return std::uniform_real_distribution<double>(0.0, 1.0)(random) < p;
    };
    auto between = [&random](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(random);
    };
    AuditLog audit = m_session.audit();

    // The issuing company, as a new book would be set up.
    CompanySettings company;
    company.legalName = QStringLiteral("Accrue Demo Software Ltd");
    company.address = QStringLiteral("1 Ledger Lane\nLondon EC2A 4NE\nUnited Kingdom");
    company.taxId = QStringLiteral("GB 123 4567 89");
    company.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    company.bic = QStringLiteral("COBADEFFXXX");
    // Electronic addresses (GLNs, scheme 0088) so that every document the
    // demo issues can be sent as an e-invoice.
    company.endpointScheme = QStringLiteral("0088");
    company.endpointId = demoGln(QStringLiteral("501234500000"));
    company.footer
        = QStringLiteral("Accrue Demo Software Ltd · Registered in England No. 01234567");
    SettingsService(m_session).saveCompany(company);

    // Catalogue: one revenue account per module, products, plans.
    AccountRepository accounts(db);
    ProductRepository products(db);
    SubscriptionRepository subscriptions(db);
    std::vector<Product> modules;
    for (const ModuleSpec &m : moduleSpecs) {
        Account account { 0, QString::fromLatin1(m.account),
                          QStringLiteral("Revenue: ") + QString::fromUtf8(m.name),
                          QStringLiteral("revenue"), QString() };
        if (auto existing = accounts.findByCode(account.code))
            account = *existing;
        else {
            accounts.insert(account);
            audit.append(QStringLiteral("account.create"), QStringLiteral("account"),
                         QString::number(account.id), {},
                         QJsonObject { { QStringLiteral("code"), account.code },
                                       { QStringLiteral("name"), account.name },
                                       { QStringLiteral("type"), account.type } });
        }
        Product p;
        p.code = QString::fromLatin1(m.code);
        p.name = QString::fromUtf8(m.name);
        p.unitPrice = Money(demoPrice(m.priceMinor, currency), currency);
        p.currency = currency;
        p.revenueAccountId = account.id;
        p.recognitionMethod = QString::fromLatin1(m.recognition);
        products.insert(p);
        audit.append(QStringLiteral("product.create"), QStringLiteral("product"),
                     QString::number(p.id), {},
                     QJsonObject { { QStringLiteral("code"), p.code },
                                   { QStringLiteral("name"), p.name },
                                   { QStringLiteral("unit_price_minor"), p.unitPrice.minor() },
                                   { QStringLiteral("revenue_account_id"), p.revenueAccountId } });
        modules.push_back(p);
    }
    std::vector<Plan> plans;
    for (const PlanSpec &s : planSpecs) {
        Plan p;
        p.code = QString::fromLatin1(s.code);
        p.name = QString::fromUtf8(s.name);
        p.productId = modules[s.module].id;
        p.billingPeriodMonths = s.months;
        p.price = Money(demoPrice(s.priceMinor, currency), currency);
        p.currency = currency;
        // The planner bills price x licenses: per seat.
        p.pricing = PricingModel::PerUnit;
        products.insertPlan(p);
        audit.append(QStringLiteral("plan.create"), QStringLiteral("plan"), QString::number(p.id),
                     {},
                     QJsonObject { { QStringLiteral("code"), p.code },
                                   { QStringLiteral("name"), p.name },
                                   { QStringLiteral("price_minor"), p.price.minor() } });
        plans.push_back(p);
    }
    const PostingRules rules(accounts.loadChart());

    // Customers with a billing profile, a payment method and a subscription.
    DemoNames names(random);
    CustomerService customerService(m_session);
    std::vector<DemoCustomer> customers;
    static constexpr int terms[] = { 14, 30, 30, 30, 30, 45, 60 };
    for (int i = 0; i < opt.customers; ++i) {
        const DemoNames::Address address = names.address();
        Customer c;
        c.code = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        c.name = names.companyName(address);
        c.email = QStringLiteral("billing@%1.example").arg(c.code.toLower());
        c.currency = currency;
        c.paymentTermsDays = terms[between(0, std::size(terms) - 1)];
        c.tenantId = 1;
        c.createdAt = QDateTime(start, QTime(8, 0), Qt::UTC);
        PaymentMethod method;
        method.kind = chance(0.6) ? QStringLiteral("card") : QStringLiteral("bank_transfer");
        method.label = method.kind == QLatin1String("card") ? QStringLiteral("Visa")
                                                            : QStringLiteral("Bank transfer");
        if (method.kind == QLatin1String("card")) {
            method.last4 = QStringLiteral("%1").arg(between(0, 9999), 4, 10, QLatin1Char('0'));
            method.expiry = QStringLiteral("%1/%2")
                                .arg(between(1, 12), 2, 10, QLatin1Char('0'))
                                .arg(end.year() % 100 + between(1, 4));
        }
        BillingProfile profile;
        profile.name = QStringLiteral("Head office");
        profile.addressLine1 = address.line1;
        profile.city = address.city;
        profile.postalCode = address.postalCode;
        profile.region = address.region;
        profile.stateProvince = address.stateProvince;
        profile.country = address.country;
        profile.contactName = names.personName();
        profile.contactEmail = c.email;
        profile.contactPhone = QStringLiteral("+1 555 %1").arg(between(1000, 9999));
        profile.endpointScheme = QStringLiteral("0088");
        profile.endpointId
            = demoGln(QStringLiteral("5098765%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        customerService.create(c, profile, &method);

        DemoCustomer dc;
        dc.id = c.id;
        dc.profileId = profile.id;
        const double r = std::uniform_real_distribution<double>(0, 1)(random);
        dc.plan = r < 0.35 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
        dc.licenses = int(dc.plan == 3 ? 1 : between(1, dc.plan >= 2 ? 5 : 40));
        dc.termsDays = c.paymentTermsDays;
        dc.taxRatePpm = address.taxRatePpm;
        dc.payer = chance(0.7) ? DemoCustomer::Payer::Prompt
            : chance(0.8)      ? DemoCustomer::Payer::Late
                               : DemoCustomer::Payer::Poor;
        dc.analytics = chance(0.35);
        Subscription s;
        s.customerId = c.id;
        s.billingProfileId = profile.id;
        s.planId = plans[dc.plan].id;
        s.name = plans[dc.plan].name;
        s.region = address.region;
        s.stateProvince = address.stateProvince;
        s.isDefault = true;
        s.licenses = dc.licenses;
        s.startDate = start;
        s.status = SubscriptionStatus::Active;
        // The history bills every period up to `end`: a billing run from the
        // day after bills the next one, not the two years before.
        s.renewalDate = firstPeriodAfter(start, plans[dc.plan].billingPeriodMonths, end);
        s.billedThrough = s.renewalDate.addDays(-1);
        subscriptions.insert(s);
        dc.subscriptionId = s.id;
        customers.push_back(dc);
        audit.append(QStringLiteral("subscription.create"), QStringLiteral("subscription"),
                     QString::number(s.id), {},
                     QJsonObject { { QStringLiteral("customer_id"), c.id },
                                   { QStringLiteral("plan"), plans[dc.plan].code },
                                   { QStringLiteral("licenses"), s.licenses },
                                   { QStringLiteral("start_date"), isoDate(s.startDate) } });
    }

    // Plan on a second thread while this one writes: the two halves cost
    // about the same, so a big book loads in about half the time.
    DemoPlanner::Setup setup;
    setup.invoices = opt.invoices;
    setup.start = start;
    setup.end = end;
    setup.currency = currency;
    setup.userName = m_session.userName();
    setup.osUser = m_session.osUser();
    setup.now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    setup.invoicePrefix = company.invoicePrefix;
    setup.creditNotePrefix = company.creditNotePrefix;
    setup.receiptPrefix = company.receiptPrefix;
    DemoPlanner planner(setup, random, DemoCatalogue { modules, plans }, customers, rules,
                        DemoWriter::nextIds(db));
    BatchQueue queue(4);
    std::thread planning([&planner, &queue] {
        try {
            while (!planner.atEnd()) {
                PlannedBatch batch;
                batch.reserve(1000);
                while (!planner.atEnd() && batch.size() < 1000)
                    batch.push_back(planner.next());
                if (!queue.push(std::move(batch)))
                    break;
            }
            queue.finish();
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    const auto joinPlanner = qScopeGuard([&] {
        queue.cancel();
        planning.join();
    });

    Result result;
    result.customers = opt.customers;
    DemoWriter writer(db);
    PlannedBatch batch;
    int lastPercent = -1;
    while (queue.pop(batch)) {
        writer.write(batch);
        for (const PlannedInvoice &plan : batch) {
            ++result.invoices;
            result.payments += qint64(plan.payments.size());
            result.creditNotes += plan.creditNote ? 1 : 0;
            result.journalEntries += qint64(plan.entries.size());
        }
        const int percent = int(100 * result.invoices / std::max<qint64>(1, opt.invoices));
        if (percent != lastPercent && progress && !progress(percent))
            throw Error(tr("Demo generation was cancelled; nothing was kept"));
        lastPercent = percent;
    }

    const DemoIds &ids = planner.ids();
    AuditRepository(db).setHead({ ids.auditSeq, ids.auditHash });
    NumberSeriesRepository series(db);
    for (const auto &[year, last] : planner.invoiceNumbers())
        series.setNext(setup.invoicePrefix, year, last + 1);
    for (const auto &[year, last] : planner.creditNoteNumbers())
        series.setNext(setup.creditNotePrefix, year, last + 1);
    for (const auto &[year, last] : planner.receiptNumbers())
        series.setNext(setup.receiptPrefix, year, last + 1);
    JournalRepository(db).rebuildMonthlyBalances(); // the bulk writer bypassed insert()
    tx.commit();
    // What the lines earned after their issue sits in Deferred revenue until
    // recognised: the run books it as month ends would have.
    if (opt.recognize)
        result.recognitionEntries
            = RecognitionService(m_session).run(std::min(end, m_session.today())).entries;
    return result;
}

} // namespace Accrue
