#!/usr/bin/env bash
# The README's second command: set everything up (Python packages, spaCy model, and the Debian
# packages the browser and triple-store tests use), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
for installer in scripts/install-browser.sh scripts/install-virtuoso.sh; do
  if [ -x "$installer" ]; then
    "$installer" || echo "test: $installer failed; the tests that need it will say they are skipped" >&2
  fi
done
exec .venv/bin/python -m pytest "$@"
