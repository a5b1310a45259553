#!/usr/bin/env bash
# Every report of `accrue-cli report list` on a book, timed beside the sqlite3
# command line running the same SQL the report runs (dates inlined), on the
# same file, best of three. The SQL here mirrors core/storage, and where a
# report lists rows it also formats the amounts as decimals, so both sides
# produce the same text; accrue-cli's extra time is Qt's SQL driver, shaping
# rows (totals, recognition) and writing the CSV file.
#
#   tests/bench/reports-bench.sh BOOK [TODAY]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
book="$1"
today="${2:-2026-11-23}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
best() {
    local best="" t s
    for _ in 1 2 3; do
        s=$(now); "$@" >/dev/null || { echo "failed: $*" >&2; return 1; }; t=$(elapsed "$s")
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

month_from=$(date -d "$today" +%Y-%m-01)
month_to=$today
prev_from=$(date -d "$month_from -1 month" +%F)
prev_to=$(date -d "$month_from -1 day" +%F)
year_from=$(date -d "$month_from -11 months" +%F)
d90=$(date -d "$today -89 days" +%F)
mstart=$(date -d "$today" +%Y-%m-01)
mkey=$(date -d "$today" +%Y-%m)
tomorrow=$(date -d "$today +1 day" +%F)
gl_month=$(date -d "$prev_from" +%Y-%m)

revenue_sql() { # $1 key expr, $2 label expr, $3 joins, $4 from, $5 to
    echo "SELECT k, lbl, m, SUM(amount) FROM (SELECT $1 AS k, $2 AS lbl, substr(i.issue_date, 1, 7) AS m, l.net_minor AS amount
 FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id $3 WHERE i.status <> 'draft' AND i.currency = 'USD' AND i.issue_date >= '$4' AND i.issue_date <= '$5'
 UNION ALL SELECT $1, $2, substr(n.issue_date, 1, 7), -cl.net_minor FROM credit_note n JOIN credit_note_line cl ON cl.credit_note_id = n.id
 JOIN invoice i ON i.id = n.invoice_id LEFT JOIN invoice_line l ON l.id = cl.invoice_line_id $3
 WHERE n.currency = 'USD' AND n.issue_date >= '$4' AND n.issue_date <= '$5') t GROUP BY k, lbl, m ORDER BY k, m;"
}
module_join="LEFT JOIN product p ON p.id = l.product_id"
customer_join="JOIN customer c ON c.id = i.customer_id"
balances_before() { # $1 month key, $2 month start, $3 before
    echo "SELECT account_id, currency, debit_minor AS debit, credit_minor AS credit FROM ledger_month WHERE month < '$1'
 UNION ALL SELECT account_id, currency, debit_minor, credit_minor FROM journal_line WHERE account_id IN (SELECT id FROM account) AND entry_date >= '$2' AND entry_date < '$3'"
}

names=(); cli_args=(); sqls=()
add() { names+=("$1"); cli_args+=("$2"); sqls+=("$3"); }

# By module the report reads the revenue accounts' monthly balances (each
# module has its own account), whole months only here, plus the loose days of
# the current month from the lines; the invoice-line query it replaced is
# timed beside it for comparison.
revenue_balances_sql() { # $1 first month key, $2 last whole month key, $3 month start, $4 to
    echo "SELECT account_id, m, SUM(d), SUM(c) FROM (SELECT account_id, month AS m, debit_minor AS d, credit_minor AS c FROM ledger_month
 WHERE account_id IN (SELECT id FROM account WHERE type = 'revenue') AND currency = 'USD' AND month >= '$1' AND month <= '$2'
 UNION ALL SELECT account_id, substr(entry_date, 1, 7), debit_minor, credit_minor FROM journal_line
 WHERE account_id IN (SELECT id FROM account WHERE type = 'revenue') AND currency = 'USD' AND entry_date >= '$3' AND entry_date <= '$4') t
 GROUP BY account_id, m ORDER BY account_id, m;"
}
last_whole=$(date -d "$month_from -1 day" +%Y-%m)
add "monthly-revenue (12 months)" "monthly-revenue --from $year_from --to $today" \
    "$(revenue_balances_sql "$(date -d "$year_from" +%Y-%m)" "$last_whole" "$month_from" "$today")"
add "  (the same from invoice lines, sqlite3 only)" "" \
    "$(revenue_sql "COALESCE(p.code, '')" "COALESCE(p.name, 'Other')" "$module_join" "$year_from" "$today")"
add "revenue-by-customer (12 months)" "revenue-by-customer --from $year_from --to $today" \
    "$(revenue_sql "c.code" "c.name" "$customer_join" "$year_from" "$today")"
add "customer-invoices (last month)" "customer-invoices --from $prev_from --to $prev_to" \
    "SELECT i.number, c.code, c.name, i.issue_date, i.due_date, i.currency, printf('%.2f', i.total_minor / 100.0), printf('%.2f', i.paid_minor / 100.0), printf('%.2f', i.credited_minor / 100.0), printf('%.2f', i.balance_minor / 100.0),
 CASE WHEN i.status <> 'open' THEN i.status WHEN i.due_date < '$today' THEN 'overdue' WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END, i.id, i.last_reminded
 FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE 1 = 1 AND i.issue_date >= '$prev_from' AND i.issue_date <= '$prev_to' ORDER BY i.issue_date, i.id;"
add "invoice-summary (last month)" "invoice-summary --from $prev_from --to $prev_to" \
    "SELECT CASE WHEN i.status <> 'open' THEN i.status WHEN i.due_date < '$today' THEN 'overdue' WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END AS st,
 i.currency, COUNT(*), SUM(i.total_minor), SUM(i.paid_minor), SUM(i.credited_minor), SUM(i.balance_minor)
 FROM invoice i WHERE i.issue_date >= '$prev_from' AND i.issue_date <= '$prev_to' GROUP BY 1, 2 ORDER BY 2, 1;"
add "ar-aging (with DSO)" "ar-aging --as-of $today" \
    "SELECT c.code, c.name, b.currency,
 SUM(CASE WHEN b.due_date >= '$today' THEN b.open ELSE 0 END), SUM(CASE WHEN b.due_date < '$today' AND b.due_date >= date('$today', '-30 days') THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < date('$today', '-30 days') AND b.due_date >= date('$today', '-60 days') THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < date('$today', '-60 days') AND b.due_date >= date('$today', '-90 days') THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < date('$today', '-90 days') THEN b.open ELSE 0 END)
 FROM (SELECT i.customer_id, i.currency, i.due_date, i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a
  WHERE a.invoice_id = i.id AND a.allocation_date <= '$today'), 0) AS open FROM invoice i WHERE i.status <> 'draft' AND i.issue_date <= '$today') b
 JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0 GROUP BY c.code, c.name, b.currency ORDER BY b.currency, c.name, c.code;
 SELECT c.code, t.currency, t.billed FROM (SELECT i.customer_id, i.currency, SUM(i.total_minor) AS billed FROM invoice i WHERE i.status <> 'draft'
 AND i.issue_date >= '$d90' AND i.issue_date <= '$today' GROUP BY i.customer_id, i.currency) t JOIN customer c ON c.id = t.customer_id;"
add "payments-received (last month)" "payments-received --from $prev_from --to $prev_to" \
    "SELECT p.received_date, p.id, c.code, c.name, p.method, COALESCE(p.reference, ''), p.currency, printf('%.2f', p.amount_minor / 100.0), printf('%.2f', p.unapplied_minor / 100.0)
 FROM payment p JOIN customer c ON c.id = p.customer_id WHERE p.received_date >= '$prev_from' AND p.received_date <= '$prev_to' ORDER BY p.currency, p.received_date, p.id;"
add "deferred-revenue" "deferred-revenue --as-of $today" \
    "SELECT i.number, c.code, c.name, COALESCE(p.code, ''), l.description, l.service_start, l.service_end, i.currency, printf('%.2f', (l.net_minor - COALESCE((
  SELECT SUM(cl.net_minor) FROM credit_note_line cl JOIN credit_note n ON n.id = cl.credit_note_id WHERE cl.invoice_line_id = l.id AND n.issue_date <= '$today'), 0)) / 100.0)
 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id JOIN customer c ON c.id = i.customer_id LEFT JOIN product p ON p.id = l.product_id
 WHERE i.status NOT IN ('draft', 'void') AND i.issue_date <= '$today' AND l.service_end IS NOT NULL AND l.service_end > '$today' ORDER BY i.currency, c.name, i.number, l.position;"
add "unbilled-revenue" "unbilled-revenue --as-of $today" \
    "SELECT s.name, c.code, c.name, pl.code, pl.name, pl.currency, pl.price_minor, pl.billing_period_months, s.licenses, s.start_date, s.end_date,
 (SELECT MAX(l.service_end) FROM invoice_line l WHERE l.invoice_id IN (SELECT i.id FROM invoice i WHERE i.subscription_id = s.id
  AND i.status NOT IN ('draft', 'void') ORDER BY i.issue_date DESC LIMIT 3))
 FROM subscription s JOIN customer c ON c.id = s.customer_id JOIN plan pl ON pl.id = s.plan_id WHERE s.status = 'active' AND s.start_date <= '$today' ORDER BY pl.currency, c.name, s.name;"
add "trial-balance" "trial-balance --as-of $today" \
    "SELECT a.id, a.code, a.name, a.type, t.currency, t.debit, t.credit FROM (SELECT account_id, currency, SUM(debit) AS debit, SUM(credit) AS credit FROM (
 $(balances_before "$mkey" "$mstart" "$tomorrow")) b GROUP BY account_id, currency) t JOIN account a ON a.id = t.account_id ORDER BY t.currency, a.code;"
add "general-ledger (last month)" "general-ledger --from $prev_from --to $prev_to" \
    "SELECT a.code, a.name, t.currency, t.balance FROM (SELECT account_id, currency, SUM(debit) - SUM(credit) AS balance FROM (
 $(balances_before "$gl_month" "$prev_from" "$prev_from")) b GROUP BY account_id, currency) t JOIN account a ON a.id = t.account_id ORDER BY a.code, t.currency;
 SELECT a.code, a.name, l.currency, l.entry_date, e.id, e.kind, COALESCE(e.memo, ''), printf('%.2f', l.debit_minor / 100.0), printf('%.2f', l.credit_minor / 100.0)
 FROM journal_line l JOIN account a ON a.id = l.account_id JOIN journal_entry e ON e.id = l.entry_id
 WHERE l.entry_date >= '$prev_from' AND l.entry_date <= '$prev_to' ORDER BY a.code, l.currency, l.entry_date, e.id, l.id;"
add "credit-notes (last month)" "credit-notes --from $prev_from --to $prev_to" \
    "SELECT n.number, n.issue_date, i.number, c.code, c.name, n.reason, n.currency, printf('%.2f', n.subtotal_minor / 100.0), printf('%.2f', n.tax_minor / 100.0), printf('%.2f', n.total_minor / 100.0), printf('%.2f', n.unapplied_minor / 100.0)
 FROM credit_note n JOIN invoice i ON i.id = n.invoice_id JOIN customer c ON c.id = n.customer_id WHERE n.issue_date >= '$prev_from' AND n.issue_date <= '$prev_to'
 ORDER BY n.currency, n.issue_date, n.number;"
add "customer-credit" "customer-credit" \
    "SELECT c.code, c.name, t.currency, SUM(t.pay), SUM(t.notes) FROM (SELECT customer_id, currency, unapplied_minor AS pay, 0 AS notes FROM payment WHERE unapplied_minor > 0
 UNION ALL SELECT customer_id, currency, 0, unapplied_minor FROM credit_note WHERE unapplied_minor > 0) t JOIN customer c ON c.id = t.customer_id
 GROUP BY c.code, c.name, t.currency ORDER BY t.currency, c.name;"

"$cli" init --db "$book" >/dev/null # a book from an older Accrue is brought up to date first
printf '%-34s %10s  %10s  %6s  %8s\n' "report" "accrue-cli" "sqlite3" "ratio" "rows"
for i in "${!names[@]}"; do
    b=$(best sqlite3 -csv "$book" "${sqls[$i]}") || exit 1
    if [ -z "${cli_args[$i]}" ]; then
        printf '%-34s %10s  %8.3f s\n' "${names[$i]}" "" "$b"
        continue
    fi
    # shellcheck disable=SC2086  # the arguments are words on purpose
    a=$(best "$cli" report ${cli_args[$i]} --db "$book" --today "$today" --format csv -o "$work/out.csv") || exit 1
    printf '%-34s %8.3f s  %8.3f s  %5.2fx  %8d\n' "${names[$i]}" "$a" "$b" "$(echo "$a / $b" | bc -l)" \
        "$(($(wc -l < "$work/out.csv") - 1))"
done
