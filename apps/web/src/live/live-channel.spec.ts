import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { LiveChannel, type LiveEvent } from './live-channel';

// A stand-in for the browser's EventSource: the test plays the server's side.
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  private readonly handlers = new Map<string, ((event: { data?: string }) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, handler: (event: { data?: string }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  // The server sends an event (or the browser reports an error).
  send(type: string, data?: object): void {
    if (type === 'ready') this.readyState = FakeEventSource.OPEN;
    for (const handler of this.handlers.get(type) ?? []) handler({ data: data === undefined ? undefined : JSON.stringify(data) });
  }
}

const latest = () => FakeEventSource.opened[FakeEventSource.opened.length - 1];
const MEETING = '0d6f3c1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f';
const ITEM = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';

describe('the live channel of a tab', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
    jest.useFakeTimers();
  });
  afterEach(() => {
    delete (globalThis as { EventSource?: unknown }).EventSource;
    jest.useRealTimers();
  });

  it('opens one stream for the whole tab, and again with the meeting a page follows', () => {
    const channel = new LiveChannel();
    const heard: LiveEvent[] = [];
    const stop = channel.subscribe((e) => heard.push(e));
    channel.subscribe(() => undefined);
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/events']);
    const unfollow = channel.follow(MEETING);
    expect(latest().url).toBe(`/events?meeting=${MEETING}`);
    expect(FakeEventSource.opened[0].readyState).toBe(FakeEventSource.CLOSED);
    latest().send('ready', { live: true });
    latest().send('meeting', { meetingId: MEETING, itemId: ITEM, current: false });
    latest().send('meeting', { meetingId: MEETING, itemId: null, current: true });
    latest().send('inbox', {});
    expect(heard).toEqual([
      { kind: 'meeting', meetingId: MEETING, itemId: ITEM, current: false },
      { kind: 'meeting', meetingId: MEETING, itemId: null, current: true },
      { kind: 'inbox' },
    ]);
    expect(channel.live).toBe(true);
    unfollow();
    expect(latest().url).toBe('/events');
    stop();
  });

  it('says the channel is down when the server pauses it, and asks for everything again when it resumes', () => {
    const channel = new LiveChannel();
    const heard: LiveEvent[] = [];
    const statuses: boolean[] = [];
    channel.onStatus((live) => statuses.push(live));
    channel.subscribe((e) => heard.push(e));
    latest().send('ready', { live: true });
    latest().send('paused', { live: false });
    latest().send('resync', { live: true });
    expect(statuses).toEqual([true, false, true]);
    expect(heard).toEqual([{ kind: 'resync' }]);
  });

  it('opens the stream again after a refusal, later each time, and reads again once it is back', () => {
    const channel = new LiveChannel();
    const heard: LiveEvent[] = [];
    channel.subscribe((e) => heard.push(e));
    const first = latest();
    first.send('ready', { live: true });
    first.readyState = FakeEventSource.CLOSED; // e.g. 503 from a draining replica: the browser gives up
    first.send('error');
    expect(channel.live).toBe(false);
    jest.advanceTimersByTime(1999);
    expect(FakeEventSource.opened).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(2);
    latest().readyState = FakeEventSource.CLOSED;
    latest().send('error');
    jest.advanceTimersByTime(4999);
    expect(FakeEventSource.opened).toHaveLength(2);
    jest.advanceTimersByTime(1);
    latest().send('ready', { live: true });
    expect(heard).toEqual([{ kind: 'resync' }]);
  });

  it('stops for good when the session ends, until someone signs in again', () => {
    const channel = new LiveChannel();
    const heard: LiveEvent[] = [];
    const stop = channel.subscribe((e) => heard.push(e));
    latest().send('ready', { live: true });
    latest().send('ended', {});
    expect(heard).toEqual([{ kind: 'ended' }]);
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    jest.advanceTimersByTime(120_000);
    channel.follow(MEETING);
    expect(FakeEventSource.opened).toHaveLength(1);
    stop();
    channel.subscribe(() => undefined);
    expect(FakeEventSource.opened).toHaveLength(2);
  });

  it('drops a meeting signal without a meeting id, and an item id that is not one', () => {
    const channel = new LiveChannel();
    const heard: LiveEvent[] = [];
    channel.subscribe((e) => heard.push(e));
    latest().send('meeting', { meetingId: 'x' });
    latest().send('meeting', { meetingId: MEETING, itemId: 'not an id' });
    expect(heard).toEqual([{ kind: 'meeting', meetingId: MEETING, itemId: null, current: false }]);
  });
});
