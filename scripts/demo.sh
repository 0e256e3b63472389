#!/usr/bin/env bash
# Builds PodSearch, indexes the bundled demo notes (samples/notes) into index/, and serves the
# search page and API at http://127.0.0.1:5080 until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
urls="${PODSEARCH_URLS:-http://127.0.0.1:5080}"
dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly
podsearch=(dotnet src/Indexer/bin/Release/net10.0/podsearch.dll)
"${podsearch[@]}" index samples/notes --index index
echo "PodSearch is serving the demo notes at $urls (Ctrl+C stops it)"
exec "${podsearch[@]}" serve --index index --urls "$urls"
