import { childSettingProblems, educationSettingProblems, isValidUrn } from './education-setting';

const riverside = {
  name: 'Riverside Academy',
  urn: '137425',
  phase: 'SECONDARY',
  addressLine1: '1 River Walk',
  town: 'Northfield',
  postcode: 'NF2 4RA',
  schoolDayStartsAt: '08:45',
  closureDays: ['2026-11-27'],
  inCouncil: true,
  agencyId: 'a-riverside',
  contactEmail: null,
};
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('an education setting’s details', () => {
  it('takes a URN of exactly six digits', () => {
    expect(['137425', '000001'].map(isValidUrn)).toEqual([true, true]);
    expect(['13742', '1374250', '13742A', ' 137425', ''].map(isValidUrn)).toEqual([false, false, false, false, false]);
  });

  it('accepts a complete setting in the council', () => {
    expect(educationSettingProblems(riverside)).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(fields(educationSettingProblems({ ...riverside, name: ' ' }))).toEqual(['name']);
    expect(fields(educationSettingProblems({ ...riverside, urn: '12345' }))).toEqual(['urn']);
    expect(fields(educationSettingProblems({ ...riverside, phase: 'NURSERY' }))).toEqual(['phase']);
    expect(fields(educationSettingProblems({ ...riverside, postcode: 'NOWHERE' }))).toEqual(['postcode']);
    expect(fields(educationSettingProblems({ ...riverside, schoolDayStartsAt: '8.45' }))).toEqual(['schoolDayStartsAt']);
    expect(fields(educationSettingProblems({ ...riverside, schoolDayStartsAt: '13:00' }))).toEqual(['schoolDayStartsAt']);
    expect(fields(educationSettingProblems({ ...riverside, closureDays: ['2026-02-30'] }))).toEqual(['closureDays']);
    expect(fields(educationSettingProblems({ ...riverside, contactEmail: 'office@riverside.example.org' }))).toEqual(['contactEmail']);
  });

  it('needs a contact address, and no agency, for a setting outside the council', () => {
    const outside = { ...riverside, inCouncil: false, agencyId: null };
    expect(fields(educationSettingProblems(outside))).toEqual(['contactEmail']);
    expect(fields(educationSettingProblems({ ...outside, contactEmail: 'not an address' }))).toEqual(['contactEmail']);
    expect(educationSettingProblems({ ...outside, contactEmail: 'dsl@hillside.example.org' })).toEqual([]);
    expect(fields(educationSettingProblems({ ...outside, agencyId: 'a-riverside', contactEmail: 'dsl@hillside.example.org' }))).toEqual([
      'agencyId',
    ]);
  });
});

describe('a child’s start at a setting', () => {
  it('is a real date, not in the future, and not before the current setting’s start', () => {
    expect(childSettingProblems('2026-09-03', '2026-11-18', null)).toEqual([]);
    expect(fields(childSettingProblems('2026-09-31', '2026-11-18', null))).toEqual(['startedOn']);
    expect(fields(childSettingProblems('2026-11-19', '2026-11-18', null))).toEqual(['startedOn']);
    expect(fields(childSettingProblems('2026-09-01', '2026-11-18', '2026-09-02'))).toEqual(['startedOn']);
    expect(childSettingProblems('2026-09-02', '2026-11-18', '2026-09-02')).toEqual([]);
  });
});
