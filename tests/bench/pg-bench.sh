#!/usr/bin/env bash
# PostgreSQL benchmarks (not timed tests): prints figures.
#   tests/bench/pg-bench.sh [INVOICES]     (default 1000000)
# 1. Issue throughput: 1, 4 and 8 accrue-cli processes issuing invoices at once into one
#    PostgreSQL book (invoices per second, all clients together).
# 2. ar-aging on an INVOICES-invoice PostgreSQL book (accrue-cli demo into SQLite, then
#    accrue-cli copy to the server), beside psql running the same SQL on the same server,
#    as of today and as of five months ago (more allocations after the date to add back).
# Starts its own throwaway cluster (tests/pg/pg-cluster.sh) and stops it at the end; or
# PG_BENCH_URL=postgresql://superuser@/postgres?host=… uses a running server and keeps the
# book (database "big"), so a second run skips building it.
set -euo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
cli=${ACCRUE_CLI:-$repo/build/release/bin/accrue-cli}
invoices=${1:-1000000}
work=$(mktemp -d /tmp/accrue-pgbench.XXXXXX)
state=$work/cluster
cleanup() {
    [[ -n "${PG_BENCH_URL:-}" ]] || bash "$repo/tests/pg/pg-cluster.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
if [[ -n "${PG_BENCH_URL:-}" ]]; then
    server=$PG_BENCH_URL
else
    bash "$repo/tests/pg/pg-cluster.sh" start "$state"
    server=$(cat "$state/url")
fi
book_url() { echo "$server" | sed "s#/postgres?#/$1?#"; }
psql_on() { psql -X -q -v ON_ERROR_STOP=1 "$(book_url "$1")" "${@:2}"; }
now() { date +%s.%N; }

echo "== Issue throughput (PostgreSQL, fsync off in the test cluster; per client 250 invoices)"
cat > "$work/inv.json" <<'JSON'
{ "customer": "C00001", "issue_date": "2026-06-10", "terms_days": 30,
  "lines": [ { "description": "Support", "quantity": "1", "unit_price": "10.00", "tax_rate": "20" } ] }
JSON
for clients in 1 4 8; do
    db=issue$clients
    psql -X -q "$server" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>/dev/null
    "$cli" demo --db "$(book_url $db)" --invoices 0 --customers 3 >/dev/null
    start=$(now)
    pids=()
    for ((i = 0; i < clients; i++)); do
        "$cli" invoice create "$work/inv.json" --issue --repeat 250 --db "$(book_url $db)" >/dev/null 2>&1 &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    end=$(now)
    issued=$(psql_on $db -tAc "SELECT COUNT(*) FROM invoice WHERE number IS NOT NULL")
    gapless=$(psql_on $db -tAc "SELECT MAX(substr(number, 10)::int) = COUNT(*) FROM invoice WHERE number IS NOT NULL")
    printf '  %d client(s): %d invoices in %.2f s = %.0f invoices/s (unique and gapless: %s)\n' \
        "$clients" "$issued" "$(echo "$end - $start" | bc)" "$(echo "$issued / ($end - $start)" | bc -l)" "$gapless"
done

echo "== ar-aging on a $invoices-invoice book"
have=$(psql -X -tA "$server" -c "SELECT 1 FROM pg_database WHERE datname = 'big'")
if [[ -z "$have" ]] || [[ "$(psql_on big -tAc "SELECT COUNT(*) FROM invoice" 2>/dev/null || echo 0)" -lt "$invoices" ]]; then
    "$cli" demo --db "$work/big.sqlite" --invoices "$invoices" --customers 5000 --seed 1 | tail -1
    psql -X -q "$server" -c "DROP DATABASE IF EXISTS big" -c "CREATE DATABASE big" 2>/dev/null
    copy_start=$(now)
    "$cli" copy --from "$work/big.sqlite" --to "$(book_url big)" 2>/dev/null | tail -1
    copy_end=$(now)
    printf '  copy SQLite -> PostgreSQL: %.1f s\n' "$(echo "$copy_end - $copy_start" | bc)"
    psql_on big -c "VACUUM ANALYZE"
else
    echo "  reusing the book in database big"
fi
today=$(psql_on big -tAc "SELECT MAX(issue_date) FROM invoice")
d30=$(date -d "$today -30 days" +%F); d60=$(date -d "$today -60 days" +%F); d90=$(date -d "$today -90 days" +%F)
sql="SELECT c.code, c.name, b.currency,
 COALESCE(SUM(CASE WHEN b.due_date >= '$today' THEN b.open ELSE 0 END), 0),
 COALESCE(SUM(CASE WHEN b.due_date >= '$d30' AND b.due_date < '$today' THEN b.open ELSE 0 END), 0),
 COALESCE(SUM(CASE WHEN b.due_date >= '$d60' AND b.due_date < '$d30' THEN b.open ELSE 0 END), 0),
 COALESCE(SUM(CASE WHEN b.due_date >= '$d90' AND b.due_date < '$d60' THEN b.open ELSE 0 END), 0),
 COALESCE(SUM(CASE WHEN b.due_date < '$d90' THEN b.open ELSE 0 END), 0)
 FROM (SELECT i.customer_id, i.currency, i.due_date, i.balance_minor + COALESCE(l.later, 0) AS open
   FROM invoice i LEFT JOIN (SELECT invoice_id, SUM(amount) AS later FROM (
     SELECT invoice_id, amount_minor AS amount FROM allocation WHERE allocation_date > '$today'
     UNION ALL SELECT invoice_id, -amount_minor FROM allocation_reversal WHERE reversed_date > '$today') t
     GROUP BY invoice_id) l ON l.invoice_id = i.id
   WHERE i.status <> 'draft' AND i.issue_date <= '$today' AND (i.balance_minor <> 0 OR l.invoice_id IS NOT NULL)) b
 JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0
 GROUP BY c.code, c.name, b.currency ORDER BY b.currency, c.name, c.code;
 SELECT c.code, t.currency, t.billed FROM (SELECT i.customer_id, i.currency, SUM(i.total_minor) AS billed FROM invoice i
   WHERE i.status <> 'draft' AND i.issue_date >= '$d90' AND i.issue_date <= '$today' GROUP BY i.customer_id, i.currency) t
   JOIN customer c ON c.id = t.customer_id;"
for asof in "$today" "$(date -d "$today -5 months" +%F)"; do
    q=${sql//$today/$asof}
    d30=$(date -d "$asof -30 days" +%F); d60=$(date -d "$asof -60 days" +%F); d90=$(date -d "$asof -90 days" +%F)
    for run in 1 2 3; do
        a0=$(now); "$cli" report ar-aging --as-of "$asof" --format csv --db "$(book_url big)" > "$work/aging.csv"; a1=$(now)
        p0=$(now); psql_on big -tA -c "$q" > "$work/aging.psql"; p1=$(now)
        printf '  as of %s, run %d: accrue-cli %.3f s, psql %.3f s (%d rows)\n' "$asof" "$run" \
            "$(echo "$a1 - $a0" | bc)" "$(echo "$p1 - $p0" | bc)" "$(($(wc -l < "$work/aging.csv") - 2))"
    done
done
