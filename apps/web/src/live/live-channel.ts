// The live channel: one server-sent event stream per tab (GET /events, signed in by the session
// cookie), shared by every part of the page that wants to hear of changes. Its events are only
// signals ("your inbox changed", "this meeting changed"): whoever hears one reads again through
// the normal GraphQL queries. While the stream is down (Redis away, a replica restarting, a proxy
// that cut it) the pages poll slowly instead, and read everything again when it returns.

export type LiveEvent =
  | { readonly kind: 'inbox' }
  // `itemId`: the one item that changed (null: the meeting as a whole); `current`: the meeting
  // moved to that item (or, with no item, to none: between items).
  | { readonly kind: 'meeting'; readonly meetingId: string; readonly itemId: string | null; readonly current: boolean }
  // Signals may have been missed (the stream or the server's Redis was away): read again.
  | { readonly kind: 'resync' }
  // The session ended (signed out elsewhere, idle, removed): the stream will not come back.
  | { readonly kind: 'ended' };

type Listener = (event: LiveEvent) => void;
type StatusListener = (live: boolean) => void;

// Trying again after the browser gave up (an answer other than a stream, e.g. 503 while a
// replica drains): soon, then less often.
const REOPEN_MS = [2000, 5000, 15000, 60000];

function uuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);
}

export class LiveChannel {
  private source: EventSource | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly statusListeners = new Set<StatusListener>();
  // Meetings followed by the page, with how many parts follow each; the stream carries the newest.
  private readonly meetings: string[] = [];
  private openedFor: string | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  // The stream was lost since it last opened: signals may have been missed.
  private stale = false;
  private ended = false;
  private liveNow = false;

  constructor(private readonly url = '/events') {}

  get live(): boolean {
    return this.liveNow;
  }

  subscribe(listener: Listener): () => void {
    // The first listener after all had gone (signed in again after a session ended): a new start.
    if (this.listeners.size === 0) this.ended = false;
    this.listeners.add(listener);
    this.ensureOpen();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  // The page shows this meeting: its signals come on the stream (opened again to say so).
  follow(meetingId: string): () => void {
    this.meetings.push(meetingId);
    this.ensureOpen();
    return () => {
      const at = this.meetings.lastIndexOf(meetingId);
      if (at >= 0) this.meetings.splice(at, 1);
      this.ensureOpen();
    };
  }

  private get meeting(): string | null {
    return this.meetings.at(-1) ?? null;
  }

  private setLive(live: boolean): void {
    if (this.liveNow === live) return;
    this.liveNow = live;
    for (const listener of this.statusListeners) listener(live);
  }

  private emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private ensureOpen(): void {
    if (this.ended || this.listeners.size === 0 || typeof EventSource === 'undefined') return;
    if (this.source && this.openedFor === this.meeting) return;
    this.open();
  }

  private open(): void {
    this.source?.close();
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
    const meeting = this.meeting;
    this.openedFor = meeting;
    const source = new EventSource(meeting ? `${this.url}?meeting=${encodeURIComponent(meeting)}` : this.url);
    this.source = source;
    source.addEventListener('ready', (e) => {
      this.failures = 0;
      const live = (JSON.parse((e as MessageEvent<string>).data) as { live?: boolean }).live === true;
      this.setLive(live);
      if (this.stale) this.emit({ kind: 'resync' });
      this.stale = false;
    });
    source.addEventListener('inbox', () => this.emit({ kind: 'inbox' }));
    source.addEventListener('meeting', (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { meetingId?: unknown; itemId?: unknown; current?: unknown };
      if (uuid(data.meetingId))
        this.emit({
          kind: 'meeting',
          meetingId: data.meetingId,
          itemId: uuid(data.itemId) ? data.itemId : null,
          current: data.current === true,
        });
    });
    source.addEventListener('resync', () => {
      this.setLive(true);
      this.emit({ kind: 'resync' });
    });
    source.addEventListener('paused', () => this.setLive(false));
    source.addEventListener('ended', () => {
      this.ended = true;
      this.close();
      this.emit({ kind: 'ended' });
    });
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      this.setLive(false);
      this.stale = true;
      // The browser tries again by itself after a cut stream; after a refusal it gives up.
      if (source.readyState !== EventSource.CLOSED) return;
      const wait = REOPEN_MS[Math.min(this.failures, REOPEN_MS.length - 1)];
      this.failures += 1;
      this.reopenTimer = setTimeout(() => {
        this.source = null;
        this.ensureOpen();
      }, wait);
    });
  }

  private close(): void {
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
    this.source?.close();
    this.source = null;
    this.openedFor = null;
    this.setLive(false);
  }
}

// The tab's one channel.
export const liveChannel = new LiveChannel();
