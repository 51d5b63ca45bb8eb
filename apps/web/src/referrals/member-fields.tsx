import { DateInput } from '../components/date-input';
import { Fieldset, Select, TextInput, type Option } from '../components/fields';
import { Radios } from '../components/radios';
import { dateProblem, EMPTY_DATE, toIsoDate, type DateParts } from '../format/dates';
import { PERSON_ROLES } from '../format/labels';
import type { FieldProblem } from '../graphql/client';
import { EDUCATION_SETTINGS } from '../education/education-operations';
import { EMPTY_IDENTIFIERS, IdentifierFields, toIdentifiersInput, type IdentifiersDraft } from '../family/identifier-fields';
import { useQuery } from '../hooks/use-query';
import type { FrontDoorMemberInput, PersonLookupInput, PersonRole, ReferralMemberInput } from '../graphql/generated/graphql';

export interface MemberDraft {
  /** Identifies the row while members are added and removed. */
  readonly key: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: DateParts;
  readonly role: PersonRole | '';
  readonly relationship: string;
  /** A child's current education setting, from the directory (optional). */
  readonly educationSettingId: string;
  readonly educationSettingStartedOn: DateParts;
  /** Asked only on the front door's form. */
  readonly identifiers: IdentifiersDraft;
}

export function emptyMember(key: number): MemberDraft {
  return {
    key,
    firstName: '',
    lastName: '',
    dateOfBirth: EMPTY_DATE,
    role: '',
    relationship: '',
    educationSettingId: '',
    educationSettingStartedOn: EMPTY_DATE,
    identifiers: EMPTY_IDENTIFIERS,
  };
}

const hasSetting = (member: MemberDraft) => member.role === 'CHILD' && member.educationSettingId !== '';

export function toPersonMatch(member: MemberDraft): Pick<PersonLookupInput, 'firstName' | 'lastName' | 'dateOfBirth'> {
  return { firstName: member.firstName.trim(), lastName: member.lastName.trim(), dateOfBirth: toIsoDate(member.dateOfBirth) ?? '' };
}

/** Only for members that `memberProblems` passed, so the role has been chosen. */
export function toMemberInput(member: MemberDraft): ReferralMemberInput {
  return {
    ...toPersonMatch(member),
    role: member.role as PersonRole,
    relationship: member.relationship.trim(),
    ...(hasSetting(member)
      ? { educationSettingId: member.educationSettingId, educationSettingStartedOn: toIsoDate(member.educationSettingStartedOn) ?? '' }
      : {}),
  };
}

/** The front door's member, with the identifiers it has. */
export function toFrontDoorMemberInput(member: MemberDraft): FrontDoorMemberInput {
  return { ...toMemberInput(member), ...toIdentifiersInput(member.identifiers) };
}

/** The duplicate check's person: an identifier matches first, then the name and date of birth. */
export function toPersonLookup(member: MemberDraft): PersonLookupInput {
  const { nhsNumber, uniquePupilNumber, councilPersonNumber } = toIdentifiersInput(member.identifiers);
  return { ...toPersonMatch(member), nhsNumber, uniquePupilNumber, councilPersonNumber };
}

/** What can be checked before anything is sent: the dates compose and each person is a child or an adult. */
export function memberProblems(members: readonly MemberDraft[]): FieldProblem[] {
  return members.flatMap((member, index) => {
    const date = dateProblem(member.dateOfBirth, 'date of birth');
    const started = hasSetting(member) ? dateProblem(member.educationSettingStartedOn, 'the date the child started there') : null;
    return [
      ...(date ? [{ field: `members.${index}.dateOfBirth`, message: date }] : []),
      ...(started ? [{ field: `members.${index}.educationSettingStartedOn`, message: started }] : []),
      ...(member.role ? [] : [{ field: `members.${index}.role`, message: 'Select whether this person is a child or an adult' }]),
    ];
  });
}

const ROLE_ITEMS = (['CHILD', 'ADULT'] as const).map((role) => ({ value: role, label: PERSON_ROLES[role] }));

interface MemberFieldsProps {
  readonly index: number;
  readonly member: MemberDraft;
  readonly onChange: (member: MemberDraft) => void;
  /** Absent when this is the only member, who cannot be removed. */
  readonly onRemove?: () => void;
  /** The directory's settings, to record a child's current one. */
  readonly settings: readonly Option[];
  /** The front door records each person's identifiers too. */
  readonly withIdentifiers?: boolean;
}

export function MemberFields({ index, member, onChange, onRemove, settings, withIdentifiers = false }: MemberFieldsProps) {
  const field = (name: keyof MemberDraft) => `members.${index}.${name}`;
  const change = (patch: Partial<MemberDraft>) => onChange({ ...member, ...patch });
  return (
    <Fieldset field={`members.${index}`} legend={`Family member ${index + 1}`} legendSize="s" className="app-member">
      <TextInput
        field={field('firstName')}
        label="First name"
        width={20}
        spellCheck={false}
        value={member.firstName}
        onChange={(firstName) => change({ firstName })}
      />
      <TextInput
        field={field('lastName')}
        label="Last name"
        width={20}
        spellCheck={false}
        value={member.lastName}
        onChange={(lastName) => change({ lastName })}
      />
      <DateInput
        field={field('dateOfBirth')}
        legend="Date of birth"
        hint="For example, 27 3 2015"
        value={member.dateOfBirth}
        onChange={(dateOfBirth) => change({ dateOfBirth })}
      />
      <Radios
        field={field('role')}
        legend="Child or adult"
        legendSize="s"
        inline
        items={ROLE_ITEMS}
        value={member.role}
        onChange={(role) => change({ role })}
      />
      <TextInput
        field={field('relationship')}
        label="Relationship to the child"
        hint="For example, Mother, Stepfather, Sister. For the child the referral is about, enter Child."
        width={20}
        value={member.relationship}
        onChange={(relationship) => change({ relationship })}
      />
      {member.role === 'CHILD' && (
        <Select
          field={field('educationSettingId')}
          label="School, college or early-years setting (optional)"
          placeholder="Not known, or not in the list"
          options={settings}
          value={member.educationSettingId}
          onChange={(educationSettingId) => change({ educationSettingId })}
        />
      )}
      {hasSetting(member) && (
        <DateInput
          field={field('educationSettingStartedOn')}
          legend="When did the child start there?"
          hint="For example, 3 9 2025"
          value={member.educationSettingStartedOn}
          onChange={(educationSettingStartedOn) => change({ educationSettingStartedOn })}
        />
      )}
      {withIdentifiers && (
        <IdentifierFields prefix={`members.${index}.`} value={member.identifiers} onChange={(identifiers) => change({ identifiers })} />
      )}
      {onRemove && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          Remove<span className="govuk-visually-hidden"> family member {index + 1}</span>
        </button>
      )}
    </Fieldset>
  );
}

type AddressAnswer = 'addressLine1' | 'addressLine2' | 'town' | 'postcode';

/** The family's address, as every referral form asks it. */
export function AddressFields({
  bind,
}: {
  readonly bind: (field: AddressAnswer) => { field: string; value: string; onChange: (value: string) => void };
}) {
  return (
    <Fieldset field="address" legend="Family’s address">
      <TextInput label="Address line 1" autoComplete="off" {...bind('addressLine1')} />
      <TextInput label="Address line 2 (optional)" autoComplete="off" {...bind('addressLine2')} />
      <TextInput label="Town or city" width={20} autoComplete="off" {...bind('town')} />
      <TextInput label="Postcode" width={10} autoComplete="off" {...bind('postcode')} />
    </Fieldset>
  );
}

/** Each family member's questions, with a remove button while there is more than one. */
export function MemberList({
  members,
  onChange,
  onRemove,
  withIdentifiers = false,
}: {
  readonly members: readonly MemberDraft[];
  readonly onChange: (index: number, member: MemberDraft) => void;
  readonly onRemove: (index: number) => void;
  readonly withIdentifiers?: boolean;
}) {
  const directory = useQuery(EDUCATION_SETTINGS, {});
  const settings = (directory.data?.educationSettings ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.town})` }));
  return members.map((member, index) => (
    <MemberFields
      settings={settings}
      key={member.key}
      index={index}
      member={member}
      onChange={(changed) => onChange(index, changed)}
      onRemove={members.length > 1 ? () => onRemove(index) : undefined}
      withIdentifiers={withIdentifiers}
    />
  ));
}
