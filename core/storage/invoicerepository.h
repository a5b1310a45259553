#pragma once

#include "domain/invoice.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

class InvoiceRepository final
{
public:
    explicit InvoiceRepository(Database &db);

    qint64 insertDraft(Invoice &invoice);
    // Replaces a draft's header and lines; throws Error if it is no longer a
    // draft or someone saved it since `invoice.version` was read.
    // Checks the version the caller read (Error Kind::Conflict naming who
    // changed it when it moved on) and records `user` as the last editor.
    void updateDraft(Invoice &invoice, const QString &user);
    void deleteDraft(qint64 id);
    std::optional<Invoice> load(qint64 id);
    // Takes the invoice's row lock until the transaction ends (PostgreSQL);
    // on SQLite the write transaction already excludes other writers.
    void lockForUpdate(qint64 id);
    std::optional<qint64> findIdByNumber(const QString &number);
    void markIssued(const Invoice &invoice);
    // A draft's lines' tax categories and places, their amounts unchanged.
    void updateLineTaxes(const Invoice &invoice);
    // Stores paid/credited/written off/balance/status after a payment, a
    // credit or a write-off.
    void updateSettlement(const Invoice &invoice);
    void setReminded(qint64 id, const QDate &date);
    qint64 count();
    // Sum of the balances of all issued invoices in a currency (must equal AR).
    qint64 totalOpenBalance(const QString &currency);

private:
    void insertLines(Invoice &invoice);
    Database &m_db;
};

} // namespace Accrue
