import { useState } from 'react';
import type { Family, FamilyMember, Person } from '../graphql/operations';
import { UPDATE_PERSON_IDENTIFIERS } from '../graphql/operations';
import { request } from '../graphql/client';
import { GovForm, SubmitButton, type FormController } from '../components/form';
import { useViewer } from '../session/session';
import { formatDate } from '../format/dates';
import { IdentifierFields, IdentifierList, identifiersOf, toIdentifiersInput } from './identifier-fields';
import { PERSON_ROLES } from '../format/labels';
import { SummaryList } from '../components/summary-list';
import { Table, type Column } from '../components/table';
import { currentSettingText } from '../education/setting-text';

export function fullName(person: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`;
}

/** How a family is named in lists, as the API names a case: by the surname most of its members share. */
export function familyName(family: Family): string {
  const counts = new Map<string, number>();
  for (const m of family.members) counts.set(m.lastName, (counts.get(m.lastName) ?? 0) + 1);
  const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name ? `${name} family` : family.reference;
}

export function Address({ family }: { readonly family: Family }) {
  const lines = [family.addressLine1, family.addressLine2, family.town, family.postcode].filter(Boolean);
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

const MEMBER_COLUMNS: readonly Column<FamilyMember>[] = [
  { header: 'Name', cell: fullName },
  { header: 'Date of birth', cell: (person) => formatDate(person.dateOfBirth) },
  { header: 'Child or adult', cell: (person) => PERSON_ROLES[person.role] },
  { header: 'Relationship to the child', cell: (person) => person.relationship },
  { header: 'Education setting', cell: (person) => (person.role === 'CHILD' ? currentSettingText(person.educationSettings) : '') },
  { header: 'Identifiers', cell: (person) => <IdentifierList person={person} /> },
];

/** The front door changes one person's identifiers: each left empty is cleared. */
function PersonIdentifiersForm({
  person,
  form,
  onSaved,
  onCancel,
}: {
  readonly person: Person;
  readonly form: FormController;
  readonly onSaved: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => identifiersOf(person));
  const save = async () => {
    const input = { personId: person.id, version: person.version, ...toIdentifiersInput(draft) };
    const result = await form.run(() => request(UPDATE_PERSON_IDENTIFIERS, { input }));
    if (result) onSaved(`Identifiers saved for ${fullName(person)}`);
  };
  return (
    <GovForm form={form} onSubmit={() => void save()}>
      <h3 className="govuk-heading-s">Identifiers for {fullName(person)}</h3>
      <IdentifierFields prefix="" value={draft} onChange={setDraft} />
      <div className="govuk-button-group">
        <SubmitButton form={form}>Save identifiers</SubmitButton>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </GovForm>
  );
}

interface FamilyDetailsProps {
  readonly family: Family;
  /** Where the page lets the front door change identifiers: its form, and what to do after a save. */
  readonly editing?: { readonly form: FormController; readonly onChanged: (message: string) => void };
}

/** A family's reference, address and members: the same on a referral and on a case. */
export function FamilyDetails({ family, editing }: FamilyDetailsProps) {
  const viewer = useViewer();
  const [editingId, setEditingId] = useState<string | null>(null);
  const canEdit = editing !== undefined && viewer.isFamilyPartnershipTeam;
  const columns: readonly Column<FamilyMember>[] = canEdit
    ? [
        ...MEMBER_COLUMNS,
        {
          header: 'Action',
          cell: (person) => (
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => setEditingId(person.id)}
            >
              Change identifiers<span className="govuk-visually-hidden"> for {fullName(person)}</span>
            </button>
          ),
        },
      ]
    : MEMBER_COLUMNS;
  const person = family.members.find((m) => m.id === editingId);
  return (
    <>
      <h2 className="govuk-heading-m">Family</h2>
      <SummaryList
        rows={[
          { key: 'Family reference', value: family.reference },
          { key: 'Address', value: <Address family={family} /> },
        ]}
      />
      <Table caption="Family members" captionSize="s" columns={columns} rows={family.members} rowKey={(member) => member.id} />
      {canEdit && person && (
        <PersonIdentifiersForm
          key={`${person.id}-${person.version}`}
          person={person}
          form={editing.form}
          onCancel={() => setEditingId(null)}
          onSaved={(message) => {
            setEditingId(null);
            editing.onChanged(message);
          }}
        />
      )}
    </>
  );
}
