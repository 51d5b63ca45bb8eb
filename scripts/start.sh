#!/usr/bin/env bash
# Installs, migrates, seeds the synthetic demo council and runs the portal (API serving the web
# client, and the BullMQ worker) on http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
export PORT="${PORT:-3000}"
export WEB_DIST_DIR="${WEB_DIST_DIR:-$PWD/apps/web/dist}"

bash scripts/services.sh
npm install --no-audit --no-fund
npm run -s build:api
npm run -s build:web
npm run -s migrate
npm run -s seed

# Development email goes to a local sink (tmp/mail); set SMTP_URL to use a real server.
if [ -z "${SMTP_URL:-}" ]; then
  node scripts/smtp-sink.cjs &
  sink=$!
  export SMTP_URL="smtp://127.0.0.1:${SMTP_SINK_PORT:-2525}"
fi
npm run -s worker &
worker=$!
trap 'kill $worker ${sink:-} 2>/dev/null || true' EXIT INT TERM
echo
echo "Early Help portal: open http://127.0.0.1:${PORT} (demo users and password are in README.md)"
echo
npm run -s api
