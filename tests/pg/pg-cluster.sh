#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite.
#   pg-cluster.sh start STATE_DIR   initdb in a new temporary folder, start the server on a Unix
#                                   socket and 127.0.0.1 on a free port, write STATE_DIR/url
#                                   (superuser over the socket) and STATE_DIR/tcp-url
#   pg-cluster.sh stop STATE_DIR    stop that server and delete its folder
# initdb refuses root: as root the cluster runs as the postgres user.
# Local socket connections are trusted (the folder is private to the run); TCP connections on
# 127.0.0.1 need a password (scram-sha-256), so password handling is tested for real.
set -euo pipefail

cmd=${1:?usage: pg-cluster.sh start|stop STATE_DIR}
state=${2:?usage: pg-cluster.sh start|stop STATE_DIR}
bin=/usr/lib/postgresql/15/bin

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    [[ -f "$state/dir" ]] || return 0
    local dir
    dir=$(cat "$state/dir")
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$state/dir" "$state/url" "$state/tcp-url"
}

case "$cmd" in
start)
    [[ -x "$bin/initdb" ]] || { echo "pg-cluster.sh: PostgreSQL 15 is not installed ($bin/initdb); run scripts/install-deps.sh --tests" >&2; exit 1; }
    mkdir -p "$state"
    stop_cluster # a run that was cut off may have left one behind
    dir=$(mktemp -d /tmp/accrue-pg.XXXXXX)
    chmod 755 "$dir"
    echo "$dir" > "$state/dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner mkdir -p "$dir/sock"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability is not under test here; speed is.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-k $dir/sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir/sock&port=$port" > "$state/url"
    echo "postgresql://127.0.0.1:$port/postgres" > "$state/tcp-url"
    echo "pg-cluster.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir/sock and 127.0.0.1:$port"
    ;;
stop)
    stop_cluster
    echo "pg-cluster.sh: stopped"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
