import { describe, expect, it, jest } from '@jest/globals';
import { isRead, READ_RETRIES, retryDelayMs, sendWithRetries } from './client';

const busy = {
  status: 503,
  retryAfter: '2',
  body: { errors: [{ message: 'The portal is busy. Try again in a few seconds.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
};
const answered = { status: 200, retryAfter: null, body: { data: { caseload: [] } } };

function answers(...sequence: (typeof busy | typeof answered)[]) {
  const send = jest.fn(() => Promise.resolve(sequence[Math.min(send.mock.calls.length - 1, sequence.length - 1)]));
  return send;
}

describe('the web client when the portal is busy', () => {
  it('asks for a read again after the Retry-After the portal gave, and returns the answer', async () => {
    const send = answers(busy, answered);
    const waits: number[] = [];
    const body = await sendWithRetries(send, true, (ms) => Promise.resolve(void waits.push(ms)));
    expect(body).toEqual(answered.body);
    expect(send).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([2000]);
  });

  it('gives up on a read after its retries and returns the busy answer for the screen to show', async () => {
    const send = answers(busy, busy, busy, busy, busy);
    const body = await sendWithRetries(send, true, () => Promise.resolve());
    expect(send).toHaveBeenCalledTimes(1 + READ_RETRIES);
    expect(body).toEqual(busy.body);
  });

  it('never sends a change again by itself', async () => {
    const send = answers(busy, answered);
    const body = await sendWithRetries(send, false, () => Promise.resolve());
    expect(send).toHaveBeenCalledTimes(1);
    expect(body).toEqual(busy.body);
  });

  it('tells reads from changes, counting any document that names a mutation as a change', () => {
    expect(isRead('query Caseload { caseload { id } }')).toBe(true);
    expect(isRead('{ me { id } }')).toBe(true);
    expect(isRead('mutation($id: ID!) { closeCase(id: $id) { id } }')).toBe(false);
    expect(isRead('fragment F on Case { id }\nmutation M { closeCase(id: "x") { ...F } }')).toBe(false);
  });

  it('waits what Retry-After says, at most 5 s, and 1 s when it says nothing usable', () => {
    expect(retryDelayMs('2')).toBe(2000);
    expect(retryDelayMs('120')).toBe(5000);
    expect(retryDelayMs(null)).toBe(1000);
    expect(retryDelayMs('Wed, 02 Dec 2026 13:00:00 GMT')).toBe(1000);
  });
});
