#!/usr/bin/env bash
# `pnpm scale:check`: type-checks these scripts (the root typecheck covers packages only), then
# the streaming-replica check and the PgBouncer check (each makes and removes its own throwaway
# clusters; see their headers).
set -euo pipefail
here=$(dirname "$0")
(cd "$here/../.." && pnpm exec tsc -p scripts/scale/tsconfig.json)
"$here/replica.sh"
"$here/pgbouncer.sh"
