import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../graphql/client';
import type { QueryResult } from '../hooks/use-query';
import type { LiveEvent } from '../live/live-channel';
import { useLiveReload } from '../live/use-live';
import { LiveAgendaReader, type LiveAgendaState, type MeetingSignal } from './live-agenda';
import { LIVE_AGENDA, LIVE_AGENDA_ITEM, type LiveAgenda } from './live-operations';

const isMeetingSignal = (event: LiveEvent): event is MeetingSignal => event.kind === 'meeting';

/**
 * A Forum meeting's agenda that follows the meeting live: a signal naming one item reads only that
 * item and where the meeting stands; anything else reads the whole agenda (live-agenda.ts). As a
 * query result for QueryView; `reload` reads the whole agenda.
 */
export function useLiveAgenda(meetingId: string): { readonly agenda: QueryResult<{ agenda: LiveAgenda }>; readonly live: boolean } {
  const [state, setState] = useState<LiveAgendaState & { readonly meetingId: string }>({
    meetingId: '',
    agenda: undefined,
    error: undefined,
    loading: true,
  });
  const reader = useRef<LiveAgendaReader | null>(null);

  useEffect(() => {
    const read = new LiveAgendaReader(
      {
        agenda: () => request(LIVE_AGENDA, { meetingId }).then((d) => d.agenda),
        item: (itemId) => request(LIVE_AGENDA_ITEM, { meetingId, itemId }).then((d) => d.liveAgendaItem),
      },
      (next) => setState({ meetingId, ...next }),
    );
    reader.current = read;
    return () => {
      read.stop();
      if (reader.current === read) reader.current = null;
    };
  }, [meetingId]);

  const { live } = useLiveReload(
    (signals) => reader.current?.heard(signals ? signals.filter(isMeetingSignal) : null),
    (event) => event.kind === 'meeting' && event.meetingId === meetingId,
    { meetingId },
  );
  const reload = useCallback(() => reader.current?.readAll(), []);
  const setData = useCallback((data: { agenda: LiveAgenda }) => setState((previous) => ({ ...previous, agenda: data.agenda })), []);
  const mine = state.meetingId === meetingId;
  return {
    agenda: {
      data: mine && state.agenda ? { agenda: state.agenda } : undefined,
      error: mine ? state.error : undefined,
      loading: !mine || state.loading,
      reload,
      setData,
    },
    live,
  };
}
