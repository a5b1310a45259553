#pragma once

#include "domain/product.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// The catalogue from spreadsheets, one file per kind, for a team moving in
// from another tool. Columns are found by their header (any order), UTF-8
// (a BOM is fine), RFC 4180, as CustomerCsv reads customers.
//
// Products: code, name, unit_price and currency are required; unit (default
// "unit"), tax_category (standard), recognition (point_in_time) and
// revenue_account (an account code; default the book's revenue account) may
// follow.
// Plans: code, name, product (its code), period (monthly, quarterly, annual
// or months), price and currency are required; pricing (flat), trial_days
// (0) and tiers ("10:5.00;50:4.00;*:3.00", "10:5.00+20.00" adds a flat fee)
// may follow.
//
// What a row says by itself is checked here; what needs the book (codes
// that exist, accounts, products) is CatalogService's. Errors name file, line
// and column: "plans.csv:4: tiers: “10-5.00” is not a price tier (...)".
class ProductCsv final
{
public:
    struct ProductRow
    {
        int line = 0;
        Product product;
        QString revenueAccount; // an account code; empty: the default
    };
    struct PlanRow
    {
        int line = 0;
        Plan plan;
        QString product; // the product's code
    };

    static std::vector<ProductRow> parseProducts(const QByteArray &csv, const QString &fileName);
    static std::vector<PlanRow> parsePlans(const QByteArray &csv, const QString &fileName);
    // Every column each reader knows, and those a file must have.
    static const QStringList &productColumns();
    static const QStringList &planColumns();
    static const QStringList &productRequiredColumns();
    static const QStringList &planRequiredColumns();
};

} // namespace Accrue
