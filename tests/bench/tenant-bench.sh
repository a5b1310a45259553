#!/usr/bin/env bash
# Row-level security's cost on a big PostgreSQL book (figures, not a test).
#   tests/bench/tenant-bench.sh [INVOICES] [PARTNER_CUSTOMERS]   (default 1000000, 10000)
# Builds an INVOICES-invoice demo book with 50,000 customers (accrue-cli demo into SQLite, then
# accrue-cli copy to the server), adds a partner tenant holding PARTNER_CUSTOMERS of them and a
# Finance login in it, then runs bench_tenants: ar-aging and the Invoices list (count + first
# 100 rows, newest first) for the whole book, for the partner's login (row-level security),
# and for the owner with the partner's scope filtered in core (RLS bypassed: "off").
# Starts its own throwaway cluster (tests/pg/pg-cluster.sh) and stops it at the end; or
# PG_BENCH_URL=postgresql://superuser@/postgres?host=… uses a running server and keeps the
# book (database "tenants"), so a second run skips building it. BENCH_SQLITE=FILE copies that
# demo book (made as below) instead of making one.
set -euo pipefail
repo=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
# The benchmarks are not part of the default build.
[[ -d "$repo/build/release" ]] && cmake --build "$repo/build/release" --target benchmarks >/dev/null
bin=${ACCRUE_BIN:-$repo/build/release/bin}
cli=$bin/accrue-cli
invoices=${1:-1000000}
moved=${2:-10000}
work=$(mktemp -d /tmp/accrue-tenantbench.XXXXXX)
chmod 755 "$work"
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
book_url() { echo "$server" | sed "s#/postgres?#/tenants?#"; }
as_login() { book_url | sed "s#//postgres@#//$1@#"; }
psql_on() { psql -X -q -v ON_ERROR_STOP=1 "$(book_url)" "$@"; }
now() { date +%s.%N; }

have=$(psql -X -tA "$server" -c "SELECT 1 FROM pg_database WHERE datname = 'tenants'")
if [[ -z "$have" ]]; then
    t0=$(now)
    source=${BENCH_SQLITE:-$work/big.sqlite}
    [[ -n "${BENCH_SQLITE:-}" ]] ||
        "$cli" demo --db "$source" --invoices "$invoices" --customers 50000 --seed 1 --today 2026-11-30 | tail -1
    psql -X -q "$server" -c "CREATE DATABASE tenants"
    "$cli" copy --from "$source" --to "$(book_url)" | tail -1
    rm -f "$work/big.sqlite"
    # The partner, through the CLI (audited); its customers moved in one statement as the owner:
    # `tenant move` is one audited command per customer, 10,000 processes for a set-up step.
    "$cli" tenant add --kind partner --parent 1 --name "Bench partner" --db "$(book_url)" >/dev/null
    partner=$(psql_on -tAc "SELECT id FROM tenant WHERE name = 'Bench partner'")
    psql_on -c "UPDATE customer SET tenant_id = $partner WHERE id IN (SELECT id FROM customer ORDER BY id LIMIT $moved)"
    "$cli" user add bench_partner --role finance --tenant "$partner" --db "$(book_url)" >/dev/null
    psql_on -c "VACUUM ANALYZE"
    printf 'book built in %.0f s\n' "$(echo "$(now) - $t0" | bc)"
else
    echo "reusing the book in database tenants"
fi
echo "$(psql_on -tAc "SELECT COUNT(*) FROM invoice") invoices, $(psql_on -tAc "SELECT COUNT(*) FROM customer") customers;" \
    "the partner's: $(psql_on -tAc "SELECT COUNT(*) FROM customer c JOIN tenant t ON t.id = c.tenant_id WHERE t.name = 'Bench partner'") customers," \
    "$(psql_on -tAc "SELECT COUNT(*) FROM invoice i JOIN customer c ON c.id = i.customer_id JOIN tenant t ON t.id = c.tenant_id WHERE t.name = 'Bench partner'") invoices"
"$bin/bench_tenants" "$(book_url)" "$(as_login bench_partner)" 2026-11-30 5
