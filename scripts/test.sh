#!/usr/bin/env bash
# Every test: unit (libs and API), integration (real PostgreSQL and Redis), and the browser
# journeys in Chromium against the built web client.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true

bash scripts/services.sh
# The browser journeys run the compiled API serving the built client, as the start command does.
npm run -s build:api
npm run -s build:web > /dev/null
mkdir -p tmp
status=0
npx jest -c jest.config.js --json --outputFile=tmp/jest-results.json "$@" || status=$?
node -e '
  const r = require("./tmp/jest-results.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit $status
