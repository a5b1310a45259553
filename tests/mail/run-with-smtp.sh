#!/usr/bin/env bash
# Runs a test with an SMTP sink: aiosmtpd's Mailbox handler on a free
# loopback port, writing what it receives into a maildir. The test reads
# ACCRUE_TEST_SMTP_PORT and ACCRUE_TEST_MAILDIR (and ACCRUE_TEST_SMTP_SCRIPT,
# the sink it starts itself for servers that come and go or want AUTH).
# The server is stopped and the folder removed however the test ends.
#   run-with-smtp.sh TEST-EXECUTABLE [ARGS...]
set -euo pipefail

python=/usr/bin/python3 # the one with python3-aiosmtpd; PATH may hold another
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
pid=
cleanup() {
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$work/maildir/cur" "$work/maildir/new" "$work/maildir/tmp"
"$python" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$work/maildir" \
    >"$work/smtpd.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    if "$python" -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2).close()" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "run-with-smtp.sh: aiosmtpd did not start:" >&2
        cat "$work/smtpd.log" >&2
        exit 1
    fi
    sleep 0.1
done

set +e
ACCRUE_TEST_SMTP_PORT=$port ACCRUE_TEST_MAILDIR=$work/maildir \
    ACCRUE_TEST_SMTP_SCRIPT=$here/smtp-sink.py ACCRUE_TEST_PYTHON=$python "$@"
rc=$?
set -e
exit $rc
