#!/bin/sh
# Install Virtuoso Open Source 7 from Debian for the `virtuoso` tests (tests/test_virtuoso.py).
# Idempotent: does nothing when virtuoso-t is already installed. Needs root (or sudo).
# The package does not start a service (its postinst is refused by policy-rc.d in containers,
# and the tests start their own private server on loopback anyway); the DBA login is dba/dba.
set -eu

if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    echo "virtuoso-t is already installed: $(command -v virtuoso-t)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-virtuoso.sh: needs root (or sudo) to run apt-get" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# apt's and dpkg's progress goes to a log; the terminal gets one line.
log="${TMPDIR:-/tmp}/kg-install-virtuoso.log"
echo "Installing Virtuoso Open Source from Debian for the triple-store tests (apt log: $log) ..."
if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q virtuoso-opensource; } >"$log" 2>&1; then
    echo "Installing Virtuoso failed; the end of $log:" >&2
    tail -n 15 "$log" >&2
    exit 1
fi
echo "installed: $(command -v virtuoso-t) ($(dpkg-query -W -f='${Version}' virtuoso-opensource 2>/dev/null || echo '?'))"
