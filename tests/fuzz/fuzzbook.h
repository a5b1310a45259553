#pragma once

// One SQLite book per fuzzing process, in a temporary folder removed at exit:
// migrated, with customer "C00001" (EUR) and product "CORE", which the seed
// invoices name. The invoice readers only look things up in it.

#include "domain/customer.h"
#include "domain/product.h"
#include "fuzzcommon.h"
#include "ledger/account.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QTemporaryDir>
#include <memory>

namespace Accrue::Fuzz {

inline Database &book()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        if (!dir.isValid())
            broken("no temporary folder");
        try {
            auto result = Database::open(dir.filePath(QStringLiteral("fuzz.accrue")),
                                         Database::OpenMode::CreateIfMissing);
            result->migrate();
            Customer c;
            c.code = QStringLiteral("C00001");
            c.name = QStringLiteral("Acme Corp");
            c.currency = Currency::require(QStringLiteral("EUR"));
            CustomerRepository(*result).insert(c);
            Account account { 0, QStringLiteral("4000"), QStringLiteral("Revenue CORE"),
                              QStringLiteral("revenue"), QString() };
            AccountRepository accounts(*result);
            if (auto existing = accounts.findByCode(account.code))
                account = *existing;
            else
                accounts.insert(account);
            Product p;
            p.code = QStringLiteral("CORE");
            p.name = QStringLiteral("Core plan");
            p.currency = Currency::require(QStringLiteral("EUR"));
            p.unitPrice = Money(9900, p.currency);
            p.revenueAccountId = account.id;
            ProductRepository(*result).insert(p);
            return result;
        } catch (const Error &e) {
            broken("cannot set up the fuzzing book:", e.userMessage() + u" / " + e.detail());
        }
    }();
    return *db;
}

} // namespace Accrue::Fuzz
