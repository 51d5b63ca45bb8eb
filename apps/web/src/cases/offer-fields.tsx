import { useState, type ReactNode } from 'react';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, type FormController } from '../components/form';
import { useQuery } from '../hooks/use-query';
import { PRACTITIONERS_TO_OFFER_TO } from './lead-change-operations';

/** The agency a case is offered to, and one of its practitioners ('' for the agency's manager). */
export interface AgencyOffer {
  readonly toAgencyId: string;
  readonly toPractitionerId: string;
}

export const NO_AGENCY_OFFER: AgencyOffer = { toAgencyId: '', toPractitionerId: '' };

type Choices = readonly { value: string; label: string }[];

/** The agency a case is offered to, and optionally one of its practitioners (else its manager decides). */
export function OfferToAgencyFields({
  fields,
  agencyLabel,
  agencies,
  value,
  onChange,
}: {
  readonly fields: { readonly agency: string; readonly practitioner: string };
  readonly agencyLabel: string;
  readonly agencies: Choices;
  readonly value: AgencyOffer;
  readonly onChange: (offer: AgencyOffer) => void;
}) {
  const { toAgencyId, toPractitionerId } = value;
  const practitioners = useQuery(PRACTITIONERS_TO_OFFER_TO, { agencyId: toAgencyId }, { skip: !toAgencyId });
  return (
    <>
      <Select
        field={fields.agency}
        label={agencyLabel}
        placeholder="Choose an agency"
        value={toAgencyId}
        onChange={(agencyId) => onChange({ toAgencyId: agencyId, toPractitionerId: '' })}
        options={agencies}
      />
      <Select
        field={fields.practitioner}
        label="Practitioner there (optional)"
        hint="Leave empty to offer it to the agency's manager"
        placeholder="The agency's manager decides"
        value={toPractitionerId}
        onChange={(practitionerId) => onChange({ toAgencyId, toPractitionerId: practitionerId })}
        disabled={!toAgencyId}
        options={(practitioners.data?.practitionersToOfferTo ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
      />
    </>
  );
}

/** What an offer of a case sends: the agency, the practitioner or null, and the note, trimmed. */
export interface CaseOffer {
  readonly toAgencyId: string;
  readonly toPractitionerId: string | null;
  readonly note: string;
}

/**
 * A form that offers a case to another agency (a transfer, a step down): the agency, a practitioner
 * there, and what the agency needs to know to decide, both required before `onOffer` is called.
 */
export function OfferCaseForm({
  form,
  fields,
  agencyLabel,
  noAgencyMessage,
  agencies,
  intro,
  submitLabel,
  onOffer,
}: {
  readonly form: FormController;
  readonly fields: { readonly agency: string; readonly practitioner: string; readonly note: string };
  readonly agencyLabel: string;
  readonly noAgencyMessage: string;
  readonly agencies: Choices;
  readonly intro?: ReactNode;
  readonly submitLabel: string;
  readonly onOffer: (offer: CaseOffer) => void;
}) {
  const [offer, setOffer] = useState<AgencyOffer>(NO_AGENCY_OFFER);
  const [note, setNote] = useState('');
  return (
    <GovForm
      form={form}
      onSubmit={() => {
        if (!offer.toAgencyId || !note.trim())
          return form.fail([
            ...(offer.toAgencyId ? [] : [{ field: fields.agency, message: noAgencyMessage }]),
            ...(note.trim() ? [] : [{ field: fields.note, message: 'Say what the agency needs to know to decide' }]),
          ]);
        onOffer({ toAgencyId: offer.toAgencyId, toPractitionerId: offer.toPractitionerId || null, note: note.trim() });
      }}
    >
      {intro}
      <OfferToAgencyFields fields={fields} agencyLabel={agencyLabel} agencies={agencies} value={offer} onChange={setOffer} />
      <Textarea field={fields.note} label="What the agency needs to know to decide" rows={3} value={note} onChange={setNote} />
      <SubmitButton form={form}>{submitLabel}</SubmitButton>
    </GovForm>
  );
}
