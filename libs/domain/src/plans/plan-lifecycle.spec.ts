import { canTransitionPlan, PlanAction, PlanStatus, transitionPlan } from './plan-lifecycle';

const EXPECTED: Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>> = {
  [PlanStatus.DRAFT]: { EDIT: PlanStatus.DRAFT, SUBMIT: PlanStatus.SUBMITTED },
  [PlanStatus.SUBMITTED]: { RETURN: PlanStatus.RETURNED, APPROVE: PlanStatus.ACTIVE },
  [PlanStatus.RETURNED]: { EDIT: PlanStatus.RETURNED, SUBMIT: PlanStatus.SUBMITTED },
  [PlanStatus.ACTIVE]: { EDIT: PlanStatus.ACTIVE },
};

const cells = Object.values(PlanStatus).flatMap((status) => Object.values(PlanAction).map((action) => [status, action] as const));

describe('My Family Plan lifecycle', () => {
  it.each(cells)('%s + %s', (status, action) => {
    const expected = EXPECTED[status][action];
    expect(canTransitionPlan(status, action)).toBe(expected !== undefined);
    if (expected) expect(transitionPlan(status, action)).toBe(expected);
    else expect(() => transitionPlan(status, action)).toThrow();
  });

  it('explains why a returned plan cannot be approved', () => {
    expect(() => transitionPlan(PlanStatus.RETURNED, PlanAction.APPROVE)).toThrow(
      'A returned plan must be resubmitted before it can be approved',
    );
  });

  it('explains why an active plan cannot be submitted again', () => {
    expect(() => transitionPlan(PlanStatus.ACTIVE, PlanAction.SUBMIT)).toThrow('An approved plan is active and cannot be submitted again');
  });
});
