import type { Family, Person } from '../graphql/operations';
import { formatDate } from '../format/dates';
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

const MEMBER_COLUMNS: readonly Column<Person>[] = [
  { header: 'Name', cell: fullName },
  { header: 'Date of birth', cell: (person) => formatDate(person.dateOfBirth) },
  { header: 'Child or adult', cell: (person) => PERSON_ROLES[person.role] },
  { header: 'Relationship to the child', cell: (person) => person.relationship },
  { header: 'Education setting', cell: (person) => (person.role === 'CHILD' ? currentSettingText(person.educationSettings) : '') },
];

/** A family's reference, address and members: the same on a referral and on a case. */
export function FamilyDetails({ family }: { readonly family: Family }) {
  return (
    <>
      <h2 className="govuk-heading-m">Family</h2>
      <SummaryList
        rows={[
          { key: 'Family reference', value: family.reference },
          { key: 'Address', value: <Address family={family} /> },
        ]}
      />
      <Table caption="Family members" captionSize="s" columns={MEMBER_COLUMNS} rows={family.members} rowKey={(person) => person.id} />
    </>
  );
}
