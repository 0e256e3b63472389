#!/usr/bin/env bash
# Runs the test suites that need nothing outside this checkout and prints one closing line
# "N passed, N failed" (dotnet test prints one summary per assembly; this adds them up).
# Usage: bash scripts/test.sh [extra test project ...]
set -uo pipefail
cd "$(dirname "$0")/.."

projects=(tests/Core.Tests tests/SearchHost.Tests "$@")
log=$(mktemp)
status=0

dotnet build Search.sln -c Release -nologo -clp:ErrorsOnly >"$log.build" 2>&1 || { cat "$log.build"; echo "0 passed, 1 failed"; exit 1; }

for project in "${projects[@]}"; do
  echo "== $project"
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$log" || status=1
done

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log" "$log.build"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
