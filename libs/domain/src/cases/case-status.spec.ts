import { CaseStatus, firstContactProblems, FirstContactOutcome, statusAfterFirstContact } from './case-status';

const facts = {
  status: CaseStatus.AWAITING_FIRST_CONTACT,
  allocatedOn: '2026-11-16',
  outcome: FirstContactOutcome.CONTACTED,
  contactedOn: '2026-11-17',
};

describe('firstContactProblems', () => {
  it('accepts contact between allocation and today', () => {
    expect(firstContactProblems(facts, '2026-11-18')).toEqual([]);
  });

  it('refuses contact in the future or before allocation', () => {
    expect(firstContactProblems({ ...facts, contactedOn: '2026-11-19' }, '2026-11-18')[0].field).toBe('contactedOn');
    expect(firstContactProblems({ ...facts, contactedOn: '2026-11-15' }, '2026-11-18')[0].field).toBe('contactedOn');
  });

  it('needs the reason a family declined', () => {
    expect(firstContactProblems({ ...facts, outcome: FirstContactOutcome.DECLINED }, '2026-11-18')).toEqual([
      { field: 'declinedReason', message: 'Enter why the family declined help' },
    ]);
  });

  it('refuses a second first contact', () => {
    expect(firstContactProblems({ ...facts, status: CaseStatus.OPEN }, '2026-11-18')[0].field).toBe('outcome');
  });
});

describe('statusAfterFirstContact', () => {
  it('opens the case on contact and marks a decline', () => {
    expect(statusAfterFirstContact(FirstContactOutcome.CONTACTED)).toBe(CaseStatus.OPEN);
    expect(statusAfterFirstContact(FirstContactOutcome.DECLINED)).toBe(CaseStatus.DECLINED);
  });
});
