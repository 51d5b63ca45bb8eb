import { useState } from 'react';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, type RecordFormProps } from '../components/form';
import { Radios } from '../components/radios';
import { DECISION_ORDER, DECISIONS } from '../format/labels';
import { request } from '../graphql/client';
import { AGENCIES, PRACTITIONERS, TRIAGE_REFERRAL, type Referral, type TriageDecision } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';

interface LeadChoice {
  readonly agencyId: string;
  readonly practitionerId: string;
}

function LeadFields({ lead, onChange }: { readonly lead: LeadChoice; readonly onChange: (lead: LeadChoice) => void }) {
  const agencies = useQuery(AGENCIES, {});
  const practitioners = useQuery(PRACTITIONERS, { agencyId: lead.agencyId }, { skip: !lead.agencyId });
  const practitionerPlaceholder = !lead.agencyId
    ? 'Choose the lead agency first'
    : practitioners.loading
      ? 'Loading practitioners…'
      : 'Choose a lead practitioner';
  return (
    <>
      <Select
        field="leadAgencyId"
        label="Lead agency"
        hint="The agency that knows the family best, for example their school."
        placeholder={agencies.loading ? 'Loading agencies…' : 'Choose an agency'}
        options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={lead.agencyId}
        onChange={(agencyId) => onChange({ agencyId, practitionerId: '' })}
      />
      <Select
        field="leadPractitionerId"
        label="Lead practitioner"
        placeholder={practitionerPlaceholder}
        disabled={!lead.agencyId || practitioners.loading}
        options={(practitioners.data?.practitioners ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
        value={lead.practitionerId}
        onChange={(practitionerId) => onChange({ ...lead, practitionerId })}
      />
    </>
  );
}

export function TriageForm({ record: referral, form, onSaved }: RecordFormProps<Referral>) {
  const [decision, setDecision] = useState<TriageDecision | ''>('');
  const [reason, setReason] = useState('');
  const [lead, setLead] = useState<LeadChoice>({ agencyId: '', practitionerId: '' });

  const submit = async () => {
    if (!decision) return form.fail([{ field: 'decision', message: 'Select the triage decision' }]);
    const partnerLed = decision === 'LEVEL_2_PARTNER_LED';
    const result = await form.run(() =>
      request(TRIAGE_REFERRAL, {
        input: {
          referralId: referral.id,
          version: referral.version,
          decision,
          reason: reason.trim(),
          leadAgencyId: partnerLed ? lead.agencyId || null : null,
          leadPractitionerId: partnerLed ? lead.practitionerId || null : null,
        },
      }),
    );
    if (result) onSaved(result.triageReferral);
  };

  return (
    <>
      <h2 className="govuk-heading-m">Triage</h2>
      <GovForm form={form} onSubmit={() => void submit()}>
        <Radios
          field="decision"
          legend="What level of need does this referral show?"
          legendSize="s"
          value={decision}
          onChange={setDecision}
          items={DECISION_ORDER.map((value) => ({
            value,
            label: DECISIONS[value].label,
            hint: DECISIONS[value].threshold,
            conditional: value === 'LEVEL_2_PARTNER_LED' ? <LeadFields lead={lead} onChange={setLead} /> : undefined,
          }))}
        />
        <Textarea
          field="reason"
          label="Reason for the decision"
          hint="The referrer and the agencies involved will see this, so write it for them."
          value={reason}
          onChange={setReason}
        />
        <SubmitButton form={form}>Record decision</SubmitButton>
      </GovForm>
    </>
  );
}
