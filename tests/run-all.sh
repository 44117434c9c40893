#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs the packages, builds the dev preset, starts a
# throwaway PostgreSQL cluster and a private D-Bus session with an unlocked gnome-keyring, and
# runs every ctest test on both database engines. Skips are failures here: the PostgreSQL tests
# must run, not skip.
#   tests/run-all.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

installer/deps/debian.sh --test
cmake --preset dev
cmake --build --preset dev

export COLLECTDESK_REQUIRE_POSTGRES=1
export QT_QPA_PLATFORM=offscreen
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

set +e
tests/support/with-keyring.sh tests/support/with-postgres.sh ctest --preset dev 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    exit "$status"
fi
if grep -q -- "\*\*\*Skipped\|Not Run" "$log"; then
    echo "run-all: some tests were skipped or not run; every test must run here" >&2
    grep -- "\*\*\*Skipped\|Not Run" "$log" >&2
    exit 1
fi
