// The live Forum page's reads (issue 15): on a signal naming one item, only that item and where the
// meeting stands are read again (liveAgendaItem) and put in the page's agenda; on the meeting's
// move to another item, only where the meeting stands (the move changes nothing else); the whole agenda is
// read again when a signal names no item, when signals may have been missed (the channel came
// back), on the slow timer, after the viewer's own change, and whenever what came back does not fit
// the page (an item it does not show yet, one gone from its view, a new order). One read at a time,
// in the order asked, so an older answer never overwrites a newer one.
import { ApiError, GENERIC_MESSAGE } from '../graphql/client';
import type { LiveEvent } from '../live/live-channel';
import type { LiveAgenda, LiveAgendaChange } from './live-operations';

export type MeetingSignal = Extract<LiveEvent, { kind: 'meeting' }>;

/**
 * The agenda with one item read again put in place, or null if the page must read the whole
 * agenda: the item is not on the page (new to the viewer), its order changed, or the meeting is now
 * on an item the page does not show.
 */
export function withChange(agenda: LiveAgenda, change: LiveAgendaChange): LiveAgenda | null {
  let items = agenda.items;
  const item = change.item;
  if (item) {
    const at = items.findIndex((i) => i.id === item.id);
    if (at < 0 || items[at].position !== item.position) return null;
    items = items.map((i, n) => (n === at ? item : i));
  }
  if (change.currentItemId !== null && !items.some((i) => i.id === change.currentItemId)) return null;
  return {
    ...agenda,
    meeting: change.meeting,
    items,
    currentItemId: change.currentItemId,
    currentItemHidden: change.currentItemHidden,
  };
}

export interface LiveAgendaState {
  readonly agenda: LiveAgenda | undefined;
  readonly error: ApiError | undefined;
  /** A read of the whole agenda is waiting or in flight. */
  readonly loading: boolean;
}

export interface LiveAgendaReads {
  readonly agenda: () => Promise<LiveAgenda>;
  readonly item: (itemId: string | null) => Promise<LiveAgendaChange>;
}

// What is still to be read: everything; these items (each read also says where the meeting
// stands); where the meeting stands alone (it moved to another item, or to none).
interface Wanted {
  full: boolean;
  readonly items: Set<string>;
  moved: boolean;
}

export class LiveAgendaReader {
  private state: LiveAgendaState = { agenda: undefined, error: undefined, loading: true };
  private readonly wanted: Wanted = { full: true, items: new Set(), moved: false };
  private reading = false;
  private stopped = false;

  constructor(
    private readonly reads: LiveAgendaReads,
    private readonly onState: (state: LiveAgendaState) => void,
  ) {
    this.pump();
  }

  get current(): LiveAgendaState {
    return this.state;
  }

  /** Read the whole agenda again. */
  readAll(): void {
    this.wanted.full = true;
    this.set({ loading: true });
    this.pump();
  }

  /** Signals heard for this meeting; null: signals may have been missed, read everything. */
  heard(signals: readonly MeetingSignal[] | null): void {
    if (signals === null || signals.some((s) => s.itemId === null && !s.current)) return this.readAll();
    for (const s of signals) {
      // A move changes the meeting alone (its current item), never the item moved to.
      if (s.current) this.wanted.moved = true;
      else if (s.itemId !== null) this.wanted.items.add(s.itemId);
    }
    this.pump();
  }

  stop(): void {
    this.stopped = true;
  }

  private set(change: Partial<LiveAgendaState>): void {
    if (this.stopped) return;
    this.state = { ...this.state, ...change };
    this.onState(this.state);
  }

  private pump(): void {
    if (this.reading || this.stopped) return;
    if (this.wanted.full || this.state.agenda === undefined) {
      this.wanted.full = false;
      this.wanted.items.clear();
      this.wanted.moved = false;
      this.run(() => this.readWhole());
      return;
    }
    const next = this.wanted.items.values().next();
    if (!next.done) {
      this.wanted.items.delete(next.value);
      // It says where the meeting stands too, as of now: later than any move heard.
      this.wanted.moved = false;
      this.run(() => this.readItem(next.value));
    } else if (this.wanted.moved) {
      this.wanted.moved = false;
      this.run(() => this.readItem(null));
    }
  }

  private run(read: () => Promise<void>): void {
    this.reading = true;
    void read().finally(() => {
      this.reading = false;
      this.pump();
    });
  }

  private async readWhole(): Promise<void> {
    this.set({ loading: true });
    try {
      const agenda = await this.reads.agenda();
      // Newer than anything shown (one read at a time); if asked again meanwhile, read again next.
      this.set({ agenda, error: undefined, loading: this.wanted.full });
    } catch (error) {
      const failed = error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
      this.set({ error: failed, loading: this.wanted.full });
    }
  }

  // One item and where the meeting stands, or (null) where the meeting stands alone.
  private async readItem(itemId: string | null): Promise<void> {
    const agenda = this.state.agenda;
    if (!agenda) return;
    let change: LiveAgendaChange;
    try {
      change = await this.reads.item(itemId);
    } catch (error) {
      const shown = itemId !== null && agenda.items.some((i) => i.id === itemId);
      // An item the viewer may not see changed: nothing on the page did.
      if (error instanceof ApiError && error.code === 'NOT_FOUND' && itemId !== null && !shown) return;
      // Gone from the viewer's view, or the read failed: the whole agenda says what is true now.
      this.wanted.full = true;
      return;
    }
    // The page may have been read whole meanwhile: the item goes into what it shows now.
    const latest = this.state.agenda ?? agenda;
    const next = withChange(latest, change);
    if (next) this.set({ agenda: next });
    else this.wanted.full = true;
  }
}
