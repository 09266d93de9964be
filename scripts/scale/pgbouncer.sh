#!/usr/bin/env bash
# PgBouncer in transaction mode in front of the adapter, for real (issue 18, item 8). Creates a
# throwaway PostgreSQL cluster and a PgBouncer (Debian package `pgbouncer`) in transaction
# pooling mode before it, then runs pgbouncer.check.ts: the storage conformance suite and a
# concurrent care-plan workload through PgBouncer with `pgExecutor(pool, { prepare: false })`,
# the same workload straight to PostgreSQL side by side, and named prepared statements left on
# (their failures must be typed storage errors). Everything is torn down on exit, pass or fail.
#
#   scripts/scale/pgbouncer.sh   (ports: SCALE_BOUNCER_PG_PORT=5443 SCALE_BOUNCER_PORT=6443)
#
# Needs PostgreSQL server binaries, pgbouncer (apt-get install pgbouncer) and `pnpm install`.
set -euo pipefail
# shellcheck source=scripts/scale/cluster.sh
source "$(dirname "$0")/cluster.sh"

PG_PORT=${SCALE_BOUNCER_PG_PORT:-5443}
BOUNCER_PORT=${SCALE_BOUNCER_PORT:-6443}
POOL_SIZE=4
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
require_free_port "$PG_PORT"
require_free_port "$BOUNCER_PORT"

make_workdir pgbouncer
cleanup() {
  status=$?
  if [ "$status" != "0" ]; then show_logs; fi
  if [ -f "$WORK/pgbouncer.pid" ]; then
    pid=$(cat "$WORK/pgbouncer.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  stop_cluster "$WORK/pg"
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== PostgreSQL on 127.0.0.1:$PG_PORT ($WORK)"
init_cluster "$WORK/pg" "$PG_PORT"
start_cluster "$WORK/pg"
as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U livewell livewell

echo "== PgBouncer $("$PGBOUNCER" --version | head -1) on 127.0.0.1:$BOUNCER_PORT, transaction mode, $POOL_SIZE server connections"
as_owner tee "$WORK/userlist.txt" >/dev/null <<CONF
"livewell" ""
CONF
as_owner tee "$WORK/pgbouncer.ini" >/dev/null <<CONF
[databases]
livewell = host=127.0.0.1 port=$PG_PORT dbname=livewell user=livewell

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir = $WORK
auth_type = trust
auth_file = $WORK/userlist.txt
admin_users = livewell
pool_mode = transaction
default_pool_size = $POOL_SIZE
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
pidfile = $WORK/pgbouncer.pid
logfile = $WORK/pgbouncer.log
CONF
as_owner "$PGBOUNCER" -d -q "$WORK/pgbouncer.ini"
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$BOUNCER_PORT") 2>/dev/null; then break; fi
  sleep 0.1
done

echo "== checks"
SCALE_BOUNCER_URL="postgres://livewell@127.0.0.1:$BOUNCER_PORT/livewell" \
SCALE_BOUNCER_ADMIN_URL="postgres://livewell@127.0.0.1:$BOUNCER_PORT/pgbouncer" \
SCALE_DIRECT_URL="postgres://livewell@127.0.0.1:$PG_PORT/livewell" \
SCALE_BOUNCER_POOL_SIZE="$POOL_SIZE" \
  run_check pgbouncer.check.ts
echo "== PgBouncer check passed"
