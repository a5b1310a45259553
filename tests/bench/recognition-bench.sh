#!/usr/bin/env bash
# Revenue recognition at scale: a demo book of N invoices written without
# recognition (accrue-cli demo --no-recognition), then one
# `accrue-cli recognize --through TODAY` over its 24 months of schedule
# rows, timed. Beside it the reference: the sqlite3 command line summing the
# same due rows per currency, date and revenue account (the query the run
# starts with), on a copy of the book taken before the run.
#
#   tests/bench/recognition-bench.sh [N] [TODAY]     (default 100000, 2026-06-30)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
n="${1:-100000}"
today="${2:-2026-06-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
book="$work/book.sqlite"

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc -l; }

s=$(now)
"$cli" --db "$book" --today "$today" demo --invoices "$n" --no-recognition
echo "demo (no recognition): $(printf %.1f "$(elapsed "$s")") s"
cp "$book" "$work/reference.sqlite"

rows=$(sqlite3 "$book" "SELECT COUNT(*) FROM recognition_schedule")
due=$(sqlite3 "$book" "SELECT COUNT(*) FROM recognition_schedule WHERE entry_id IS NULL AND recognize_on <= '$today'")
echo "schedule rows: $rows, due through $today: $due"

due_sql="SELECT i.currency, s.recognize_on, l.revenue_account_id, SUM(s.amount_minor), COUNT(*)
 FROM recognition_schedule s JOIN invoice_line l ON l.id = s.invoice_line_id
 JOIN invoice i ON i.id = l.invoice_id WHERE s.entry_id IS NULL AND s.recognize_on <= '$today'
 GROUP BY i.currency, s.recognize_on, l.revenue_account_id ORDER BY 1, 2, 3;"
s=$(now)
groups=$(sqlite3 "$work/reference.sqlite" "$due_sql" | wc -l)
ref=$(elapsed "$s")

s=$(now)
summary=$("$cli" --db "$book" --today "$today" recognize --through "$today")
run=$(elapsed "$s")
echo "$summary"
entries=$(echo "$summary" | sed -E 's/.*: ([0-9]+) journal entries.*/\1/')

s=$(now)
again=$("$cli" --db "$book" --today "$today" recognize --through "$today")
rerun=$(elapsed "$s")

deferred=$(sqlite3 "$book" "SELECT SUM(credit_minor) - SUM(debit_minor) FROM journal_line jl JOIN account a ON a.id = jl.account_id WHERE a.system_role = 'deferred_revenue'")
reported=$("$cli" --db "$book" --today "$today" report deferred-revenue --format csv | tail -1)

printf 'recognize:      %8.2f s  %d entries (%.0f/s), %d rows (%.0f rows/s)\n' \
    "$run" "$entries" "$(echo "$entries / $run" | bc -l)" "$due" "$(echo "$due / $run" | bc -l)"
printf 'sqlite3 sum:    %8.2f s  %d groups (reference: the same due rows summed)\n' "$ref" "$groups"
printf 'second run:     %8.2f s  (%s)\n' "$rerun" "$again"
echo "Deferred revenue account (minor units): $deferred"
echo "deferred-revenue report total row: $reported"
