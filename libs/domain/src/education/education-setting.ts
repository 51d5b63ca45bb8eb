import { FieldProblem } from '../triage/triage-decision';
import { parseIsoDate } from '../working-days/iso-date';

// Education settings: schools, colleges and early-years settings, with their designated
// safeguarding lead (DSL) and deputies. Operation Encompass (issue 14, part 2) tells a child's
// setting before its next school day starts, so a setting knows when its day starts and when it
// is closed.

export enum EducationPhase {
  EARLY_YEARS = 'EARLY_YEARS',
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  ALL_THROUGH = 'ALL_THROUGH',
  SPECIAL = 'SPECIAL',
  ALTERNATIVE_PROVISION = 'ALTERNATIVE_PROVISION',
  COLLEGE = 'COLLEGE',
}

export const EDUCATION_PHASE_LABELS: Readonly<Record<EducationPhase, string>> = {
  [EducationPhase.EARLY_YEARS]: 'Early years',
  [EducationPhase.PRIMARY]: 'Primary',
  [EducationPhase.SECONDARY]: 'Secondary',
  [EducationPhase.ALL_THROUGH]: 'All-through',
  [EducationPhase.SPECIAL]: 'Special school',
  [EducationPhase.ALTERNATIVE_PROVISION]: 'Alternative provision',
  [EducationPhase.COLLEGE]: 'College (16 to 19)',
};

// A portal user's part in a setting's safeguarding.
export enum SafeguardingRole {
  DSL = 'DSL',
  DEPUTY_DSL = 'DEPUTY_DSL',
}

// The DfE's unique reference number (Get Information about Schools): six digits.
export function isValidUrn(value: string): boolean {
  return /^\d{6}$/.test(value);
}

// A 24-hour clock time, HH:MM.
export function parseClockTime(value: string): { hours: number; minutes: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : null;
}

export interface EducationSettingDetails {
  name: string;
  urn: string;
  phase: string;
  addressLine1: string;
  town: string;
  postcode: string;
  schoolDayStartsAt: string;
  closureDays: readonly string[];
  inCouncil: boolean;
  agencyId: string | null;
  contactEmail: string | null;
}

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// What is wrong with a setting's details, field by field (the form's words).
export function educationSettingProblems(s: EducationSettingDetails): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!s.name.trim()) add('name', 'Enter the setting’s name');
  if (!isValidUrn(s.urn.trim())) add('urn', 'Enter the URN as 6 digits, like 123456');
  if (!Object.values<string>(EducationPhase).includes(s.phase)) add('phase', 'Choose the setting’s phase');
  if (!s.addressLine1.trim()) add('addressLine1', 'Enter the first line of the address');
  if (!s.town.trim()) add('town', 'Enter the town or city');
  if (!POSTCODE.test(s.postcode.trim())) add('postcode', 'Enter a real postcode, like NF1 2AB');
  const starts = parseClockTime(s.schoolDayStartsAt);
  if (!starts || starts.hours < 6 || starts.hours > 11) {
    add('schoolDayStartsAt', 'Enter the time the school day starts as a 24-hour time between 06:00 and 11:59, like 08:45');
  }
  if (s.closureDays.some((d) => parseIsoDate(d) === null)) add('closureDays', 'Enter each closure day as a real date');
  if (s.inCouncil) {
    if (s.contactEmail) add('contactEmail', 'A setting in the council is reached through its DSL and deputies, not a contact address');
  } else {
    if (!s.contactEmail || !EMAIL.test(s.contactEmail.trim())) {
      add('contactEmail', 'Enter a contact email address for a setting outside the council, like dsl@school.example.org');
    }
    if (s.agencyId) add('agencyId', 'A setting outside the council is not one of the council’s partner agencies');
  }
  return problems;
}

// A child's setting starts on a real date, not after today, and not before the one it replaces.
export function childSettingProblems(startedOn: string, today: string, currentStartedOn: string | null): FieldProblem[] {
  if (parseIsoDate(startedOn) === null) return [{ field: 'startedOn', message: 'Enter the date the child started at the setting' }];
  if (startedOn > today) return [{ field: 'startedOn', message: 'The start date must be today or in the past' }];
  if (currentStartedOn !== null && startedOn < currentStartedOn) {
    return [{ field: 'startedOn', message: 'The start date must be on or after the start at the child’s current setting' }];
  }
  return [];
}
