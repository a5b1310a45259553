#!/usr/bin/env bash
# Installs the Debian 12 packages Accrue needs, but only those that are missing.
#   scripts/install-deps.sh          build and run (compiler, CMake, Ninja, Qt 6, libcurl, SQLite)
#   scripts/install-deps.sh --tests  the above plus what the test suite uses
#                                    (Xvfb, poppler-utils, PostgreSQL, aiosmtpd, gnome-keyring,
#                                    rpm and the desktop-file and AppStream validators, ...)
#   scripts/install-deps.sh --xvfb   build and run plus Xvfb only (run-app.sh uses it to take a
#                                    screenshot on a machine without a display)
# Runs apt-get as root, or through sudo otherwise.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
    libqt6opengl6-dev libxkbcommon-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev
    libcurl4-openssl-dev libsqlite3-dev libpq-dev
    libqrencode-dev # the EPC payment QR code on euro invoices
    python3 # scripts/check-layers.py runs with every build
)
test_packages=(
    xvfb xauth poppler-utils libxml2-utils postgresql python3-aiosmtpd
    gnome-keyring libsecret-1-0 libsecret-tools dbus dbus-x11
    sqlite3 imagemagick clang-format bc faketime clang-14 libclang-rt-14-dev
    hledger # tst_journalexport checks the plain-text journal export with it
    rpm desktop-file-utils appstream # the packaging test: rpmbuild, desktop-file-validate, appstreamcli
)

xvfb_packages=(xvfb xauth)

usage() {
    echo "usage: $0 [--tests] [--xvfb]" >&2
    exit 2
}

want_tests=0
want_xvfb=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        --xvfb) want_xvfb=1 ;;
        -h|--help) echo "usage: $0 [--tests] [--xvfb]"; exit 0 ;;
        *) echo "install-deps.sh: unknown argument: $arg" >&2; usage ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps.sh: dpkg-query/apt-get not found; this script is for Debian 12 (bookworm)." >&2
    exit 1
fi

packages=("${build_packages[@]}")
set_name="build and run"
if [[ $want_tests -eq 1 ]]; then
    packages+=("${test_packages[@]}")
    set_name="build, run and tests"
elif [[ $want_xvfb -eq 1 ]]; then
    packages+=("${xvfb_packages[@]}")
    set_name="build, run and Xvfb"
fi

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == "installed" ]]
}

missing=()
for pkg in "${packages[@]}"; do
    if ! is_installed "$pkg"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps.sh: all ${#packages[@]} packages for $set_name are installed; nothing to do."
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
    echo "install-deps.sh: these packages are missing: ${missing[*]}" >&2
    echo "install-deps.sh: installing them needs root, and sudo is not available." >&2
    echo "install-deps.sh: run this script as root, or install them yourself with:" >&2
    echo "    apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "install-deps.sh: installing ${#missing[@]} missing package(s) for $set_name:"
printf '    %s\n' "${missing[@]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-deps.sh: done."
