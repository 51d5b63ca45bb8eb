import {
  addMonths,
  isReReferral,
  maintenanceReviewDates,
  maintenanceReviewMonths,
  maintenanceReviewProblems,
  MaintenanceReviewOutcome,
  nextReviewDue,
  nextReviewOutsideRule,
  nextReviewProblems,
  reviewState,
  ReviewState,
} from './schedules';

describe('review scheduling', () => {
  it('is due six weeks after the last review', () => {
    expect(nextReviewDue('2026-11-02')).toBe('2026-12-14');
  });

  it.each([
    ['2026-11-29', ReviewState.NOT_YET], // 27 days
    ['2026-11-30', ReviewState.DUE_SOON], // 4 weeks
    ['2026-12-14', ReviewState.DUE_SOON], // due today
    ['2026-12-15', ReviewState.OVERDUE],
  ])('on %s a review due on 14 Dec (last held 2 Nov) is %s', (today, state) => {
    expect(reviewState('2026-12-14', today)).toBe(state);
  });

  it('counts due soon and overdue from a chosen date, not from six weeks', () => {
    expect(reviewState('2027-01-11', '2026-12-15')).toBe(ReviewState.NOT_YET);
    expect(reviewState('2027-01-11', '2027-01-12')).toBe(ReviewState.OVERDUE);
  });
});

describe('the 4 to 6 week rule for the next review', () => {
  it.each([
    ['2026-11-30', false], // 4 weeks
    ['2026-12-14', false], // 6 weeks
    ['2026-11-29', true], // a day short of 4 weeks
    ['2026-12-15', true], // a day past 6 weeks
    ['2027-01-11', true], // 10 weeks
  ])('a next review on %s after one on 2 Nov needs a reason: %s', (next, outside) => {
    expect(nextReviewOutsideRule('2026-11-02', next)).toBe(outside);
    expect(nextReviewProblems({ heldOn: '2026-11-02', nextReviewOn: next }).map((p) => p.field)).toEqual(
      outside ? ['nextReviewReason'] : [],
    );
  });

  it('accepts a date outside the rule with a reason, and says which side it is on without one', () => {
    expect(nextReviewProblems({ heldOn: '2026-11-02', nextReviewOn: '2027-01-11', reason: 'Family away for Christmas' })).toEqual([]);
    expect(nextReviewProblems({ heldOn: '2026-11-02', nextReviewOn: '2027-01-11', reason: '  ' })[0].message).toMatch(/more than 6 weeks/);
    expect(nextReviewProblems({ heldOn: '2026-11-02', nextReviewOn: '2026-11-09' })[0].message).toMatch(/less than 4 weeks/);
  });

  it('refuses an over-long reason', () => {
    expect(nextReviewProblems({ heldOn: '2026-11-02', nextReviewOn: '2027-01-11', reason: 'x'.repeat(2001) })[0].field).toBe(
      'nextReviewReason',
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', 12, '2027-03-31'],
    ['2026-05-31', -1, '2026-04-30'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('maintenance', () => {
  it('has reviews 1, 3, 6 and 12 months after closure', () => {
    expect(maintenanceReviewDates('2026-08-31')).toEqual(['2026-09-30', '2026-11-30', '2027-02-28', '2027-08-31']);
  });
});

describe('isReReferral', () => {
  it('is a re-referral up to and including 12 months after closure', () => {
    expect(isReReferral('2025-11-22', '2026-11-22')).toBe(true);
    expect(isReReferral('2025-11-22', '2026-11-23')).toBe(false);
    expect(isReReferral('2026-10-01', '2026-11-22')).toBe(true);
  });
});

describe('maintenanceReviewProblems', () => {
  const base = {
    dueOn: '2026-12-15',
    outcome: MaintenanceReviewOutcome.HELD,
    recordedOn: '2026-12-14',
    note: 'All well; school attendance steady',
    maintenanceStartedOn: '2026-11-15',
  };
  const fields = (facts: typeof base, today = '2026-12-16') => maintenanceReviewProblems(facts, today).map((p) => p.field);

  it('accepts a review held on a date since maintenance began', () => {
    expect(fields(base)).toEqual([]);
    expect(maintenanceReviewMonths(base.maintenanceStartedOn, '2027-05-15')).toBe(6);
  });

  it('refuses a date that is not one of the 1, 3, 6 and 12 month reviews', () => {
    expect(fields({ ...base, dueOn: '2026-12-16' })).toEqual(['dueOn']);
    expect(maintenanceReviewMonths(base.maintenanceStartedOn, '2026-12-16')).toBeNull();
  });

  it('refuses a held date in the future or before maintenance, and an empty note', () => {
    expect(fields({ ...base, recordedOn: '2026-12-17' })).toEqual(['recordedOn']);
    expect(fields({ ...base, recordedOn: '2026-11-14' })).toEqual(['recordedOn']);
    expect(fields({ ...base, note: '  ' })).toEqual(['note']);
  });

  it('records a review as missed only once its date has come', () => {
    const missed = { ...base, outcome: MaintenanceReviewOutcome.MISSED, note: 'Family did not attend' };
    expect(fields(missed, '2026-12-16')).toEqual([]);
    expect(fields({ ...missed, recordedOn: '2026-12-10' }, '2026-12-10')).toEqual(['outcome']);
  });
});
