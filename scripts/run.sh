#!/usr/bin/env bash
# `make run`: start the bot and the Microsoft 365 Agents Playground pointed at it.
# The bot runs in prompt-builder mode unless a model is configured (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
PY=.venv/bin/python

if [ ! -x node_modules/.bin/agentsplayground ]; then
  echo "Installing the Microsoft 365 Agents Playground (npm) ..."
  npm install --no-audit --no-fund --loglevel=error >/dev/null
fi

# The playground tries to open a browser; on a machine without one a no-op is enough.
mkdir -p build/bin
if ! command -v xdg-open >/dev/null 2>&1; then
  printf '#!/bin/sh\nexit 0\n' > build/bin/xdg-open && chmod +x build/bin/xdg-open
  export PATH="$PWD/build/bin:$PATH"
fi

"$PY" -m bot serve --port "$PORT" &
BOT_PID=$!
trap 'kill $BOT_PID 2>/dev/null; wait $BOT_PID 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $BOT_PID 2>/dev/null; then echo "The bot did not start (see the messages above)."; exit 1; fi
  sleep 0.2
done

echo
echo "AKTIV is running on http://localhost:$PORT/api/messages"
echo "Open the Agents Playground at http://localhost:$PLAYGROUND_PORT and write /hjelp."
echo "(Ctrl+C stops both.)"
echo
node_modules/.bin/agentsplayground -e "http://127.0.0.1:$PORT/api/messages" -c msteams \
  -p "$PLAYGROUND_PORT" --disable-telemetry
