#!/usr/bin/env bash
# Installs what is missing (build and test packages), builds the release preset
# and runs every test with ctest. Exits with ctest's status.
set -euo pipefail

repo_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo_root"

start=$SECONDS
stage_start=$SECONDS
# shellcheck disable=SC2317  # called through the EXIT trap
report_time() {
    local elapsed=$((SECONDS - start))
    printf 'run-tests.sh: elapsed %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
}
trap report_time EXIT
# Each stage's wall time, so a slow CI run shows where it went.
stage_done() {
    printf 'run-tests.sh: %s took %ds\n' "$1" $((SECONDS - stage_start))
    stage_start=$SECONDS
}

export QT_QPA_PLATFORM=offscreen

scripts/install-deps.sh --tests
stage_done "installing packages"
cmake --preset release
cmake --build --preset release -j 2
stage_done "the release build"

status=0
ctest --preset release -j 2 --output-on-failure || status=$?
stage_done "ctest"
# No test may depend on the calendar: run the suite again on the first of next
# month just after midnight (scripts/test-any-day.sh tries more such days).
# The PostgreSQL variants run the same code on another backend, and no SQL
# reads the server's clock (dates are bound from the session's "today"), so
# this second pass leaves them out, as it does the checks of files rather than
# of behaviour (the packages, the translations).
if [[ $status -eq 0 ]]; then
    first_of_next_month="$(date -d "$(date +%Y-%m-01) +1 month" +%Y-%m-%d) 00:05:00"
    echo "run-tests.sh: again under faketime '$first_of_next_month'"
    faketime "$first_of_next_month" ctest --preset release -j 2 --output-on-failure \
        -E '_pg$|^postgres_|^packaging$|^translations_complete$' || status=$?
    stage_done "ctest under faketime"
fi
# The sanitize preset (clang-14, ASan with leak checks, UBSan halting on the
# first report): the core suites, then every parser under libFuzzer for a
# short while on the same build (scripts/fuzz.sh --long for long runs).
if [[ $status -eq 0 ]]; then
    cmake --preset sanitize
    cmake --build --preset sanitize -j 2 --target core_suites
    ctest --preset sanitize -j 2 || status=$?
    stage_done "the sanitize build and its suites"
fi
if [[ $status -eq 0 ]]; then
    ACCRUE_FUZZ_JOBS=2 scripts/fuzz.sh 15 || status=$?
    stage_done "fuzzing"
fi
if [[ $status -eq 0 ]]; then
    echo "run-tests.sh: all tests passed"
else
    echo "run-tests.sh: ctest failed (exit status $status)" >&2
fi
exit "$status"
