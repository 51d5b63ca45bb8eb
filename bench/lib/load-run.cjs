// One autocannon run and what the benchmarks print of it. Latencies are taken from every 2xx
// answer (autocannon's own summary has no p95); refusals, timeouts and errors are counted apart.
const os = require('node:os');
const autocannon = require('autocannon');

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
}

// `request` is { url, method, headers, body }; `timeout` is the client's limit in seconds;
// `onResponse(status, responseTime)` sees every answer.
async function fire(request, { connections, seconds, timeout = 10, onResponse }) {
  const times = [];
  const instance = autocannon({ ...request, connections, duration: seconds, timeout });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    if (status >= 200 && status < 300) times.push(responseTime);
    if (onResponse) onResponse(status, responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    seconds: result.duration,
    answers: result['2xx'],
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    // autocannon counts timeouts among its errors.
    errors: result.errors - result.timeouts,
    perSecond: result['2xx'] / result.duration,
    times,
  };
}

// Several runs of one side taken together.
function combine(runs) {
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  const times = runs.flatMap((run) => run.times).sort((a, b) => a - b);
  return {
    seconds: sum('seconds'),
    answers: sum('answers'),
    non2xx: sum('non2xx'),
    timeouts: sum('timeouts'),
    errors: sum('errors'),
    perSecond: sum('answers') / sum('seconds'),
    times,
  };
}

const ms = (value) => (Number.isNaN(value) ? 'none' : `${Math.round(value)} ms`);
const p50 = (run) => ms(percentile(run.times, 0.5));
const p95 = (run) => ms(percentile(run.times, 0.95));
const p99 = (run) => ms(percentile(run.times, 0.99));
const rate = (run) => `${run.perSecond.toFixed(1)} req/s`;
// What went wrong, if anything: ", 3 non-2xx, 1 timeout".
const failures = (run) =>
  [
    ['non-2xx', run.non2xx],
    ['timeouts', run.timeouts],
    ['errors', run.errors],
  ]
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `, ${n} ${what}`)
    .join('');
const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;

module.exports = { combine, failures, fire, loadAverage, p50, p95, p99, rate };
