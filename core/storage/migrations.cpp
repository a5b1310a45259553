#include "storage/migrations.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QStringList>

namespace Accrue {

namespace {

struct Migration
{
    int version;
    const char *description;
    const char *common; // portable SQL with {{PK}} placeholders, ';'-separated
    const char *sqlite; // SQLite-only statements (triggers), separated by "\n--\n"
    const char *postgres; // PostgreSQL-only statements, separated by "\n--\n"
    // PostgreSQL statements generated after those (row-level security
    // policies from a table list), or nullptr.
    QStringList (*generated)() = nullptr;
};

// Conventions: money is BIGINT minor units; dates are ISO 'YYYY-MM-DD' TEXT
// (they compare as strings in both dialects); timestamps ISO-8601 UTC TEXT;
// quantities in thousandths, rates in basis points, except tax rates: parts
// per million since schema 8.
constexpr const char *schema1 = R"SQL(
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE tenant (
    id {{PK}},
    kind TEXT NOT NULL CHECK (kind IN ('distributor', 'partner', 'customer')),
    parent_id BIGINT REFERENCES tenant (id),
    name TEXT NOT NULL);
CREATE TABLE account (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
    system_role TEXT UNIQUE);
CREATE TABLE customer (
    id {{PK}},
    tenant_id BIGINT REFERENCES tenant (id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT,
    tax_id TEXT,
    currency TEXT NOT NULL,
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    created_at TEXT NOT NULL);
CREATE INDEX customer_name ON customer (name);
CREATE TABLE payment_method (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    kind TEXT NOT NULL,
    label TEXT,
    last4 TEXT,
    expiry TEXT,
    gateway_ref TEXT);
CREATE TABLE billing_profile (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    name TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    address_line1 TEXT,
    address_line2 TEXT,
    city TEXT,
    postal_code TEXT,
    region TEXT,
    state_province TEXT,
    country TEXT,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    payment_method_id BIGINT REFERENCES payment_method (id));
CREATE INDEX billing_profile_customer ON billing_profile (customer_id);
CREATE TABLE product (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    revenue_account_id BIGINT NOT NULL REFERENCES account (id),
    recognition_method TEXT NOT NULL DEFAULT 'point_in_time');
CREATE TABLE plan (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product (id),
    billing_period_months INTEGER NOT NULL,
    price_minor BIGINT NOT NULL,
    currency TEXT NOT NULL);
CREATE TABLE subscription (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    billing_profile_id BIGINT REFERENCES billing_profile (id),
    plan_id BIGINT NOT NULL REFERENCES plan (id),
    name TEXT NOT NULL,
    region TEXT,
    state_province TEXT,
    is_default INTEGER NOT NULL DEFAULT 0,
    licenses INTEGER NOT NULL DEFAULT 1,
    start_date TEXT NOT NULL,
    end_date TEXT,
    status TEXT NOT NULL);
CREATE INDEX subscription_customer ON subscription (customer_id);
CREATE TABLE number_series (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    next_value BIGINT NOT NULL,
    PRIMARY KEY (series, year));
CREATE TABLE invoice (
    id {{PK}},
    number TEXT UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    billing_profile_id BIGINT REFERENCES billing_profile (id),
    subscription_id BIGINT REFERENCES subscription (id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    currency TEXT NOT NULL,
    subtotal_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    paid_minor BIGINT NOT NULL DEFAULT 0,
    credited_minor BIGINT NOT NULL DEFAULT 0,
    balance_minor BIGINT NOT NULL DEFAULT 0,
    notes TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_reminded TEXT,
    created_at TEXT NOT NULL,
    issued_at TEXT,
    CHECK (balance_minor = total_minor - paid_minor - credited_minor));
CREATE INDEX invoice_customer ON invoice (customer_id, issue_date);
CREATE INDEX invoice_issue_date ON invoice (issue_date);
CREATE INDEX invoice_status_due ON invoice (status, due_date, currency, balance_minor);
-- The invoice list sorts by any column in SQL; these keep the first page of
-- a million-row book instant when sorted by due date or amount.
CREATE INDEX invoice_due_date ON invoice (due_date);
CREATE INDEX invoice_total ON invoice (total_minor);
CREATE INDEX invoice_balance ON invoice (balance_minor);
CREATE TABLE invoice_line (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    position INTEGER NOT NULL,
    product_id BIGINT REFERENCES product (id),
    description TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    net_minor BIGINT NOT NULL,
    tax_minor BIGINT NOT NULL,
    revenue_account_id BIGINT NOT NULL REFERENCES account (id),
    service_start TEXT,
    service_end TEXT,
    recognition_method TEXT NOT NULL DEFAULT 'point_in_time',
    UNIQUE (invoice_id, position));
CREATE TABLE credit_note (
    id {{PK}},
    number TEXT NOT NULL UNIQUE,
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    issue_date TEXT NOT NULL,
    currency TEXT NOT NULL,
    reason TEXT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    tax_minor BIGINT NOT NULL,
    total_minor BIGINT NOT NULL,
    unapplied_minor BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);
CREATE INDEX credit_note_customer ON credit_note (customer_id);
CREATE TABLE credit_note_line (
    id {{PK}},
    credit_note_id BIGINT NOT NULL REFERENCES credit_note (id),
    position INTEGER NOT NULL,
    invoice_line_id BIGINT REFERENCES invoice_line (id),
    description TEXT NOT NULL,
    net_minor BIGINT NOT NULL,
    tax_rate_bp INTEGER NOT NULL,
    tax_minor BIGINT NOT NULL,
    revenue_account_id BIGINT NOT NULL REFERENCES account (id),
    UNIQUE (credit_note_id, position));
CREATE INDEX credit_note_line_invoice_line ON credit_note_line (invoice_line_id);
CREATE TABLE payment (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    received_date TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT,
    unapplied_minor BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL);
CREATE INDEX payment_customer ON payment (customer_id, received_date);
CREATE INDEX payment_date ON payment (received_date);
CREATE TABLE allocation (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    payment_id BIGINT REFERENCES payment (id),
    credit_note_id BIGINT REFERENCES credit_note (id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    allocation_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL)));
CREATE INDEX allocation_invoice ON allocation (invoice_id, allocation_date, amount_minor);
CREATE INDEX allocation_payment ON allocation (payment_id);
CREATE INDEX allocation_credit_note ON allocation (credit_note_id);
CREATE TABLE journal_entry (
    id {{PK}},
    entry_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_type TEXT NOT NULL,
    source_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    memo TEXT,
    reverses_id BIGINT REFERENCES journal_entry (id),
    created_at TEXT NOT NULL);
CREATE INDEX journal_entry_date ON journal_entry (entry_date);
CREATE INDEX journal_entry_source ON journal_entry (source_type, source_id);
CREATE INDEX journal_entry_reverses ON journal_entry (reverses_id);
CREATE TABLE journal_line (
    id {{PK}},
    entry_id BIGINT NOT NULL REFERENCES journal_entry (id),
    entry_date TEXT NOT NULL,
    currency TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    customer_id BIGINT REFERENCES customer (id),
    debit_minor BIGINT NOT NULL DEFAULT 0,
    credit_minor BIGINT NOT NULL DEFAULT 0,
    CHECK (debit_minor >= 0 AND credit_minor >= 0 AND (debit_minor = 0 OR credit_minor = 0)));
CREATE INDEX journal_line_entry ON journal_line (entry_id);
-- Covering: balances, revenue by month and AR debits read the index alone.
CREATE INDEX journal_line_account ON journal_line (account_id, entry_date, currency, debit_minor, credit_minor);
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO account (code, name, type, system_role) VALUES ('1000', 'Bank', 'asset', 'bank');
INSERT INTO account (code, name, type, system_role) VALUES ('1100', 'Accounts receivable', 'asset', 'ar');
INSERT INTO account (code, name, type, system_role) VALUES ('1150', 'Unbilled revenue', 'asset', 'unbilled_revenue');
INSERT INTO account (code, name, type, system_role) VALUES ('2100', 'Sales tax payable', 'liability', 'tax_payable');
INSERT INTO account (code, name, type, system_role) VALUES ('2200', 'Customer credit', 'liability', 'customer_credit');
INSERT INTO account (code, name, type, system_role) VALUES ('2300', 'Deferred revenue', 'liability', 'deferred_revenue');
INSERT INTO account (code, name, type, system_role) VALUES ('4000', 'Revenue', 'revenue', 'revenue');
INSERT INTO tenant (kind, parent_id, name) VALUES ('distributor', NULL, 'Default distributor');
)SQL";

// Defence in depth: the services refuse these edits; the triggers make sure
// no other path (a script, a bug) can make them either.
constexpr const char *sqliteGuards1 = R"SQL(
CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--
CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--
CREATE TRIGGER journal_entry_immutable_u BEFORE UPDATE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'journal entries are immutable; post a reversing entry'); END;
--
CREATE TRIGGER journal_entry_immutable_d BEFORE DELETE ON journal_entry
BEGIN SELECT RAISE(ABORT, 'journal entries are immutable; post a reversing entry'); END;
--
CREATE TRIGGER journal_line_immutable_u BEFORE UPDATE ON journal_line
BEGIN SELECT RAISE(ABORT, 'journal lines are immutable'); END;
--
CREATE TRIGGER journal_line_immutable_d BEFORE DELETE ON journal_line
BEGIN SELECT RAISE(ABORT, 'journal lines are immutable'); END;
--
CREATE TRIGGER invoice_issued_immutable BEFORE UPDATE ON invoice
WHEN OLD.status <> 'draft' AND (
    NEW.number IS NOT OLD.number OR NEW.customer_id <> OLD.customer_id
    OR NEW.billing_profile_id IS NOT OLD.billing_profile_id
    OR NEW.issue_date <> OLD.issue_date OR NEW.due_date <> OLD.due_date
    OR NEW.currency <> OLD.currency OR NEW.subtotal_minor <> OLD.subtotal_minor
    OR NEW.tax_minor <> OLD.tax_minor OR NEW.total_minor <> OLD.total_minor
    OR NEW.notes IS NOT OLD.notes OR NEW.status = 'draft')
BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable; issue a credit note'); END;
--
CREATE TRIGGER invoice_issued_undeletable BEFORE DELETE ON invoice
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted'); END;
--
CREATE TRIGGER invoice_line_frozen_i BEFORE INSERT ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable; issue a credit note'); END;
--
CREATE TRIGGER invoice_line_frozen_u BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable; issue a credit note'); END;
--
CREATE TRIGGER invoice_line_frozen_d BEFORE DELETE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable; issue a credit note'); END;
--
CREATE TRIGGER credit_note_immutable BEFORE UPDATE ON credit_note
WHEN NEW.number <> OLD.number OR NEW.total_minor <> OLD.total_minor
    OR NEW.invoice_id <> OLD.invoice_id OR NEW.issue_date <> OLD.issue_date
BEGIN SELECT RAISE(ABORT, 'an issued credit note is immutable'); END;
--
CREATE TRIGGER credit_note_undeletable BEFORE DELETE ON credit_note
BEGIN SELECT RAISE(ABORT, 'an issued credit note cannot be deleted'); END;
)SQL";

// The same guards for PostgreSQL, as trigger functions.
constexpr const char *postgresGuards1 = R"SQL(
CREATE FUNCTION accrue_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END $$
--
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('audit_log is append-only')
--
CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('journal entries are immutable; post a reversing entry')
--
CREATE TRIGGER journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('journal lines are immutable')
--
CREATE TRIGGER credit_note_undeletable BEFORE DELETE ON credit_note
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('an issued credit note cannot be deleted')
--
CREATE FUNCTION accrue_invoice_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'an issued invoice cannot be deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'draft' AND (
        NEW.number IS DISTINCT FROM OLD.number OR NEW.customer_id <> OLD.customer_id
        OR NEW.billing_profile_id IS DISTINCT FROM OLD.billing_profile_id
        OR NEW.issue_date <> OLD.issue_date OR NEW.due_date <> OLD.due_date
        OR NEW.currency <> OLD.currency OR NEW.subtotal_minor <> OLD.subtotal_minor
        OR NEW.tax_minor <> OLD.tax_minor OR NEW.total_minor <> OLD.total_minor
        OR NEW.notes IS DISTINCT FROM OLD.notes OR NEW.status = 'draft') THEN
        RAISE EXCEPTION 'an issued invoice is immutable; issue a credit note';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER invoice_issued_immutable BEFORE UPDATE OR DELETE ON invoice
FOR EACH ROW EXECUTE FUNCTION accrue_invoice_guard()
--
CREATE FUNCTION accrue_invoice_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    invoice_status TEXT;
BEGIN
    SELECT status INTO invoice_status FROM invoice
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
    IF invoice_status IS NOT NULL AND invoice_status <> 'draft' THEN
        RAISE EXCEPTION 'an issued invoice is immutable; issue a credit note';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER invoice_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
FOR EACH ROW EXECUTE FUNCTION accrue_invoice_line_guard()
--
CREATE FUNCTION accrue_credit_note_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.number <> OLD.number OR NEW.total_minor <> OLD.total_minor
       OR NEW.invoice_id <> OLD.invoice_id OR NEW.issue_date <> OLD.issue_date THEN
        RAISE EXCEPTION 'an issued credit note is immutable';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER credit_note_immutable BEFORE UPDATE ON credit_note
FOR EACH ROW EXECUTE FUNCTION accrue_credit_note_guard()
)SQL";

// Reports at scale: monthly balances per account so a trial balance or an
// opening balance reads a few thousand rows instead of every journal line
// (kept by JournalRepository::insert, rebuilt after bulk loads; journal
// lines are append-only, so the sums never need taking back), and indexes
// for unbilled revenue (invoices of a subscription), deferred revenue
// (lines still in service) and credit notes by date.
constexpr const char *schema2 = R"SQL(
CREATE TABLE ledger_month (
    account_id BIGINT NOT NULL REFERENCES account (id),
    currency TEXT NOT NULL,
    month TEXT NOT NULL,
    debit_minor BIGINT NOT NULL,
    credit_minor BIGINT NOT NULL,
    PRIMARY KEY (account_id, currency, month));
INSERT INTO ledger_month (account_id, currency, month, debit_minor, credit_minor)
    SELECT account_id, currency, substr(entry_date, 1, 7), SUM(debit_minor), SUM(credit_minor)
    FROM journal_line GROUP BY account_id, currency, substr(entry_date, 1, 7);
CREATE INDEX invoice_subscription ON invoice (subscription_id, issue_date);
CREATE INDEX invoice_line_service_end ON invoice_line (service_end) WHERE service_end IS NOT NULL;
CREATE INDEX credit_note_issue_date ON credit_note (issue_date)
)SQL";

// Bank statements and reconciliation: accounts, imported statement lines
// (unique per account by the bank's id or by date, amount and reference),
// proposed matches, saved CSV layouts, card-gateway payment attempts, and
// reversals of allocations (an unmatched payment is reversed, never deleted:
// the allocation stays and a reversal dated when it was taken back joins it).
constexpr const char *schema3 = R"SQL(
CREATE TABLE bank_account (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    iban TEXT,
    ledger_account_id BIGINT NOT NULL REFERENCES account (id));
CREATE TABLE bank_statement (
    id {{PK}},
    bank_account_id BIGINT NOT NULL REFERENCES bank_account (id),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    line_count INTEGER NOT NULL);
CREATE TABLE bank_transaction (
    id {{PK}},
    statement_id BIGINT NOT NULL REFERENCES bank_statement (id),
    bank_account_id BIGINT NOT NULL REFERENCES bank_account (id),
    booking_date TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    counterparty TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    bank_ref TEXT NOT NULL DEFAULT '',
    dedupe_key TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'unmatched',
    confidence INTEGER NOT NULL DEFAULT 0,
    match_reason TEXT NOT NULL DEFAULT '',
    payment_id BIGINT REFERENCES payment (id),
    UNIQUE (bank_account_id, dedupe_key));
CREATE INDEX bank_transaction_state ON bank_transaction (state, booking_date);
CREATE INDEX bank_transaction_date ON bank_transaction (bank_account_id, booking_date);
CREATE TABLE bank_match (
    id {{PK}},
    transaction_id BIGINT NOT NULL REFERENCES bank_transaction (id),
    invoice_id BIGINT REFERENCES invoice (id),
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    amount_minor BIGINT NOT NULL);
CREATE INDEX bank_match_transaction ON bank_match (transaction_id);
CREATE TABLE bank_csv_mapping (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL);
CREATE TABLE payment_attempt (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    attempted_at TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    gateway_ref TEXT NOT NULL UNIQUE);
CREATE INDEX payment_attempt_invoice ON payment_attempt (invoice_id, status);
CREATE TABLE allocation_reversal (
    allocation_id BIGINT PRIMARY KEY REFERENCES allocation (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    amount_minor BIGINT NOT NULL,
    reversed_date TEXT NOT NULL,
    entry_id BIGINT REFERENCES journal_entry (id));
CREATE INDEX allocation_reversal_invoice ON allocation_reversal (invoice_id, reversed_date, amount_minor);
ALTER TABLE payment ADD COLUMN reversed_date TEXT;
ALTER TABLE invoice ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0
)SQL";

// Team work: who changed a customer, a draft or a setting last and when (so a
// stale edit is refused with a name and a time), the app's own user list for
// SQLite books (on PostgreSQL the server's roles decide, see Migrations::
// applyGrants), and change notifications for other clients.
constexpr const char *schema4 = R"SQL(
ALTER TABLE customer ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customer ADD COLUMN updated_by TEXT;
ALTER TABLE customer ADD COLUMN updated_at TEXT;
ALTER TABLE invoice ADD COLUMN updated_by TEXT;
ALTER TABLE invoice ADD COLUMN updated_at TEXT;
ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE setting ADD COLUMN updated_by TEXT;
ALTER TABLE setting ADD COLUMN updated_at TEXT;
CREATE TABLE app_user (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'finance', 'viewer')),
    created_at TEXT NOT NULL)
)SQL";

// PostgreSQL only: AR aging there starts from today's balances and reads the
// allocations after the as-of date by these indexes (see InvoiceRegister).
// Every committed change to what the pages show is announced on the
// "accrue_changes" channel as "table:id"; PostgreSQL folds duplicates within
// a transaction and delivers at commit, so a reader never sees half a change.
constexpr const char *postgresNotify4 = R"SQL(
CREATE FUNCTION accrue_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_id TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_id := OLD.id::text;
    ELSE
        row_id := NEW.id::text;
    END IF;
    PERFORM pg_notify('accrue_changes', TG_TABLE_NAME || ':' || row_id);
    RETURN NULL;
END $$
--
CREATE TRIGGER customer_notify AFTER INSERT OR UPDATE OR DELETE ON customer
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER invoice_notify AFTER INSERT OR UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER credit_note_notify AFTER INSERT OR UPDATE ON credit_note
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER payment_notify AFTER INSERT OR UPDATE OR DELETE ON payment
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER bank_transaction_notify AFTER INSERT OR UPDATE ON bank_transaction
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE FUNCTION accrue_notify_setting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('accrue_changes', 'setting:' || NEW.key);
    RETURN NULL;
END $$
--
CREATE TRIGGER setting_notify AFTER INSERT OR UPDATE ON setting
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_setting()
--
CREATE INDEX allocation_date ON allocation (allocation_date, invoice_id, amount_minor)
--
CREATE INDEX allocation_reversal_date ON allocation_reversal (reversed_date, invoice_id, amount_minor)
)SQL";

// Statement lines by the payment booked from them: the reconciliation
// report's "booked, not on the statement" looks every payment of the period
// up here, which without an index read all the lines once per payment (a
// 1,000,000-invoice book with 100,000 lines did not finish in 15 minutes).
constexpr const char *schema5 = R"SQL(
CREATE INDEX bank_transaction_payment ON bank_transaction (payment_id)
)SQL";

// Customers a team can run: language and notes, archiving that keeps the
// history; payment methods with a debit mandate and a masked account; the
// index a statement of account reads through.
constexpr const char *schema6 = R"SQL(
ALTER TABLE customer ADD COLUMN language TEXT;
ALTER TABLE customer ADD COLUMN notes TEXT;
ALTER TABLE customer ADD COLUMN archived_at TEXT;
ALTER TABLE payment_method ADD COLUMN mandate_reference TEXT;
ALTER TABLE payment_method ADD COLUMN account_masked TEXT;
-- A customer's statement of account reads their journal lines by date.
CREATE INDEX journal_line_customer ON journal_line (customer_id, entry_date)
)SQL";

// A book a team runs from setup to recurring billing: products with units and
// a tax category, plans priced by tier, subscriptions with a change log and
// what has been billed, dated exchange rates, and tax rates by place.
// Recurring invoices and proration credit notes carry a billing key, unique,
// so a billing run done twice for one date bills once.
constexpr const char *schema7 = R"SQL(
ALTER TABLE product ADD COLUMN unit TEXT NOT NULL DEFAULT 'unit';
ALTER TABLE product ADD COLUMN tax_category TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE product ADD COLUMN archived_at TEXT;
-- flat: the price per period whatever the quantity, per_unit: price x seats,
-- graduated: each tier prices its own units, volume: all units at the tier
-- the quantity falls in. Tiers add a flat fee per tier reached.
ALTER TABLE plan ADD COLUMN pricing TEXT NOT NULL DEFAULT 'flat';
ALTER TABLE plan ADD COLUMN trial_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan ADD COLUMN archived_at TEXT;
CREATE TABLE plan_tier (
    id {{PK}},
    plan_id BIGINT NOT NULL REFERENCES plan (id),
    position INTEGER NOT NULL,
    up_to INTEGER,
    unit_price_minor BIGINT NOT NULL DEFAULT 0,
    flat_minor BIGINT NOT NULL DEFAULT 0,
    UNIQUE (plan_id, position));
-- renewal_date: the start of the next period to bill, billed_through: the
-- last day already invoiced.
ALTER TABLE subscription ADD COLUMN trial_end TEXT;
ALTER TABLE subscription ADD COLUMN renewal_date TEXT;
ALTER TABLE subscription ADD COLUMN billed_through TEXT;
ALTER TABLE subscription ADD COLUMN paused_at TEXT;
ALTER TABLE subscription ADD COLUMN cancelled_at TEXT;
ALTER TABLE subscription ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX subscription_due ON subscription (status, renewal_date);
CREATE TABLE subscription_change (
    id {{PK}},
    subscription_id BIGINT NOT NULL REFERENCES subscription (id),
    effective_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('created', 'plan', 'quantity', 'pause', 'resume', 'cancel')),
    old_plan_id BIGINT REFERENCES plan (id),
    new_plan_id BIGINT REFERENCES plan (id),
    old_licenses INTEGER,
    new_licenses INTEGER,
    billed INTEGER NOT NULL DEFAULT 0,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX subscription_change_subscription ON subscription_change (subscription_id, effective_date);
CREATE INDEX subscription_change_unbilled ON subscription_change (billed, effective_date);
CREATE TABLE billing_run (
    id {{PK}},
    run_date TEXT NOT NULL,
    user_name TEXT NOT NULL,
    invoice_count INTEGER NOT NULL,
    credit_note_count INTEGER NOT NULL,
    issued INTEGER NOT NULL,
    created_at TEXT NOT NULL);
ALTER TABLE invoice ADD COLUMN billing_key TEXT;
ALTER TABLE invoice ADD COLUMN billing_run_id BIGINT REFERENCES billing_run (id);
CREATE UNIQUE INDEX invoice_billing_key ON invoice (billing_key);
ALTER TABLE credit_note ADD COLUMN billing_key TEXT;
CREATE UNIQUE INDEX credit_note_billing_key ON credit_note (billing_key);
-- One unit of `base` is worth rate_e10 / 10^10 units of `quote` on rate_date.
CREATE TABLE exchange_rate (
    id {{PK}},
    rate_date TEXT NOT NULL,
    base TEXT NOT NULL,
    quote TEXT NOT NULL,
    rate_e10 BIGINT NOT NULL CHECK (rate_e10 > 0),
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (base, quote, rate_date));
-- A payment in another currency than its invoice: what it paid in its own
-- currency and the rate (payment currency -> invoice currency) applied.
ALTER TABLE allocation ADD COLUMN payment_amount_minor BIGINT;
ALTER TABLE allocation ADD COLUMN rate_e10 BIGINT;
INSERT INTO account (code, name, type, system_role) VALUES ('1190', 'Currency exchange clearing', 'asset', 'fx_clearing');
INSERT INTO account (code, name, type, system_role) VALUES ('7900', 'Exchange gains and losses', 'expense', 'fx_gain_loss');
-- region '' is the whole country, and a region or state/province rate wins.
CREATE TABLE tax_rate (
    id {{PK}},
    country TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('standard', 'reduced', 'zero', 'exempt', 'reverse_charge')),
    rate_bp INTEGER NOT NULL CHECK (rate_bp >= 0 AND rate_bp <= 10000),
    name TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '0001-01-01',
    valid_to TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (country, region, category, valid_from));
ALTER TABLE invoice_line ADD COLUMN tax_category TEXT;
ALTER TABLE invoice_line ADD COLUMN tax_country TEXT;
ALTER TABLE invoice_line ADD COLUMN tax_region TEXT
)SQL";

constexpr const char *postgresNotify7 = R"SQL(
CREATE TRIGGER subscription_notify AFTER INSERT OR UPDATE OR DELETE ON subscription
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER product_notify AFTER INSERT OR UPDATE OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
--
CREATE TRIGGER plan_notify AFTER INSERT OR UPDATE OR DELETE ON plan
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
)SQL";

// Tax rates in parts per million instead of basis points (x 100: 19 % is
// 190000), so combined US sales-tax rates such as New York City's 8.875 %
// are exact. Discounts stay in basis points. The columns are renamed here,
// portably; what differs per dialect follows in sqliteTaxPpm8 and
// postgresTaxPpm8 (run after this part).
constexpr const char *schema8 = R"SQL(
ALTER TABLE product RENAME COLUMN tax_rate_bp TO tax_rate_ppm;
UPDATE product SET tax_rate_ppm = tax_rate_ppm * 100;
ALTER TABLE credit_note_line RENAME COLUMN tax_rate_bp TO tax_rate_ppm;
UPDATE credit_note_line SET tax_rate_ppm = tax_rate_ppm * 100;
ALTER TABLE invoice_line RENAME COLUMN tax_rate_bp TO tax_rate_ppm
)SQL";

// SQLite cannot change a CHECK: tax_rate is rebuilt (moved aside, created
// anew under its own name, copied, the old one dropped; its only index is
// the UNIQUE constraint's, which comes with the table). Issued invoice lines
// are frozen by a trigger: it is dropped for the conversion and recreated
// exactly as schema 1 made it.
constexpr const char *sqliteTaxPpm8 = R"SQL(
ALTER TABLE tax_rate RENAME TO tax_rate_bp_old
--
CREATE TABLE tax_rate (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('standard', 'reduced', 'zero', 'exempt', 'reverse_charge')),
    rate_ppm INTEGER NOT NULL CHECK (rate_ppm >= 0 AND rate_ppm <= 1000000),
    name TEXT NOT NULL,
    valid_from TEXT NOT NULL DEFAULT '0001-01-01',
    valid_to TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (country, region, category, valid_from))
--
INSERT INTO tax_rate (id, country, region, category, rate_ppm, name, valid_from, valid_to,
                      created_at)
    SELECT id, country, region, category, rate_bp * 100, name, valid_from, valid_to, created_at
    FROM tax_rate_bp_old
--
DROP TABLE tax_rate_bp_old
--
DROP TRIGGER invoice_line_frozen_u
--
UPDATE invoice_line SET tax_rate_ppm = tax_rate_ppm * 100
--
CREATE TRIGGER invoice_line_frozen_u BEFORE UPDATE ON invoice_line
WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued invoice is immutable; issue a credit note'); END;
)SQL";

// PostgreSQL changes the column in place; the CHECK has the name PostgreSQL
// gave it in schema 7. The line guard is recreated as schema 1 made it.
constexpr const char *postgresTaxPpm8 = R"SQL(
ALTER TABLE tax_rate DROP CONSTRAINT tax_rate_rate_bp_check
--
ALTER TABLE tax_rate RENAME COLUMN rate_bp TO rate_ppm
--
UPDATE tax_rate SET rate_ppm = rate_ppm * 100
--
ALTER TABLE tax_rate ADD CONSTRAINT tax_rate_rate_ppm_check
    CHECK (rate_ppm >= 0 AND rate_ppm <= 1000000)
--
DROP TRIGGER invoice_line_frozen ON invoice_line
--
UPDATE invoice_line SET tax_rate_ppm = tax_rate_ppm * 100
--
CREATE TRIGGER invoice_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
FOR EACH ROW EXECUTE FUNCTION accrue_invoice_line_guard()
)SQL";

// E-mail through an outbox: each message is kept whole (its RFC 5322 text,
// 7-bit ASCII since every header and body is encoded) with the document it
// belongs to, so delivery can run later, be retried with backoff, and show
// the server's last answer. Status queued -> sent, or failed when the server
// refused it for good or the attempts ran out.
constexpr const char *schema9 = R"SQL(
CREATE TABLE email_outbox (
    id {{PK}},
    document_kind TEXT,
    document_id BIGINT,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    created_by TEXT NOT NULL);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_document ON email_outbox (document_kind, document_id)
)SQL";

// Getting paid: a receipt for every payment recorded (its own gapless
// series), invoices put in dispute with notes and a resolution, and
// write-offs of what a customer will not pay. An invoice keeps what was
// written off next to what was paid and credited, so its balance stays
// total - paid - credited - written off. One dispute per invoice is open at a
// time. Bad debts is the expense a write-off is posted to.
constexpr const char *schema10 = R"SQL(
CREATE TABLE receipt (
    id {{PK}},
    number TEXT NOT NULL UNIQUE,
    payment_id BIGINT NOT NULL UNIQUE REFERENCES payment (id),
    issue_date TEXT NOT NULL,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL);
-- What the payment settled, as the receipt shows it: frozen when issued.
CREATE TABLE receipt_line (
    receipt_id BIGINT NOT NULL REFERENCES receipt (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    currency TEXT NOT NULL,
    applied_minor BIGINT NOT NULL,
    balance_after_minor BIGINT NOT NULL,
    PRIMARY KEY (receipt_id, invoice_id));
CREATE TABLE dispute (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    reason TEXT NOT NULL,
    opened_date TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolution TEXT CHECK (resolution IN ('credit_note', 'write_off', 'withdrawn')),
    resolved_date TEXT,
    resolved_by TEXT,
    resolved_at TEXT);
CREATE UNIQUE INDEX dispute_open_invoice ON dispute (invoice_id) WHERE resolved_date IS NULL;
CREATE INDEX dispute_invoice ON dispute (invoice_id, opened_date);
CREATE TABLE dispute_note (
    id {{PK}},
    dispute_id BIGINT NOT NULL REFERENCES dispute (id),
    note TEXT NOT NULL,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX dispute_note_dispute ON dispute_note (dispute_id);
ALTER TABLE invoice ADD COLUMN written_off_minor BIGINT NOT NULL DEFAULT 0;
CREATE TABLE write_off (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    write_off_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entry_id BIGINT REFERENCES journal_entry (id),
    created_at TEXT NOT NULL);
CREATE INDEX write_off_invoice ON write_off (invoice_id, write_off_date, amount_minor);
-- A book whose own chart already uses 6900 gets the account as 6901.
INSERT INTO account (code, name, type, system_role) SELECT '6900', 'Bad debts', 'expense', 'bad_debt' WHERE NOT EXISTS (SELECT 1 FROM account WHERE code = '6900');
INSERT INTO account (code, name, type, system_role) SELECT '6901', 'Bad debts', 'expense', 'bad_debt' WHERE NOT EXISTS (SELECT 1 FROM account WHERE system_role = 'bad_debt')
)SQL";

// The invoice's balance check learns the written-off column. SQLite cannot
// alter a CHECK: the table's stored definition is edited in place, the
// procedure SQLite documents for changing a CHECK that every row already
// meets (written_off_minor is 0 on every row here), then the schema is
// reloaded.
constexpr const char *sqliteWriteOffCheck10 = R"SQL(
PRAGMA writable_schema=ON
--
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (balance_minor = total_minor - paid_minor - credited_minor)', 'CHECK (balance_minor = total_minor - paid_minor - credited_minor - written_off_minor)') WHERE type = 'table' AND name = 'invoice'
--
PRAGMA writable_schema=RESET
)SQL";

constexpr const char *postgresWriteOffCheck10 = R"SQL(
ALTER TABLE invoice DROP CONSTRAINT invoice_check
--
ALTER TABLE invoice ADD CONSTRAINT invoice_check CHECK (balance_minor = total_minor - paid_minor - credited_minor - written_off_minor)
)SQL";

// Dunning: one row per reminder step an invoice has had (or skipped
// because a later step was due first), so a step acts once per invoice
// however often and by however many clients a run is started: the UNIQUE
// pair decides. step_day keeps the step's day offset so that a step added
// to the schedule later, before one the invoice already had, never fires.
// A late fee is its own issued invoice, named here. Late fees is the
// revenue account those invoices post to.
constexpr const char *schema11 = R"SQL(
CREATE TABLE dunning_notice (
    id {{PK}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    step_key TEXT NOT NULL,
    step_day INTEGER NOT NULL,
    notice_date TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('email', 'review', 'stop_service', 'skipped')),
    days_overdue INTEGER NOT NULL,
    outbox_id BIGINT REFERENCES email_outbox (id),
    late_fee_invoice_id BIGINT REFERENCES invoice (id),
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (invoice_id, step_key));
CREATE INDEX dunning_notice_fee ON dunning_notice (late_fee_invoice_id);
CREATE INDEX dunning_notice_action ON dunning_notice (action, notice_date);
-- A book whose own chart already uses 4800 gets the account as 4801.
INSERT INTO account (code, name, type, system_role) SELECT '4800', 'Late fees', 'revenue', 'late_fees' WHERE NOT EXISTS (SELECT 1 FROM account WHERE code = '4800');
INSERT INTO account (code, name, type, system_role) SELECT '4801', 'Late fees', 'revenue', 'late_fees' WHERE NOT EXISTS (SELECT 1 FROM account WHERE system_role = 'late_fees')
)SQL";

// The invoice list's "Sent" column reads each row's last sent e-mail: one
// seek in this index answers MAX(sent_at) for (invoice, id, sent) without
// touching the table (email_outbox_document would read every message of
// the invoice to look at its status).
constexpr const char *schema12 = R"SQL(
CREATE INDEX email_outbox_sent ON email_outbox (document_kind, document_id, status, sent_at)
)SQL";

// A review flag of a dunning step cleared: who, when and why, kept beside
// the notice (which the finance role may not change) so that the flagged
// list is one anti-join, not a scan of the audit log.
constexpr const char *schema13 = R"SQL(
CREATE TABLE dunning_flag_clear (
    notice_id BIGINT PRIMARY KEY REFERENCES dunning_notice (id),
    cleared_date TEXT NOT NULL,
    cleared_by TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL)
)SQL";

// Revenue recognition (ASC 606 / IFRS 15). Every issued invoice line gets
// schedule rows: the amount of its net revenue recognised on a date (by
// month for ratable lines, once for a point in time or a delivery, when done
// for a milestone, whose rows wait undated until then). A credit note adds
// negative rows that reduce the line's later rows (credit_note_id says
// which). entry_id is the journal entry that recognised the row: the issue
// entry for what was earned by the issue date, else the recognition run's.
// Currency and account come from the line, so a row stays five numbers
// and a date. Usage delivered (as_delivered products) is recorded per
// customer and product; the run accrues what is not yet billed (Dr
// Unbilled revenue / Cr Revenue), and the invoice line that bills it names
// it, so issuing takes the accrual back out of Unbilled revenue.
constexpr const char *schema14 = R"SQL(
CREATE TABLE recognition_milestone (
    id {{PK}},
    invoice_line_id BIGINT NOT NULL REFERENCES invoice_line (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    share_bp INTEGER NOT NULL CHECK (share_bp > 0 AND share_bp <= 10000),
    done_on TEXT,
    done_by TEXT,
    UNIQUE (invoice_line_id, position));
CREATE TABLE recognition_schedule (
    id {{PK}},
    invoice_line_id BIGINT NOT NULL REFERENCES invoice_line (id),
    recognize_on TEXT,
    amount_minor BIGINT NOT NULL,
    milestone_id BIGINT REFERENCES recognition_milestone (id),
    credit_note_id BIGINT REFERENCES credit_note (id),
    entry_id BIGINT REFERENCES journal_entry (id));
CREATE INDEX recognition_schedule_line ON recognition_schedule (invoice_line_id);
CREATE INDEX recognition_schedule_date ON recognition_schedule (recognize_on);
CREATE INDEX recognition_schedule_due ON recognition_schedule (recognize_on) WHERE entry_id IS NULL;
CREATE INDEX recognition_schedule_milestone ON recognition_schedule (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE TABLE usage_record (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    product_id BIGINT NOT NULL REFERENCES product (id),
    delivered_on TEXT NOT NULL,
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli > 0),
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL,
    revenue_account_id BIGINT NOT NULL REFERENCES account (id),
    accrual_entry_id BIGINT REFERENCES journal_entry (id),
    invoice_line_id BIGINT REFERENCES invoice_line (id),
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX usage_record_unbilled ON usage_record (customer_id, product_id, delivered_on) WHERE invoice_line_id IS NULL;
CREATE INDEX usage_record_unaccrued ON usage_record (delivered_on) WHERE accrual_entry_id IS NULL AND invoice_line_id IS NULL;
CREATE INDEX usage_record_line ON usage_record (invoice_line_id) WHERE invoice_line_id IS NOT NULL
)SQL";

// A posted schedule row is history: its entry is set once, and then
// nothing about it changes or goes. An unposted row may get its date once
// (a milestone done). Accrued or billed usage and a done milestone are
// frozen likewise.
constexpr const char *sqliteGuards14 = R"SQL(
CREATE TRIGGER recognition_schedule_posted_u BEFORE UPDATE ON recognition_schedule
WHEN OLD.entry_id IS NOT NULL OR NEW.amount_minor <> OLD.amount_minor
    OR NEW.invoice_line_id <> OLD.invoice_line_id
    OR NEW.milestone_id IS NOT OLD.milestone_id OR NEW.credit_note_id IS NOT OLD.credit_note_id
    OR (OLD.recognize_on IS NOT NULL AND NEW.recognize_on IS NOT OLD.recognize_on)
BEGIN SELECT RAISE(ABORT, 'a recognition schedule row is set once; post a credit note to change it'); END;
--
CREATE TRIGGER recognition_schedule_posted_d BEFORE DELETE ON recognition_schedule
WHEN OLD.entry_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a posted recognition schedule row cannot be deleted'); END;
--
CREATE TRIGGER recognition_milestone_done_u BEFORE UPDATE ON recognition_milestone
WHEN OLD.done_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a milestone marked done cannot be changed'); END;
--
CREATE TRIGGER recognition_milestone_done_d BEFORE DELETE ON recognition_milestone
WHEN OLD.done_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a milestone marked done cannot be deleted'); END;
--
CREATE TRIGGER usage_record_frozen_u BEFORE UPDATE ON usage_record
WHEN NEW.amount_minor <> OLD.amount_minor OR NEW.quantity_milli <> OLD.quantity_milli
    OR NEW.delivered_on <> OLD.delivered_on OR NEW.customer_id <> OLD.customer_id
    OR NEW.product_id <> OLD.product_id OR NEW.currency <> OLD.currency
    OR (OLD.accrual_entry_id IS NOT NULL AND NEW.accrual_entry_id IS NOT OLD.accrual_entry_id)
    OR (OLD.invoice_line_id IS NOT NULL AND NEW.invoice_line_id IS NOT OLD.invoice_line_id)
BEGIN SELECT RAISE(ABORT, 'recorded usage is immutable once accrued or billed'); END;
--
CREATE TRIGGER usage_record_frozen_d BEFORE DELETE ON usage_record
WHEN OLD.accrual_entry_id IS NOT NULL OR OLD.invoice_line_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'recorded usage is immutable once accrued or billed'); END;
)SQL";

constexpr const char *postgresGuards14 = R"SQL(
CREATE FUNCTION accrue_recognition_schedule_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.entry_id IS NOT NULL THEN
            RAISE EXCEPTION 'a posted recognition schedule row cannot be deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.entry_id IS NOT NULL OR NEW.amount_minor <> OLD.amount_minor
       OR NEW.invoice_line_id <> OLD.invoice_line_id
       OR NEW.milestone_id IS DISTINCT FROM OLD.milestone_id
       OR NEW.credit_note_id IS DISTINCT FROM OLD.credit_note_id
       OR (OLD.recognize_on IS NOT NULL AND NEW.recognize_on IS DISTINCT FROM OLD.recognize_on) THEN
        RAISE EXCEPTION 'a recognition schedule row is set once, post a credit note to change it';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER recognition_schedule_posted BEFORE UPDATE OR DELETE ON recognition_schedule
FOR EACH ROW EXECUTE FUNCTION accrue_recognition_schedule_guard()
--
CREATE FUNCTION accrue_recognition_milestone_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.done_on IS NOT NULL THEN
        RAISE EXCEPTION 'a milestone marked done cannot be changed or deleted';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER recognition_milestone_done BEFORE UPDATE OR DELETE ON recognition_milestone
FOR EACH ROW EXECUTE FUNCTION accrue_recognition_milestone_guard()
--
CREATE FUNCTION accrue_usage_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.accrual_entry_id IS NOT NULL OR OLD.invoice_line_id IS NOT NULL THEN
            RAISE EXCEPTION 'recorded usage is immutable once accrued or billed';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.amount_minor <> OLD.amount_minor OR NEW.quantity_milli <> OLD.quantity_milli
       OR NEW.delivered_on <> OLD.delivered_on OR NEW.customer_id <> OLD.customer_id
       OR NEW.product_id <> OLD.product_id OR NEW.currency <> OLD.currency
       OR (OLD.accrual_entry_id IS NOT NULL
           AND NEW.accrual_entry_id IS DISTINCT FROM OLD.accrual_entry_id)
       OR (OLD.invoice_line_id IS NOT NULL
           AND NEW.invoice_line_id IS DISTINCT FROM OLD.invoice_line_id) THEN
        RAISE EXCEPTION 'recorded usage is immutable once accrued or billed';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER usage_record_frozen BEFORE UPDATE OR DELETE ON usage_record
FOR EACH ROW EXECUTE FUNCTION accrue_usage_record_guard()
)SQL";

// Accounting exports: how each of Accrue's accounts is called in QuickBooks
// (IIF), Xero or NetSuite, and which Xero tax rate an invoice line's tax
// category (or category at a rate) is. kind 'account' keys by the account's
// code, kind 'tax' by the category ("standard") or the category and the
// rate in percent ("standard:19"). Edited by administrators, audited.
constexpr const char *schema16 = R"SQL(
CREATE TABLE export_mapping (
    id {{PK}},
    target TEXT NOT NULL CHECK (target IN ('iif', 'xero', 'netsuite')),
    kind TEXT NOT NULL CHECK (kind IN ('account', 'tax')),
    source_key TEXT NOT NULL,
    target_code TEXT NOT NULL DEFAULT '',
    target_name TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (target, kind, source_key))
)SQL";

// Month-end close (issue 16): the book is closed through a lock date, one
// row (period_lock) that every posting reads; closing moves it forward a
// month at a time and reopening (Admin) moves it back. closed_from is the
// first day of the first month of the current run of closes (NULL, like
// closed_through, when nothing is closed). period_close keeps every close
// and reopen with who, when and why: append-only. A posting dated inside a
// closed month is moved to the first open day and keeps its own date in
// journal_entry.original_date.
constexpr const char *schema15 = R"SQL(
CREATE TABLE period_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    closed_from TEXT,
    closed_through TEXT,
    updated_by TEXT,
    updated_at TEXT,
    CHECK ((closed_from IS NULL) = (closed_through IS NULL)));
INSERT INTO period_lock (id) VALUES (1);
CREATE TABLE period_close (
    id {{PK}},
    period TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
    closed_through TEXT,
    reason TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX period_close_period ON period_close (period);
ALTER TABLE journal_entry ADD COLUMN original_date TEXT
)SQL";

// Defence in depth: JournalRepository::insert moves a posting out of a
// closed month; these stop any other path (a script, psql) from writing
// into one, and keep the history append-only.
constexpr const char *sqlitePeriodClose15 = R"SQL(
CREATE TRIGGER journal_entry_closed_period BEFORE INSERT ON journal_entry
WHEN NEW.entry_date <= (SELECT closed_through FROM period_lock WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'the books are closed through that date; post in an open period'); END;
--
CREATE TRIGGER period_close_append_only_u BEFORE UPDATE ON period_close
BEGIN SELECT RAISE(ABORT, 'period_close is append-only'); END;
--
CREATE TRIGGER period_close_append_only_d BEFORE DELETE ON period_close
BEGIN SELECT RAISE(ABORT, 'period_close is append-only'); END;
--
CREATE TRIGGER period_lock_undeletable BEFORE DELETE ON period_lock
BEGIN SELECT RAISE(ABORT, 'period_lock keeps its one row'); END;
)SQL";

constexpr const char *postgresPeriodClose15 = R"SQL(
CREATE FUNCTION accrue_closed_period_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    through TEXT;
BEGIN
    SELECT closed_through INTO through FROM period_lock WHERE id = 1;
    IF through IS NOT NULL AND NEW.entry_date <= through THEN
        RAISE EXCEPTION 'the books are closed through %: a journal entry dated % is refused', through, NEW.entry_date;
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER journal_entry_closed_period BEFORE INSERT ON journal_entry
FOR EACH ROW EXECUTE FUNCTION accrue_closed_period_guard()
--
CREATE TRIGGER period_close_append_only BEFORE UPDATE OR DELETE ON period_close
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('period_close is append-only')
--
CREATE TRIGGER period_lock_undeletable BEFORE DELETE ON period_lock
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('period_lock keeps its one row')
--
CREATE TRIGGER period_close_notify AFTER INSERT ON period_close
    FOR EACH ROW EXECUTE FUNCTION accrue_notify_change()
)SQL";

// Tenants: Distributor -> Partners -> Customers. A customer tenant is tied to
// its one customer row (tenant.customer_id). tenant_path is the tree's
// closure (every ancestor of every tenant, itself at depth 0), kept by
// TenantRepository: "what may this user see" is one indexed join,
// customer.tenant_id IN the descendants of the user's tenant, at any depth.
// Users (app_user: SQLite's users, PostgreSQL logins' tenants) and customers
// from before belong to the root, the default distributor.
constexpr const char *schema17 = R"SQL(
ALTER TABLE tenant ADD COLUMN customer_id BIGINT REFERENCES customer (id);
CREATE UNIQUE INDEX tenant_customer ON tenant (customer_id);
CREATE INDEX tenant_parent ON tenant (parent_id);
CREATE TABLE tenant_path (
    ancestor_id BIGINT NOT NULL REFERENCES tenant (id),
    descendant_id BIGINT NOT NULL REFERENCES tenant (id),
    depth INTEGER NOT NULL,
    PRIMARY KEY (ancestor_id, descendant_id));
CREATE INDEX tenant_path_descendant ON tenant_path (descendant_id, ancestor_id);
INSERT INTO tenant_path (ancestor_id, descendant_id, depth)
    WITH RECURSIVE up (ancestor_id, descendant_id, depth) AS (
        SELECT id, id, 0 FROM tenant
        UNION ALL
        SELECT t.parent_id, up.descendant_id, up.depth + 1 FROM up
        JOIN tenant t ON t.id = up.ancestor_id WHERE t.parent_id IS NOT NULL)
    SELECT ancestor_id, descendant_id, depth FROM up;
ALTER TABLE app_user ADD COLUMN tenant_id BIGINT REFERENCES tenant (id);
UPDATE app_user SET tenant_id = (SELECT MIN(id) FROM tenant WHERE parent_id IS NULL)
    WHERE tenant_id IS NULL;
UPDATE customer SET tenant_id = (SELECT MIN(id) FROM tenant WHERE parent_id IS NULL)
    WHERE tenant_id IS NULL;
CREATE INDEX customer_tenant ON customer (tenant_id, id)
)SQL";

// A customer written without a tenant (imports, bulk loads, older clients)
// belongs to the root: no customer is ever outside the tree.
constexpr const char *sqliteTenants17 = R"SQL(
CREATE TRIGGER customer_default_tenant AFTER INSERT ON customer WHEN NEW.tenant_id IS NULL
BEGIN
    UPDATE customer SET tenant_id = (SELECT MIN(id) FROM tenant WHERE parent_id IS NULL)
    WHERE id = NEW.id;
END
)SQL";

// Row-level security keyed to the connected login (current_user). The
// SECURITY DEFINER functions read the user's tenant (app_user, else the root)
// and its subtree with the owner's rights, so the policies stay one line
// each; a caller may ask only for itself or a role it is a member of. Each
// policy's "sees all" test is a scalar subquery: one InitPlan per statement,
// so a root user's queries cost what they did without RLS. The table owner
// (migrations, bulk loads) and superusers bypass RLS as PostgreSQL does.
// Lines, allocations and the other children reach their scope through
// their parent row, which is itself filtered.
constexpr const char *postgresTenants17 = R"SQL(
CREATE FUNCTION accrue_root_tenant() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT MIN(id) FROM tenant WHERE parent_id IS NULL
$$
--
CREATE FUNCTION accrue_user_tenant(who NAME) RETURNS BIGINT LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN who = session_user OR pg_has_role(session_user, who, 'MEMBER')
        THEN COALESCE((SELECT tenant_id FROM app_user WHERE name = who), accrue_root_tenant())
    END
$$
--
CREATE FUNCTION accrue_sees_all(who NAME) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE(accrue_user_tenant(who) = accrue_root_tenant(), false)
$$
--
CREATE FUNCTION accrue_visible_tenants(who NAME) RETURNS SETOF BIGINT LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT descendant_id FROM tenant_path WHERE ancestor_id = accrue_user_tenant(who)
$$
--
CREATE FUNCTION accrue_visible_customers(who NAME) RETURNS SETOF BIGINT LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.id FROM customer c JOIN tenant_path p ON p.descendant_id = c.tenant_id
    WHERE p.ancestor_id = accrue_user_tenant(who)
$$
--
CREATE FUNCTION accrue_default_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tenant_id IS NULL THEN
        NEW.tenant_id := COALESCE(accrue_user_tenant(current_user), accrue_root_tenant());
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER customer_default_tenant BEFORE INSERT ON customer
    FOR EACH ROW EXECUTE FUNCTION accrue_default_tenant()
)SQL";

// Row-level security from a table list: each table's one policy (for every
// command, so writes are checked with the same condition) lets the root's
// users see everything and the others the rows their customers reach.
enum class Reach {
    Tenants, // column: a tenant id of the user's subtree
    Customers, // column: a customer id the user sees
    Parent, // column: the id of a row of `parent` (itself filtered)
    Condition, // `column` is the whole condition
    Book, // the root's users only: the book owner's records
    TenantLine // the row's tenant_line (its tenant and that tenant's ancestors) holds the user's
};

struct TenantTable
{
    const char *table;
    Reach reach;
    const char *column = nullptr;
    const char *parent = nullptr;
};

QString tenantCondition(const TenantTable &t)
{
    const QString column = QString::fromLatin1(t.column);
    switch (t.reach) {
    case Reach::Tenants:
        return column + QStringLiteral(" IN (SELECT accrue_visible_tenants(current_user))");
    case Reach::Customers:
        return column + QStringLiteral(" IN (SELECT accrue_visible_customers(current_user))");
    case Reach::Parent:
        return column + QStringLiteral(" IN (SELECT id FROM %1)").arg(QLatin1String(t.parent));
    case Reach::Condition:
        return u'(' + column + u')';
    case Reach::TenantLine:
        return QStringLiteral("(SELECT accrue_user_tenant(current_user)) = ANY (tenant_line)");
    case Reach::Book:
        break;
    }
    return {};
}

// "ALTER TABLE t ENABLE ROW LEVEL SECURITY" and "CREATE POLICY t_tenant"
// for each table, laid out as migration 17 was written by hand (the USING
// clause on its own line once the first would pass 96 columns), so the
// generated text of 17 is the text it always was.
QStringList tenantPolicies(std::initializer_list<TenantTable> tables)
{
    const QString seesAll = QStringLiteral("(SELECT accrue_sees_all(current_user))");
    QStringList out;
    for (const TenantTable &t : tables) {
        const QString table = QString::fromLatin1(t.table);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        const QString head = QStringLiteral("CREATE POLICY %1_tenant ON %1").arg(table);
        const QString condition = tenantCondition(t);
        if (condition.isEmpty()) {
            out << head + QStringLiteral(" USING (") + seesAll + u')';
            continue;
        }
        const QString using_ = QStringLiteral("USING (") + seesAll;
        const QString first = head + u' ' + using_;
        out << (first.size() > 96 ? QString(head + QStringLiteral("\n    ") + using_) : first)
                + QStringLiteral("\n    OR ") + condition + u')';
    }
    return out;
}

QStringList tenantPolicies17()
{
    return tenantPolicies({
        { "customer", Reach::Tenants, "tenant_id" },
        { "invoice", Reach::Customers, "customer_id" },
        { "credit_note", Reach::Customers, "customer_id" },
        { "payment", Reach::Customers, "customer_id" },
        { "subscription", Reach::Customers, "customer_id" },
        { "billing_profile", Reach::Customers, "customer_id" },
        { "payment_method", Reach::Customers, "customer_id" },
        { "invoice_line", Reach::Parent, "invoice_id", "invoice" },
        { "credit_note_line", Reach::Parent, "credit_note_id", "credit_note" },
    });
}

// Migration 18: the rest of the customers' rows, through their parents, and
// the book owner's records. A journal entry belongs to its source document
// (an invoice, credit note or payment, whose lines name that document's
// customer only): a partner's Finance user posts and reads its own
// customers' entries (the statement of account, the tax check); entries of
// the recognition runs, FX and everything else are the root's. The monthly
// balances sum every customer: the root's users read them, and a posting by
// anyone else adds its entry through accrue_post_ledger_month (the owner's
// rights; it adds only what the entry's lines say, and only lines written by
// the calling transaction: no old entry can be added again). The audit
// tables stay
// outside row-level security: the chain is verified whole.
QStringList tenantPolicies18()
{
    return tenantPolicies({
        { "allocation", Reach::Parent, "invoice_id", "invoice" },
        { "allocation_reversal", Reach::Parent, "invoice_id", "invoice" },
        { "payment_attempt", Reach::Parent, "invoice_id", "invoice" },
        { "receipt", Reach::Parent, "payment_id", "payment" },
        { "receipt_line", Reach::Parent, "receipt_id", "receipt" },
        { "dispute", Reach::Parent, "invoice_id", "invoice" },
        { "dispute_note", Reach::Parent, "dispute_id", "dispute" },
        { "write_off", Reach::Parent, "invoice_id", "invoice" },
        { "dunning_notice", Reach::Parent, "invoice_id", "invoice" },
        { "dunning_flag_clear", Reach::Parent, "notice_id", "dunning_notice" },
        { "subscription_change", Reach::Parent, "subscription_id", "subscription" },
        { "recognition_milestone", Reach::Parent, "invoice_line_id", "invoice_line" },
        { "recognition_schedule", Reach::Parent, "invoice_line_id", "invoice_line" },
        { "usage_record", Reach::Customers, "customer_id" },
        { "email_outbox", Reach::Condition,
          "document_kind IN ('invoice', 'reminder') AND document_id IN (SELECT id FROM invoice)"
          "\n    OR document_kind = 'credit_note' AND document_id IN (SELECT id FROM credit_note)"
          "\n    OR document_kind = 'receipt' AND document_id IN (SELECT id FROM receipt)" },
        { "journal_entry", Reach::Condition,
          "source_type = 'invoice' AND source_id IN (SELECT id FROM invoice)"
          "\n    OR source_type = 'credit_note' AND source_id IN (SELECT id FROM credit_note)"
          "\n    OR source_type = 'payment' AND source_id IN (SELECT id FROM payment)" },
        { "journal_line", Reach::Parent, "entry_id", "journal_entry" },
        { "ledger_month", Reach::Book },
        { "bank_account", Reach::Book },
        { "bank_statement", Reach::Book },
        { "bank_transaction", Reach::Book },
        { "bank_match", Reach::Book },
        { "period_close", Reach::Book },
    });
}

constexpr const char *postgresTenants18 = R"SQL(
CREATE FUNCTION accrue_post_ledger_month(entry BIGINT) RETURNS void LANGUAGE sql VOLATILE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO ledger_month (account_id, currency, month, debit_minor, credit_minor)
    SELECT account_id, currency, substr(entry_date, 1, 7), SUM(debit_minor), SUM(credit_minor)
    FROM journal_line WHERE entry_id = entry AND xmin::text = (txid_current() % 4294967296)::text
    GROUP BY account_id, currency, substr(entry_date, 1, 7)
    ON CONFLICT (account_id, currency, month) DO UPDATE SET
        debit_minor = ledger_month.debit_minor + excluded.debit_minor,
        credit_minor = ledger_month.credit_minor + excluded.credit_minor
$$
--
REVOKE EXECUTE ON FUNCTION accrue_post_ledger_month(BIGINT) FROM PUBLIC
)SQL";

// My Account (schema 19; numbered after 18, written alongside it): a
// customer tenant's logins are members of accrue_customer_viewer (read) or
// accrue_customer (its Admin and Finance users: also the self-service
// writes), never of accrue_viewer/finance/admin, whose grants reach the
// whole book. They read the tables row-level security scopes to their
// customer (journal lines too: the statement and the dashboard's DSO read
// their own) and the reference data documents need (products, plans, tax
// and exchange rates, the chart, settings, the tenant tree); they write exactly what My Account
// writes: billing profiles, new payment methods, a subscription's licenses with its change log
// line, and the audit record with the chain's head. What they read is narrowed by the policies of
// 17 and 18 like any user's below the root. On SQLite there is nothing to do: the scope and the
// permission are core's.
constexpr const char *postgresSelfService19 = R"SQL(
DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['accrue_customer_viewer', 'accrue_customer'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
    BEGIN
        GRANT accrue_customer_viewer TO accrue_customer;
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
END $$
--
GRANT USAGE ON SCHEMA public TO accrue_customer_viewer
--
GRANT SELECT ON customer, billing_profile, payment_method, subscription, subscription_change,
    invoice, invoice_line, credit_note, credit_note_line, payment, allocation,
    allocation_reversal, receipt, receipt_line, dispute, dispute_note, write_off,
    dunning_notice, email_outbox, recognition_schedule, recognition_milestone,
    product, plan, plan_tier, setting, tenant, tenant_path, app_user, schema_version,
    usage_record, payment_attempt, dunning_flag_clear, journal_entry, journal_line, account,
    tax_rate, exchange_rate, period_lock
    TO accrue_customer_viewer
--
GRANT INSERT, UPDATE, DELETE ON billing_profile TO accrue_customer
--
GRANT INSERT ON payment_method, subscription_change, audit_log TO accrue_customer
--
GRANT UPDATE ON subscription TO accrue_customer
--
GRANT SELECT, UPDATE ON audit_head TO accrue_customer
--
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['billing_profile', 'payment_method', 'subscription_change'] LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO accrue_customer',
                       pg_get_serial_sequence(t, 'id'));
    END LOOP;
END $$
--
CREATE FUNCTION accrue_customer_subscription_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Superusers count as members of every role: they are not customers.
    IF pg_has_role(current_user, 'accrue_customer_viewer', 'MEMBER')
        AND NOT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
        AND (to_jsonb(NEW) - 'licenses' - 'version')
            IS DISTINCT FROM (to_jsonb(OLD) - 'licenses' - 'version') THEN
        RAISE EXCEPTION 'a customer''s login changes only its subscriptions'' licenses';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER subscription_customer_guard BEFORE UPDATE ON subscription
    FOR EACH ROW EXECUTE FUNCTION accrue_customer_subscription_guard()
)SQL";

// The OS login beside the user in each audit record (SQLite books; NULL on
// PostgreSQL and in older records). Hashed only when present, so the chain
// written before still verifies (AuditRecord::computeHash).
constexpr const char *schema20 = R"SQL(
ALTER TABLE audit_log ADD COLUMN os_user TEXT
)SQL";

// Schema 21, PostgreSQL only: row-level security a parallel plan can use.
// The policies of 17 test "customer_id IN (SELECT accrue_visible_customers())":
// a hashed subplan, which PostgreSQL checks row by row in one process, so a
// partner's AR aging on a large book took twice the time of the same rows
// filtered by the query itself (tests/bench/tenant-bench.sh). The customer-
// owned documents and the customers now carry their tenant line (the tenant
// and its ancestors, from tenant_path) and the policy asks whether the user's
// tenant is in it: a parameter computed once per statement, compared with a
// short array in each row, which parallel workers evaluate too. The line is
// derived, never written by anyone: a trigger sets it on every insert and
// update of the row, a customer's move carries it to its documents, and a
// change of the tree refreshes the customers whose line changed. Bulk loads
// (copies, demo books), which pause the triggers, call
// accrue_refresh_tenant_lines() before they commit. The policy
// functions are marked parallel safe (they read, and only in the leader).
// The tree itself is guarded the same way: everyone reads it, but an admin
// below the root (a partner's) adds and moves tenants only inside its own
// subtree, so it cannot widen what it sees by writing a path or a parent.
// SQLite has no row-level security and no such column (core filters there).
constexpr const char *postgresTenantLine21 = R"SQL(
ALTER FUNCTION accrue_root_tenant() PARALLEL SAFE
--
ALTER FUNCTION accrue_user_tenant(NAME) PARALLEL SAFE
--
ALTER FUNCTION accrue_sees_all(NAME) PARALLEL SAFE
--
ALTER FUNCTION accrue_visible_tenants(NAME) PARALLEL SAFE
--
ALTER FUNCTION accrue_visible_customers(NAME) PARALLEL SAFE
--
CREATE FUNCTION accrue_tenant_line(tenant BIGINT) RETURNS BIGINT[] LANGUAGE sql STABLE
PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT array_agg(ancestor_id ORDER BY depth) FROM tenant_path WHERE descendant_id = tenant
$$
--
CREATE FUNCTION accrue_customer_tenant_line() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.tenant_line := accrue_tenant_line(NEW.tenant_id);
    RETURN NEW;
END $$
--
CREATE FUNCTION accrue_document_tenant_line() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- FOR SHARE waits for a move of the customer under way, then reads its
    -- new line (the move's cascade only reaches the documents it can see).
    NEW.tenant_line := (SELECT tenant_line FROM customer WHERE id = NEW.customer_id FOR SHARE);
    RETURN NEW;
END $$
--
CREATE FUNCTION accrue_refresh_customer_lines() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE customer c SET tenant_line = l.line
      FROM (SELECT descendant_id, array_agg(ancestor_id ORDER BY depth) AS line
              FROM tenant_path GROUP BY descendant_id) l
     WHERE l.descendant_id = c.tenant_id AND c.tenant_line IS DISTINCT FROM l.line;
END $$
--
REVOKE EXECUTE ON FUNCTION accrue_refresh_customer_lines() FROM PUBLIC
--
CREATE FUNCTION accrue_refresh_tenant_lines() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM accrue_refresh_customer_lines();
    UPDATE invoice d SET tenant_line = c.tenant_line FROM customer c
     WHERE c.id = d.customer_id AND d.tenant_line IS DISTINCT FROM c.tenant_line;
    UPDATE credit_note d SET tenant_line = c.tenant_line FROM customer c
     WHERE c.id = d.customer_id AND d.tenant_line IS DISTINCT FROM c.tenant_line;
    UPDATE payment d SET tenant_line = c.tenant_line FROM customer c
     WHERE c.id = d.customer_id AND d.tenant_line IS DISTINCT FROM c.tenant_line;
END $$
--
REVOKE EXECUTE ON FUNCTION accrue_refresh_tenant_lines() FROM PUBLIC
--
CREATE FUNCTION accrue_customer_moved() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE invoice SET tenant_line = NEW.tenant_line WHERE customer_id = NEW.id;
    UPDATE credit_note SET tenant_line = NEW.tenant_line WHERE customer_id = NEW.id;
    UPDATE payment SET tenant_line = NEW.tenant_line WHERE customer_id = NEW.id;
    RETURN NULL;
END $$
--
CREATE FUNCTION accrue_tree_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- The customers' moved lines reach their documents through customer_moved.
    PERFORM accrue_refresh_customer_lines();
    RETURN NULL;
END $$
--
ALTER TABLE customer ADD COLUMN tenant_line BIGINT[]
--
ALTER TABLE invoice ADD COLUMN tenant_line BIGINT[]
--
ALTER TABLE credit_note ADD COLUMN tenant_line BIGINT[]
--
ALTER TABLE payment ADD COLUMN tenant_line BIGINT[]
--
SELECT accrue_refresh_tenant_lines()
--
CREATE TRIGGER customer_tenant_line BEFORE INSERT OR UPDATE ON customer
    FOR EACH ROW EXECUTE FUNCTION accrue_customer_tenant_line()
--
CREATE TRIGGER customer_moved AFTER UPDATE ON customer
    FOR EACH ROW WHEN (OLD.tenant_line IS DISTINCT FROM NEW.tenant_line)
    EXECUTE FUNCTION accrue_customer_moved()
--
CREATE TRIGGER invoice_tenant_line BEFORE INSERT OR UPDATE ON invoice
    FOR EACH ROW EXECUTE FUNCTION accrue_document_tenant_line()
--
CREATE TRIGGER credit_note_tenant_line BEFORE INSERT OR UPDATE ON credit_note
    FOR EACH ROW EXECUTE FUNCTION accrue_document_tenant_line()
--
CREATE TRIGGER payment_tenant_line BEFORE INSERT OR UPDATE ON payment
    FOR EACH ROW EXECUTE FUNCTION accrue_document_tenant_line()
--
CREATE TRIGGER tenant_path_changed AFTER INSERT OR UPDATE OR DELETE ON tenant_path
    FOR EACH STATEMENT EXECUTE FUNCTION accrue_tree_changed()
--
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY
--
CREATE POLICY tenant_read ON tenant FOR SELECT USING (true)
--
CREATE POLICY tenant_add ON tenant FOR INSERT
    WITH CHECK ((SELECT accrue_sees_all(current_user))
    OR parent_id IN (SELECT accrue_visible_tenants(current_user)))
--
CREATE POLICY tenant_change ON tenant FOR UPDATE
    USING ((SELECT accrue_sees_all(current_user))
    OR id IN (SELECT accrue_visible_tenants(current_user)))
    WITH CHECK ((SELECT accrue_sees_all(current_user))
    OR parent_id IN (SELECT accrue_visible_tenants(current_user)))
--
CREATE POLICY tenant_remove ON tenant FOR DELETE
    USING ((SELECT accrue_sees_all(current_user))
    OR id IN (SELECT accrue_visible_tenants(current_user)))
--
ALTER TABLE tenant_path ENABLE ROW LEVEL SECURITY
--
CREATE POLICY tenant_path_read ON tenant_path FOR SELECT USING (true)
--
CREATE POLICY tenant_path_add ON tenant_path FOR INSERT
    WITH CHECK ((SELECT accrue_sees_all(current_user))
    OR descendant_id IN (SELECT id FROM tenant
                          WHERE parent_id IN (SELECT accrue_visible_tenants(current_user))))
--
CREATE POLICY tenant_path_remove ON tenant_path FOR DELETE
    USING ((SELECT accrue_sees_all(current_user))
    OR descendant_id IN (SELECT accrue_visible_tenants(current_user)))
)SQL";

// The policies of 17 on the tables that now carry their tenant line.
QStringList tenantPolicies21()
{
    QStringList out;
    for (const char *table : { "customer", "invoice", "credit_note", "payment" })
        out << QStringLiteral("DROP POLICY %1_tenant ON %1").arg(QLatin1String(table));
    return out
        + tenantPolicies({
            { "customer", Reach::TenantLine },
            { "invoice", Reach::TenantLine },
            { "credit_note", Reach::TenantLine },
            { "payment", Reach::TenantLine },
        });
}

// Schema 24: the audit chain's head is guarded like the log. It moves
// forward only, and only onto a record that is there with that hash, so the
// tail cannot be cut off by rewinding the head (what is still possible to
// whoever drops the triggers, a checkpoint kept outside the book detects:
// AuditCheckpoints). The checkpoints a book issued are kept append-only, and
// the book gets the identity they name (a UUID in settings; the keychain
// keeps each book's checkpoint key under it).
constexpr const char *schema24 = R"SQL(
CREATE TABLE audit_checkpoint (
    id {{PK}},
    records BIGINT NOT NULL,
    head TEXT NOT NULL,
    at TEXT NOT NULL,
    book TEXT NOT NULL,
    mac TEXT NOT NULL,
    reason TEXT NOT NULL)
)SQL";

constexpr const char *sqliteAuditHead24 = R"SQL(
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.seq < OLD.seq OR NEW.id <> OLD.id
    OR (NEW.seq <> OLD.seq OR NEW.hash <> OLD.hash)
       AND NEW.hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'audit_head only moves forward, onto the last record written'); END;
--
CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'audit_head cannot be deleted'); END;
--
CREATE TRIGGER audit_checkpoint_append_only_u BEFORE UPDATE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END;
--
CREATE TRIGGER audit_checkpoint_append_only_d BEFORE DELETE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END;
--
INSERT INTO setting (key, value) VALUES ('book.id', lower(hex(randomblob(4)) || '-' ||
    hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6))))
)SQL";

constexpr const char *postgresAuditHead24 = R"SQL(
CREATE FUNCTION accrue_audit_head_guard() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_head cannot be deleted';
    END IF;
    -- Definer's rights: customer logins append records but may not read them.
    IF NEW.seq < OLD.seq OR NEW.id <> OLD.id OR (NEW.seq, NEW.hash) <> (OLD.seq, OLD.hash)
        AND NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_log WHERE seq = NEW.seq) THEN
        RAISE EXCEPTION 'audit_head only moves forward, onto the last record written';
    END IF;
    RETURN NEW;
END $$
--
CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head
FOR EACH ROW EXECUTE FUNCTION accrue_audit_head_guard()
--
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
FOR EACH ROW EXECUTE FUNCTION accrue_refuse('audit_checkpoint is append-only')
--
INSERT INTO setting (key, value) VALUES ('book.id', gen_random_uuid()::text)
)SQL";

// The Audit Log viewer's filters (AuditRepository::where): a user's records,
// one record's history and a range of days each seek an index instead of
// reading the whole trail. seq last: the rows come out in list order.
constexpr const char *schema23 = R"SQL(
CREATE INDEX audit_log_user ON audit_log (user_name, seq);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_at ON audit_log (at)
)SQL";

// E-invoices (EN 16931 / PEPPOL BIS Billing 3.0): the buyer's electronic
// address on its billing profile (the seller's is in the company settings),
// and why a tax rate's supplies carry no tax (a VATEX code and its text).
constexpr const char *schema22 = R"SQL(
ALTER TABLE billing_profile ADD COLUMN endpoint_scheme TEXT;
ALTER TABLE billing_profile ADD COLUMN endpoint_id TEXT;
ALTER TABLE tax_rate ADD COLUMN exemption_code TEXT;
ALTER TABLE tax_rate ADD COLUMN exemption_reason TEXT
)SQL";

constexpr Migration migrations[] = {
    { 1, "Initial billing, ledger and audit schema", schema1, sqliteGuards1, postgresGuards1 },
    { 2, "Monthly ledger balances and report indexes", schema2, "", "" },
    { 3, "Bank statements, reconciliation and payment attempts", schema3, "", "" },
    { 4, "Row versions, users and change notifications", schema4, "", postgresNotify4 },
    { 5, "Statement lines by payment", schema5, "", "" },
    { 6, "Customer language, notes and archiving; payment method mandates", schema6, "", "" },
    { 7, "Products, plans with tiers, subscriptions and billing runs, exchange and tax rates",
      schema7, "", postgresNotify7 },
    { 8, "Tax rates in parts per million", schema8, sqliteTaxPpm8, postgresTaxPpm8 },
    { 9, "E-mail outbox", schema9, "", "" },
    { 10, "Receipts, disputes and write-offs", schema10, sqliteWriteOffCheck10,
      postgresWriteOffCheck10 },
    { 11, "Dunning notices and the late fees account", schema11, "", "" },
    { 12, "Last sent e-mail of a document", schema12, "", "" },
    { 13, "Cleared dunning review flags", schema13, "", "" },
    { 14, "Revenue recognition schedules, milestones and usage", schema14, sqliteGuards14,
      postgresGuards14 },
    { 15, "Month-end close: lock date, close history, original posting dates", schema15,
      sqlitePeriodClose15, postgresPeriodClose15 },
    { 16, "Account mapping of accounting exports", schema16, "", "" },
    { 17, "Tenant tree, users' and customers' tenants, row-level security", schema17,
      sqliteTenants17, postgresTenants17, tenantPolicies17 },
    { 18, "Row-level security for the customers' other rows and the book's own records", "", "",
      postgresTenants18, tenantPolicies18 },
    { 19, "Customer tenants' own logins: My Account reads and self-service writes", "", "",
      postgresSelfService19 },
    { 20, "OS login in the audit trail", schema20, "", "" },
    { 21, "Row-level security by each row's tenant line, fit for parallel plans", "", "",
      postgresTenantLine21, tenantPolicies21 },
    { 22, "Electronic addresses and tax exemption reasons for e-invoices", schema22, "", "" },
    { 23, "Audit trail indexes for the Audit Log viewer", schema23, "", "" },
    { 24, "Audit head guarded; audit checkpoints", schema24, sqliteAuditHead24,
      postgresAuditHead24 },
};

QString dialectSql(Database::Dialect dialect, QString sql)
{
    const bool sqlite = dialect == Database::Dialect::Sqlite;
    sql.replace(QLatin1String("{{PK}}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY")
                       : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return sql;
}

QStringList createdTables(const char *sql)
{
    static const QRegularExpression create(QStringLiteral("CREATE TABLE (\\w+)"));
    QStringList names;
    for (const QRegularExpressionMatch &m : create.globalMatch(QString::fromLatin1(sql)))
        names << m.captured(1);
    return names;
}

QStringList splitStatements(const QString &sql, const QString &separator)
{
    QStringList out;
    for (const QString &part : sql.split(separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

void applyOne(Database &db, const Migration &m)
{
    Transaction tx(db);
    const QString common = dialectSql(db.dialect(), QString::fromUtf8(m.common));
    for (const QString &statement : splitStatements(common, QStringLiteral(";\n")))
        db.execute(statement);
    const char *specific = db.dialect() == Database::Dialect::Sqlite ? m.sqlite : m.postgres;
    for (const QString &statement :
         splitStatements(QString::fromUtf8(specific), QStringLiteral("\n--\n")))
        db.execute(statement);
    if (m.generated && db.dialect() == Database::Dialect::Postgres)
        for (const QString &statement : m.generated())
            db.execute(statement);
    db.query(QStringLiteral(
                 "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"))
        .bindAll(m.version, QString::fromUtf8(m.description),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
    tx.commit();
}

bool hasTable(Database &db, const QString &table)
{
    return db.connection().tables().contains(table, Qt::CaseInsensitive);
}

// The app's three roles as PostgreSQL group roles. They are cluster-wide, so
// creating them tolerates another book (or another client migrating at the
// same moment) having made them first. Viewer reads; Finance also writes the
// billing tables; Admin also the settings, the users and the chart of
// accounts. Nobody but the owner may change or delete audit or journal rows
// (the guard triggers stop the owner too, outside bulk loads).
constexpr const char *postgresRoles = R"SQL(
DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['accrue_viewer', 'accrue_finance', 'accrue_admin'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
    -- A client migrating another book at the same moment may race us here.
    BEGIN
        GRANT accrue_viewer TO accrue_finance;
        GRANT accrue_finance TO accrue_admin;
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
END $$
--
GRANT USAGE ON SCHEMA public TO accrue_viewer
--
GRANT SELECT ON ALL TABLES IN SCHEMA public TO accrue_viewer
--
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO accrue_finance
--
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO accrue_finance
--
REVOKE INSERT, UPDATE, DELETE ON setting, app_user, account, schema_version, tenant FROM accrue_finance
--
REVOKE INSERT, UPDATE, DELETE ON export_mapping FROM accrue_finance
--
REVOKE UPDATE, DELETE ON audit_log, journal_entry, journal_line FROM accrue_finance
--
REVOKE UPDATE, DELETE ON receipt, receipt_line, write_off, dispute_note FROM accrue_finance
--
REVOKE UPDATE, DELETE ON dunning_notice, dunning_flag_clear FROM accrue_finance
--
REVOKE UPDATE, DELETE ON period_close, audit_checkpoint FROM accrue_finance
--
REVOKE INSERT, DELETE ON period_lock FROM accrue_finance
--
GRANT INSERT, UPDATE, DELETE ON setting, app_user, account, tenant TO accrue_admin
--
REVOKE INSERT, UPDATE, DELETE ON tenant_path FROM accrue_finance
--
GRANT INSERT, UPDATE, DELETE ON tenant_path TO accrue_admin
--
GRANT INSERT, UPDATE, DELETE ON export_mapping TO accrue_admin
--
GRANT EXECUTE ON FUNCTION accrue_post_ledger_month(BIGINT) TO accrue_finance
)SQL";

bool ownsSchema(Database &db)
{
    return db
        .query(QStringLiteral(
            "SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) "
            "OR COALESCE((SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
            "WHERE relname = 'invoice' AND relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace), false)"))
        .scalar()
        .toBool();
}

} // namespace

void Migrations::applyGrants(Database &db)
{
    if (db.dialect() != Database::Dialect::Postgres || !ownsSchema(db))
        return;
    Transaction tx(db);
    for (const QString &statement :
         splitStatements(QString::fromUtf8(postgresRoles), QStringLiteral("\n--\n")))
        db.execute(statement);
    tx.commit();
}

int Migrations::latestVersion()
{
    return migrations[std::size(migrations) - 1].version;
}

int Migrations::currentVersion(Database &db)
{
    if (!hasTable(db, QStringLiteral("schema_version"))) {
        if (!db.connection().tables().isEmpty())
            throw Error(QCoreApplication::translate("Accrue::Database", "%1 is not an Accrue book")
                            .arg(db.displayName()));
        return 0;
    }
    return db.query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        .scalar()
        .toInt();
}

void Migrations::apply(Database &db)
{
    // Two clients upgrading one server at once: the second waits, then finds
    // nothing left to do.
    const bool pg = db.dialect() == Database::Dialect::Postgres;
    if (pg)
        db.query(QStringLiteral("SELECT pg_advisory_lock(7420011)")).scalar();
    const auto unlock = qScopeGuard([&db, pg] {
        if (!pg)
            return;
        try {
            db.query(QStringLiteral("SELECT pg_advisory_unlock(7420011)")).scalar();
        } catch (const Error &) {
            // The lock ends with the connection anyway; the error being
            // unwound, if any, is the one that matters.
        }
    });
    applyPending(db, latestVersion());
    applyGrants(db);
}

void Migrations::applyUpTo(Database &db, int version)
{
    applyPending(db, version);
}

void Migrations::applyPending(Database &db, int upTo)
{
    const int current = currentVersion(db);
    if (current > latestVersion())
        db.checkSchema(); // throws the "newer Accrue" message
    if (current == 0) {
        db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                  "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                  "applied_at TEXT NOT NULL)"));
    }
    for (const Migration &m : migrations) {
        if (m.version > current && m.version <= upTo)
            applyOne(db, m);
    }
}

QStringList Migrations::postgresStatements(int version)
{
    for (const Migration &m : migrations) {
        if (m.version != version)
            continue;
        QStringList out = splitStatements(QString::fromUtf8(m.postgres), QStringLiteral("\n--\n"));
        if (m.generated)
            out += m.generated();
        return out;
    }
    return {};
}

const QStringList &Migrations::tables()
{
    static const QStringList all = [] {
        QStringList names;
        for (const Migration &m : migrations)
            for (const char *sql : { m.common, m.sqlite, m.postgres })
                for (const QString &name : createdTables(sql))
                    if (!names.contains(name))
                        names << name;
        return names;
    }();
    return all;
}

} // namespace Accrue
