import { CaseAction, canActOnCase, nextCaseStatus } from './case-lifecycle';
import { CaseStatus } from './case-status';

// Every status against every action: the table is the specification.
const EXPECTED: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
  [CaseStatus.AWAITING_FIRST_CONTACT]: { RECORD_FIRST_CONTACT: CaseStatus.OPEN, CLOSE: CaseStatus.CLOSED },
  [CaseStatus.OPEN]: { WORK_ON_PLAN: CaseStatus.OPEN, CLOSE: CaseStatus.CLOSED, START_MAINTENANCE: CaseStatus.MAINTENANCE },
  [CaseStatus.MAINTENANCE]: { CLOSE: CaseStatus.CLOSED, REOPEN: CaseStatus.OPEN },
  [CaseStatus.DECLINED]: { REOPEN: CaseStatus.OPEN },
  [CaseStatus.CLOSED]: { REOPEN: CaseStatus.OPEN },
};

const cells = Object.values(CaseStatus).flatMap((status) => Object.values(CaseAction).map((action) => [status, action] as const));

describe('case lifecycle', () => {
  it.each(cells)('%s + %s', (status, action) => {
    const expected = EXPECTED[status][action];
    expect(canActOnCase(status, action)).toBe(expected !== undefined);
    if (expected) expect(nextCaseStatus(status, action)).toBe(expected);
    else expect(() => nextCaseStatus(status, action)).toThrow();
  });

  it('tells the user to reopen a closed case before changing it', () => {
    expect(() => nextCaseStatus(CaseStatus.CLOSED, CaseAction.WORK_ON_PLAN)).toThrow('The case is closed. Reopen it to make changes.');
  });
});
