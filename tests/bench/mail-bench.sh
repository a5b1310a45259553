#!/usr/bin/env bash
# E-mail benchmark (not a test): a demo book of INVOICES invoices, COUNT of
# them e-mailed through the loopback SMTP sink (tests/mail/smtp-sink.py) by
# bench_mail (the GUI's delivery worker, with the event loop's latency
# measured), then the same messages as .eml files through python's smtplib
# to the same sink, for reference.
#
#   tests/bench/mail-bench.sh [INVOICES] [COUNT]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${ACCRUE_BUILD:-$root/build/release}"
# The benchmarks are not part of the default build.
[[ -d "$build" ]] && cmake --build "$build" --target benchmarks >/dev/null
invoices="${1:-20000}"
count="${2:-1000}"
python=/usr/bin/python3 # the one with python3-aiosmtpd
work="$(mktemp -d)"
pid=
cleanup() {
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
for tool in bin/accrue-cli tests/bench/bench_mail; do
    [ -x "$build/$tool" ] || { echo "no $build/$tool: build it first" >&2; exit 1; }
done

echo "== accrue e-mail benchmark: $count of $invoices invoices ($(nproc) cores)"
"$build/bin/accrue-cli" demo --db "$work/book.sqlite" --invoices "$invoices" --seed 1 \
    --today 2026-11-23 >/dev/null
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$python" "$root/tests/mail/smtp-sink.py" "$port" "$work/maildir" >"$work/sink.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q ready "$work/sink.log" 2>/dev/null && break; sleep 0.1; done
mkdir -p "$work/eml"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_mail" "$work/book.sqlite" "$port" "$work/eml" "$count"
echo "sink received: $(ls "$work/maildir/new" | wc -l) messages"
"$python" "$root/tests/bench/smtplib-send.py" "$port" "$work/eml"
