import {
  FIRST_CONTACT_WORKING_DAYS,
  firstContactDueDate,
  isOverdue,
  londonToday,
  MY_FAMILY_PLAN_WORKING_DAYS,
  myFamilyPlanDueDate,
} from './deadlines';

describe('deadline lengths', () => {
  it('gives three working days for first contact and thirty for the My Family Plan', () => {
    expect(FIRST_CONTACT_WORKING_DAYS).toBe(3);
    expect(MY_FAMILY_PLAN_WORKING_DAYS).toBe(30);
  });
});

describe('firstContactDueDate', () => {
  it.each([
    ['2026-06-08', '2026-06-11', 'Monday allocation'],
    ['2026-06-05', '2026-06-10', 'Friday allocation runs over the weekend'],
    ['2026-06-06', '2026-06-10', 'Saturday allocation counts from Monday'],
    ['2026-12-23', '2026-12-30', '25 and 28 December are bank holidays'],
    ['2026-04-01', '2026-04-08', 'Easter'],
    ['2022-05-31', '2022-06-07', 'the 2022 jubilee'],
  ])('allocated %s is due %s (%s)', (allocatedOn, expected) => {
    expect(firstContactDueDate(allocatedOn)).toBe(expected);
  });

  it('honours council closure days', () => {
    expect(firstContactDueDate('2026-12-23', new Set(['2026-12-24', '2026-12-29']))).toBe('2027-01-04');
  });
});

describe('myFamilyPlanDueDate', () => {
  it.each([
    ['2026-01-05', '2026-02-16', 'no holidays'],
    ['2026-03-16', '2026-04-29', 'across Easter'],
    ['2026-12-01', '2027-01-15', 'across Christmas and New Year'],
    ['2026-04-24', '2026-06-09', 'across both May bank holidays'],
  ])('allocated %s is due %s (%s)', (allocatedOn, expected) => {
    expect(myFamilyPlanDueDate(allocatedOn)).toBe(expected);
  });

  it('honours council closure days', () => {
    expect(myFamilyPlanDueDate('2026-01-05', new Set(['2026-01-06']))).toBe('2026-02-17');
  });
});

describe('isOverdue', () => {
  it('is not overdue on or before the due date', () => {
    expect(isOverdue('2026-12-30', '2026-12-29')).toBe(false);
    expect(isOverdue('2026-12-30', '2026-12-30')).toBe(false);
  });

  it('is overdue from the day after the due date, across month and year ends', () => {
    expect(isOverdue('2026-12-30', '2026-12-31')).toBe(true);
    expect(isOverdue('2026-12-31', '2027-01-01')).toBe(true);
    expect(isOverdue('2026-01-31', '2026-02-01')).toBe(true);
  });

  it('rejects invalid dates rather than comparing strings', () => {
    expect(() => isOverdue('2026-12-30', '2026-12-31T10:00')).toThrow(RangeError);
  });
});

describe('londonToday', () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01', 'BST: after 23:00 UTC is already tomorrow'],
    ['2026-06-30T22:59:59Z', '2026-06-30', 'BST: just before London midnight'],
    ['2026-12-31T23:30:00Z', '2026-12-31', 'GMT: London matches UTC'],
    ['2027-01-01T00:00:00Z', '2027-01-01', 'GMT: midnight at the year end'],
    ['2026-03-29T00:59:59Z', '2026-03-29', 'the last second of GMT in spring'],
    ['2026-03-28T23:59:59Z', '2026-03-28', 'the night the clocks go forward'],
    ['2026-10-24T23:00:00Z', '2026-10-25', 'BST midnight on the day the clocks go back'],
    ['2026-10-25T00:30:00Z', '2026-10-25', 'the repeated hour when the clocks go back'],
    ['2026-10-25T23:30:00Z', '2026-10-25', 'GMT again that evening'],
  ])('%s is %s in London (%s)', (instant, expected) => {
    expect(londonToday(new Date(instant))).toBe(expected);
  });

  describe('whatever the server timezone', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });

    it.each(['Pacific/Auckland', 'America/New_York', 'UTC'])('gives the London date when TZ=%s', (tz) => {
      process.env.TZ = tz;
      expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
      expect(londonToday(new Date('2026-12-31T12:00:00Z'))).toBe('2026-12-31');
    });
  });

  it('rejects an invalid Date', () => {
    expect(() => londonToday(new Date('not a date'))).toThrow(RangeError);
  });
});
