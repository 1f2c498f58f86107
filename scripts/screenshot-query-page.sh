#!/bin/sh
# Take docs/screenshots/query-page.png: the `kg serve` query page over the demo corpus, with
# the "Contradictions" competency query loaded and run. Needs the spaCy model (for the ingest)
# and /usr/bin/chromium. Chromium's resolver is pointed at nothing but 127.0.0.1, so the
# shot also proves the page renders with no other host reachable.
#   scripts/screenshot-query-page.sh [EXAMPLE] [OUTPUT]
set -eu
cd "$(dirname "$0")/.."
EXAMPLE=${1:-contradictions}
OUT=${2:-docs/screenshots/query-page.png}
KG=${KG:-.venv/bin/kg}
WORK=$(mktemp -d)
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$KG" ingest kg/demo --store "$WORK/store" >/dev/null
"$KG" analyze --store "$WORK/store" >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$KG" serve --store "$WORK/store" --port "$PORT" >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER=$!
for _ in $(seq 1 100); do
    grep -q "SPARQL endpoint" "$WORK/serve.out" 2>/dev/null && break
    sleep 0.2
done
mkdir -p "$(dirname "$OUT")"
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --user-data-dir="$WORK/chromium" --virtual-time-budget=10000 \
    --screenshot="$OUT" --window-size=1280,800 \
    "http://127.0.0.1:$PORT/?example=$EXAMPLE&run=1" 2>/dev/null
echo "requests the page made:"
sed 's/^/  /' "$WORK/serve.err"
echo "wrote $OUT"
