import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../graphql/client';
import { LiveAgendaReader, type LiveAgendaState, type MeetingSignal } from './live-agenda';
import type { LiveAgenda, LiveAgendaChange } from './live-operations';

type Item = LiveAgenda['items'][number];
type Meeting = LiveAgenda['meeting'];

const MEETING = '0d6f3c1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f';
const A = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const B = '8b7c6d5e-4f3a-4b2c-9d0e-1f2a3b4c5d6e';
const HIDDEN = '9c8d7e6f-5a4b-4c3d-8e1f-2a3b4c5d6e7f';

// Only the fields these tests look at; the rest of an item does not matter to the reader.
const item = (id: string, position: number, decision: Item['decision'] = null) => ({ id, position, decision }) as unknown as Item;
const meeting = (version: number) => ({ id: MEETING, version, status: 'IN_SESSION' }) as unknown as Meeting;
const agendaOf = (items: Item[], version = 1, currentItemId: string | null = null): LiveAgenda => ({
  meeting: meeting(version),
  items,
  attendance: [],
  currentItemId,
  currentItemHidden: false,
});
const change = (it: Item | null, version: number, currentItemId: string | null = null, currentItemHidden = false): LiveAgendaChange => ({
  meeting: meeting(version),
  item: it,
  currentItemId,
  currentItemHidden,
});
const signal = (itemId: string | null, current = false): MeetingSignal => ({ kind: 'meeting', meetingId: MEETING, itemId, current });

// A stand-in for the API: each read waits until the test answers it, so the order is the test's.
class FakeApi {
  readonly asked: string[] = [];
  private readonly waiting: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];

  readonly reads = {
    agenda: () => this.ask<LiveAgenda>('agenda'),
    item: (itemId: string | null) => this.ask<LiveAgendaChange>(`item ${itemId ?? 'none'}`),
  };

  private ask<T>(what: string): Promise<T> {
    this.asked.push(what);
    return new Promise<T>((resolve, reject) => this.waiting.push({ resolve: resolve as (value: unknown) => void, reject }));
  }

  get pending(): number {
    return this.waiting.length;
  }

  async answer(value: unknown): Promise<void> {
    this.next().resolve(value);
    await settle();
  }

  async refuse(error: unknown): Promise<void> {
    this.next().reject(error);
    await settle();
  }

  private next() {
    const next = this.waiting.shift();
    if (!next) throw new Error('Nothing was asked');
    return next;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function started(first: LiveAgenda) {
  const api = new FakeApi();
  const states: LiveAgendaState[] = [];
  const reader = new LiveAgendaReader(api.reads, (s) => states.push(s));
  await api.answer(first);
  return { api, reader, states };
}

describe('the live Forum page’s reads', () => {
  it('reads the whole agenda first, then only the item a signal names, and puts it in place', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1), item(B, 2)]));
    reader.heard([signal(B)]);
    expect(api.asked).toEqual(['agenda', `item ${B}`]);
    await api.answer(change(item(B, 2, 'CONTINUE_LEVEL_2'), 2, B));
    expect(reader.current.agenda).toEqual({ ...agendaOf([item(A, 1), item(B, 2, 'CONTINUE_LEVEL_2')], 2, B) });
    expect(api.pending).toBe(0);
  });

  it('reads where the meeting stands alone when the chair moves it to an item, or between items', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1), item(B, 2)], 3, A));
    reader.heard([signal(B, true)]);
    await api.answer(change(null, 4, B));
    expect(reader.current.agenda).toEqual(agendaOf([item(A, 1), item(B, 2)], 4, B));
    reader.heard([signal(null, true)]);
    await api.answer(change(null, 5));
    expect(api.asked).toEqual(['agenda', 'item none', 'item none']);
    expect(reader.current.agenda).toEqual(agendaOf([item(A, 1), item(B, 2)], 5, null));
  });

  it('reads the whole agenda for a signal naming no item, for missed signals, and when asked', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1)]));
    reader.heard([signal(A), signal(null)]);
    await api.answer(agendaOf([item(A, 1)], 2));
    reader.heard(null);
    await api.answer(agendaOf([item(A, 1)], 3));
    reader.readAll();
    await api.answer(agendaOf([item(A, 1)], 4));
    expect(api.asked).toEqual(['agenda', 'agenda', 'agenda', 'agenda']);
    expect(reader.current.agenda?.meeting.version).toBe(4);
  });

  it('reads the whole agenda when the item does not fit the page: new to it, moved in the order, or gone from view', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1)]));
    reader.heard([signal(B)]); // an item the page does not show yet
    await api.answer(change(item(B, 2), 2));
    await api.answer(agendaOf([item(A, 1), item(B, 2)], 2));
    reader.heard([signal(B)]); // placed elsewhere in the order
    await api.answer(change(item(B, 0), 3));
    await api.answer(agendaOf([item(B, 0), item(A, 1)], 3));
    reader.heard([signal(A)]); // no longer one the viewer may see
    await api.refuse(new ApiError('NOT_FOUND', 'Not found'));
    await api.answer(agendaOf([item(B, 0)], 4));
    expect(api.asked).toEqual(['agenda', `item ${B}`, 'agenda', `item ${B}`, 'agenda', `item ${A}`, 'agenda']);
    expect(reader.current.agenda).toEqual(agendaOf([item(B, 0)], 4));
  });

  it('leaves the page as it is when an item the viewer may not see changes, and reads where the meeting stands when it moves to one', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1)], 1, A));
    reader.heard([signal(HIDDEN)]);
    await api.refuse(new ApiError('NOT_FOUND', 'Not found'));
    expect(api.pending).toBe(0);
    expect(reader.current.agenda).toEqual(agendaOf([item(A, 1)], 1, A));
    reader.heard([signal(HIDDEN, true)]);
    await api.answer(change(null, 2, null, true));
    expect(api.asked).toEqual(['agenda', `item ${HIDDEN}`, 'item none']);
    expect(api.pending).toBe(0);
    expect(reader.current.agenda).toEqual({ ...agendaOf([item(A, 1)], 2, null), currentItemHidden: true });
  });

  it('reads one thing at a time, in turn, and one item named twice meanwhile once', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1), item(B, 2)]));
    reader.heard([signal(A)]);
    reader.heard([signal(B), signal(A)]);
    reader.heard([signal(B, true)]);
    expect(api.pending).toBe(1);
    await api.answer(change(item(A, 1, 'STEP_DOWN_UNIVERSAL'), 2));
    expect(api.pending).toBe(1);
    // The read of B, after the move was heard, says where the meeting stands: no read of that alone.
    await api.answer(change(item(B, 2), 3, B));
    await api.answer(change(item(A, 1, 'STEP_DOWN_UNIVERSAL'), 3, B));
    expect(api.asked).toEqual(['agenda', `item ${A}`, `item ${B}`, `item ${A}`]);
    expect(api.pending).toBe(0);
    expect(reader.current.agenda).toEqual(agendaOf([item(A, 1, 'STEP_DOWN_UNIVERSAL'), item(B, 2)], 3, B));
  });

  it('reads the item as well when a move and a change to that item are heard together', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1)]));
    reader.heard([signal(A, true), signal(A)]);
    await api.answer(change(item(A, 1, 'CONTINUE_LEVEL_2'), 3, A));
    expect(api.asked).toEqual(['agenda', `item ${A}`]);
    expect(reader.current.agenda).toEqual(agendaOf([item(A, 1, 'CONTINUE_LEVEL_2')], 3, A));
  });

  it('shows a failed read of the whole agenda as an error, keeping what it showed', async () => {
    const { api, reader } = await started(agendaOf([item(A, 1)]));
    reader.readAll();
    await api.refuse(new ApiError('INTERNAL_SERVER_ERROR', 'Something went wrong'));
    expect(reader.current).toEqual({ agenda: agendaOf([item(A, 1)]), error: expect.any(ApiError), loading: false });
  });
});
