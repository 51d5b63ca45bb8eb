import { FieldProblem } from '../triage/triage-decision';
import { IsoDate, parseIsoDate } from '../working-days/iso-date';

// Consent to share is never edited away: it is withdrawn with a date, and history stays.
export interface ConsentFacts {
  readonly agencyIds: readonly string[];
  readonly givenOn: IsoDate;
  readonly withdrawnOn: IsoDate | null;
}

export function isCurrentConsent(consent: ConsentFacts, today: IsoDate): boolean {
  return consent.givenOn <= today && (consent.withdrawnOn === null || consent.withdrawnOn > today);
}

export function consentedAgencies(consents: readonly ConsentFacts[], today: IsoDate): string[] {
  return [...new Set(consents.filter((c) => isCurrentConsent(c, today)).flatMap((c) => c.agencyIds))];
}

export interface ConsentGiver {
  readonly isChild: boolean;
  // A young person may consent for themselves when the practitioner judges them competent.
  readonly competenceConfirmed: boolean;
}

export function consentProblems(
  consent: { givenOn: string; agencyIds: readonly string[] },
  giver: ConsentGiver | null,
  today: IsoDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (giver === null) problems.push({ field: 'givenByPersonId', message: 'Choose who gave consent from the family members' });
  else if (giver.isChild && !giver.competenceConfirmed) {
    problems.push({ field: 'competenceConfirmed', message: 'Confirm the young person is competent to consent for themselves' });
  }
  if (consent.agencyIds.length === 0)
    problems.push({ field: 'agencyIds', message: 'Choose at least one agency the family agree to share with' });
  if (!parseIsoDate(consent.givenOn)) problems.push({ field: 'givenOn', message: 'Enter a real date' });
  else if (consent.givenOn > today) problems.push({ field: 'givenOn', message: 'The date consent was given must be today or in the past' });
  return problems;
}
