import { Role } from '../identity/roles';
import { canReadMinutes, minutesSignOffProblems } from './forum-minutes';

describe('the Forum minutes', () => {
  it('are read by the chair as a draft, and by others only once signed off', () => {
    expect(canReadMinutes({ role: Role.FPT_MANAGER }, null)).toBe(true);
    expect(canReadMinutes({ role: Role.PRACTITIONER }, null)).toBe(false);
    expect(canReadMinutes({ role: Role.FRONT_DOOR_OFFICER }, null)).toBe(false);
    expect(canReadMinutes({ role: Role.PRACTITIONER }, new Date('2026-11-26T16:00:00Z'))).toBe(true);
  });

  it('cannot be signed off without attendance or with undecided items', () => {
    expect(minutesSignOffProblems({ attendees: 0, undecidedItems: 0 }).map((p) => p.field)).toEqual(['attendance']);
    expect(minutesSignOffProblems({ attendees: 3, undecidedItems: 1 }).map((p) => p.field)).toEqual(['items']);
    expect(minutesSignOffProblems({ attendees: 3, undecidedItems: 0 })).toEqual([]);
  });
});
