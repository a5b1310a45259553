#!/usr/bin/env bash
# accrue-cli export journal on a demo book, one month and the whole book, in
# every format, timed beside the sqlite3 command line dumping the same
# journal rows (entries joined to their lines, documents and customers, in
# the export's order) to CSV: what reading the journal costs without any
# checking or formatting. Best of three; seconds and entries per second.
#
#   tests/bench/journal-export-bench.sh [INVOICES] [TODAY]
#
# Builds (once) a demo book of INVOICES invoices (default 100000) under
# ${ACCRUE_BENCH_DIR:-/tmp/accrue-bench}, maps every account for the
# formats that need it, then prints one row per format and range.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
invoices="${1:-100000}"
today="${2:-2026-06-30}"
dir="${ACCRUE_BENCH_DIR:-/tmp/accrue-bench}"
book="$dir/journal-export-$invoices.sqlite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$dir"

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }
best() {
    local best="" t s
    for _ in 1 2 3; do
        s=$(now); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t=$(elapsed "$s")
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

if [ ! -f "$book" ]; then
    echo "demo book of $invoices invoices: $book"
    "$cli" demo --db "$book" --customers $((invoices / 50 + 10)) --invoices "$invoices" \
        --seed 7 --today "$today" >/dev/null
fi
# Every account and tax key mapped to itself: the mapping check passes.
for f in iif xero netsuite; do
    "$cli" export mapping show --format "$f" --db "$book" -o "$work/map-$f.csv"
    awk -F, 'NR == 1 { print "kind,source_key,target_code,target_name"; next }
             { print $1 "," $2 "," $2 ",X " $2 }' "$work/map-$f.csv" > "$work/set-$f.csv"
    "$cli" export mapping set "$work/set-$f.csv" --format "$f" --db "$book" >/dev/null
done

month_from=$(date -d "$today" +%Y-%m-01)
currency=$(sqlite3 "$book" "SELECT currency FROM journal_entry GROUP BY currency ORDER BY COUNT(*) DESC LIMIT 1")
dump_sql() { # $1 from, $2 to: the rows JournalExportRepository reads
    echo ".mode csv
SELECT e.id, e.entry_date, e.kind, e.source_type, e.source_id, e.currency, COALESCE(e.memo, ''),
 COALESCE(i.number, n.number, p.reference, ''), l.account_id, COALESCE(c.name, ''), l.debit_minor, l.credit_minor
 FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
 LEFT JOIN invoice i ON e.source_type = 'invoice' AND i.id = e.source_id
 LEFT JOIN credit_note n ON e.source_type = 'credit_note' AND n.id = e.source_id
 LEFT JOIN payment p ON e.source_type = 'payment' AND p.id = e.source_id
 LEFT JOIN customer c ON c.id = l.customer_id
 WHERE e.entry_date >= '$1' AND e.entry_date <= '$2' AND e.currency = '$currency'
 ORDER BY e.entry_date, e.id, l.id;"
}

printf '%-10s %-10s %9s %9s %12s %10s\n' format range entries seconds entries/s sqlite3
for range in month book; do
    if [ "$range" = month ]; then from=$month_from; to=$today; else from=0001-01-01; to=9999-12-31; fi
    entries=$(sqlite3 "$book" "SELECT COUNT(*) FROM journal_entry WHERE entry_date >= '$from' AND entry_date <= '$to' AND currency = '$currency'")
    dump_sql "$from" "$to" > "$work/dump.sql"
    ref=$(best sqlite3 "$book" ".read $work/dump.sql")
    for f in iif netsuite ledger xero; do
        args=(export journal --format "$f" --currency "$currency" --db "$book" -o "$work/out-$f")
        [ "$range" = month ] && args+=(--from "$from" --to "$to")
        t=$(best "$cli" "${args[@]}")
        printf '%-10s %-10s %9d %9.2f %12.0f %10.2f\n' "$f" "$range" "$entries" "$t" \
            "$(echo "$entries / $t" | bc -l)" "$ref"
    done
done
echo "sqlite3: the same journal rows dumped to CSV by the sqlite3 command line (seconds)."
echo "xero reads invoices, credit notes and allocations, not the journal: its entries column is the journal's."
