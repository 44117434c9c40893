#!/usr/bin/env bash
# Installs what CollectDesk needs on Debian 12 / Ubuntu 22.04+ (build and run; --test adds what
# the test suite needs: a PostgreSQL server to start throwaway clusters, Xvfb, a keyring).
#   installer/deps/debian.sh [--test]
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config git file dpkg-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libxkbcommon-dev libsodium-dev libsqlite3-dev libgl-dev
)
test_packages=(
    postgresql postgresql-contrib xvfb xauth imagemagick dbus-x11 gnome-keyring libsecret-tools sqlite3
)

packages=("${build_packages[@]}")
if [ "${1:-}" = "--test" ]; then
    packages+=("${test_packages[@]}")
fi

sudo_cmd=()
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "deps: run as root or install sudo" >&2
        exit 1
    fi
fi

# Skip apt entirely when everything is already installed (fast repeated runs, offline machines).
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages already installed"
    exit 0
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
