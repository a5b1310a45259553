#pragma once

// A hand-built book for the dunning suites: the company with bank details,
// three customers with e-mail addresses and five invoices whose due dates
// put them at different steps of the default schedule on 2026-07-02.
//
//   invoice  customer  issued      terms  due         amount   state
//   a        ACME      2026-06-01  30     2026-07-01  100.00   open
//   b        BETA      2026-05-01  30     2026-05-31  200.00   open
//   c        GAMMA     2026-06-01  30     2026-07-01  50.00    paid in full
//   d        ACME      2026-06-01  30     2026-07-01  80.00    disputed
//   e        BETA      2026-06-20  30     2026-07-20  70.00    open, not yet due
//
// On 2026-07-02: a is 1 day overdue (day_1 due, due_soon skipped), b is 32
// days overdue (final due; due_soon, day_1, day_3 and day_7 skipped), c is
// paid, d disputed, e is due in 18 days (before due_soon's 3).

#include "billing/collectionsservice.h"
#include "billing/paymentservice.h"
#include "billing/settingsservice.h"
#include "mail/mailsettings.h"
#include "testbook.h"

namespace Accrue::Testing {

inline MailSettings dunningMailSettings(int port = 2525)
{
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = MailSettings::Security::None;
    s.fromAddress = QStringLiteral("billing@seller.example");
    s.fromName = QStringLiteral("Seller Billing");
    s.timeoutSeconds = 5;
    s.invoiceSubject = MailSettings::defaultInvoiceSubject();
    s.invoiceBody = MailSettings::defaultInvoiceBody();
    return s;
}

struct DunningBook
{
    TestBook book;
    qint64 acme = 0, beta = 0, gamma = 0;
    Invoice a, b, c, d, e;

    DunningBook()
    {
        SettingsService settings(book.session());
        CompanySettings company = settings.company();
        company.legalName = QStringLiteral("Seller GmbH");
        company.iban = QStringLiteral("DE89370400440532013000");
        company.bic = QStringLiteral("COBADEFFXXX");
        settings.saveCompany(company);
        acme = customer("ACME", "Acme Corp", "ap@acme.example");
        beta = customer("BETA", "Beta Ltd", "ap@beta.example");
        gamma = customer("GAMMA", "Gamma AG", "ap@gamma.example");
        a = book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1));
        b = book.issue(beta, { { 1000, 20000 } }, QDate(2026, 5, 1));
        c = book.issue(gamma, { { 1000, 5000 } }, QDate(2026, 6, 1));
        d = book.issue(acme, { { 1000, 8000 } }, QDate(2026, 6, 1));
        e = book.issue(beta, { { 1000, 7000 } }, QDate(2026, 6, 20));
        PaymentService(book.session())
            .payInvoice(c.id, c.balance, QDate(2026, 6, 15), PaymentMethodKind::BankTransfer,
                        QString());
        CollectionsService(book.session())
            .openDispute(d.id, QStringLiteral("Service not delivered"), {}, QDate(2026, 6, 20));
    }

    qint64 customer(const char *code, const char *name, const char *email)
    {
        Customer cu;
        cu.code = QString::fromLatin1(code);
        cu.name = QString::fromLatin1(name);
        cu.email = QString::fromLatin1(email);
        cu.currency = Currency::require(QStringLiteral("EUR"));
        return CustomerRepository(book.db()).insert(cu);
    }
};

} // namespace Accrue::Testing
