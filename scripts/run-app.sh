#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts Accrue on a demo SQLite book.
#   scripts/run-app.sh [accrue options...]
# Extra arguments go to accrue, e.g. --tab NAME, --db PATH|URL, --screenshot FILE.
# Without a display (no DISPLAY, no WAYLAND_DISPLAY) it only runs with --screenshot FILE,
# under xvfb-run; otherwise it stops and says that a display is needed.
set -euo pipefail

repo_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$repo_root"

use_xvfb=0
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    wants_screenshot=0
    for arg in "$@"; do
        case "$arg" in
            --screenshot|--screenshot=*) wants_screenshot=1 ;;
        esac
    done
    if [[ $wants_screenshot -eq 0 ]]; then
        cat >&2 <<'MSG'
run-app.sh: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Accrue is a desktop application and needs a display to show its window.
Run this from a desktop session (or with X forwarding), or take a picture without one:
    scripts/run-app.sh --screenshot accrue.png
Nothing was built or started.
MSG
        exit 1
    fi
    use_xvfb=1
fi

if [[ $use_xvfb -eq 1 ]]; then
    scripts/install-deps.sh --xvfb
else
    scripts/install-deps.sh
fi

cmake --preset release
cmake --build --preset release

app=build/release/bin/accrue
if [[ ! -x "$app" ]]; then
    echo "run-app.sh: $app was not built" >&2
    exit 1
fi

if [[ $use_xvfb -eq 1 ]]; then
    echo "run-app.sh: no display; running Accrue under xvfb-run (virtual 1280x800 screen) for the screenshot."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo "$@"
fi

echo "run-app.sh: starting $app --demo $*"
exec "$app" --demo "$@"
