import { TextInput } from '../components/fields';
import type { Person } from '../graphql/operations';
import type { UpdatePersonIdentifiersInput } from '../graphql/generated/graphql';

type PersonIdentifiersInput = Omit<UpdatePersonIdentifiersInput, 'personId' | 'version'>;
import type { PersonMatchReason } from '../graphql/generated/graphql';

/** A person's identifiers as typed: the API checks them, drops spaces and capitalises. */
export interface IdentifiersDraft {
  readonly nhsNumber: string;
  readonly uniquePupilNumber: string;
  readonly councilPersonNumber: string;
  readonly consistentChildIdentifier: string;
}

export const EMPTY_IDENTIFIERS: IdentifiersDraft = {
  nhsNumber: '',
  uniquePupilNumber: '',
  councilPersonNumber: '',
  consistentChildIdentifier: '',
};

export function identifiersOf(person: Person): IdentifiersDraft {
  return {
    nhsNumber: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : '',
    uniquePupilNumber: person.uniquePupilNumber ?? '',
    councilPersonNumber: person.councilPersonNumber ?? '',
    consistentChildIdentifier: person.consistentChildIdentifier ?? '',
  };
}

export function toIdentifiersInput(draft: IdentifiersDraft): PersonIdentifiersInput {
  const given = (value: string) => value.trim() || null;
  return {
    nhsNumber: given(draft.nhsNumber),
    uniquePupilNumber: given(draft.uniquePupilNumber),
    councilPersonNumber: given(draft.councilPersonNumber),
    consistentChildIdentifier: given(draft.consistentChildIdentifier),
  };
}

/** As the NHS writes it: 943 476 5919. */
export function formatNhsNumber(nhsNumber: string): string {
  return /^\d{10}$/.test(nhsNumber) ? `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}` : nhsNumber;
}

/** Why a known person may be the one described, as a phrase to put in brackets. */
export const MATCH_REASONS: Readonly<Record<PersonMatchReason, string>> = {
  NHS_NUMBER: 'same NHS number',
  UNIQUE_PUPIL_NUMBER: 'same unique pupil number',
  COUNCIL_PERSON_NUMBER: 'same council person number',
  NAME_AND_DATE_OF_BIRTH: 'same name and date of birth',
};

/** The identifiers' questions; `prefix` places them in the API's field paths (`members.0.`). */
export function IdentifierFields({
  prefix,
  value,
  onChange,
}: {
  readonly prefix: string;
  readonly value: IdentifiersDraft;
  readonly onChange: (value: IdentifiersDraft) => void;
}) {
  const bind = (field: keyof IdentifiersDraft) => ({
    field: `${prefix}${field}`,
    value: value[field],
    onChange: (changed: string) => onChange({ ...value, [field]: changed }),
    autoComplete: 'off',
    spellCheck: false,
  });
  return (
    <>
      <TextInput
        label="NHS number (optional)"
        hint="10 digits, for example 943 476 5919"
        width={10}
        inputMode="numeric"
        {...bind('nhsNumber')}
      />
      <TextInput
        label="Unique pupil number (optional)"
        hint="13 characters from the child’s school, starting with a letter"
        width={20}
        {...bind('uniquePupilNumber')}
      />
      <TextInput label="Council person number (optional)" width={20} {...bind('councilPersonNumber')} />
      <TextInput
        label="Consistent child identifier (optional)"
        hint="Not yet in use: leave this empty until regulations name the identifier"
        width={20}
        {...bind('consistentChildIdentifier')}
      />
    </>
  );
}

/** A person's identifiers as the family record shows them. */
export function IdentifierList({ person }: { readonly person: Person }) {
  const rows = [
    person.nhsNumber && `NHS number ${formatNhsNumber(person.nhsNumber)}`,
    person.uniquePupilNumber && `UPN ${person.uniquePupilNumber}`,
    person.councilPersonNumber && `Council number ${person.councilPersonNumber}`,
    person.consistentChildIdentifier && `Consistent child identifier ${person.consistentChildIdentifier}`,
  ].filter((row): row is string => Boolean(row));
  if (rows.length === 0) return <>None recorded</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {rows.map((row) => (
        <li key={row}>{row}</li>
      ))}
    </ul>
  );
}
