import { useEffect, useRef, useState } from 'react';
import { liveChannel, type LiveEvent } from './live-channel';

// How often a page reads again by itself: seldom while the live channel works (a safety net),
// as often as before it while the channel is down.
export const LIVE_FALLBACK_MS = 60_000;
export const POLL_MS = 15_000;

/**
 * Reads again (calls `reload`) when the live channel signals something `wanted`, when signals may
 * have been missed, and on a slow timer (fast while the channel is down). `onEnded` is called if
 * the session ends. `meetingId`: the page follows this Forum meeting's signals.
 */
export function useLiveReload(
  reload: () => void,
  wanted: (event: LiveEvent) => boolean,
  options: { readonly meetingId?: string; readonly onEnded?: () => void } = {},
): { readonly live: boolean } {
  const [live, setLive] = useState(liveChannel.live);
  // The latest callbacks, without opening the stream again when they change.
  const latest = useRef({ reload, wanted, onEnded: options.onEnded });
  latest.current = { reload, wanted, onEnded: options.onEnded };
  const { meetingId } = options;

  useEffect(() => {
    const unsubscribe = liveChannel.subscribe((event) => {
      if (event.kind === 'ended') latest.current.onEnded?.();
      else if (event.kind === 'resync' || latest.current.wanted(event)) latest.current.reload();
    });
    const unwatch = liveChannel.onStatus(setLive);
    setLive(liveChannel.live);
    return () => {
      unwatch();
      unsubscribe();
    };
  }, []);

  useEffect(() => (meetingId ? liveChannel.follow(meetingId) : undefined), [meetingId]);

  useEffect(() => {
    const timer = setInterval(() => latest.current.reload(), live ? LIVE_FALLBACK_MS : POLL_MS);
    return () => clearInterval(timer);
  }, [live]);

  return { live };
}
