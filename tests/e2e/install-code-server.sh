#!/usr/bin/env bash
# Installs code-server (the real VS Code workbench + server) from the npm registry alone, for the e2e harness.
#
# usage: tests/e2e/install-code-server.sh [PREFIX] [VERSION]
#   PREFIX   default .vscode-test/code-server (code-server ends up in PREFIX/node_modules/code-server)
#   VERSION  default 4.96.4: the last release whose engines.node accepts Node 20 (VS Code 1.96.4)
# Idempotent: a marker file makes later runs return at once.
# Needs node 20, npm, python3, make, g++ (native modules are built from source); ripgrep for Quick Open.
#
# Why not a plain `npm install code-server`: its postinstall refuses to run as root under npm 11, then installs
# VS Code's server deps from a shrinkwrap that pins one package to a GitHub commit, and ripgrep's postinstall
# downloads a binary from GitHub. Only the npm registry is reachable here, so we do those steps ourselves.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PREFIX=${1:-$ROOT/.vscode-test/code-server}
VERSION=${2:-4.96.4}
mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)
CS="$PREFIX/node_modules/code-server"
MARKER="$CS/.sysd-e2e-installed"
export JOBS=${JOBS:-max}
START=$SECONDS
LOG="$PREFIX/install.log"
say() { echo "[install-code-server $(( SECONDS - START ))s] $*"; }
# node-gyp is chatty: keep its output in a log and show the end of it only when a step fails.
quiet() { "$@" >>"$LOG" 2>&1 || { tail -40 "$LOG" >&2; echo "install-code-server: failed: $*" >&2; exit 1; }; }

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$VERSION" ]; then
  say "code-server $VERSION already installed in $CS"
  exit 0
fi

say "npm install code-server@$VERSION (scripts off)"
quiet npm install --no-audit --no-fund --no-save --ignore-scripts --prefix "$PREFIX" "code-server@$VERSION"

# argon2 is loaded at start-up even with --auth none. build_from_source stops node-pre-gyp asking GitHub first.
say "build argon2"
(cd "$PREFIX" && npm_config_build_from_source=true quiet npm rebuild --foreground-scripts argon2)

say "install VS Code server dependencies"
cd "$CS/lib/vscode"
# Point git-hosted entries of the shrinkwrap at the registry tarball of the same version (same integrity).
node - <<'JS'
const fs = require('node:fs');
const file = 'npm-shrinkwrap.json';
const wrap = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const [key, entry] of Object.entries(wrap.packages ?? {})) {
  if (!entry.resolved || !entry.resolved.startsWith('git+')) continue;
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  entry.resolved = `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
  console.error(`  shrinkwrap: ${name}@${entry.version} now from the npm registry`);
}
fs.writeFileSync(file, JSON.stringify(wrap, null, 2));
JS
quiet npm install --no-audit --no-fund --omit=dev --ignore-scripts

# The native modules the Linux server needs; @parcel/watcher ships a linux-x64 prebuild.
say "build node-pty, spdlog, native-watchdog"
quiet npm rebuild --foreground-scripts node-pty @vscode/spdlog native-watchdog

say "links and built-in extensions"
mkdir -p node_modules/@vscode/ripgrep/bin
if command -v rg >/dev/null; then
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
else
  echo "warning: no rg on PATH, Quick Open will find nothing (apt-get install ripgrep)" >&2
fi
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && quiet npm install --no-audit --no-fund --omit=dev --ignore-scripts && quiet node ./postinstall.mjs)

echo "$VERSION" > "$MARKER"
say "installed code-server $VERSION (VS Code $(node -p "require('$CS/lib/vscode/package.json').version")) in $CS"
