#!/usr/bin/env bash
# Times `podsearch index` on the shared corpus: the cold full index (fresh index folder, new process) and the
# re-run with nothing changed. Prints each run and the median of each, plus the machine's load average, since
# other builds on this 2-core machine inflate wall times.
# Usage: bash bench/index-bench.sh [notes-dir] [runs]     (defaults: ../shared/corpus/devchat, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-../shared/corpus/devchat}
runs=${2:-5}
exe=src/Indexer/bin/Release/net10.0/podsearch.dll
[ -f "$exe" ] || dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly >/dev/null
index=$(mktemp -d)
trap 'rm -rf "$index"' EXIT

time_run() { # prints wall seconds of one run of the given command
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "command: dotnet $exe index $notes --index <fresh dir>   (cold: index folder removed before each run)"
cold=()
for i in $(seq "$runs"); do
  rm -rf "$index"; mkdir -p "$index"
  t=$(time_run dotnet "$exe" index "$notes" --index "$index")
  cold+=("$t"); echo "  cold run $i: $t s   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "command: dotnet $exe index $notes --index <same dir>   (no change since the last run)"
warm=()
for i in $(seq "$runs"); do
  t=$(time_run dotnet "$exe" index "$notes" --index "$index")
  warm+=("$t"); echo "  no-change run $i: $t s   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "median cold full index: $(printf '%s\n' "${cold[@]}" | median) s"
echo "median no-change re-run: $(printf '%s\n' "${warm[@]}" | median) s"
echo "index size: $(du -sh "$index" | cut -f1)"
