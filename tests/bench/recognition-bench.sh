#!/usr/bin/env bash
# Revenue recognition at scale: a demo book of N invoices written without
# recognition (accrue-cli demo --no-recognition), then one
# `accrue-cli recognize --through TODAY` over its 24 months of schedule
# rows, timed: wall and CPU (user + sys) seconds, rows and entries a second.
# Beside it the reference: the sqlite3 command line summing the same due
# rows per currency, date and revenue account (what the run reads), on a
# copy of the book taken before the run.
#
# With ACCRUE_OLD_CLI set to an accrue-cli from before schema 14, it also
# times the upgrade of an old book of N invoices (N/10 customers):
# `accrue-cli init` migrates it and runs RecognitionService::catchUp(); the
# deferred-revenue report must then equal the Deferred revenue account.
#
#   tests/bench/recognition-bench.sh [N] [TODAY]     (default 100000, 2026-06-30)
#
# On a shared machine, read the CPU seconds: wall time waits for other work.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
n="${1:-100000}"
today="${2:-2026-06-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
book="$work/book.sqlite"

# timed NAME COMMAND...: runs it, its stdout to $work/NAME.out, and sets
# wall and cpu (seconds) from /usr/bin/time.
timed() {
    local name="$1"
    shift
    /usr/bin/time -f '%e %U %S' -o "$work/$name.time" "$@" >"$work/$name.out"
    read -r wall user sys <"$work/$name.time"
    cpu=$(echo "$user + $sys" | bc -l)
}
rate() { echo "$1 / $2" | bc -l; }

timed demo "$cli" --db "$book" --today "$today" demo --invoices "$n" --no-recognition
printf 'demo (no recognition): %.1f s wall, %.1f s CPU\n' "$wall" "$cpu"
cp "$book" "$work/reference.sqlite"

rows=$(sqlite3 "$book" "SELECT COUNT(*) FROM recognition_schedule")
due=$(sqlite3 "$book" "SELECT COUNT(*) FROM recognition_schedule WHERE entry_id IS NULL AND recognize_on <= '$today'")
echo "schedule rows: $rows, due through $today: $due"

due_sql="SELECT i.currency, s.recognize_on, l.revenue_account_id, SUM(s.amount_minor), COUNT(*)
 FROM recognition_schedule s JOIN invoice_line l ON l.id = s.invoice_line_id
 JOIN invoice i ON i.id = l.invoice_id WHERE s.entry_id IS NULL AND s.recognize_on <= '$today'
 GROUP BY i.currency, s.recognize_on, l.revenue_account_id ORDER BY 1, 2, 3;"
timed reference sqlite3 "$work/reference.sqlite" "$due_sql"
groups=$(wc -l <"$work/reference.out")
ref_wall=$wall ref_cpu=$cpu

timed run "$cli" --db "$book" --today "$today" recognize --through "$today"
run_wall=$wall run_cpu=$cpu
summary=$(cat "$work/run.out")
echo "$summary"
entries=$(echo "$summary" | sed -E 's/.*: ([0-9]+) journal entries.*/\1/')

timed again "$cli" --db "$book" --today "$today" recognize --through "$today"
rerun_wall=$wall

deferred=$(sqlite3 "$book" "SELECT SUM(credit_minor) - SUM(debit_minor) FROM journal_line jl JOIN account a ON a.id = jl.account_id WHERE a.system_role = 'deferred_revenue'")
reported=$("$cli" --db "$book" --today "$today" report deferred-revenue --format csv | tail -1)

printf 'recognize:      %8.2f s wall %8.2f s CPU  %d entries (%.0f/s), %d rows (%.0f rows/s)\n' \
    "$run_wall" "$run_cpu" "$entries" "$(rate "$entries" "$run_wall")" "$due" \
    "$(rate "$due" "$run_wall")"
printf 'sqlite3 sum:    %8.2f s wall %8.2f s CPU  %d groups, %d rows (%.0f rows/s; the reference)\n' \
    "$ref_wall" "$ref_cpu" "$groups" "$due" "$(rate "$due" "$ref_wall")"
printf 'second run:     %8.2f s wall  (%s)\n' "$rerun_wall" "$(cat "$work/again.out")"
echo "Deferred revenue account (minor units): $deferred"
echo "deferred-revenue report total row: $reported"

if [[ -n "${ACCRUE_OLD_CLI:-}" ]]; then
    old="$work/old.sqlite"
    timed olddemo "$ACCRUE_OLD_CLI" --db "$old" --today "$today" demo --invoices "$n" \
        --customers "$(((n + 9) / 10))"
    printf 'old book (schema 13): %.1f s wall\n' "$wall"
    timed upgrade "$cli" --db "$old" --today "$today" init
    lines=$(sqlite3 "$old" "SELECT COUNT(*) FROM recognition_schedule")
    printf 'upgrade (init):  %8.2f s wall %8.2f s CPU  %d schedule rows written (%.0f rows/s)\n' \
        "$wall" "$cpu" "$lines" "$(rate "$lines" "$wall")"
    "$cli" --db "$old" --today "$today" report deferred-revenue --format csv | tail -1 \
        | awk -F, '{ print "deferred-revenue report total: " $NF }'
    "$cli" --db "$old" --today "$today" report trial-balance --format csv \
        | grep -i 'deferred revenue' | awk -F, '{ print "trial balance, Deferred revenue: " $NF }'
fi
