# Shared helpers for the scripts in ./scripts. Source it; do not run it.
# shellcheck shell=bash

# Prints a line on stderr, prefixed with the script's name.
say() { printf '%s: %s\n' "${SCRIPT_NAME:-heroku-warehouse}" "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Installs the Debian packages the project needs when any of them is missing.
# Needs root (or sudo) only when something is actually missing.
ensure_packages() {
    local missing=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    [ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)
    pg_bindir >/dev/null 2>&1 || missing+=(postgresql)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null || die "apt-get update failed; install ${missing[*]} by hand"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
        || die "could not install ${missing[*]}; install them by hand (apt-get install ${missing[*]})"
}

# Prints the directory holding initdb/pg_ctl of the newest installed PostgreSQL.
pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || return 1
    printf '%s\n' "$dir"
}

# Prints a free TCP port on 127.0.0.1.
free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# Starts a throwaway PostgreSQL cluster on a free loopback port, owned by an unprivileged
# user (initdb refuses root). Sets PG_TMPDIR, PG_PORT, PG_BIN and exports DATABASE_URL.
# Call stop_throwaway_postgres (e.g. from a trap) to stop and delete it.
start_throwaway_postgres() {
    PG_BIN=$(pg_bindir) || die "PostgreSQL is not installed (apt-get install postgresql)"
    PG_PORT=$(free_port)
    PG_TMPDIR=$(mktemp -d /tmp/heroku-warehouse-pg.XXXXXX)
    local owner
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        owner=postgres
        id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as (apt-get install postgresql creates it)"
        chown "$owner" "$PG_TMPDIR"
    fi
    chmod 700 "$PG_TMPDIR"
    local run=()
    [ "$owner" = "$(id -un)" ] || run=(runuser -u "$owner" --)
    local password
    password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    printf '%s\n' "$password" > "$PG_TMPDIR/.pwfile"
    chown "$owner" "$PG_TMPDIR/.pwfile"
    "${run[@]}" "$PG_BIN/initdb" -D "$PG_TMPDIR/data" -U warehouse --pwfile="$PG_TMPDIR/.pwfile" \
        -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_TMPDIR/initdb.log" 2>&1 \
        || { cat "$PG_TMPDIR/initdb.log" >&2; die "initdb failed"; }
    rm -f "$PG_TMPDIR/.pwfile"
    # The test suite runs about a hundred loads at once, each with up to four connections
    # (its own and --report-concurrency's three, open from its start to its ledger write).
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMPDIR/data" -l "$PG_TMPDIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -h 127.0.0.1 -k $PG_TMPDIR -c fsync=off -c max_connections=1000 ${PG_SERVER_OPTIONS:-}" start >/dev/null \
        || { cat "$PG_TMPDIR/server.log" >&2; die "PostgreSQL did not start"; }
    PG_OWNER=$owner
    export DATABASE_URL="postgresql://warehouse:${password}@127.0.0.1:${PG_PORT}/postgres"
    say "throwaway PostgreSQL running on 127.0.0.1:$PG_PORT (data in $PG_TMPDIR)"
}

stop_throwaway_postgres() {
    [ -n "${PG_TMPDIR:-}" ] && [ -d "$PG_TMPDIR" ] || return 0
    local run=()
    [ "${PG_OWNER:-$(id -un)}" = "$(id -un)" ] || run=(runuser -u "$PG_OWNER" --)
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMPDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMPDIR"
}
