#!/usr/bin/env bash
# `pnpm scale:check`: the streaming-replica check, then the PgBouncer check (each makes and
# removes its own throwaway clusters; see their headers).
set -euo pipefail
here=$(dirname "$0")
"$here/replica.sh"
"$here/pgbouncer.sh"
