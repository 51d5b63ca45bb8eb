import { JobName } from './jobs';
import { keepSchedules, queueRedisAdvice, Schedule } from './queues';

const SCHEDULES: readonly Schedule[] = [
  { job: JobName.DailyReminders, payload: { trigger: 'schedule' }, pattern: '30 6 * * *' },
  { job: JobName.DailyDigest, payload: { trigger: 'schedule' }, pattern: '0 7 * * *' },
];

// A Redis that holds schedules until it is told to forget them (restarted empty).
function memoryPublisher() {
  const held = new Map<JobName, string>();
  const upserts: JobName[] = [];
  let up = true;
  return {
    held,
    upserts,
    setUp: (value: boolean) => (up = value),
    async schedule(s: Schedule) {
      if (!up) throw new Error('Redis is not connected');
      held.set(s.job, s.pattern);
      upserts.push(s.job);
    },
    async isScheduled(s: Schedule) {
      if (!up) throw new Error('Redis is not connected');
      return held.get(s.job) === s.pattern;
    },
  };
}

describe('keepSchedules', () => {
  it('upserts every schedule at start, and again those Redis has lost', async () => {
    const publisher = memoryPublisher();
    const restored: JobName[][] = [];
    const kept = keepSchedules(publisher, SCHEDULES, { checkEveryMs: 60_000, onRestored: (jobs) => restored.push(jobs) });
    await kept.ready;
    expect(publisher.upserts).toEqual([JobName.DailyReminders, JobName.DailyDigest]);
    expect(await kept.check()).toEqual([]);
    // Redis restarted empty.
    publisher.held.clear();
    expect(await kept.check()).toEqual([JobName.DailyReminders, JobName.DailyDigest]);
    publisher.held.delete(JobName.DailyDigest);
    expect(await kept.check()).toEqual([JobName.DailyDigest]);
    expect(await kept.check()).toEqual([]);
    await kept.stop();
    expect(restored).toEqual([[JobName.DailyReminders, JobName.DailyDigest], [JobName.DailyDigest]]);
    expect(publisher.upserts).toHaveLength(5);
  });

  it('keeps trying while Redis is away, and is ready once it is back', async () => {
    const publisher = memoryPublisher();
    publisher.setUp(false);
    const errors: unknown[] = [];
    const kept = keepSchedules(publisher, SCHEDULES, { checkEveryMs: 60_000, onError: (error) => errors.push(error) });
    expect(await kept.check()).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(publisher.held.size).toBe(0);
    publisher.setUp(true);
    await kept.check();
    await kept.ready;
    expect([...publisher.held.keys()].sort()).toEqual([JobName.DailyDigest, JobName.DailyReminders].sort());
    await kept.stop();
  });
});

describe('queueRedisAdvice', () => {
  it('warns when Redis may evict queue keys, and notes when it keeps no append-only file', () => {
    expect(queueRedisAdvice({ maxmemoryPolicy: 'noeviction', appendOnly: true })).toEqual({ warnings: [], notes: [] });
    const lru = queueRedisAdvice({ maxmemoryPolicy: 'allkeys-lru', appendOnly: false });
    expect(lru.warnings).toEqual([expect.stringContaining('Redis maxmemory-policy is allkeys-lru, not noeviction')]);
    expect(lru.notes).toEqual([expect.stringContaining('no append-only file')]);
    expect(queueRedisAdvice({ maxmemoryPolicy: null, appendOnly: null }).warnings).toEqual([
      expect.stringContaining('maxmemory-policy is not reported'),
    ]);
  });
});
