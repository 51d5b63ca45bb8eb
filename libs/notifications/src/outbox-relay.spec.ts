import { JobName } from './jobs';
import { outboxEntryOfJob, outboxJobId, OutboxEntry, OutboxStore, relayEntries, startOutboxRelay } from './outbox-relay';

const entry = (id: string): OutboxEntry => ({ id, job: JobName.CaseAllocated, payload: { caseId: `c${id}`, leadPractitionerId: 'u' } });

// An in-memory store that behaves like the database one: claimed entries are marked relayed only
// when the relay says they went; an entry relayed `resendAfterMs` ago and not completed is due
// again; a completed one never is. `now` is the store's clock.
function memoryStore(entries: OutboxEntry[]): OutboxStore & { relayedAt: Map<string, number>; completed: Set<string>; now: number } {
  const store = {
    relayedAt: new Map<string, number>(),
    completed: new Set<string>(),
    now: 0,
    async relayBatch(limit: number, resendAfterMs: number, relay: (entries: readonly OutboxEntry[]) => Promise<string[]>) {
      const due = entries
        .filter((e) => !store.completed.has(e.id))
        .filter((e) => {
          const at = store.relayedAt.get(e.id);
          return at === undefined || at <= store.now - resendAfterMs;
        })
        .slice(0, limit);
      const sent = await relay(due);
      for (const id of sent) store.relayedAt.set(id, store.now);
      return sent.length;
    },
    async complete(entryId: string) {
      store.completed.add(entryId);
    },
  };
  return store;
}

function recordingPublisher(isUp: () => boolean = () => true) {
  const published: string[] = [];
  return {
    published,
    async publish(_job: JobName, _payload: unknown, jobId: string) {
      if (!isUp()) throw new Error('Redis is down');
      published.push(jobId);
    },
  };
}

describe('relayEntries', () => {
  it('stops at the first failure, so nothing after it is marked relayed', async () => {
    const published: string[] = [];
    const publisher = {
      async publish(_job: JobName, _payload: unknown, jobId: string) {
        if (jobId === 'outbox-2') throw new Error('Redis is down');
        published.push(jobId);
      },
    };
    expect(await relayEntries(publisher, [entry('1'), entry('2'), entry('3')])).toEqual(['1']);
    expect(published).toEqual(['outbox-1']);
  });
});

describe('startOutboxRelay', () => {
  it('delivers what waited while the queue was down, once it is back', async () => {
    let up = false;
    const publisher = recordingPublisher(() => up);
    const store = memoryStore([entry('1'), entry('2'), entry('3')]);
    const relay = startOutboxRelay(store, publisher, { intervalMs: 60_000, batchSize: 2, resendAfterMs: 1000 });
    expect(await relay.flush()).toBe(0);
    up = true;
    expect(await relay.flush()).toBe(3);
    expect(await relay.flush()).toBe(0);
    await relay.stop();
    expect(publisher.published).toEqual(['outbox-1', 'outbox-2', 'outbox-3']);
  });

  it('relays again, under the same job id, what was relayed but not completed after a while, and never what was completed', async () => {
    const publisher = recordingPublisher();
    const store = memoryStore([entry('1'), entry('2')]);
    const relay = startOutboxRelay(store, publisher, { intervalMs: 60_000, batchSize: 10, resendAfterMs: 1000 });
    expect(await relay.flush()).toBe(2);
    await store.complete('1');
    store.now = 999;
    expect(await relay.flush()).toBe(0);
    store.now = 1000;
    expect(await relay.flush()).toBe(1);
    // Relayed again just now: not due again until another interval has passed.
    expect(await relay.flush()).toBe(0);
    await store.complete('2');
    store.now = 5000;
    expect(await relay.flush()).toBe(0);
    await relay.stop();
    expect(publisher.published).toEqual(['outbox-1', 'outbox-2', 'outbox-2']);
  });
});

describe('outboxEntryOfJob', () => {
  it('finds the entry a job was relayed from, and nothing in any other job id', () => {
    expect(outboxEntryOfJob(outboxJobId('42'))).toBe('42');
    expect(outboxEntryOfJob('retry-me')).toBeNull();
    expect(outboxEntryOfJob('repeat:digest.daily:1732300000000')).toBeNull();
    expect(outboxEntryOfJob('outbox-42x')).toBeNull();
    expect(outboxEntryOfJob(undefined)).toBeNull();
  });
});
