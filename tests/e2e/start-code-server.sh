#!/usr/bin/env bash
# Starts code-server on 127.0.0.1 with throwaway state for the e2e harness and prints its PID once it answers.
#
# usage: tests/e2e/start-code-server.sh STATE_DIR PORT [PREFIX]
#   STATE_DIR  throwaway folder: user data, extensions, config, XDG dirs, code-server.log, code-server.pid
#   PORT       port on 127.0.0.1
#   PREFIX     where install-code-server.sh put it (default .vscode-test/code-server)
# env: CS_START_TIMEOUT seconds (default 60). The rest of the environment (e.g. E2E_RESULTS) is passed on,
#      so the extension host, a child of code-server, sees it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${1:?usage: start-code-server.sh STATE_DIR PORT [PREFIX]}
PORT=${2:?usage: start-code-server.sh STATE_DIR PORT [PREFIX]}
PREFIX=${3:-$ROOT/.vscode-test/code-server}
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"
[ -f "$ENTRY" ] || { echo "start-code-server: no code-server at $ENTRY (run tests/e2e/install-code-server.sh)" >&2; exit 1; }
mkdir -p "$STATE"/{user-data/User,extensions,xdg-config,xdg-data}
STATE=$(cd "$STATE" && pwd)

# A quiet, predictable workbench: no welcome editor, trust prompt, update checks, telemetry or tips;
# short hover delay so UI checks do not wait; autosave off so edits stay under the test's control.
cat >"$STATE/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "git.enabled": false,
  "files.autoSave": "off",
  "editor.hover.delay": 100,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.suggest.showWords": false,
  "editor.wordBasedSuggestions": "off",
  "editor.minimap.enabled": false,
  "window.commandCenter": false,
  "workbench.editor.enablePreview": false
}
JSON

# XDG_* and --config keep code-server's own files out of $HOME; EXTENSIONS_GALLERY='{}' turns the
# marketplace off so the workbench makes no outbound requests.
EXTENSIONS_GALLERY='{}' XDG_CONFIG_HOME="$STATE/xdg-config" XDG_DATA_HOME="$STATE/xdg-data" \
  nohup node "$ENTRY" \
    --bind-addr "127.0.0.1:$PORT" --auth none --config "$STATE/config.yaml" \
    --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --disable-proxy --ignore-last-opened \
    >"$STATE/code-server.log" 2>&1 &
PID=$!
echo "$PID" >"$STATE/code-server.pid"
deadline=$(( SECONDS + ${CS_START_TIMEOUT:-60} ))
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "start-code-server: code-server exited during start-up:" >&2; cat "$STATE/code-server.log" >&2; exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "start-code-server: no answer on port $PORT after ${CS_START_TIMEOUT:-60}s" >&2; kill "$PID"; exit 1
  fi
  sleep 0.2
done
echo "$PID"
