import { useRef, useState, type ReactNode } from 'react';
import { Fieldset, Textarea } from '../components/fields';
import { Radios } from '../components/radios';
import { AddressFields, emptyMember, MemberList, toMemberInput, type MemberDraft } from './member-fields';

// The family a referral or a step-down is about, as the three forms that record one (the front
// door's referral, a partner's referral, a step-down from children's social care) ask for it.

export interface FamilyDraft {
  readonly addressLine1: string;
  readonly addressLine2: string;
  readonly town: string;
  readonly postcode: string;
  readonly members: readonly MemberDraft[];
}

export const EMPTY_FAMILY: FamilyDraft = { addressLine1: '', addressLine2: '', town: '', postcode: '', members: [emptyMember(0)] };

/**
 * The family's part of the API's input, trimmed, each member as `toMember` makes it (the front
 * door's form adds identifiers). Only for members that `memberProblems` passed.
 */
export function familyInput<M = ReturnType<typeof toMemberInput>>(
  draft: FamilyDraft,
  toMember: (member: MemberDraft) => M = toMemberInput as (member: MemberDraft) => M,
) {
  return {
    addressLine1: draft.addressLine1.trim(),
    addressLine2: draft.addressLine2.trim() || null,
    town: draft.town.trim(),
    postcode: draft.postcode.trim(),
    members: draft.members.map(toMember),
  };
}

/** The field, value and change handler of one text answer, spread onto a GOV.UK input. */
export interface BoundText {
  readonly field: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

type TextAnswer<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/** A form's draft of a family and its other answers: patched as it changes, each text answer bound by its name. */
export function useFamilyDraft<D extends FamilyDraft>(empty: D) {
  const [draft, setDraft] = useState<D>(empty);
  const update = (patch: Partial<D> | ((current: D) => Partial<D>)) =>
    setDraft((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
  const bind = (field: TextAnswer<D>): BoundText => ({
    field,
    value: String(draft[field]),
    onChange: (value: string) => update((current) => ({ ...current, [field]: value })),
  });
  const changeMembers = (change: (members: readonly MemberDraft[]) => readonly MemberDraft[]) =>
    update((current) => ({ ...current, members: change(current.members) }));
  return { draft, update, bind, changeMembers };
}

/**
 * The family's address and its members, with "Add another family member" (and any other `actions`
 * beside it, as a button group); `children` follow inside the members' fieldset.
 */
export function FamilyFields({
  members,
  bind,
  changeMembers,
  actions,
  children,
  withIdentifiers = false,
}: {
  readonly members: readonly MemberDraft[];
  readonly bind: (field: 'addressLine1' | 'addressLine2' | 'town' | 'postcode') => BoundText;
  readonly changeMembers: (change: (members: readonly MemberDraft[]) => readonly MemberDraft[]) => void;
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
  /** The front door records each person's identifiers too. */
  readonly withIdentifiers?: boolean;
}) {
  const nextKey = useRef(1);
  const add = (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      onClick={() => changeMembers((ms) => [...ms, emptyMember(nextKey.current++)])}
    >
      Add another family member
    </button>
  );
  return (
    <>
      <AddressFields bind={bind} />
      <Fieldset field="members" legend="Family members" hint="Include every child and the adults who care for them.">
        <MemberList
          members={members}
          onChange={(index, member) => changeMembers((ms) => ms.map((m, i) => (i === index ? member : m)))}
          onRemove={(index) => changeMembers((ms) => ms.filter((_, i) => i !== index))}
          withIdentifiers={withIdentifiers}
        />
        {actions ? (
          <div className="govuk-button-group">
            {add}
            {actions}
          </div>
        ) : (
          add
        )}
        {children}
      </Fieldset>
    </>
  );
}

/** Whether the family agreed (field consentGiven): yes, or no with why it goes ahead without their agreement. */
export function AgreedOrWhyNot({
  legend,
  value,
  onChange,
  whyNotLabel,
  whyNot,
}: {
  readonly legend: string;
  readonly value: 'YES' | 'NO' | '';
  readonly onChange: (value: 'YES' | 'NO') => void;
  readonly whyNotLabel: string;
  readonly whyNot: BoundText;
}) {
  return (
    <Radios
      field="consentGiven"
      legend={legend}
      value={value}
      onChange={onChange}
      items={[
        { value: 'YES', label: 'Yes' },
        { value: 'NO', label: 'No', conditional: <Textarea label={whyNotLabel} {...whyNot} /> },
      ]}
    />
  );
}

const CONCERNS_ASKED_OF = {
  REFERRER: { label: 'What are you worried about?', hint: 'What you have seen, what is working well, and what you think needs to happen.' },
  FRONT_DOOR: {
    label: 'What are the concerns?',
    hint: 'What the referrer is worried about, what is working well, and what they think needs to happen.',
  },
} as const;

/** A referral's concerns (field concerns), asked of the referrer themself or of the front door recording what a referrer said. */
export function ConcernsQuestion({ askedOf, bound }: { readonly askedOf: keyof typeof CONCERNS_ASKED_OF; readonly bound: BoundText }) {
  const { label, hint } = CONCERNS_ASKED_OF[askedOf];
  return <Textarea label={label} labelSize="m" hint={hint} rows={8} {...bound} />;
}
