import { FieldProblem } from '../triage/triage-decision';
import { parseIsoDate } from '../working-days/iso-date';

export enum PersonRole {
  CHILD = 'CHILD',
  ADULT = 'ADULT',
}

export interface ReferralMemberFacts {
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly role: PersonRole;
}

export interface ReferralFacts {
  readonly members: readonly ReferralMemberFacts[];
  readonly selfReferral: boolean;
  readonly referrerAgencyId?: string | null;
  readonly consentGiven: boolean;
  readonly consentNote?: string | null;
}

// Rules that span fields; lengths and shapes are checked at the API's door.
export function referralProblems(referral: ReferralFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (referral.members.length === 0) {
    problems.push({ field: 'members', message: 'Add at least one family member' });
  } else if (!referral.members.some((m) => m.role === PersonRole.CHILD)) {
    problems.push({ field: 'members', message: 'Add at least one child: early help is for families with children' });
  }
  referral.members.forEach((member, index) => {
    const field = `members.${index}.dateOfBirth`;
    if (!parseIsoDate(member.dateOfBirth)) {
      problems.push({ field, message: 'Date of birth must be a real date' });
    } else if (member.dateOfBirth > today) {
      problems.push({ field, message: 'Date of birth must be today or in the past' });
    } else if (member.dateOfBirth < '1900-01-01') {
      problems.push({ field, message: 'Date of birth must be after 1900' });
    }
  });
  if (referral.selfReferral && referral.referrerAgencyId) {
    problems.push({ field: 'referrerAgencyId', message: 'A self-referral has no referring agency' });
  }
  if (!referral.selfReferral && !referral.referrerAgencyId) {
    problems.push({ field: 'referrerAgencyId', message: 'Choose the referring agency, or mark it as a self-referral' });
  }
  if (!referral.consentGiven && !referral.consentNote?.trim()) {
    problems.push({
      field: 'consentNote',
      message: 'Explain why the referral was made without the family’s consent',
    });
  }
  return problems;
}

// Duplicate detection: same first name, last name and date of birth, ignoring case and spaces.
export function personMatchKey(person: { firstName: string; lastName: string; dateOfBirth: string }): string {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return `${norm(person.firstName)}|${norm(person.lastName)}|${person.dateOfBirth}`;
}
