#!/usr/bin/env bash
# The README's second command: set everything up (Python packages, spaCy model, and the Debian
# packages the browser and triple-store tests use), then lint and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
for installer in scripts/install-browser.sh scripts/install-virtuoso.sh; do
  if [ -x "$installer" ]; then
    "$installer" || echo "test: $installer failed; the tests that need it will say they are skipped" >&2
  fi
done
# lint first (pyproject.toml [tool.ruff]): an unused import or an undefined name fails the run
.venv/bin/python -m ruff check --quiet .
exec .venv/bin/python -m pytest "$@"
