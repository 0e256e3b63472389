#!/usr/bin/env bash
# Times `podsearch index` on the shared corpus: the cold full index (fresh index folder, new process) and the
# re-run with nothing changed. Prints each run and the median of each, plus the machine's load average, since
# other builds on this 2-core machine inflate wall times.
# Usage: bash bench/index-bench.sh [notes-dir] [runs] [extra index options, e.g. --no-vectors]
#        (defaults: ../shared/corpus/devchat, 5, none)
set -euo pipefail
cd "$(dirname "$0")/.."
notes=${1:-../shared/corpus/devchat}
runs=${2:-5}
extra=("${@:3}")
exe=src/Indexer/bin/Release/net10.0/podsearch.dll
[ -f "$exe" ] || dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly >/dev/null
index=$(mktemp -d)
trap 'rm -rf "$index" "$cpu_log"' EXIT

cpu_log=$(mktemp)
time_run() { # prints wall seconds of one run of the given command; its CPU seconds (user+sys) go to $cpu_log
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$cpu_log" "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
cpu() { awk '{printf "%.2f", $1 + $2}' "$cpu_log"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "command: dotnet $exe index $notes --index <fresh dir> ${extra[*]}   (cold: index folder removed before each run)"
cold=(); coldcpu=()
for i in $(seq "$runs"); do
  rm -rf "$index"; mkdir -p "$index"
  t=$(time_run dotnet "$exe" index "$notes" --index "$index" "${extra[@]}")
  cold+=("$t"); coldcpu+=("$(cpu)"); echo "  cold run $i: $t s wall, $(cpu) s CPU   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "command: dotnet $exe index $notes --index <same dir> ${extra[*]}   (no change since the last run)"
warm=(); warmcpu=()
for i in $(seq "$runs"); do
  t=$(time_run dotnet "$exe" index "$notes" --index "$index" "${extra[@]}")
  warm+=("$t"); warmcpu+=("$(cpu)"); echo "  no-change run $i: $t s wall, $(cpu) s CPU   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "median cold full index: $(printf '%s\n' "${cold[@]}" | median) s wall, $(printf '%s\n' "${coldcpu[@]}" | median) s CPU"
echo "median no-change re-run: $(printf '%s\n' "${warm[@]}" | median) s wall, $(printf '%s\n' "${warmcpu[@]}" | median) s CPU"
echo "index size: $(du -sh "$index" | cut -f1)"
