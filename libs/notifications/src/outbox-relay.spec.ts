import { JobName } from './jobs';
import { OutboxEntry, OutboxStore, relayEntries, startOutboxRelay } from './outbox-relay';

const entry = (id: string): OutboxEntry => ({ id, job: JobName.CaseAllocated, payload: { caseId: `c${id}`, leadPractitionerId: 'u' } });

// An in-memory store that behaves like the database one: claimed entries are marked relayed only
// when the relay says they went.
function memoryStore(entries: OutboxEntry[]): OutboxStore & { relayed: string[] } {
  const relayed: string[] = [];
  return {
    relayed,
    async relayBatch(limit, relay) {
      const pending = entries.filter((e) => !relayed.includes(e.id)).slice(0, limit);
      const sent = await relay(pending);
      relayed.push(...sent);
      return sent.length;
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
    const published: string[] = [];
    const publisher = {
      async publish(_job: JobName, _payload: unknown, jobId: string) {
        if (!up) throw new Error('Redis is down');
        published.push(jobId);
      },
    };
    const store = memoryStore([entry('1'), entry('2'), entry('3')]);
    const relay = startOutboxRelay(store, publisher, { intervalMs: 60_000, batchSize: 2 });
    expect(await relay.flush()).toBe(0);
    up = true;
    expect(await relay.flush()).toBe(3);
    expect(await relay.flush()).toBe(0);
    await relay.stop();
    expect(published).toEqual(['outbox-1', 'outbox-2', 'outbox-3']);
  });
});
