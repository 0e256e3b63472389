#!/usr/bin/env bash
# Builds podsearch (Release) and links it into a folder on the PATH: ~/.local/bin, or the folder given.
# Usage: bash scripts/install.sh [BIN_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-$HOME/.local/bin}"
dotnet build "$root/src/Indexer" -c Release --nologo -v quiet
target="$root/src/Indexer/bin/Release/net10.0/podsearch"
[ -x "$target" ] || { echo "install.sh: the build did not produce $target" >&2; exit 1; }
mkdir -p "$bin"
ln -sf "$target" "$bin/podsearch"
echo "podsearch -> $target (linked in $bin)"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "add $bin to your PATH, e.g.: echo 'export PATH=\"$bin:\$PATH\"' >> ~/.bashrc" ;;
esac
