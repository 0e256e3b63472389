#!/usr/bin/env bash
# Soak test of the search host: normal traffic (wrk, bench/load/mix.lua) and hostile requests (below) at once,
# while the index is rebuilt twice underneath (one full run, one incremental run after an edit). Bounded in time.
# Usage: bash bench/soak/run.sh [seconds (<= 600, default 120)] [connections (default 8)]
# Reports normal requests, failed normal requests, p99, hostile requests and how many were refused with 4xx,
# and the host's peak working set (VmHWM). 127.0.0.1 only; the notes are a private copy, the corpus is not touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}; connections=${2:-8}
[ "$seconds" -le 600 ] || { echo "at most 600 s"; exit 2; }
corpus=${PODSEARCH_CORPUS:-../shared/corpus/devchat}
port=${PODSEARCH_SOAK_PORT:-5092}
work=$(mktemp -d /tmp/podsearch-soak.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly >/dev/null
podsearch=(dotnet src/Indexer/bin/Release/net10.0/podsearch.dll)
cp -r "$corpus" "$work/notes"
echo "first index of $(find "$work/notes" -name '*.md' | wc -l) notes"
"${podsearch[@]}" index "$work/notes" --index "$work/index" >/dev/null

# The default time budget and limits, as deployed; no rate limit, since every client here is one address.
dotnet src/SearchHost/bin/Release/net10.0/PodSearch.SearchHost.dll --index "$work/index" --urls "http://127.0.0.1:$port" \
  --rate-limit 0 --request-log false >"$work/host.log" 2>&1 &
host=$!
cleanup() { kill -TERM $host 2>/dev/null; wait $host 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 150); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done
rss() { awk -v k="$1" '$1 == k":" {printf "%.0f", $2/1024}' "/proc/$host/status"; }
echo "host up, RSS $(rss VmRSS) MB"

wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/mix.lua "$base" >"$work/wrk.txt" &
wrk_pid=$!

# Hostile requests, in a loop until the normal traffic ends; each must be refused with a 4xx, or answered 200 where
# that is the designed answer (nested brackets read as words; the feed with a forged Host header, whose body must
# not carry that host).
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
# 60,000 distinct guests: under the 1 MB body limit, over the 100-values-per-field limit (400 too_many_values);
# 100,000: over the body limit (413).
json.dump({"q": "testing", "guest": [f"g{i}" for i in range(60_000)]}, open(f"{work}/many-guests.json", "w"))
json.dump({"q": "testing", "guest": [f"guest-{i}" for i in range(100_000)]}, open(f"{work}/more-guests.json", "w"))
PY
fuzzy=$(printf '%s~2 ' react angular elixir ruby testing deploy docker kubernetes graphql)
hostile() {
  local expect=$1; shift
  local status
  status=$(curl -s -o "$work/hostile.out" -w '%{http_code}' --max-time 30 "$@" || echo 000)
  echo "$expect $status" >>"$work/hostile.txt"
}
(
  while kill -0 $wrk_pid 2>/dev/null; do
    hostile 4xx -X POST -H 'Content-Type: application/json' --data-binary "@$work/many-guests.json" "$base/api/search"
    hostile 4xx -X POST -H 'Content-Type: application/json' --data-binary "@$work/more-guests.json" "$base/api/search"
    hostile 4xx -X POST -H 'Content-Type: application/json' --data-binary @<(head -c 100000000 /dev/zero | tr '\0' 'a') "$base/api/search"
    hostile 4xx --get --data-urlencode "q=$fuzzy" "$base/api/search"
    hostile 4xx "$base/api/search?q=x&offset=2147483647"
    hostile 4xx "$base/api/search?q=x&limit=abc"
    # 500 nested brackets: answered (200) by searching the words, with a notice; cheap, so not refused.
    hostile 200 --get --data-urlencode "q=$(printf '(%.0s' $(seq 500))x" "$base/api/search"
    hostile 4xx --get --data-urlencode "q=$(head -c 5000 /dev/zero | tr '\0' 'q')" "$base/api/search"
    hostile 200 -H 'Host: evil.example' "$base/api/search.rss?q=elixir"
    grep -q evil.example "$work/hostile.out" && echo "forged-host 200" >>"$work/hostile.txt"
  done
) &
hostile_pid=$!

# Peak memory, sampled each second, and the two index runs underneath the traffic.
(
  while kill -0 $wrk_pid 2>/dev/null; do echo "$(rss VmRSS)" >>"$work/rss.txt"; sleep 1; done
) &
sleep $((seconds / 5))
echo "full re-index under load"
"${podsearch[@]}" index "$work/notes" --index "$work/index" --full >/dev/null
note=$(find "$work/notes" -name '*.md' | sort | sed -n 1p)
printf '\nAn added line so the incremental run has a note to write.\n' >>"$note"
echo "incremental index under load"
"${podsearch[@]}" index "$work/notes" --index "$work/index" >/dev/null
wait $wrk_pid
wait $hostile_pid || true

echo "--- normal traffic (wrk, $connections connections, $seconds s)"
grep -E "requests |Non-2xx|Socket errors|Requests/sec" "$work/wrk.txt" || true
grep -q "Non-2xx" "$work/wrk.txt" && echo "FAILED normal requests: see Non-2xx above" || echo "failed normal requests: 0"
echo "--- hostile requests"
awk '{ n++; if (($1 == "4xx" && $2 ~ /^4/) || ($1 == "200" && $2 == "200")) ok++; else bad[$0]++ }
     END { printf "hostile requests %d, answered as expected %d\n", n, ok; for (b in bad) printf "  unexpected: %s x%d\n", b, bad[b] }' "$work/hostile.txt"
echo "--- host memory"
echo "RSS peak sampled $(sort -n "$work/rss.txt" | tail -1) MB, VmHWM $(rss VmHWM) MB, now $(rss VmRSS) MB"
grep -c " fail\|Unhandled\|exception" "$work/host.log" | sed 's/^/host log lines with failures: /' || true
