// Documents for the live Forum meeting (issue 15, part 2): the agenda with the item the chair has
// the meeting on, and the chair's move to an item.
import { graphql } from '../graphql/generated';
import type { LiveAgendaQuery } from '../graphql/generated/graphql';

/** The agenda, with the item the meeting is on now if the viewer may see it (currentItemId), or
 * whether it is on an item the viewer may not see (currentItemHidden). */
export type LiveAgenda = LiveAgendaQuery['agenda'];

export const LIVE_AGENDA = graphql(`
  query LiveAgenda($meetingId: ID!) {
    agenda(meetingId: $meetingId) {
      ...AgendaFields
      currentItemId
      currentItemHidden
    }
  }
`);

export const TAKE_ITEM = graphql(`
  mutation TakeAgendaItem($input: TakeAgendaItemInput!) {
    takeAgendaItem(input: $input) {
      currentItemId
    }
  }
`);
