#!/usr/bin/env bash
# Latency of the research endpoints (issue 6) on the real host, one endpoint at a time with wrk.
# Usage: bash bench/research-bench.sh INDEX_DIR [SECONDS_PER_ENDPOINT] [CONNECTIONS]
# Starts the host on 127.0.0.1:5398 over INDEX_DIR (built with `podsearch index`), waits until the research
# catalog is built, runs wrk against each URL below, prints "endpoint p50 p99 req/s", and stops the host.
set -euo pipefail
cd "$(dirname "$0")/.."
index=${1:?usage: research-bench.sh INDEX_DIR [SECONDS] [CONNECTIONS]}
seconds=${2:-5}
connections=${3:-4}
base=http://127.0.0.1:5398
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
dotnet build src/SearchHost -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet src/SearchHost/bin/Release/net10.0/PodSearch.SearchHost.dll --index "$index" --urls "$base" --request-log false --rate-limit 0 >/tmp/research-bench-host.log 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "$base/api/people?limit=1" >/dev/null 2>&1 && break; sleep 0.5; done
urls=(
  "/api/people?prefix=fra"
  "/api/people?role=guest&sort=name&limit=50"
  "/api/people/charles-max-wood"
  "/api/people/charles-max-wood?episodesLimit=50&picksLimit=20"
  "/api/people/francesco-cesarini"
  "/api/people/charles-max-wood/with"
  "/api/picks?q=testing"
  "/api/picks?by=aimee-knight&year=2019"
  "/api/links?domain=github.com"
  "/api/moments?q=supervisor&speaker=francesco-cesarini"
  "/api/moments?q=fault+tolerance&group=none"
  "/api/search.rss?guest=Francesco+Cesarini"
  "/api/search.atom?q=webassembly"
  "/api/search/export?q=erlang&format=csv"
)
printf '%-55s %10s %10s %10s\n' endpoint p50 p99 req/s
for url in "${urls[@]}"; do
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "$base$url")
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  printf '%-55s %10s %10s %10s %s\n' "$url" "$p50" "$p99" "$rps" "${errors:+non-2xx: $errors}"
done
