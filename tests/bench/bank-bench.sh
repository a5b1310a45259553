#!/usr/bin/env bash
# 100,000 bank statement lines against a large book: import and auto-match
# time and peak memory of accrue-cli, on a copy of the book.
#
#   tests/bench/bank-bench.sh BOOK [LINES]
# Lines are written from the book itself: open invoices paid with their number
# in the text (exact and part payments), payments naming only the customer,
# amounts equal to some open balance, and bank fees.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${ACCRUE_CLI:-$root/build/release/bin/accrue-cli}"
source_book="$1"
lines="${2:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
book="$work/bank.sqlite"
cp "$source_book" "$book"
"$cli" init --db "$book" >/dev/null
currency=$(sqlite3 "$book" "SELECT currency FROM invoice GROUP BY currency ORDER BY COUNT(*) DESC LIMIT 1")
quarter=$((lines / 4))
{
    echo "Date,Amount,Payer,Text,Id"
    # a quarter each: number + exact balance, number + part payment, name only, fees
    sqlite3 -csv "$book" "SELECT '2026-11-20', printf('%.2f', balance_minor / 100.0), c.name, 'Payment ' || i.number, 'E' || i.id
        FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND i.currency = '$currency' ORDER BY i.id LIMIT $quarter"
    sqlite3 -csv "$book" "SELECT '2026-11-21', printf('%.2f', balance_minor / 200.0), c.name, 'part of ' || i.number, 'P' || i.id
        FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND i.currency = '$currency' ORDER BY i.id DESC LIMIT $quarter"
    sqlite3 -csv "$book" "SELECT '2026-11-22', printf('%.2f', (abs(random()) % 100000) / 100.0 + 1), c.name, 'thanks', 'N' || (c.id * 100 + n.n)
        FROM customer c, (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9 UNION SELECT 10) n LIMIT $quarter"
    for i in $(seq 1 "$((lines - 3 * quarter))"); do echo "2026-11-23,-1.50,Bank,fee,F$i"; done
} > "$work/statement.csv"
echo "{\"name\":\"Bench\",\"date\":\"Date\",\"amount\":\"Amount\",\"counterparty\":\"Payer\",\"reference\":\"Text\",\"bank_ref\":\"Id\",\"currency\":\"$currency\"}" > "$work/mapping.json"
"$cli" bank mapping "$work/mapping.json" --db "$book" >/dev/null
echo "statement: $(($(wc -l < "$work/statement.csv") - 1)) lines"

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    read -r secs kb < "$work/time"
    printf '%-28s %8.2f s  %6d MB   %s\n' "$label" "$secs" "$((kb / 1024))" "$(tail -1 "$work/out")"
}
measure "import bank" "$cli" import bank "$work/statement.csv" --mapping Bench --db "$book"
measure "reconcile auto" "$cli" reconcile auto --db "$book"
measure "import again (duplicates)" "$cli" import bank "$work/statement.csv" --mapping Bench --db "$book"
