#!/usr/bin/env bash
# Pools unjudged candidates for tests/Eval/queries.jsonl (see README.md "How the set was made").
# Builds nothing: run `dotnet build Search.sln -c Release` first. Indexes the shared corpus once into
# $INDEX (default /tmp/judged-index), exports its episode list, starts `podsearch serve` on $PORT for the
# engine's rankings, runs pool.py with the given arguments, and stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
INDEX="${INDEX:-/tmp/judged-index}"
PORT="${PORT:-5291}"
CORPUS="../shared/corpus/devchat"
CLI="dotnet src/Indexer/bin/Release/net10.0/podsearch.dll"
[ -d "$CORPUS" ] || { echo "pool.sh: corpus not found at $CORPUS" >&2; exit 1; }
[ -f src/Indexer/bin/Release/net10.0/podsearch.dll ] || { echo "pool.sh: build first (dotnet build Search.sln -c Release)" >&2; exit 1; }
[ -d "$INDEX" ] || $CLI index "$CORPUS" --index "$INDEX" >&2
META="$INDEX.episodes.jsonl"
[ -s "$META" ] || $CLI search --all --format jsonl --index "$INDEX" > "$META"
$CLI serve --index "$INDEX" --urls "http://127.0.0.1:$PORT" >"$INDEX.serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/api/search?q=test&limit=1" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "pool.sh: server stopped, see $INDEX.serve.log" >&2; exit 1; }
  sleep 1
done
python3 tests/Eval/pool.py --meta "$META" --url "http://127.0.0.1:$PORT" "$@"
