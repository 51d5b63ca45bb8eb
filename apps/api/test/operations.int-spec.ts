import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger } from '@nestjs/common';
import { JobName, JobPublisher } from '@eh/notifications';
import { DEMO_USERS } from '../src/database/seed-data';
import { createKysely } from '../src/database/kysely';
import { ApiMetrics } from '../src/operations/api-metrics';
import { MetricsServer, startMetricsServer } from '../src/operations/metrics-server';
import { WorkerMetrics } from '../src/operations/worker-metrics';
import { eventually, queueConnection, startDelivery } from './delivery';
import { OwnRedis } from './own-redis';
import { post, startTestPortal, TestPortal } from './test-app';

// The operations endpoints (README, "Operations"): health checks a load balancer may call without
// signing in, Prometheus metrics on a port of their own, one JSON log line per request with its
// id, and compression of what the server sends. This file stops its Redis, so it runs its own.

const METRICS_TOKEN = 'a-metrics-token-for-this-test';
// A value no metric or log line may ever contain: it travels only in the variables.
const SECRET = 'Variable-Value-Never-Logged-7431';

interface LogLine {
  readonly context?: string;
  readonly message?: { event?: string; requestId?: string; method?: string; path?: string; status?: number; operation?: string };
}

describe('operations: health, metrics, request logs and compression', () => {
  let redis: OwnRedis;
  let portal: TestPortal;
  let metrics: MetricsServer;
  let webDist: string;
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    redis = await OwnRedis.onFreePort();
    await redis.start();
    webDist = mkdtempSync(join(tmpdir(), 'eh-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
    writeFileSync(join(webDist, 'assets', 'index-AbC123.js'), `console.log(${JSON.stringify('client '.repeat(2000))});`);
    // The JSON logger the API runs with, its lines captured from standard output.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    portal = await startTestPortal({
      redisUrl: redis.url,
      webDistDir: webDist,
      logger: new ConsoleLogger({ json: true, logLevels: ['log', 'warn', 'error'] }),
    });
    metrics = await startMetricsServer(portal.app.get(ApiMetrics).registry, { port: 0, host: '127.0.0.1', token: METRICS_TOKEN });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await metrics.close();
    await portal.close().catch(() => undefined);
    await redis.kill();
    rmSync(webDist, { recursive: true, force: true });
    write('');
  });

  const scrape = (token: string | null = METRICS_TOKEN) =>
    fetch(`http://127.0.0.1:${metrics.port}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ready = async () => {
    const response = await fetch(`${portal.url}/health/ready`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('is live, and ready while PostgreSQL and Redis answer, without signing in', async () => {
    const live = await fetch(`${portal.url}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready', checks: { postgres: 'up', redis: 'up' } } });
  });

  it('is not ready (503, naming Redis) while its Redis is stopped, and ready again when it returns', async () => {
    await redis.kill();
    try {
      const down = await eventually(ready, (r) => r.status === 503);
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', checks: { postgres: 'up', redis: expect.stringMatching(/^(down|timeout)$/) } });
      // Still live: the process is fine, only a dependency is away.
      expect((await fetch(`${portal.url}/health/live`)).status).toBe(200);
    } finally {
      await redis.start();
    }
    const back = await eventually(ready, (r) => r.status === 200);
    expect(back).toEqual({ status: 200, body: { status: 'ready', checks: { postgres: 'up', redis: 'up' } } });
  });

  it('counts an operation by its name, and never its variables', async () => {
    const query = 'mutation SignInForMetrics($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }';
    for (let i = 0; i < 2; i++) await post(portal.url, { query, variables: { e: `${SECRET}@example.org`, p: SECRET } });
    await post(portal.url, { query: 'query CaseloadForMetrics($id: ID!) { case(id: $id) { id } }', variables: { id: SECRET } });

    const text = await (await scrape()).text();
    expect(text).toMatch(/^eh_graphql_operations_total\{operation="SignInForMetrics",type="mutation"\} 2$/m);
    expect(text).toMatch(/^eh_graphql_operation_duration_seconds_count\{operation="SignInForMetrics"\} 2$/m);
    // Signed out, the case query is refused: counted as an error under its name and code.
    expect(text).toMatch(/^eh_graphql_operation_errors_total\{operation="CaseloadForMetrics",code="UNAUTHENTICATED"\} 1$/m);
    expect(text).toMatch(/^eh_http_request_duration_seconds_count\{path="graphql",status="200"\} \d+$/m);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('example.org');
  });

  it('serves metrics only on their own port, with the bearer token', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('a-wrong-token-of-some-length')).status).toBe(401);
    expect((await scrape()).status).toBe(200);
    expect((await fetch(`${portal.url}/metrics`, { method: 'POST' })).status).toBe(404);
    expect(await (await fetch(`${portal.url}/metrics`)).text()).not.toContain('eh_graphql_operations_total');
  });

  it('echoes a request id and writes it on the request’s JSON log line, without personal data', async () => {
    const requestId = 'operations-test-0001';
    const email = DEMO_USERS[0].email;
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({
        query: 'mutation SignInForLog($e: String!, $p: String!) { signIn(email: $e, password: $p) { next } }',
        variables: { e: email, p: SECRET },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await response.text();

    const lines = await eventually(
      async () => written.flatMap((chunk) => chunk.split('\n')).filter((line) => line.includes(requestId)),
      (found) => found.length > 0,
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as LogLine;
    expect(line.context).toBe('Http');
    expect(line.message).toEqual(
      expect.objectContaining({ event: 'request', requestId, method: 'POST', path: '/graphql', status: 200, operation: 'SignInForLog' }),
    );
    expect(lines[0]).not.toContain(SECRET);
    expect(lines[0]).not.toContain(email);

    // A caller's id that is not a harmless token is replaced by one of the server's own.
    const replaced = await fetch(`${portal.url}/health/live`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses the client’s files and GraphQL answers for a client that accepts gzip', async () => {
    const script = await fetch(`${portal.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses; the body is the file as written.
    expect(await script.text()).toMatch(/^console\.log\("client client/);

    const plain = await fetch(`${portal.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBeGreaterThan(14_000);

    const answer = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(((await answer.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(50);
  });

  it('reports queue depths and outbox lag from the worker', async () => {
    const connection = queueConnection(portal, redis.url);
    const publisher = new JobPublisher(connection);
    const worker = new WorkerMetrics(publisher, createKysely(portal.workerDb));
    try {
      await portal.db.query(`INSERT INTO job_outbox (job_name, payload, created_at) VALUES ($1, '{}', now() - interval '90 seconds')`, [
        JobName.DailyDigest,
      ]);
      await eventually(
        async () => publisher.ready,
        (isReady) => isReady,
      );
      await publisher.publish(JobName.DailyDigest, { trigger: 'schedule' });
      const text = await worker.registry.metrics();
      const lag = Number(/^eh_outbox_lag_seconds (\S+)$/m.exec(text)?.[1]);
      expect(lag).toBeGreaterThanOrEqual(90);
      expect(lag).toBeLessThan(120);
      expect(text).toMatch(/^eh_queue_jobs\{queue="notifications",state="waiting"\} 1$/m);
      expect(text).toMatch(/^eh_queue_jobs\{queue="email",state="waiting"\} 0$/m);
    } finally {
      await publisher.close();
    }
  });

  it('times the worker’s jobs by name and outcome, and counts failed attempts', async () => {
    const delivery = startDelivery(portal, { redisUrl: redis.url });
    const worker = new WorkerMetrics(delivery.publisher, createKysely(portal.workerDb));
    worker.observe(delivery.workers.workers);
    try {
      await eventually(
        async () => delivery.publisher.ready,
        (isReady) => isReady,
      );
      await delivery.publisher.publish(JobName.DailyReminders, { trigger: 'schedule' });
      // A referral id PostgreSQL refuses: the handler throws, BullMQ will retry it later.
      await delivery.publisher.publish(JobName.ReferralDecided, { referralId: 'not-a-referral', decidedBy: 'nobody' });
      const text = await eventually(
        () => worker.registry.metrics(),
        (t) => /eh_job_failures_total\{job="referral.decided"\} 1/.test(t) && /job="reminders.daily",outcome="completed"\} 1$/m.test(t),
      );
      expect(text).toMatch(/^eh_job_duration_seconds_count\{job="reminders.daily",outcome="completed"\} 1$/m);
      expect(text).toMatch(/^eh_job_duration_seconds_count\{job="referral.decided",outcome="failed"\} 1$/m);
      expect(text).toMatch(/^eh_job_failures_total\{job="referral.decided"\} 1$/m);
      expect(text).not.toContain('not-a-referral');
    } finally {
      await delivery.stop();
    }
  });
});
