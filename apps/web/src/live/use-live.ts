import { useEffect, useRef, useState } from 'react';
import { liveChannel, type LiveEvent } from './live-channel';

// How often a page reads again by itself: seldom while the live channel works (a safety net),
// as often as before it while the channel is down.
export const LIVE_FALLBACK_MS = 60_000;
export const POLL_MS = 15_000;
// Every page following a meeting hears its signal at once: each waits a random moment up to this
// before reading again, so a room of browsers does not reach the API in one instant (and signals
// close together are one read). bench/live-updates.cjs measures the same spread.
export const LIVE_SPREAD_MS = 250;

/**
 * Reads again (calls `reload`) when the live channel signals something `wanted`, when signals may
 * have been missed, and on a slow timer (fast while the channel is down). `reload` is given the
 * signals heard since it was last called, or null when everything must be read again (signals may
 * have been missed, or the timer). `onEnded` is called if the session ends. `meetingId`: the page
 * follows this Forum meeting's signals.
 */
export function useLiveReload(
  reload: (signals: readonly LiveEvent[] | null) => void,
  wanted: (event: LiveEvent) => boolean,
  options: { readonly meetingId?: string; readonly onEnded?: () => void } = {},
): { readonly live: boolean } {
  const [live, setLive] = useState(liveChannel.live);
  // The latest callbacks, without opening the stream again when they change.
  const latest = useRef({ reload, wanted, onEnded: options.onEnded });
  latest.current = { reload, wanted, onEnded: options.onEnded };
  const { meetingId } = options;

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    // The signals heard while the read waits its moment; null: everything is to be read again.
    let heard: LiveEvent[] | null = [];
    const unsubscribe = liveChannel.subscribe((event) => {
      if (event.kind === 'ended') latest.current.onEnded?.();
      else if (event.kind === 'resync' || latest.current.wanted(event)) {
        if (event.kind === 'resync') heard = null;
        else heard?.push(event);
        pending ??= setTimeout(() => {
          const signals = heard;
          pending = null;
          heard = [];
          latest.current.reload(signals);
        }, Math.random() * LIVE_SPREAD_MS);
      }
    });
    const unwatch = liveChannel.onStatus(setLive);
    setLive(liveChannel.live);
    return () => {
      if (pending !== null) clearTimeout(pending);
      unwatch();
      unsubscribe();
    };
  }, []);

  useEffect(() => (meetingId ? liveChannel.follow(meetingId) : undefined), [meetingId]);

  useEffect(() => {
    const timer = setInterval(() => latest.current.reload(null), live ? LIVE_FALLBACK_MS : POLL_MS);
    return () => clearInterval(timer);
  }, [live]);

  return { live };
}
