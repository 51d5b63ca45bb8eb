import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

// The live channel's messages between replicas (Redis pub/sub) and to browsers (server-sent
// events). Each one is only a signal, with ids and nothing else: "this person's inbox changed",
// "this meeting (or this item of it) changed", "this meeting moved to this item", "this session
// has ended". A browser that hears one
// reads again through the normal GraphQL queries, so the one visibility rule decides what it sees
// (docs/decisions.md, "Live updates across replicas").
export type LiveSignal =
  // To every stream of this person.
  | { readonly kind: 'inbox'; readonly userId: string }
  // To every stream following this meeting; `itemId` when one item changed (or, with `current`,
  // the item the meeting is now on), null for the meeting as a whole. `current`: the meeting moved
  // to another item (or to none, between items). A page reads only what the signal names.
  | { readonly kind: 'meeting'; readonly meetingId: string; readonly itemId: string | null; readonly current: boolean }
  // The streams of this session end at once (sign-out).
  | { readonly kind: 'session-ended'; readonly sessionId: string }
  // Every stream of this person ends at once (moved agency, removed, sessions revoked).
  | { readonly kind: 'sessions-ended'; readonly userId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

// The one Redis channel of this deployment (its key prefix keeps councils and tests apart).
export function liveChannel(prefix: string): string {
  return `${prefix}:live`;
}

// A message from Redis, checked: anything not exactly a signal is dropped.
export function parseLiveSignal(message: string): LiveSignal | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'inbox':
      return isId(v.userId) ? { kind: 'inbox', userId: v.userId } : null;
    case 'meeting':
      // `current` missing: a replica from before it was carried (a rolling deploy), which never
      // moved the current item without also signalling the meeting.
      return isId(v.meetingId) && (v.itemId === null || isId(v.itemId)) && (v.current === undefined || typeof v.current === 'boolean')
        ? { kind: 'meeting', meetingId: v.meetingId, itemId: v.itemId, current: v.current === true }
        : null;
    case 'session-ended':
      return isId(v.sessionId) ? { kind: 'session-ended', sessionId: v.sessionId } : null;
    case 'sessions-ended':
      return isId(v.userId) ? { kind: 'sessions-ended', userId: v.userId } : null;
    default:
      return null;
  }
}

// Publishes signals on a Redis connection the caller owns (the API's, or the worker's). A signal
// that cannot be published is lost, never an error for the work that caused it: browsers also
// read again on a slow timer, and after the channel returns (README, "Live updates").
export class LiveSignalPublisher {
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async publish(signals: readonly LiveSignal[]): Promise<void> {
    if (signals.length === 0) return;
    const channel = liveChannel(this.prefix);
    try {
      // One round trip for all of them.
      const pipeline = this.redis.pipeline();
      for (const signal of signals) pipeline.publish(channel, JSON.stringify(signal));
      const results = await pipeline.exec();
      const failed = results?.find(([error]) => error);
      if (failed) throw failed[0];
      this.warned = false;
    } catch (error) {
      if (!this.warned)
        new Logger('LiveSignals').warn(`Live signals not published: ${error instanceof Error ? error.name : 'unknown error'}`);
      this.warned = true;
    }
  }
}

// Several signals about the same thing are one.
export function distinctSignals(signals: readonly LiveSignal[]): LiveSignal[] {
  const seen = new Map<string, LiveSignal>();
  for (const s of signals) seen.set(JSON.stringify(s), s);
  return [...seen.values()];
}
