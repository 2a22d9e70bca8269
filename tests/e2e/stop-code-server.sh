#!/usr/bin/env bash
# Stops the code-server that start-code-server.sh started in STATE_DIR (by its PID file; its children follow it).
# usage: tests/e2e/stop-code-server.sh STATE_DIR
STATE=${1:?usage: stop-code-server.sh STATE_DIR}
PIDFILE="$STATE/code-server.pid"
[ -f "$PIDFILE" ] || exit 0
PID=$(cat "$PIDFILE")
if kill "$PID" 2>/dev/null; then
  for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
fi
rm -f "$PIDFILE"
exit 0
