import { Actor, Role } from '../identity/roles';
import { FieldProblem } from '../triage/triage-decision';

// A meeting's minutes (discussions, decisions, actions, attendance) are a draft until the chair
// signs them off; the chair reads the draft, everyone else only signed-off minutes (and then only
// the items on cases they may see, by the one visibility rule).
export function canReadMinutes(actor: Pick<Actor, 'role'>, signedOffAt: Date | null): boolean {
  return signedOffAt !== null || actor.role === Role.FPT_MANAGER;
}

// What stops the chair signing off: no attendance recorded, or items on the agenda with no decision.
export function minutesSignOffProblems(meeting: { readonly attendees: number; readonly undecidedItems: number }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (meeting.attendees === 0) problems.push({ field: 'attendance', message: 'Record who attended before signing off the minutes' });
  if (meeting.undecidedItems > 0) {
    problems.push({
      field: 'items',
      message: 'Record a decision on every case on the agenda (or defer it) before signing off the minutes',
    });
  }
  return problems;
}
