#!/usr/bin/env bash
# 100,000 bank statement lines against a large book: import and auto-match
# time and peak memory of accrue-cli, on a copy of the book; the same lines as
# OFX (the first 10,000, then all of them, each into an account of its own);
# and the payment reconciliation report on the book with the lines imported.
#
#   tests/bench/bank-bench.sh BOOK [LINES]
# Lines are written from the book itself: open invoices paid with their number
# in the text (exact and part payments), payments naming only the customer,
# amounts equal to some open balance, and bank fees. Needs sqlite3 and python3.
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
    # a quarter each: number + exact balance, number + part payment, name only; then fees
    sqlite3 -csv "$book" "SELECT '2026-11-20', printf('%.2f', balance_minor / 100.0), c.name, 'Payment ' || i.number, 'E' || i.id
        FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND i.currency = '$currency' ORDER BY i.id LIMIT $quarter"
    sqlite3 -csv "$book" "SELECT '2026-11-21', printf('%.2f', balance_minor / 200.0), c.name, 'part of ' || i.number, 'P' || i.id
        FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND i.currency = '$currency' ORDER BY i.id DESC LIMIT $quarter"
    sqlite3 -csv "$book" "SELECT '2026-11-22', printf('%.2f', (abs(random()) % 100000) / 100.0 + 1), c.name, 'thanks', 'N' || (c.id * 100 + n.n)
        FROM customer c, (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9 UNION SELECT 10) n LIMIT $quarter"
} > "$work/statement.csv"
# Fees make up the rest: a book with few customers has fewer name-only lines.
written=$(($(wc -l < "$work/statement.csv") - 1))
for i in $(seq 1 "$((lines - written))"); do echo "2026-11-23,-1.50,Bank,fee,F$i"; done >> "$work/statement.csv"
echo "{\"name\":\"Bench\",\"date\":\"Date\",\"amount\":\"Amount\",\"counterparty\":\"Payer\",\"reference\":\"Text\",\"bank_ref\":\"Id\",\"currency\":\"$currency\"}" > "$work/mapping.json"
"$cli" bank mapping "$work/mapping.json" --db "$book" >/dev/null
echo "statement: $(($(wc -l < "$work/statement.csv") - 1)) lines"

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    read -r secs kb < "$work/time"
    printf '%-28s %8.2f s  %6d MB   %s\n' "$label" "$secs" "$((kb / 1024))" "${note:-$(tail -1 "$work/out")}"
}
# The same lines as an OFX 1.x (SGML) statement: a <STMTTRN> aggregate for
# each, one tag to a line of text, as banks write them.
ofx() { # count, output
    python3 - "$work/statement.csv" "$1" "$2" "$currency" <<'PY'
import csv, sys
source, count, output, currency = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
with open(source, newline="", encoding="utf-8") as f, open(output, "w", encoding="utf-8") as out:
    rows = csv.reader(f)
    next(rows)
    out.write("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\n"
              "CHARSET:NONE\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
              "<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1\n<STMTRS>\n<CURDEF>%s\n"
              "<BANKACCTFROM>\n<BANKID>1\n<ACCTID>1\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n"
              "<BANKTRANLIST>\n" % currency)
    for n, (date, amount, payer, reference, ident) in enumerate(rows):
        if n == count:
            break
        out.write("<STMTTRN>\n<TRNTYPE>%s\n<DTPOSTED>%s\n<TRNAMT>%s\n<FITID>%s\n<NAME>%s\n"
                  "<MEMO>%s\n</STMTTRN>\n" % ("DEBIT" if amount.startswith("-") else "CREDIT",
                                              date.replace("-", ""), amount, ident, text(payer),
                                              text(reference)))
    out.write("</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n")
PY
}
small=$((lines < 10000 ? lines : 10000))
ofx "$small" "$work/small.ofx"
ofx "$lines" "$work/statement.ofx"

measure "import bank CSV $lines" "$cli" import bank "$work/statement.csv" --mapping Bench --db "$book"
measure "reconcile auto" "$cli" reconcile auto --db "$book"
measure "import again (duplicates)" "$cli" import bank "$work/statement.csv" --mapping Bench --db "$book"

# "Booked, not on the statement" looks each payment of the period up among the
# statement lines: from the month of the last payment, and a whole year, to
# the last statement line.
to=$(sqlite3 "$book" "SELECT MAX(booking_date) FROM bank_transaction")
for from in "$(sqlite3 "$book" "SELECT substr(MAX(received_date), 1, 8) || '01' FROM payment")" \
    "$(date -d "$to -1 year +1 day" +%F)"; do
    payments=$(sqlite3 "$book" "SELECT COUNT(*) FROM payment WHERE received_date BETWEEN '$from' AND '$to'")
    note="$from to $to: $payments payments, $lines lines" \
        measure "payment-reconciliation" "$cli" report payment-reconciliation --account MAIN \
        --from "$from" --to "$to" --format csv -o "$work/reconciliation.csv" --db "$book"
done

measure "import bank OFX $small" "$cli" import bank "$work/small.ofx" --account OFXS --db "$book"
measure "import bank OFX $lines" "$cli" import bank "$work/statement.ofx" --account OFXL --db "$book"
