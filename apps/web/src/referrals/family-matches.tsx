import { useEffect, useRef } from 'react';
import { Radios, type RadioItem } from '../components/radios';
import { formatDate } from '../format/dates';
import type { FamilyMatch } from '../graphql/operations';
import { fullName } from '../family/family-details';
import { MATCH_REASONS } from '../family/identifier-fields';

/** The radio value for "these are different people". */
export const NEW_FAMILY = 'new-family';

function MatchDetails({ match }: { readonly match: FamilyMatch }) {
  return (
    <>
      Postcode {match.postcode}. People who may be the same:
      <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
        {match.matches.map(({ person, reason }) => (
          <li key={person.id}>
            {fullName(person)}, born {formatDate(person.dateOfBirth)} ({MATCH_REASONS[reason]})
          </li>
        ))}
      </ul>
    </>
  );
}

interface FamilyMatchesProps {
  readonly matches: readonly FamilyMatch[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Families the API already holds with the same people: add to one, or say they are different people. */
export function FamilyMatches({ matches, value, onChange }: FamilyMatchesProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView();
    ref.current?.focus();
  }, [matches]);
  const items: RadioItem<string>[] = [
    ...matches.map((match) => ({
      value: match.familyId,
      label: `Add this referral to existing family ${match.reference}`,
      hint: <MatchDetails match={match} />,
    })),
    { value: NEW_FAMILY, label: 'These are different people – create a new family', dividerBefore: 'or' },
  ];
  return (
    <div ref={ref} tabIndex={-1}>
      <Radios
        field="existingFamilyId"
        legend={matches.length === 1 ? 'This family may already be known' : 'These families may already be known'}
        hint="Some of the people in this referral have the same NHS number, unique pupil number or council person number, or the same name and date of birth, as people in existing records."
        items={items}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
