import type { PoolClient } from 'pg';
import { oneQueryAtATime } from './one-query-at-a-time';

// A stand-in for a pg connection that records how many queries it was running at once.
function fakeClient() {
  const log: string[] = [];
  let running = 0;
  let most = 0;
  const client = {
    query(sql: string) {
      running += 1;
      most = Math.max(most, running);
      log.push(`start ${sql}`);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          running -= 1;
          log.push(`end ${sql}`);
          if (sql === 'fail') reject(new Error('refused'));
          else resolve({ rows: [sql] });
        }, 5),
      );
    },
  };
  return { client: client as unknown as PoolClient, log, most: () => most, original: client.query };
}

describe('one query at a time on a request’s connection', () => {
  it('runs queries sent together one after another, in the order sent, each with its own answer', async () => {
    const fake = fakeClient();
    oneQueryAtATime(fake.client);
    const answers = await Promise.all(['a', 'b', 'c'].map((sql) => fake.client.query(sql)));
    expect(answers).toEqual([{ rows: ['a'] }, { rows: ['b'] }, { rows: ['c'] }]);
    expect(fake.most()).toBe(1);
    expect(fake.log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('goes on after a query fails, and the failure reaches its caller', async () => {
    const fake = fakeClient();
    oneQueryAtATime(fake.client);
    const [failed, next] = await Promise.allSettled([fake.client.query('fail'), fake.client.query('next')]);
    expect(failed).toMatchObject({ status: 'rejected', reason: new Error('refused') });
    expect(next).toEqual({ status: 'fulfilled', value: { rows: ['next'] } });
  });

  it('puts the connection back as it was', async () => {
    const fake = fakeClient();
    const restore = oneQueryAtATime(fake.client);
    expect(fake.client.query).not.toBe(fake.original);
    restore();
    expect(fake.client.query).toBe(fake.original);
  });
});
