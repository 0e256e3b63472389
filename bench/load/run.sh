#!/usr/bin/env bash
# Load test of the search host: wrk against 127.0.0.1 only, bounded in time, over an index of the shared corpus.
# Usage: bash bench/load/run.sh [seconds (<= 60, default 60)] [connections (default 16)]
# PODSEARCH_LOAD_HOST_ARGS adds host switches, e.g. "--result-cache 0" to measure every request searched.
# Prints throughput, p50/p99, errors and the host's memory before and after the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; connections=${2:-16}
[ "$seconds" -le 60 ] || { echo "at most 60 s"; exit 2; }
corpus=${PODSEARCH_CORPUS:-../shared/corpus/devchat}
index=${PODSEARCH_LOAD_INDEX:-/tmp/podsearch-load-index}
port=${PODSEARCH_LOAD_PORT:-5091}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly >/dev/null
podsearch=(dotnet src/Indexer/bin/Release/net10.0/podsearch.dll)
[ -d "$index" ] || "${podsearch[@]}" index "$corpus" --index "$index" >/dev/null

# The host itself (server GC, as deployed), no rate limit and no request log: this measures the search path.
dotnet src/SearchHost/bin/Release/net10.0/PodSearch.SearchHost.dll --index "$index" --urls "http://127.0.0.1:$port" \
  --rate-limit 0 --request-log false ${PODSEARCH_LOAD_HOST_ARGS:-} >/tmp/podsearch-load-host.log 2>&1 &
host=$!
trap 'kill -TERM $host 2>/dev/null; wait $host 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/healthz"; echo

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$host/status"; }
echo "warm-up 10 s"
wrk -t2 -c"$connections" -d10s -s bench/load/mix.lua "http://127.0.0.1:$port" >/dev/null
echo "memory before: $(rss)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/mix.lua "http://127.0.0.1:$port" >/tmp/podsearch-load-wrk.txt &
wrk_pid=$!
while kill -0 $wrk_pid 2>/dev/null; do sleep 10; kill -0 $wrk_pid 2>/dev/null && echo "  memory during run: $(rss)"; done
wait $wrk_pid
cat /tmp/podsearch-load-wrk.txt
echo "memory after:  $(rss)"
grep -q "Non-2xx" /tmp/podsearch-load-wrk.txt && echo "ERRORS: some responses were not 2xx/3xx" || echo "non-2xx responses: 0"
