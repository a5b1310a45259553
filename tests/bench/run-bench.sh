#!/usr/bin/env bash
# Benchmarks (not tests): builds a large demo book and times accrue-cli against
# the sqlite3 command line running the equivalent query on the same file, in
# the same run. Prints each figure with its ratio.
#
#   tests/bench/run-bench.sh [INVOICES] [CUSTOMERS]
#
# Needs a release build (scripts/run-tests.sh or cmake --preset release) and sqlite3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# The benchmarks are not part of the default build.
[[ -d "$root/build/release" ]] && cmake --build "$root/build/release" --target benchmarks >/dev/null
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
invoices="${1:-1000000}"
customers="${2:-5000}"
today="2026-11-23"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
book="${BENCH_BOOK:-$work/bench.sqlite}" # BENCH_BOOK=existing.sqlite skips the demo step

[ -x "$cli" ] || { echo "no accrue-cli at $cli: build first" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
# Best of three: the first run warms the page cache for both sides alike.
best() {
    local best="" t s
    for _ in 1 2 3; do
        s=$(now); "$@" >/dev/null; t=$(elapsed "$s")
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}
row() { printf '%-34s %9.3f s  %9.3f s  %6.2fx\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }

echo "== accrue benchmark: $invoices invoices, $customers customers ($(nproc) cores)"
if [ -z "${BENCH_BOOK:-}" ]; then
    s=$(now)
    "$cli" demo --db "$book" --invoices "$invoices" --customers "$customers" --seed 1 --today "$today"
    demo=$(elapsed "$s")
    printf 'demo --invoices %s: %.1f s, book %s MB\n\n' "$invoices" "$demo" "$(( $(stat -c %s "$book") / 1048576 ))"
fi

# AR aging as of today: the same SQL accrue runs (storage/invoiceregister.cpp), dates inlined.
d0=$today; d30=$(date -d "$today -30 days" +%F); d60=$(date -d "$today -60 days" +%F); d90=$(date -d "$today -90 days" +%F)
aging_sql="SELECT c.code, c.name, b.currency,
 SUM(CASE WHEN b.due_date >= '$d0' THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < '$d0' AND b.due_date >= '$d30' THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < '$d30' AND b.due_date >= '$d60' THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < '$d60' AND b.due_date >= '$d90' THEN b.open ELSE 0 END),
 SUM(CASE WHEN b.due_date < '$d90' THEN b.open ELSE 0 END)
FROM (SELECT i.customer_id, i.currency, i.due_date,
  i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a
   WHERE a.invoice_id = i.id AND a.allocation_date <= '$d0'), 0) AS open
  FROM invoice i WHERE i.status <> 'draft' AND i.issue_date <= '$d0') b
JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0
GROUP BY c.code, c.name, b.currency ORDER BY b.currency, c.name, c.code;"

# Invoice list as CSV: same columns, amounts as decimals, status derived.
list_sql="SELECT i.number, c.code AS customer_code, c.name AS customer, i.issue_date, i.due_date,
 i.currency, printf('%.2f', i.total_minor / 100.0) AS total, printf('%.2f', i.paid_minor / 100.0) AS paid,
 printf('%.2f', i.credited_minor / 100.0) AS credited, printf('%.2f', i.balance_minor / 100.0) AS balance,
 CASE WHEN i.status <> 'open' THEN i.status WHEN i.due_date < '$today' THEN 'overdue'
  WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END AS status
FROM invoice i JOIN customer c ON c.id = i.customer_id ORDER BY i.issue_date, i.id;"

printf '%-34s %11s  %11s  %7s\n' "measure" "accrue-cli" "sqlite3" "ratio"
a=$(best "$cli" report ar-aging --db "$book" --as-of "$today" --format csv -o "$work/aging.csv")
b=$(best sqlite3 -csv "$book" "$aging_sql")
row "report ar-aging" "$a" "$b"
a=$(best "$cli" invoice list --db "$book" --today "$today" --format csv -o "$work/list.csv")
b=$(best sqlite3 -csv -header "$book" "$list_sql")
row "invoice list --format csv" "$a" "$b"
a=$(best "$cli" invoice list --db "$book" --today "$today" --status overdue --format csv -o "$work/overdue.csv")
b=$(best sqlite3 -csv "$book" "SELECT i.number FROM invoice i WHERE i.status = 'open' AND i.due_date < '$today' ORDER BY i.issue_date, i.id;")
row "invoice list --status overdue" "$a" "$b"
a=$(best "$cli" report trial-balance --db "$book" --as-of "$today" --format csv -o "$work/tb.csv")
b=$(best sqlite3 -csv "$book" "SELECT account_id + 0, currency, SUM(debit_minor), SUM(credit_minor) FROM journal_line WHERE entry_date <= '$today' GROUP BY 1, 2;")
row "report trial-balance" "$a" "$b"
echo
echo "rows: $(($(wc -l < "$work/list.csv") - 1)) invoices listed; aging has $(($(wc -l < "$work/aging.csv") - 2)) customers"

echo
echo "== every report beside sqlite3 running its SQL"
"$root/tests/bench/reports-bench.sh" "$book" "$today"

echo
echo "== 100,000 bank statement lines: import and auto-match"
"$root/tests/bench/bank-bench.sh" "$book" 100000

echo
echo "== desktop app on the same book (offscreen)"
gui="${ACCRUE_BENCH_GUI:-$root/build/release/tests/bench/bench_gui}"
if [ -x "$gui" ]; then
    QT_QPA_PLATFORM=offscreen "$gui" "$book" 2>/dev/null
else
    echo "(bench_gui not built: $gui)"
fi

echo
echo "== invoice PDFs"
pdf="${ACCRUE_BENCH_PDF:-$root/build/release/tests/bench/bench_pdf}"
if [ -x "$pdf" ]; then
    "$pdf" 200 2>/dev/null
else
    echo "(bench_pdf not built: $pdf)"
fi

echo
echo "== UBL e-invoices"
ubl="${ACCRUE_BENCH_EINVOICE:-$root/build/release/tests/bench/bench_einvoice}"
if [ -x "$ubl" ]; then
    "$ubl" 5000 2>/dev/null
else
    echo "(bench_einvoice not built: $ubl)"
fi
