// Documents for the live Forum meeting (issue 15, part 2): the agenda with the item the chair has
// the meeting on, the one item a live signal names with where the meeting stands, and the chair's
// move to an item.
import { graphql } from '../graphql/generated';
import type { LiveAgendaItemQuery, LiveAgendaQuery } from '../graphql/generated/graphql';

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

/** One item of the meeting as the agenda shows it (null when none was asked), with the meeting and
 * the item it is on now: what a page reads when a live signal names the item. */
export type LiveAgendaChange = LiveAgendaItemQuery['liveAgendaItem'];

export const LIVE_AGENDA_ITEM = graphql(`
  query LiveAgendaItem($meetingId: ID!, $itemId: ID) {
    liveAgendaItem(meetingId: $meetingId, itemId: $itemId) {
      meeting {
        ...ForumMeetingFields
      }
      item {
        ...AgendaItemFields
      }
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
