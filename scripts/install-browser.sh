#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (pytest -m browser) and the explore benchmark.
# Idempotent: does nothing when a Chromium is already there. Needs root or sudo.
set -euo pipefail

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then
    echo "Chromium is already installed: $candidate"
    exit 0
  fi
done

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  echo "Cannot install Chromium: this needs root or password-less sudo." >&2
  echo "Ask an administrator to run: apt-get install -y --no-install-recommends chromium" >&2
  echo "(the browser tests are skipped until then)." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Cannot install Chromium: apt-get not found (this script supports Debian and Ubuntu)." >&2
  echo "Install Chromium or Chrome by other means, or point KG_CHROMIUM at its binary." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# apt's and dpkg's progress (a few hundred lines) goes to a log; the terminal gets one line.
log="${TMPDIR:-/tmp}/kg-install-chromium.log"
echo "Installing Chromium from Debian for the browser tests (apt log: $log) ..."
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
  echo "Installing Chromium failed; the end of $log:" >&2
  tail -n 15 "$log" >&2
  exit 1
fi
echo "Installed: $(chromium --version 2>/dev/null || echo chromium)"
