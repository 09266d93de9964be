#!/usr/bin/env bash
# A streaming replica on loopback, for real (issue 18, item 8). Creates a throwaway primary
# cluster, a hot standby made from it with `pg_basebackup -R` (streaming replication), starts
# both, then runs replica.check.ts: writes through @livewell/storage-postgres on the primary;
# the search-index sync (change feed page by page into a @livewell/peer-support index) and a
# cohort report (@livewell/activation) read from the standby once it has replayed the writes;
# a write on the standby is a typed storage error. Everything is torn down on exit, pass or fail.
#
#   scripts/scale/replica.sh            (ports: SCALE_PRIMARY_PORT=5441 SCALE_STANDBY_PORT=5442)
#
# Needs PostgreSQL server binaries (Debian: apt-get install postgresql) and `pnpm install`.
set -euo pipefail
# shellcheck source=scripts/scale/cluster.sh
source "$(dirname "$0")/cluster.sh"

PRIMARY_PORT=${SCALE_PRIMARY_PORT:-5441}
STANDBY_PORT=${SCALE_STANDBY_PORT:-5442}
require_free_port "$PRIMARY_PORT"
require_free_port "$STANDBY_PORT"

make_workdir replica
cleanup() {
  status=$?
  if [ "$status" != "0" ]; then show_logs; fi
  stop_cluster "$WORK/standby"
  stop_cluster "$WORK/primary"
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== primary on 127.0.0.1:$PRIMARY_PORT ($WORK)"
init_cluster "$WORK/primary" "$PRIMARY_PORT"
start_cluster "$WORK/primary"
as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U livewell livewell

echo "== standby on 127.0.0.1:$STANDBY_PORT (pg_basebackup -R, WAL streamed)"
as_owner "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U livewell \
  -D "$WORK/standby" -R -X stream -c fast
# The copy carries the primary's settings; only the port differs. -R wrote standby.signal and
# primary_conninfo into postgresql.auto.conf.
echo "port = $STANDBY_PORT" | as_owner tee -a "$WORK/standby/postgresql.auto.conf" >/dev/null
start_cluster "$WORK/standby"
as_owner "$PGBIN/psql" -h 127.0.0.1 -p "$STANDBY_PORT" -U livewell -d livewell -Atc \
  "SELECT 'standby in recovery: ' || pg_is_in_recovery()"
as_owner "$PGBIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U livewell -d livewell -Atc \
  "SELECT 'streaming to: ' || application_name || ' (' || state || ')' FROM pg_stat_replication"

echo "== checks"
SCALE_PRIMARY_URL="postgres://livewell@127.0.0.1:$PRIMARY_PORT/livewell" \
SCALE_STANDBY_URL="postgres://livewell@127.0.0.1:$STANDBY_PORT/livewell" \
  run_check replica.check.ts
echo "== replica check passed"
