#!/usr/bin/env bash
# accrue-cli export journal on a large book, one month and the whole book, in
# every format (IIF, NetSuite, ledger, Xero), timed beside the sqlite3
# command line reading the same journal rows (entries joined to their lines,
# documents and customers, in the export's order) into /dev/null: what
# reading the journal costs without any checking or formatting. Wall and CPU
# seconds (user + system, children included), the lines each export wrote
# and lines per second; for sqlite3 the rows it read.
#
#   tests/bench/journal-export-bench.sh [BOOK] [--invoices N] [--today D] [--month YYYY-MM]
#
# BOOK: an existing SQLite book. It is upgraded (accrue-cli init) and every
# account and tax rate is mapped to itself for the formats that need a
# mapping, so pass a copy of a book you keep. Without BOOK, a demo book of N
# invoices (default 1000000, about 15 minutes to make) is built once under
# ${ACCRUE_BENCH_DIR:-/tmp/accrue-bench}. The month defaults to the book's
# last; the export's currency is the book's most used one. The month's
# exports are the best of ${MONTH_RUNS:-3} runs, the whole book's of
# ${BOOK_RUNS:-1}.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
book=""
invoices=1000000
today=2026-06-30
month=""
while [ $# -gt 0 ]; do
    case "$1" in
    --invoices) invoices="$2"; shift 2 ;;
    --today) today="$2"; shift 2 ;;
    --month) month="$2"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) book="$1"; shift ;;
    esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }

# Runs "$@" $1 times (after shifting it off), output to /dev/null; prints the
# best run's wall and CPU seconds.
best() {
    local runs=$1 best="" t
    shift
    for ((i = 0; i < runs; i++)); do
        t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$work/err"; } 2>&1 ) \
            || { echo "failed: $*" >&2; cat "$work/err" >&2; return 1; }
        t=$(echo "$t" | tail -1 | awk '{ printf "%.3f %.3f", $1, $2 + $3 }')
        if [ -z "$best" ] || [ "$(echo "${t% *} < ${best% *}" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

if [ -z "$book" ]; then
    dir="${ACCRUE_BENCH_DIR:-/tmp/accrue-bench}"
    book="$dir/journal-export-$invoices.sqlite"
    mkdir -p "$dir"
    if [ ! -f "$book" ]; then
        echo "demo book of $invoices invoices: $book"
        "$cli" demo --db "$book" --customers $((invoices / 50 + 10)) --invoices "$invoices" \
            --seed 7 --today "$today" >/dev/null
    fi
fi
[ -f "$book" ] || { echo "no book $book" >&2; exit 2; }

# init upgrades an older book (nothing on a current one); then every account
# and tax key is mapped to itself, so the mapping check passes.
s=$(now)
"$cli" init --db "$book" --today "$today"
printf 'init: %.1f s\n' "$(elapsed "$s")"
s=$(now)
for f in iif xero netsuite; do
    "$cli" export mapping show --format "$f" --db "$book" --today "$today" -o "$work/map-$f.csv"
    awk -F, 'NR == 1 { print "kind,source_key,target_code,target_name"; next }
             { print $1 "," $2 "," $2 ",X " $2 }' "$work/map-$f.csv" > "$work/set-$f.csv"
    "$cli" export mapping set "$work/set-$f.csv" --format "$f" --db "$book" --today "$today" \
        >/dev/null
done
printf 'mapping: %.1f s\n' "$(elapsed "$s")"

[ -n "$month" ] || month=$(sqlite3 "$book" "SELECT substr(MAX(entry_date), 1, 7) FROM journal_entry")
month_from="$month-01"
month_to=$(date -d "$month_from +1 month -1 day" +%Y-%m-%d)
currency=$(sqlite3 "$book" "SELECT currency FROM journal_entry GROUP BY currency ORDER BY COUNT(*) DESC LIMIT 1")
dump_sql() { # $1 from, $2 to: the rows JournalExportRepository reads
    echo "SELECT e.id, e.entry_date, e.kind, e.source_type, e.source_id, e.currency, COALESCE(e.memo, ''),
 COALESCE(i.number, n.number, p.reference, ''), l.account_id, COALESCE(c.name, ''), l.debit_minor, l.credit_minor
 FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
 LEFT JOIN invoice i ON e.source_type = 'invoice' AND i.id = e.source_id
 LEFT JOIN credit_note n ON e.source_type = 'credit_note' AND n.id = e.source_id
 LEFT JOIN payment p ON e.source_type = 'payment' AND p.id = e.source_id
 LEFT JOIN customer c ON c.id = l.customer_id
 WHERE e.entry_date >= '$1' AND e.entry_date <= '$2' AND e.currency = '$currency'
 ORDER BY e.entry_date, e.id, l.id;"
}
row() { # name range "wall cpu" lines
    local wall=${3% *} cpu=${3#* }
    printf '%-9s %-22s %8.2f %8.2f %11d %10.0f\n' "$1" "$2" "$wall" "$cpu" "$4" \
        "$(echo "$4 / $wall" | bc -l)"
}

echo "book: $book, currency $currency"
printf '%-9s %-22s %8s %8s %11s %10s\n' export range wall_s cpu_s lines lines/s
for range in month book; do
    if [ "$range" = month ]; then
        from=$month_from to=$month_to runs=${MONTH_RUNS:-3} label="$month_from..$month_to"
    else
        from=0001-01-01 to=9999-12-31 runs=${BOOK_RUNS:-1} label="whole book"
    fi
    dump_sql "$from" "$to" > "$work/dump.sql"
    rows=$(sqlite3 "$book" "SELECT COUNT(*) FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id
        WHERE e.entry_date >= '$from' AND e.entry_date <= '$to' AND e.currency = '$currency'")
    row sqlite3 "$label" "$(best "$runs" sqlite3 "$book" ".read $work/dump.sql")" "$rows"
    for f in iif netsuite ledger xero; do
        args=(export journal --format "$f" --currency "$currency" --db "$book" --today "$today"
              -o "$work/out-$f")
        [ "$range" = month ] && args+=(--from "$from" --to "$to")
        t=$(best "$runs" "$cli" "${args[@]}")
        row "$f" "$label" "$t" "$(cat "$work"/out-"$f"* | wc -l)"
        rm -f "$work"/out-"$f"*
    done
done
echo "sqlite3: the same journal rows (entries, lines, documents, customers) read into /dev/null."
echo "lines: what the export wrote (headers included); xero: its invoices and payments files,"
echo "made from the invoices, credit notes and allocations rather than the journal."
