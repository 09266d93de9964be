#!/bin/sh
# Extracts core and care-plan at an earlier commit into a directory, linked to this checkout's
# installed dependencies, so `src/bench/scale.ts --before <dir>` can time it in the same process.
# Usage (from the repository root): packages/care-plan/scripts/earlier-tree.sh <commit> <dir>
set -eu
rev=$1
dir=$2
root=$(git rev-parse --show-toplevel)
rm -rf "$dir"
mkdir -p "$dir"
git -C "$root" archive "$rev" packages/care-plan packages/core | tar -x -C "$dir"
link() { # <package> <dependency>
  mkdir -p "$(dirname "$dir/packages/$1/node_modules/$2")"
  ln -s "$(readlink -f "$root/packages/$1/node_modules/$2")" "$dir/packages/$1/node_modules/$2"
}
for d in immer ts-pattern xstate fast-check; do link care-plan "$d"; done
for d in zod date-fns @date-fns fast-check; do link core "$d"; done
mkdir -p "$dir/packages/care-plan/node_modules/@livewell"
ln -s ../../../core "$dir/packages/care-plan/node_modules/@livewell/core"
echo "$dir: core and care-plan at $(git -C "$root" rev-parse --short "$rev")"
