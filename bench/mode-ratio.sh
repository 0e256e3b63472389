#!/usr/bin/env bash
# Compares the query bench's p50 in two modes on one index: runs `podsearch bench` alternately in each mode,
# each run its own process (so neither mode warms or pollutes the caches of the other), and prints every run's
# overall p50, the median of each mode and their ratio. Alternating matters on a shared machine, whose load
# drifts between runs minutes apart by more than the difference being measured.
# Usage: bash bench/mode-ratio.sh INDEX [pairs] [base mode] [other mode] [query file]
#        (defaults: 5 pairs, lexical, hybrid, bench/queries/devchat.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
index=${1:?usage: bash bench/mode-ratio.sh INDEX [pairs] [base mode] [other mode] [query file]}
pairs=${2:-5}
base=${3:-lexical}
other=${4:-hybrid}
queries=${5:-bench/queries/devchat.tsv}
[ -d "$index" ] || { echo "mode-ratio: no index at $index (build one with: podsearch index <notes> --index $index)" >&2; exit 2; }
[ -f "$queries" ] || { echo "mode-ratio: no query file at $queries" >&2; exit 2; }
exe=src/Indexer/bin/Release/net10.0/podsearch.dll
[ -f "$exe" ] || dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly >/dev/null

p50() { # overall p50 (µs) of one bench run in mode $1; stops the script, with the bench's error, if it fails
  local out
  out=$(dotnet "$exe" bench --queries "$queries" --index "$index" --warmup 5 --runs 20 --facets podcast,year --mode "$1") \
    || { echo "mode-ratio: podsearch bench --mode $1 failed" >&2; exit 1; }
  awk '$1 == "all" {print $4}' <<<"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "command: dotnet $exe bench --queries $queries --index $index --warmup 5 --runs 20 --facets podcast,year --mode <mode>"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
a=(); b=()
for i in $(seq "$pairs"); do
  # The order turns each pair, so neither mode always runs first.
  if (( i % 2 )); then x=$(p50 "$base"); y=$(p50 "$other"); else y=$(p50 "$other"); x=$(p50 "$base"); fi
  a+=("$x"); b+=("$y")
  echo "pair $i: $base $x µs, $other $y µs ($(echo "scale=2; $y / $x" | bc)x)"
done
ma=$(printf '%s\n' "${a[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median)
echo "median p50: $base $ma µs, $other $mb µs: $other is $(echo "scale=2; $mb / $ma" | bc)x $base"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
