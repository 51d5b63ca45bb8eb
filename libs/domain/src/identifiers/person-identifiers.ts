import { personMatchKey } from '../referrals/referral-rules';
import { FieldProblem } from '../triage/triage-decision';

// The identifiers a person may carry on the family record. Each is stored normalised (no spaces;
// letters upper case), so "943 476 5919" and "9434765919" are the same number to the unique rule
// and to the duplicate check.
export interface PersonIdentifiers {
  readonly nhsNumber?: string | null;
  readonly uniquePupilNumber?: string | null;
  readonly councilPersonNumber?: string | null;
  // A place for the consistent child identifier (Children's Wellbeing and Schools Act) once
  // regulations name it: free text until then.
  readonly consistentChildIdentifier?: string | null;
}

export type NormalisedPersonIdentifiers = { readonly [K in keyof PersonIdentifiers]-?: string | null };

export const COUNCIL_PERSON_NUMBER_MAX = 20;
export const CONSISTENT_CHILD_IDENTIFIER_MAX = 64;

// The letters a UPN's check letter (and a temporary UPN's last character) is drawn from: the
// alphabet without I, O and S, numbered 0 to 22.
export const UPN_CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const withoutSpaces = (value: string | null | undefined): string | null => {
  const squeezed = (value ?? '').replace(/\s+/g, '');
  return squeezed === '' ? null : squeezed;
};

export function normaliseIdentifier(value: string | null | undefined): string | null {
  return withoutSpaces(value)?.toUpperCase() ?? null;
}

export function normalisePersonIdentifiers(ids: PersonIdentifiers): NormalisedPersonIdentifiers {
  return {
    nhsNumber: normaliseIdentifier(ids.nhsNumber),
    uniquePupilNumber: normaliseIdentifier(ids.uniquePupilNumber),
    councilPersonNumber: normaliseIdentifier(ids.councilPersonNumber),
    consistentChildIdentifier: withoutSpaces(ids.consistentChildIdentifier),
  };
}

// NHS number: nine digits and a check digit. Each of the nine is weighted 10 down to 2; the check
// digit is 11 minus the sum's remainder on division by 11 (11 becomes 0; 10 means no number is
// issued with those nine digits).
export function nhsNumberCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

export function isValidNhsNumber(value: string): boolean {
  const nhs = normaliseIdentifier(value) ?? '';
  return /^\d{10}$/.test(nhs) && nhsNumberCheckDigit(nhs.slice(0, 9)) === Number(nhs[9]);
}

// UPN (DfE): a check letter, then the LA number (3 digits), the DfE establishment number (4), the
// year of allocation (2), a serial number (3 characters: the last a letter for a temporary UPN).
// Characters 2 to 13 are weighted 2 to 13 by position (a letter counts as its number in
// UPN_CHECK_LETTERS); the sum's remainder on division by 23 picks the check letter.
export function upnCheckLetter(lastTwelve: string): string | null {
  if (!/^\d{11}[0-9A-Z]$/.test(lastTwelve)) return null;
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const char = lastTwelve[index];
    const value = /\d/.test(char) ? Number(char) : UPN_CHECK_LETTERS.indexOf(char);
    if (value < 0) return null;
    sum += value * (index + 2);
  }
  return UPN_CHECK_LETTERS[sum % 23];
}

export function isValidUpn(value: string): boolean {
  const upn = normaliseIdentifier(value) ?? '';
  return upn.length === 13 && upnCheckLetter(upn.slice(1)) === upn[0];
}

const COUNCIL_PERSON_NUMBER = /^[A-Z0-9][A-Z0-9/-]*$/;

// What is wrong with each identifier, as field problems under `prefix` (e.g. `members.0.`).
export function personIdentifierProblems(ids: PersonIdentifiers, prefix = ''): FieldProblem[] {
  const n = normalisePersonIdentifiers(ids);
  const problems: FieldProblem[] = [];
  const problem = (field: keyof PersonIdentifiers, message: string) => problems.push({ field: `${prefix}${field}`, message });
  if (n.nhsNumber !== null) {
    if (!/^\d{10}$/.test(n.nhsNumber)) problem('nhsNumber', 'NHS number must be 10 digits, like 943 476 5919');
    else if (!isValidNhsNumber(n.nhsNumber)) problem('nhsNumber', 'NHS number is not valid: check it and enter it again');
  }
  if (n.uniquePupilNumber !== null) {
    if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(n.uniquePupilNumber)) {
      problem('uniquePupilNumber', 'Unique pupil number must be 13 characters: a letter, 11 numbers, then a number or a letter');
    } else if (!isValidUpn(n.uniquePupilNumber)) {
      problem('uniquePupilNumber', 'Unique pupil number is not valid: check it and enter it again');
    }
  }
  if (n.councilPersonNumber !== null) {
    if (n.councilPersonNumber.length > COUNCIL_PERSON_NUMBER_MAX) {
      problem('councilPersonNumber', `Council person number must be ${COUNCIL_PERSON_NUMBER_MAX} characters or fewer`);
    } else if (!COUNCIL_PERSON_NUMBER.test(n.councilPersonNumber)) {
      problem('councilPersonNumber', 'Council person number can only include letters, numbers, hyphens and slashes');
    }
  }
  if (n.consistentChildIdentifier !== null && n.consistentChildIdentifier.length > CONSISTENT_CHILD_IDENTIFIER_MAX) {
    problem('consistentChildIdentifier', `Consistent child identifier must be ${CONSISTENT_CHILD_IDENTIFIER_MAX} characters or fewer`);
  }
  return problems;
}

// Why a known person may be the person described: an identifier first, then the same names and
// date of birth. Null: no reason to think so.
export enum PersonMatchReason {
  NHS_NUMBER = 'NHS_NUMBER',
  UNIQUE_PUPIL_NUMBER = 'UNIQUE_PUPIL_NUMBER',
  COUNCIL_PERSON_NUMBER = 'COUNCIL_PERSON_NUMBER',
  NAME_AND_DATE_OF_BIRTH = 'NAME_AND_DATE_OF_BIRTH',
}

export interface MatchablePerson extends PersonIdentifiers {
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
}

export function personMatchReason(wanted: MatchablePerson, known: MatchablePerson): PersonMatchReason | null {
  const a = normalisePersonIdentifiers(wanted);
  const b = normalisePersonIdentifiers(known);
  if (a.nhsNumber && a.nhsNumber === b.nhsNumber) return PersonMatchReason.NHS_NUMBER;
  if (a.uniquePupilNumber && a.uniquePupilNumber === b.uniquePupilNumber) return PersonMatchReason.UNIQUE_PUPIL_NUMBER;
  if (a.councilPersonNumber && a.councilPersonNumber === b.councilPersonNumber) return PersonMatchReason.COUNCIL_PERSON_NUMBER;
  return personMatchKey(wanted) === personMatchKey(known) ? PersonMatchReason.NAME_AND_DATE_OF_BIRTH : null;
}

// Identifier matches rank before name matches (the order of the enum).
export const MATCH_REASON_ORDER: readonly PersonMatchReason[] = Object.values(PersonMatchReason);
