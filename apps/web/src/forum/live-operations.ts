// Documents for the live Forum meeting (issue 15, part 2): the agenda with the item the chair has
// the meeting on, and the chair's move to an item.
import { gql } from '../graphql/client';
import { AGENDA, type Agenda } from './forum-operations';

export interface LiveAgenda extends Agenda {
  /** The item the meeting is on now, if the viewer may see it. */
  currentItemId: string | null;
  /** The meeting is on an item the viewer may not see. */
  currentItemHidden: boolean;
}

export const LIVE_AGENDA = gql<{ agenda: LiveAgenda }, { meetingId: string }>(
  `query LiveAgenda($meetingId: ID!) { agenda(meetingId: $meetingId) { ${AGENDA} currentItemId currentItemHidden } }`,
);

export const TAKE_ITEM = gql<
  { takeAgendaItem: { currentItemId: string | null } },
  { input: { meetingId: string; version: number; itemId: string | null } }
>(`mutation TakeAgendaItem($input: TakeAgendaItemInput!) { takeAgendaItem(input: $input) { currentItemId } }`);
