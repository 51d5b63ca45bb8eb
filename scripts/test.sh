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
started=$(date +%s)
npx jest -c jest.config.js --json --outputFile=tmp/jest-results.json "$@" || status=$?
finished=$(date +%s)
# The wall time of the whole run, and of the integration suite alone (its test files' own times
# overlap when Jest runs them side by side, so it is measured from the first file's start to the
# last file's end); bench/README.md keeps the figures over time.
node -e '
  const r = require("./tmp/jest-results.json");
  const wall = Number(process.argv[1]);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed in ${Math.floor(wall / 60)} min ${wall % 60} s`);
  const int = r.testResults.filter((t) => t.name.endsWith(".int-spec.ts"));
  if (int.length) {
    const seconds = (Math.max(...int.map((t) => t.endTime)) - Math.min(...int.map((t) => t.startTime))) / 1000;
    console.log(`integration suite: ${int.length} files, ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s wall time (load average ${require("os").loadavg()[0].toFixed(1)})`);
  }
' "$((finished - started))" || true
exit $status
