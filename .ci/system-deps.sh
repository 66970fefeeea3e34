#!/usr/bin/env bash
# System packages the tests use: Debian's PostgreSQL server and Chromium.
# Installed only when missing and only when we may (root); elsewhere the
# PostgreSQL run is skipped with a message and browser tests say why they
# cannot run.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} (Debian packages) for the test suite"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "Not installing ${missing[*]}: needs root and apt-get. Install them to run the full suite."
fi
