# shellcheck shell=bash
# Shared by replica.sh and pgbouncer.sh (sourced, not run): throwaway PostgreSQL clusters in a
# temporary directory, on their own loopback ports, never touching the machine's own clusters.
# PostgreSQL refuses to run as root, so as root every server command runs as `postgres`.

PG_MAJOR=${PG_MAJOR:-$(ls /usr/lib/postgresql | sort -n | tail -1)}
PGBIN=/usr/lib/postgresql/${PG_MAJOR}/bin
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Runs a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Makes the work directory ($WORK) that holds the clusters, their sockets and logs.
make_workdir() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/livewell-$1.XXXXXX")
  chmod 700 "$WORK"
  if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$WORK"; fi
}

# Fails early when something already listens on a port we want.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "port $1 is in use on 127.0.0.1; set another one (see the script's header)" >&2
    exit 1
  fi
}

# init_cluster <dir> <port>: a new cluster owned by role `livewell`, trusted on loopback only
# (throwaway, listens on 127.0.0.1 and a socket in $WORK), ready to stream to a standby.
init_cluster() {
  as_owner "$PGBIN/initdb" -D "$1" -U livewell --auth=trust -E UTF8 --locale=C --no-sync >/dev/null
  as_owner tee -a "$1/postgresql.conf" >/dev/null <<CONF
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
shared_buffers = 32MB
max_connections = 60
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
CONF
}

# start_cluster <dir>: starts it and waits until it accepts connections.
start_cluster() {
  as_owner "$PGBIN/pg_ctl" -D "$1" -l "$1.log" -w -t 60 start >/dev/null
}

# stop_cluster <dir>: stops it if it is running (immediate: it is thrown away next).
stop_cluster() {
  if [ -f "$1/postmaster.pid" ]; then
    as_owner "$PGBIN/pg_ctl" -D "$1" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

# Prints the tail of every log in $WORK (called on failure, before the directory goes).
show_logs() {
  for log in "$WORK"/*.log; do
    [ -f "$log" ] || continue
    echo "---- $(basename "$log") (last 30 lines)" >&2
    tail -n 30 "$log" >&2 || true
  done
}

# Runs one of the TypeScript checks in this folder with vitest (sources, no build needed).
run_check() {
  (cd "$ROOT_DIR" && pnpm exec vitest run --config scripts/scale/vitest.config.ts "$@")
}
