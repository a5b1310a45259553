#!/usr/bin/env bash
# Runs COMMAND inside a private D-Bus session with an unlocked gnome-keyring
# Secret Service, so keychain tests never touch the developer's real keyring
# and work on headless CI. Everything the daemon writes lands in a temp HOME.
#
# usage: run-with-keyring.sh COMMAND...
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND..." >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (apt-get install -y gnome-keyring libsecret-1-0 dbus)" >&2
        exit 127
    fi
done

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/accrue-keyring.XXXXXX") || exit 1
trap 'rm -rf "$sandbox"' EXIT

# All under HOME, so a test can scan one tree for anything written in plain text.
export HOME="$sandbox"
export XDG_DATA_HOME="$sandbox/.local/share"
export XDG_CONFIG_HOME="$sandbox/.config"
export XDG_CACHE_HOME="$sandbox/.cache"
export XDG_RUNTIME_DIR="$sandbox/.runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
# gnome-keyring and D-Bus refuse a runtime dir that others can read.
chmod 700 "$sandbox" "$XDG_RUNTIME_DIR"
# A desktop session variable could steer QtKeychain to KWallet instead.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION \
    KDE_SESSION_VERSION GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS

# The inner script gets the command as "$@", so arguments keep their quoting.
dbus-run-session -- bash -c '
    daemon_env=$(echo -n testpw | gnome-keyring-daemon --unlock --components=secrets --daemonize) \
        || { echo "run-with-keyring: gnome-keyring-daemon failed to start" >&2; exit 1; }
    # We kill the daemon ourselves: it can outlive the bus, inside a container
    # PID 1 may never reap it, and a leftover would hold this HOME open.
    # gnome-keyring 42 prints no GNOME_KEYRING_PID, so ask the bus who owns the
    # Secret Service name; --daemonize may return before the name is claimed.
    keyring_pid=$(printf "%s\n" "$daemon_env" | sed -n "s/^GNOME_KEYRING_PID=//p")
    for _ in $(seq 100); do
        [ -n "$keyring_pid" ] && break
        keyring_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
            string:org.freedesktop.secrets 2>/dev/null | sed -n "s/^ *uint32 //p")
        [ -n "$keyring_pid" ] || sleep 0.1
    done
    if [ -z "$keyring_pid" ]; then
        echo "run-with-keyring: gnome-keyring-daemon is not on the bus" >&2
        exit 1
    fi
    trap "kill $keyring_pid 2>/dev/null" EXIT
    while IFS= read -r line; do
        case "$line" in *=*) export "$line" ;; esac
    done <<<"$daemon_env"
    export ACCRUE_TEST_KEYRING=1
    "$@"
' run-with-keyring "$@"
