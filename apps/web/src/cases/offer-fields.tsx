import { Select } from '../components/fields';
import { useQuery } from '../hooks/use-query';
import { PRACTITIONERS_TO_OFFER_TO } from './lead-change-operations';

/** The agency a case is offered to, and optionally one of its practitioners (else its manager decides). */
export function OfferToAgencyFields({
  fields,
  agencyLabel,
  agencies,
  toAgencyId,
  toPractitionerId,
  onChange,
}: {
  readonly fields: { readonly agency: string; readonly practitioner: string };
  readonly agencyLabel: string;
  readonly agencies: readonly { value: string; label: string }[];
  readonly toAgencyId: string;
  readonly toPractitionerId: string;
  readonly onChange: (toAgencyId: string, toPractitionerId: string) => void;
}) {
  const practitioners = useQuery(PRACTITIONERS_TO_OFFER_TO, { agencyId: toAgencyId }, { skip: !toAgencyId });
  return (
    <>
      <Select
        field={fields.agency}
        label={agencyLabel}
        placeholder="Choose an agency"
        value={toAgencyId}
        onChange={(value) => onChange(value, '')}
        options={agencies}
      />
      <Select
        field={fields.practitioner}
        label="Practitioner there (optional)"
        hint="Leave empty to offer it to the agency's manager"
        placeholder="The agency's manager decides"
        value={toPractitionerId}
        onChange={(value) => onChange(toAgencyId, value)}
        disabled={!toAgencyId}
        options={(practitioners.data?.practitionersToOfferTo ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
      />
    </>
  );
}
