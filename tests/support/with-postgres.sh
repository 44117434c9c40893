#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: initdb into a temp folder, start it on a
# Unix socket only (no TCP), export its URL, run the command, stop the cluster, delete the folder.
#
#   tests/support/with-postgres.sh COMMAND [ARGS...]
#
# Exports to COMMAND:
#   COLLECTDESK_TEST_PG_URL   postgresql://USER@/postgres?host=SOCKETDIR&port=PORT (an admin URL;
#                             tests create and drop their own databases through it)
#   COLLECTDESK_TEST_PG_HOST, COLLECTDESK_TEST_PG_PORT, COLLECTDESK_TEST_PG_USER
# When run as root the cluster runs as the 'postgres' system user.
set -euo pipefail

pg_bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && pg_bin="$candidate"
done
if [ -z "$pg_bin" ]; then
    if command -v initdb >/dev/null 2>&1; then
        pg_bin="$(dirname "$(command -v initdb)")"
    else
        echo "with-postgres: no PostgreSQL server binaries (initdb) found; install postgresql" >&2
        exit 127
    fi
fi

run_as=()
pg_user="$(id -un)"
if [ "$(id -u)" = "0" ]; then
    pg_user="postgres"
    if command -v runuser >/dev/null 2>&1; then
        run_as=(runuser -u postgres --)
    else
        run_as=(su postgres -s /bin/sh -c)
    fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/collectdesk-pg.XXXXXX")"
chmod 755 "$work"
data="$work/data"
sock="$work/sock"
mkdir -p "$sock"
[ "$pg_user" = "postgres" ] && [ "$(id -u)" = "0" ] && chown -R postgres:postgres "$work"

# A free port number for the socket name (nothing listens on TCP).
port=$(( 20000 + (RANDOM % 20000) ))
while [ -e "$sock/.s.PGSQL.$port" ]; do port=$(( port + 1 )); done

as_pg() {
    if [ ${#run_as[@]} -eq 0 ]; then "$@";
    elif [ "${run_as[0]}" = "su" ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")";
    else "${run_as[@]}" "$@"; fi
}

cleanup() {
    as_pg "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

as_pg "$pg_bin/initdb" -D "$data" -U "$pg_user" -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
    || as_pg "$pg_bin/initdb" -D "$data" -U "$pg_user" -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 \
    -o "-k $sock -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$work/server.log" >&2; exit 1; }

export COLLECTDESK_TEST_PG_HOST="$sock"
export COLLECTDESK_TEST_PG_PORT="$port"
export COLLECTDESK_TEST_PG_USER="$pg_user"
export COLLECTDESK_TEST_PG_URL="postgresql://$pg_user@/postgres?host=$sock&port=$port"
echo "with-postgres: cluster up at $COLLECTDESK_TEST_PG_URL" >&2

set +e
"$@"
status=$?
set -e
exit $status
