#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# with HOME and XDG_RUNTIME_DIR in temporary folders, so keychain tests never touch a real
# keyring. Exports COLLECTDESK_TEST_KEYRING=1 to the command.
#   tests/support/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing (install dbus-x11 gnome-keyring)" >&2
    exit 127
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/collectdesk-keyring.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" COLLECTDESK_TEST_KEYRING=1
export COLLECTDESK_KEYRING_PASSWORD="collectdesk-test"
# The keyring is unlocked inside the session; the command runs in the same session.
exec dbus-run-session -- sh -c 'printf %s "$COLLECTDESK_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 1; exec "$@"' with-keyring "$@"
