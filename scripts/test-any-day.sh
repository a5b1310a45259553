#!/usr/bin/env bash
# Runs the built test suite (build/release) under faketime on the days that
# break date arithmetic: the first of a month just after midnight, the last
# minute of a year and a leap day. Pass dates ("YYYY-MM-DD HH:MM:SS") to try
# others. Exits non-zero if any run fails.
set -euo pipefail
repo_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo_root"
export QT_QPA_PLATFORM=offscreen
days=("$@")
if [[ ${#days[@]} -eq 0 ]]; then
    days=("2027-03-01 00:05:00" "2026-12-31 23:59:00" "2028-02-29 12:00:00")
fi
status=0
for day in "${days[@]}"; do
    echo "test-any-day.sh: ctest under faketime '$day'"
    faketime "$day" ctest --preset release -j 2 --output-on-failure || status=1
done
exit "$status"
