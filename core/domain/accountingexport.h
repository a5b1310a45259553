#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

// The accounting systems Accrue's books are exported to (issue 16).
enum class ExportFormat {
    Iif, // QuickBooks Desktop: general journal transactions
    Xero, // Xero: sales invoices (and credit notes) and invoice payments
    NetSuite, // NetSuite: journal entry CSV import
    Ledger, // hledger / ledger-cli plain-text journal
};

QString exportFormatKey(ExportFormat format); // "iif", "xero", "netsuite", "ledger"
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
QString exportFormatName(ExportFormat format); // "QuickBooks (IIF)", translated
// The ledger journal names accounts by Accrue's own chart: it needs no mapping.
inline bool exportNeedsMapping(ExportFormat format)
{
    return format != ExportFormat::Ledger;
}

// How one of Accrue's accounts (kind "account", key: its code) or one tax
// category (kind "tax", key "standard" or "standard:19") is called in the
// target system.
struct ExportMapping
{
    QString kind;
    QString sourceKey;
    QString targetCode;
    QString targetName;
    QString updatedBy;
    QDateTime updatedAt;
    QString sourceName; // the account's name in Accrue (not stored; for lists)

    static QString accountKind() { return QStringLiteral("account"); }
    static QString taxKind() { return QStringLiteral("tax"); }
    bool isEmpty() const { return targetCode.isEmpty() && targetName.isEmpty(); }
    // What `format` writes for the row; empty when the row leaves the
    // account or tax unmapped there. QuickBooks reads an account's name;
    // Xero an account's code and a tax type's name, else its code; NetSuite
    // the account's number, else its name. The writers and the settings'
    // Accounting Export tab both ask here.
    QString targetFor(ExportFormat format) const;
};

// What an export covers: entries dated from..to (an invalid date leaves
// that end open), of one currency or all (empty).
struct ExportRange
{
    QDate from;
    QDate to;
    QString currency;
};

// One journal entry as an export reads it, lines in the order posted.
struct ExportedLine
{
    qint64 accountId = 0;
    QString customer; // the customer's name, or empty
    qint64 debitMinor = 0;
    qint64 creditMinor = 0;
};

struct ExportedEntry
{
    qint64 id = 0;
    QDate date;
    QString kind;
    QString sourceType;
    qint64 sourceId = 0;
    QString document; // invoice or credit note number, payment reference
    Currency currency;
    QString memo;
    std::vector<ExportedLine> lines;
};

// An issued invoice or credit note line as Xero imports it.
struct SalesDocumentLine
{
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
    int discountBp = 0;
    Money net;
    Money tax;
    int taxRatePpm = 0;
    QString taxCategory; // empty: the book had no tax places then
    qint64 accountId = 0;
};

struct SalesDocument
{
    bool creditNote = false;
    qint64 id = 0;
    QString number;
    QString reference; // a credit note's invoice number
    QString contact;
    QString email;
    QDate issueDate;
    QDate dueDate;
    Currency currency;
    Money subtotal;
    Money tax;
    std::vector<SalesDocumentLine> lines;
};

// A payment (or the part of it) applied to an invoice.
struct PaymentApplication
{
    qint64 paymentId = 0;
    QDate date;
    QString invoiceNumber;
    QString contact;
    Money amount;
    QString reference;
};

} // namespace Accrue
