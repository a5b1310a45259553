#!/usr/bin/env bash
# Installs what is missing (build and test packages), builds the release preset
# and runs every test with ctest. Exits with ctest's status.
set -euo pipefail

repo_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo_root"

start=$SECONDS
# shellcheck disable=SC2317  # called through the EXIT trap
report_time() {
    local elapsed=$((SECONDS - start))
    printf 'run-tests.sh: elapsed %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
}
trap report_time EXIT

export QT_QPA_PLATFORM=offscreen

scripts/install-deps.sh --tests
cmake --preset release
cmake --build --preset release -j 2

status=0
ctest --preset release -j 2 --output-on-failure || status=$?
if [[ $status -eq 0 ]]; then
    echo "run-tests.sh: all tests passed"
else
    echo "run-tests.sh: ctest failed (exit status $status)" >&2
fi
exit "$status"
