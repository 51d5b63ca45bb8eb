import type { FieldProblem } from '../triage/triage-decision';

// The council's outcome framework: the headings each identified need is coded against. The
// default is the ten headline outcomes of the national framework (Supporting Families 2022–25,
// carried into Families First). The FPT manager may add, rename and retire headings; a heading a
// need is coded against is never deleted (it would lose the family's evidence), only retired.
export interface OutcomeHeadingDefinition {
  readonly key: string;
  readonly name: string;
}

export const NATIONAL_OUTCOME_HEADINGS: readonly OutcomeHeadingDefinition[] = [
  { key: 'EDUCATION', name: 'Getting a good education' },
  { key: 'EARLY_YEARS', name: 'Good early years development' },
  { key: 'HEALTH', name: 'Improved mental and physical health' },
  { key: 'SUBSTANCE_USE', name: 'Promoting recovery and reducing harm from substance use' },
  { key: 'FAMILY_RELATIONSHIPS', name: 'Improved family relationships' },
  { key: 'SAFE_FROM_ABUSE_AND_EXPLOITATION', name: 'Children safe from abuse and exploitation' },
  { key: 'CRIME', name: 'Crime prevention and tackling crime' },
  { key: 'DOMESTIC_ABUSE', name: 'Safe from domestic abuse' },
  { key: 'HOUSING', name: 'Secure housing' },
  { key: 'FINANCIAL_STABILITY', name: 'Financial stability' },
];

export const OUTCOME_HEADING_NAME_MAX = 120;

// Progress on a need at a review, and its outcome at closure: one scale, worst first.
export enum NeedProgress {
  WORSE = 'WORSE',
  NO_CHANGE = 'NO_CHANGE',
  SOME_PROGRESS = 'SOME_PROGRESS',
  SIGNIFICANT_PROGRESS = 'SIGNIFICANT_PROGRESS',
}

export const NEED_PROGRESS_LABELS: Readonly<Record<NeedProgress, string>> = {
  [NeedProgress.WORSE]: 'Worse',
  [NeedProgress.NO_CHANGE]: 'No change',
  [NeedProgress.SOME_PROGRESS]: 'Some progress',
  [NeedProgress.SIGNIFICANT_PROGRESS]: 'Significant progress',
};

// Where the former lead found that progress held (or did not) at the sustainment check.
export enum SustainmentSource {
  SCHOOL_ATTENDANCE = 'SCHOOL_ATTENDANCE',
  POLICE = 'POLICE',
  HEALTH = 'HEALTH',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
  HOUSING = 'HOUSING',
  FAMILY = 'FAMILY',
  OTHER = 'OTHER',
}

export const SUSTAINMENT_SOURCE_LABELS: Readonly<Record<SustainmentSource, string>> = {
  [SustainmentSource.SCHOOL_ATTENDANCE]: 'School attendance records',
  [SustainmentSource.POLICE]: 'Police records',
  [SustainmentSource.HEALTH]: 'Health records',
  [SustainmentSource.CHILDRENS_SOCIAL_CARE]: 'Children’s social care records',
  [SustainmentSource.HOUSING]: 'Housing records',
  [SustainmentSource.FAMILY]: 'The family',
  [SustainmentSource.OTHER]: 'Another source',
};

export const NEED_TEXT_MAX = 4000;

// A heading's name: required, short, and not another heading's (case and spaces aside).
export function outcomeHeadingProblems(name: string, otherNames: readonly string[]): FieldProblem[] {
  const trimmed = name.trim();
  if (!trimmed) return [{ field: 'name', message: 'Enter the heading' }];
  if (trimmed.length > OUTCOME_HEADING_NAME_MAX) {
    return [{ field: 'name', message: `The heading must be ${OUTCOME_HEADING_NAME_MAX} characters or fewer` }];
  }
  const folded = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  if (otherNames.some((other) => folded(other) === folded(trimmed))) {
    return [{ field: 'name', message: 'There is already a heading with this name' }];
  }
  return [];
}

// A key for a heading the FPT manager adds: from its name, unique among the keys there are.
export function outcomeHeadingKey(name: string, existingKeys: readonly string[]): string {
  const base =
    name
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'HEADING';
  let key = base;
  for (let n = 2; existingKeys.includes(key); n += 1) key = `${base}_${n}`;
  return key;
}
