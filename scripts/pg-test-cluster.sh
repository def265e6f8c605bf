#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the hub's tests and benches.
#
#   scripts/pg-test-cluster.sh start   -> prints "URL DIR" on one line, e.g.
#        postgresql+psycopg://postgres@127.0.0.1:54321/postgres /tmp/omnipos-pg.AbC123
#   scripts/pg-test-cluster.sh stop DIR
#
# PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` user (runuser). If no server binary exists, Debian's `postgresql`
# package is installed with apt-get (as root only). Exit code 3: no server
# binary can be had (the tests then skip their PostgreSQL part with that reason).
set -euo pipefail

find_bindir() {
    if command -v pg_config >/dev/null 2>&1; then
        local d; d="$(pg_config --bindir 2>/dev/null || true)"
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    fi
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

as_server_user() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bindir
    if ! bindir="$(find_bindir)"; then
        if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
            echo "pg-test-cluster: installing Debian's postgresql package" >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
                || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; } \
                || { echo "pg-test-cluster: apt-get could not install postgresql" >&2; exit 3; }
            bindir="$(find_bindir)" || { echo "pg-test-cluster: no server binary after install" >&2; exit 3; }
        else
            echo "pg-test-cluster: no PostgreSQL server binary (initdb, pg_ctl) and cannot install one" >&2
            exit 3
        fi
    fi
    if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres >&2
    fi
    local dir port
    dir="$(mktemp -d "${TMPDIR:-/tmp}/omnipos-pg.XXXXXX")"
    chmod 755 "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
    as_server_user "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres $dir"
}

stop() {
    local dir="$1" bindir
    bindir="$(find_bindir)" || exit 0
    if [ -d "$dir/data" ]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf "$dir"
}

case "${1:-start}" in
    start) start ;;
    stop) stop "${2:?usage: pg-test-cluster.sh stop DIR}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
