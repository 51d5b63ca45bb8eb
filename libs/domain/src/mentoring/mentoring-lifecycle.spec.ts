import { MentoringAction, MentoringStatus, nextMentoringStatus } from './mentoring-lifecycle';

const EXPECTED: Record<MentoringStatus, Partial<Record<MentoringAction, MentoringStatus>>> = {
  [MentoringStatus.REQUESTED]: { ASSIGN: MentoringStatus.ASSIGNED },
  [MentoringStatus.ASSIGNED]: { ASSIGN: MentoringStatus.ASSIGNED, RECORD_SESSION: MentoringStatus.ASSIGNED, CLOSE: MentoringStatus.CLOSED },
  [MentoringStatus.CLOSED]: {},
};

const cells = Object.values(MentoringStatus).flatMap((s) => Object.values(MentoringAction).map((a) => [s, a] as const));

describe('mentoring lifecycle', () => {
  it.each(cells)('%s + %s', (status, action) => {
    const expected = EXPECTED[status][action];
    if (expected) expect(nextMentoringStatus(status, action)).toBe(expected);
    else expect(() => nextMentoringStatus(status, action)).toThrow();
  });
});
