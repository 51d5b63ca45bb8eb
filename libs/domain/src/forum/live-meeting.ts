import { Actor } from '../identity/roles';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { canReadMinutes } from './forum-minutes';
import { MeetingStatus } from './forum-meeting';
import { AgendaItemStatus } from './forum-rules';

// The live Forum meeting (issue 15, part 2). While the meeting sits, the chair takes it through
// the agenda one item at a time: the "current item", which every attendee's page follows.

// Only a meeting in session has a current item, and only an item the meeting discusses (accepted,
// or already discussed, to go back to it) can be it.
export function assertCanBeCurrentItem(meetingStatus: MeetingStatus, itemStatus: AgendaItemStatus | null): void {
  if (meetingStatus !== MeetingStatus.IN_SESSION) {
    throw new DomainError(DomainErrorCode.InvalidState, 'The meeting is not in session: start it before taking an item');
  }
  if (itemStatus !== null && itemStatus !== AgendaItemStatus.ACCEPTED && itemStatus !== AgendaItemStatus.DISCUSSED) {
    throw new DomainError(DomainErrorCode.InvalidState, 'Only an item accepted onto the agenda can be discussed');
  }
}

// What was decided on an item, as it is recorded. Minutes are the chair's draft until signed off
// (canReadMinutes); while the meeting sits, though, the record being made is what everyone in it
// is hearing, so whoever may see the item's case (the one visibility rule decides which items are
// shown at all) follows decisions and actions as the chair records them. Once the meeting closes
// the draft is the chair's again until signed off.
export function canFollowLiveRecord(
  actor: Pick<Actor, 'role'>,
  meeting: { readonly status: MeetingStatus; readonly minutesSignedOffAt: Date | null },
): boolean {
  return canReadMinutes(actor, meeting.minutesSignedOffAt) || meeting.status === MeetingStatus.IN_SESSION;
}

// The item the chair moves on to: the next accepted item after the current one in agenda order,
// or the first accepted one if nothing is current (or the current one is the last); null when no
// accepted item is left.
export function nextAgendaItem<T extends { readonly id: string; readonly status: string }>(
  itemsInOrder: readonly T[],
  currentId: string | null,
): T | null {
  const waiting = (item: T) => item.status === AgendaItemStatus.ACCEPTED && item.id !== currentId;
  const at = currentId === null ? -1 : itemsInOrder.findIndex((item) => item.id === currentId);
  return itemsInOrder.slice(at + 1).find(waiting) ?? itemsInOrder.find(waiting) ?? null;
}
