#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the province service tests and export PULUT_TEST_POSTGRES_URL.
#   source .ci/postgres.sh      (from .ci/run, before `make test`)
# Installs the Debian `postgresql` package when missing (as root), creates a cluster with initdb in a
# temp dir owned by the `postgres` user (the server refuses to run as root), listens on 127.0.0.1 only
# on a free port, and creates the database `pulut_test`. The cluster is stopped when the shell exits.
set -euo pipefail

_pg_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

if [ -z "$(_pg_bindir)" ]; then
    PULUT_WITH_POSTGRES=1 "$(dirname "${BASH_SOURCE[0]}")/sysdeps.sh" test
fi
PG_BIN="$(_pg_bindir)"
[ -n "$PG_BIN" ] || { echo "postgres.sh: PostgreSQL binaries not found" >&2; return 1 2>/dev/null || exit 1; }

PG_DIR="$(mktemp -d /tmp/pulut-pg.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PG_DIR" --shell /usr/sbin/nologin postgres
    chown postgres "$PG_DIR"
fi
_as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres --auth=trust -E UTF8 >'$PG_DIR/initdb.log' 2>&1"
_as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
_as_pg "'$PG_BIN/createdb' -h 127.0.0.1 -p $PG_PORT -U postgres pulut_test"
export PULUT_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/pulut_test"
export PULUT_TEST_POSTGRES_DIR="$PG_DIR"
trap "_as_pg \"'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop\" >/dev/null 2>&1 || true; rm -rf '$PG_DIR'" EXIT
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
