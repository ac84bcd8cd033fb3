#!/usr/bin/env bash
# A local PostgreSQL for the checkout server's --store, in one command:
#   scripts/local-postgres.sh               # start (install, initialise, create role and database on first run)
#   scripts/local-postgres.sh --status      # running or not, and the --store URL
#   scripts/local-postgres.sh --url         # the URL alone: ./run-bench.sh --store "$(scripts/local-postgres.sh --url)"
#   scripts/local-postgres.sh --stop
#   scripts/local-postgres.sh --help
# See usage() below for every option.
set -euo pipefail

ROLE=lana
DATABASE=lana
DEFAULT_PORT=5432
DIR="${LANA_PG_DIR:-./.local-postgres}"
PORT=""
ACTION=start
ME="$0"

usage() {
    cat <<EOF
Usage: $ME [--dir DIR] [--port PORT] [--status | --url | --stop | --help]

Gives this machine a PostgreSQL cluster of its own for the Lana checkout server, on loopback only:
  - installs Debian's 'postgresql' with apt-get when no PostgreSQL server binaries are found
    (needs root; it says so before it does);
  - initialises a cluster in DIR/data on first run, owned by the 'postgres' system user when run
    as root (PostgreSQL refuses to run as root), else by you;
  - starts it on 127.0.0.1 at PORT (default $DEFAULT_PORT when free, else the next free port; it says which);
  - creates the role '$ROLE' and the database '$DATABASE' (owner '$ROLE'), with the password from
    \$LANA_STORE_PASSWORD, or a generated one printed once and kept in DIR/password (mode 600);
  - prints the --store URL for ./run-server.sh and ./run-bench.sh and the line exporting the password.
Running it again while the cluster is up only prints the URL (and sets the role's password to
\$LANA_STORE_PASSWORD when that is set and differs).

Options:
  --dir DIR     where the cluster lives (data, socket, log, port, password). Default: $DIR
                (also \$LANA_PG_DIR). The repository's .gitignore ignores ./.local-postgres.
  --port PORT   listen on this port; it must be free. Default: $DEFAULT_PORT if free, else the next free one.
  --status      say whether the cluster in DIR runs, and its URL; exit 0 when it runs, 3 when not.
  --url         print only the --store URL of the running cluster (exit 3 when it does not run), for
                scripts: ./run-bench.sh --store "\$($ME --url)"
  --stop        stop the cluster in DIR (fast shutdown: open sessions are rolled back).
  -h, --help    this text.

Environment:
  LANA_STORE_PASSWORD   the role's password (the checkout server reads the same variable).
  LANA_PG_BINDIR        a folder holding initdb, pg_ctl and postgres, if they are nowhere the script looks
                        (PATH, pg_config --bindir, /usr/lib/postgresql/<newest>/bin).
EOF
}

die() {
    echo "$ME: $*" >&2
    exit 1
}

while [ $# -gt 0 ]; do
    case "$1" in
        --dir) [ $# -ge 2 ] || die "--dir needs a folder"; DIR="$2"; shift 2 ;;
        --dir=*) DIR="${1#--dir=}"; shift ;;
        --port) [ $# -ge 2 ] || die "--port needs a number"; PORT="$2"; shift 2 ;;
        --port=*) PORT="${1#--port=}"; shift ;;
        --status) ACTION=status; shift ;;
        --url) ACTION=url; shift ;;
        --stop) ACTION=stop; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$ME: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
if [ -n "$PORT" ] && ! [[ "$PORT" =~ ^[0-9]+$ && "$PORT" -ge 1 && "$PORT" -le 65535 ]]; then
    echo "$ME: --port must be a number from 1 to 65535, was '$PORT'" >&2
    exit 2
fi

if [ "$ACTION" = start ]; then
    mkdir -p "$DIR"
elif [ ! -d "$DIR" ]; then
    echo "No cluster in $DIR; make one with: $ME --dir '$DIR'" >&2
    [ "$ACTION" = stop ] && exit 0 || exit 3
fi
DIR="$(cd "$DIR" && pwd)"
DATA="$DIR/data"
SOCKETS="$DIR/run"
LOG="$DIR/postgres.log"

# --- finding the server binaries ---------------------------------------------------------------

# A folder with initdb, pg_ctl and postgres, or nothing.
has_server_binaries() {
    [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/postgres" ]
}

find_bindir() {
    local candidate
    if [ -n "${LANA_PG_BINDIR:-}" ]; then
        has_server_binaries "$LANA_PG_BINDIR" && { echo "$LANA_PG_BINDIR"; return 0; }
        return 1
    fi
    if command -v pg_ctl >/dev/null 2>&1; then
        candidate="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
        has_server_binaries "$candidate" && { echo "$candidate"; return 0; }
    fi
    if command -v pg_config >/dev/null 2>&1; then
        candidate="$(pg_config --bindir 2>/dev/null || true)"
        [ -n "$candidate" ] && has_server_binaries "$candidate" && { echo "$candidate"; return 0; }
    fi
    # Debian installs each major version side by side; take the newest. LANA_PG_SEARCH replaces the
    # folder searched, so the install path can be tried on a machine that has PostgreSQL.
    for candidate in $(ls -d "${LANA_PG_SEARCH:-/usr/lib/postgresql}"/*/bin 2>/dev/null | sort -V -r); do
        has_server_binaries "$candidate" && { echo "$candidate"; return 0; }
    done
    return 1
}

install_postgresql() {
    if [ "$(id -u)" -ne 0 ]; then
        die "no PostgreSQL server binaries found (initdb, pg_ctl, postgres). Install them as root:
    sudo apt-get install postgresql     (Debian/Ubuntu)
or run this script as root, or set LANA_PG_BINDIR to a folder that holds them."
    fi
    command -v apt-get >/dev/null 2>&1 \
        || die "no PostgreSQL server binaries found and no apt-get to install them: install PostgreSQL, or set LANA_PG_BINDIR"
    echo "No PostgreSQL server binaries found: installing Debian's 'postgresql' with apt-get (as root)..."
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
}

BINDIR=""
need_binaries() {
    if ! BINDIR="$(find_bindir)"; then
        install_postgresql
        BINDIR="$(find_bindir)" || die "apt-get installed 'postgresql' but its binaries are not under /usr/lib/postgresql/*/bin"
    fi
    PSQL="$BINDIR/psql"
    [ -x "$PSQL" ] || PSQL="$(command -v psql || true)"
    [ -n "$PSQL" ] || die "no psql next to $BINDIR/postgres nor on PATH: install 'postgresql-client'"
}

# --- running as the cluster's owner ------------------------------------------------------------

if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
    SUPERUSER=postgres
else
    OWNER="$(id -un)"
    SUPERUSER="$OWNER"
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$OWNER" -- "$@"
    else
        "$@"
    fi
}

ensure_owner() {
    [ "$(id -u)" -eq 0 ] || return 0
    if ! id -u "$OWNER" >/dev/null 2>&1; then
        echo "Creating the system user '$OWNER' (PostgreSQL refuses to run as root)..."
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash "$OWNER"
    fi
    chown "$OWNER:" "$DIR"
    as_owner test -x "$DIR" || die "the user '$OWNER' cannot reach $DIR (a parent folder is closed to it); choose another --dir, e.g. /var/tmp/lana-postgres"
}

# --- the cluster -------------------------------------------------------------------------------

running() {
    [ -f "$DATA/PG_VERSION" ] && as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

current_port() {
    cat "$DIR/port" 2>/dev/null || echo "$DEFAULT_PORT"
}

url() {
    echo "jdbc:postgresql://127.0.0.1:$(current_port)/$DATABASE?user=$ROLE"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The port asked for; else the one of the last start (the URL stays the same), else 5432, else the next free.
choose_port() {
    if [ -n "$PORT" ]; then
        port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is in use; choose another --port or leave it out"
        echo "$PORT"
        return
    fi
    local candidate
    for candidate in $(current_port) $(seq "$DEFAULT_PORT" $((DEFAULT_PORT + 100))); do
        if ! port_in_use "$candidate"; then
            [ "$candidate" = "$(current_port)" ] \
                || echo "Port $(current_port) on 127.0.0.1 is in use: using port $candidate." >&2
            echo "$candidate"
            return
        fi
    done
    die "no free port from $DEFAULT_PORT to $((DEFAULT_PORT + 100)) on 127.0.0.1; give one with --port"
}

sql_literal() {
    printf "'%s'" "${1//\'/\'\'}"
}

superuser_psql() {
    as_owner "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$(current_port)" -U "$SUPERUSER" -d postgres "$@"
}

initialise() {
    echo "Initialising a PostgreSQL cluster in $DATA (owner: $OWNER)..."
    as_owner mkdir -p "$DATA" "$SOCKETS"
    as_owner "$BINDIR/initdb" -D "$DATA" -U "$SUPERUSER" --auth-local=peer --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed; its output is above"; }
    # Our settings live in a file of their own, rewritten at every start (the port may change).
    echo "include_if_exists = 'lana.conf'" | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
}

start() {
    local port="$1"
    as_owner tee "$DATA/lana.conf" >/dev/null <<EOF
# Written by scripts/local-postgres.sh at every start.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$SOCKETS'
max_connections = 200
EOF
    as_owner mkdir -p "$SOCKETS"
    echo "$port" >"$DIR/port"
    [ -f "$LOG" ] || { touch "$LOG"; [ "$(id -u)" -ne 0 ] || chown "$OWNER:" "$LOG"; }
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null \
        || { tail -n 20 "$LOG" >&2; die "PostgreSQL did not start; the end of $LOG is above"; }
}

# Creates the role and the database when missing; sets the role's password when one is given.
ensure_role_and_database() {
    local password="$1"
    local role_exists
    role_exists="$(superuser_psql -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")"
    if [ -z "$role_exists" ]; then
        echo "CREATE ROLE $ROLE LOGIN PASSWORD $(sql_literal "$password");" | superuser_psql
    elif [ -n "$password" ]; then
        # SQL on stdin, so the password never shows in a process list.
        echo "ALTER ROLE $ROLE LOGIN PASSWORD $(sql_literal "$password");" | superuser_psql
    fi
    if [ -z "$(superuser_psql -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
        superuser_psql -c "CREATE DATABASE $DATABASE OWNER $ROLE"
    fi
}

print_url() {
    echo "PostgreSQL runs on 127.0.0.1:$(current_port), cluster in $DATA (log: $LOG)."
    echo "Store URL:"
    echo "  --store '$(url)'"
}

do_status() {
    if running; then
        print_url
        exit 0
    fi
    if [ -f "$DATA/PG_VERSION" ]; then
        echo "PostgreSQL in $DATA is not running; start it with: $ME --dir '$DIR'"
    else
        echo "No cluster in $DIR yet; make one with: $ME --dir '$DIR'"
    fi
    exit 3
}

do_stop() {
    if running; then
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
        echo "Stopped PostgreSQL in $DATA."
    else
        echo "PostgreSQL in $DATA is not running."
    fi
}

do_start() {
    ensure_owner
    if running; then
        if [ -n "$PORT" ] && [ "$PORT" != "$(current_port)" ]; then
            die "already running on port $(current_port); stop it first (--stop) to move it to $PORT"
        fi
        if [ -n "${LANA_STORE_PASSWORD:-}" ] && [ "$LANA_STORE_PASSWORD" != "$(cat "$DIR/password" 2>/dev/null)" ]; then
            ensure_role_and_database "$LANA_STORE_PASSWORD"
            (umask 077 && printf '%s' "$LANA_STORE_PASSWORD" >"$DIR/password")
            echo "Set the password of role '$ROLE' to \$LANA_STORE_PASSWORD."
        fi
        print_url
        return
    fi
    [ -f "$DATA/PG_VERSION" ] || initialise
    local port
    port="$(choose_port)"
    start "$port"
    local password="${LANA_STORE_PASSWORD:-}" generated=""
    if [ -z "$password" ] && [ ! -f "$DIR/password" ]; then
        password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)"
        generated=yes
    fi
    if [ -n "$password" ] && [ "$password" != "$(cat "$DIR/password" 2>/dev/null)" ]; then
        ensure_role_and_database "$password"
        (umask 077 && printf '%s' "$password" >"$DIR/password")
    else
        ensure_role_and_database ""
    fi
    print_url
    if [ -n "$generated" ]; then
        echo "Generated the password of role '$ROLE' (shown this once; also in $DIR/password, mode 600):"
        echo "  export LANA_STORE_PASSWORD='$password'"
    elif [ -n "${LANA_STORE_PASSWORD:-}" ]; then
        echo "The role '$ROLE' has the password in \$LANA_STORE_PASSWORD (keep it exported for the server)."
    else
        echo "Password: export LANA_STORE_PASSWORD=\"\$(cat '$DIR/password')\""
    fi
}

case "$ACTION" in
    status)
        BINDIR="$(find_bindir)" || { echo "No PostgreSQL server binaries on this machine: nothing runs."; exit 3; }
        do_status ;;
    url)
        BINDIR="$(find_bindir)" || { echo "$ME: no PostgreSQL server binaries on this machine" >&2; exit 3; }
        running || { echo "$ME: PostgreSQL in $DATA is not running; start it with: $ME --dir '$DIR'" >&2; exit 3; }
        url ;;
    stop)
        BINDIR="$(find_bindir)" || { echo "No PostgreSQL server binaries on this machine: nothing to stop."; exit 0; }
        do_stop ;;
    start)
        need_binaries
        do_start ;;
esac
