import { CaseStatus } from '../cases/case-status';
import {
  anniversary,
  caseEndedOn,
  DEFAULT_RETENTION_POLICIES,
  policyFor,
  RetentionFacts,
  RetentionPolicy,
  RetentionRecordType,
  retentionDecision,
  retentionDueDate,
  retentionPolicyProblems,
  RetentionRule,
  RetentionState,
} from './retention';

const closedCase = policyFor(DEFAULT_RETENTION_POLICIES, RetentionRecordType.CLOSED_CASE);
const nfa = policyFor(DEFAULT_RETENTION_POLICIES, RetentionRecordType.NFA_REFERRAL);

const caseFacts = (overrides: Partial<RetentionFacts> = {}): RetentionFacts => ({
  recordType: RetentionRecordType.CLOSED_CASE,
  endedOn: '2026-11-18',
  childDatesOfBirth: ['2017-06-02', '2020-09-21'],
  ...overrides,
});

describe('anniversary', () => {
  it('is the same day and month so many years later', () => {
    expect(anniversary('2020-09-21', 25)).toBe('2045-09-21');
  });

  it('puts 29 February on 1 March in a year without one, and keeps it in a leap year', () => {
    expect(anniversary('2008-02-29', 25)).toBe('2033-03-01');
    expect(anniversary('2008-02-29', 24)).toBe('2032-02-29');
  });

  it('refuses something that is not a date', () => {
    expect(() => anniversary('2020-02-30', 1)).toThrow(RangeError);
  });
});

describe('retentionDueDate', () => {
  it('keeps a closed case to the 25th birthday of the youngest child by default', () => {
    expect(retentionDueDate(caseFacts(), closedCase)).toBe('2045-09-21');
  });

  it('uses the youngest child whatever order the children come in', () => {
    expect(retentionDueDate(caseFacts({ childDatesOfBirth: ['2020-09-21', '2017-06-02', '2019-01-01'] }), closedCase)).toBe('2045-09-21');
  });

  it('never falls before the record ended (a late closure for an older child)', () => {
    const policy: RetentionPolicy = { ...closedCase, period: 18 };
    expect(retentionDueDate(caseFacts({ childDatesOfBirth: ['2008-06-01'], endedOn: '2026-11-18' }), policy)).toBe('2026-11-18');
  });

  it('counts years from the end when the family has no child recorded', () => {
    expect(retentionDueDate(caseFacts({ childDatesOfBirth: [] }), closedCase)).toBe('2051-11-18');
  });

  it('keeps a no-further-action referral 2 years after the decision by default', () => {
    expect(
      retentionDueDate({ recordType: RetentionRecordType.NFA_REFERRAL, endedOn: '2026-11-18', childDatesOfBirth: ['2024-03-09'] }, nfa),
    ).toBe('2028-11-18');
  });

  it('counts days for a days rule', () => {
    const sessions = policyFor(DEFAULT_RETENTION_POLICIES, RetentionRecordType.SESSION);
    expect(retentionDueDate({ recordType: RetentionRecordType.SESSION, endedOn: '2026-12-31', childDatesOfBirth: [] }, sessions)).toBe(
      '2027-03-31',
    );
  });

  it('has no date while the record is still live', () => {
    expect(retentionDueDate(caseFacts({ endedOn: null }), closedCase)).toBeNull();
  });

  it('moves when the council changes the period', () => {
    expect(retentionDueDate(caseFacts(), { ...closedCase, period: 30 })).toBe('2050-09-21');
    expect(retentionDueDate(caseFacts(), { ...closedCase, rule: RetentionRule.YEARS_AFTER_END, period: 6 })).toBe('2032-11-18');
  });
});

describe('retentionDecision', () => {
  it('keeps a closed case until the due date and makes it due on that day', () => {
    expect(retentionDecision(caseFacts(), closedCase, '2045-09-20')).toEqual({ state: RetentionState.KEPT, dueOn: '2045-09-21' });
    expect(retentionDecision(caseFacts(), closedCase, '2045-09-21')).toEqual({ state: RetentionState.DUE, dueOn: '2045-09-21' });
  });

  it('never makes an open, re-opened or maintenance case due, however far the clock moves', () => {
    expect(retentionDecision(caseFacts({ endedOn: null }), closedCase, '2199-01-01').state).toBe(RetentionState.LIVE);
  });

  it('holds a record past its date while a legal hold stands, or the family has live work', () => {
    expect(retentionDecision(caseFacts({ legalHold: true }), closedCase, '2046-01-01').state).toBe(RetentionState.HELD);
    expect(retentionDecision(caseFacts({ familyActive: true }), closedCase, '2046-01-01').state).toBe(RetentionState.HELD);
  });

  it('refuses to apply one kind of record’s policy to another', () => {
    expect(() => retentionDecision(caseFacts(), nfa, '2046-01-01')).toThrow(RangeError);
  });
});

describe('caseEndedOn', () => {
  it('is the closure date for a closed case and the first contact date for a declined one', () => {
    expect(caseEndedOn({ status: CaseStatus.CLOSED, closedOn: '2026-05-01', firstContactOn: '2026-01-05' })).toBe('2026-05-01');
    expect(caseEndedOn({ status: CaseStatus.DECLINED, closedOn: null, firstContactOn: '2026-01-05' })).toBe('2026-01-05');
  });

  it.each([CaseStatus.AWAITING_FIRST_CONTACT, CaseStatus.OPEN, CaseStatus.MAINTENANCE])('is null for a live case (%s)', (status) => {
    expect(caseEndedOn({ status, closedOn: '2026-05-01', firstContactOn: '2026-01-05' })).toBeNull();
  });
});

describe('retentionPolicyProblems', () => {
  it('accepts every default', () => {
    expect(DEFAULT_RETENTION_POLICIES.flatMap(retentionPolicyProblems)).toEqual([]);
  });

  it('has a default for every kind of record', () => {
    expect(DEFAULT_RETENTION_POLICIES.map((p) => p.recordType).sort()).toEqual(Object.values(RetentionRecordType).sort());
  });

  it('refuses a child-age period under 18, naming the field', () => {
    expect(retentionPolicyProblems({ ...closedCase, period: 17 })).toEqual([
      { field: 'period', message: 'Period must be an age in years from 18 to 100' },
    ]);
  });

  it('refuses a fraction or zero', () => {
    expect(retentionPolicyProblems({ ...nfa, period: 1.5 }).map((p) => p.field)).toEqual(['period']);
    expect(retentionPolicyProblems({ ...nfa, period: 0 }).map((p) => p.field)).toEqual(['period']);
  });

  it('refuses the child-age rule for records that are not about a family', () => {
    expect(
      retentionPolicyProblems({ recordType: RetentionRecordType.SESSION, rule: RetentionRule.UNTIL_YOUNGEST_CHILD_AGE, period: 25 }).map(
        (p) => p.field,
      ),
    ).toEqual(['rule']);
  });

  it('refuses an unknown rule', () => {
    expect(retentionPolicyProblems({ ...nfa, rule: 'FOREVER' as RetentionRule })).toEqual([
      { field: 'rule', message: 'Choose how long this record is kept' },
    ]);
  });
});
