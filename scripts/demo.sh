#!/usr/bin/env bash
# The README's first command: set everything up, then run the main job on the built-in example
# corpus (ingest -> graph -> claims, contradictions, HTML exploration) into ./demo-output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh all
.venv/bin/kg demo --output demo-output
echo "Or serve the store with its pages and a SPARQL endpoint: .venv/bin/kg serve --store demo-output/kg-data"
