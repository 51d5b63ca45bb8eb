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

export interface PartnerReferralFacts {
  readonly members: readonly ReferralMemberFacts[];
  readonly consentGiven: boolean;
  readonly consentOn?: string | null;
  readonly safeguardingBasis?: boolean | null;
  readonly consentNote?: string | null;
}

// A partner's referral: the family agreed to it (on a date, not in the future), or it is made
// without their agreement only on a safeguarding basis, with the reason. Early help is voluntary,
// so "the family did not agree" is no ground on its own.
export function partnerReferralProblems(referral: PartnerReferralFacts, today: string): FieldProblem[] {
  const problems = referralProblems({ ...referral, selfReferral: false, referrerAgencyId: 'the partner’s own agency' }, today).filter(
    (p) => p.field !== 'consentNote',
  );
  if (referral.consentGiven) {
    if (!referral.consentOn || !parseIsoDate(referral.consentOn)) {
      problems.push({ field: 'consentOn', message: 'Enter the date the family agreed to the referral' });
    } else if (referral.consentOn > today) {
      problems.push({ field: 'consentOn', message: 'The date the family agreed must be today or in the past' });
    }
    if (referral.safeguardingBasis) {
      problems.push({ field: 'safeguardingBasis', message: 'A referral the family agreed to is not made on a safeguarding basis alone' });
    }
  } else {
    if (!referral.safeguardingBasis) {
      problems.push({
        field: 'safeguardingBasis',
        message: 'Without the family’s agreement a referral can only be made on a safeguarding basis',
      });
    }
    if (!referral.consentNote?.trim()) {
      problems.push({
        field: 'consentNote',
        message: 'Explain the safeguarding concern that means the family was not asked or did not agree',
      });
    }
    if (referral.consentOn) {
      problems.push({ field: 'consentOn', message: 'Leave the date empty: the family did not agree' });
    }
  }
  return problems;
}
