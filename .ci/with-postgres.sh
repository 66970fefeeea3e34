#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server: initdb in a temporary
# directory, start it on a private socket and port, export DATABASE_URL, run
# the command, stop the server. Skips (exit 0, with a message) when no
# PostgreSQL server binaries are installed, unless CI=true.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    if [ "${CI:-}" = "true" ]; then
        echo "PostgreSQL server not installed, but CI=true requires the PostgreSQL run" >&2
        exit 1
    fi
    echo "PostgreSQL server not installed: skipping the PostgreSQL run of the suite."
    exit 0
fi

workdir=$(mktemp -d /tmp/simpul-pg.XXXXXX)
port=${SIMPUL_PG_PORT:-54329}
run_as=()
if [ "$(id -u)" = "0" ]; then
    # PostgreSQL refuses to run as root: use the postgres system user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$workdir"
    run_as=(runuser -u postgres --)
fi

cleanup() {
    "${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap cleanup EXIT

"${run_as[@]}" "$bindir/initdb" -D "$workdir/data" -U simpul --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w \
    -o "-k $workdir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') started for the test run"

export DATABASE_URL="postgres://simpul@/simpul?host=$workdir&port=$port"
"${run_as[@]}" "$bindir/createdb" -h "$workdir" -p "$port" -U simpul simpul
"$@"
