import { useState } from 'react';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, type RecordFormProps } from '../components/form';
import { Radios } from '../components/radios';
import { Link } from 'react-router-dom';
import { Table } from '../components/table';
import { StatusTag } from '../components/tag';
import { CASE_STATUSES, DECISION_ORDER, decisionWordings } from '../format/labels';
import { request } from '../graphql/client';
import { ADD_REFERRAL_TO_CASE, AGENCIES, PRACTITIONERS, TRIAGE_REFERRAL, type Referral } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { WarningText } from '../components/warning-text';
import { sentenceCase, withArticle } from '@eh/domain';
import { useTerms } from '../session/session';
import type { TriageDecision } from '../graphql/generated/graphql';
import type { FamilyOpenCase } from '../graphql/operations';

interface LeadChoice {
  readonly agencyId: string;
  readonly practitionerId: string;
}

function LeadFields({ lead, onChange }: { readonly lead: LeadChoice; readonly onChange: (lead: LeadChoice) => void }) {
  const agencies = useQuery(AGENCIES, {});
  const practitioners = useQuery(PRACTITIONERS, { agencyId: lead.agencyId }, { skip: !lead.agencyId });
  const terms = useTerms();
  const practitionerPlaceholder = !lead.agencyId
    ? 'Choose the lead agency first'
    : practitioners.loading
      ? 'Loading practitioners…'
      : `Choose ${withArticle(terms.leadPractitioner)}`;
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
        label={sentenceCase(terms.leadPractitioner)}
        placeholder={practitionerPlaceholder}
        disabled={!lead.agencyId || practitioners.loading}
        options={(practitioners.data?.practitioners ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
        value={lead.practitionerId}
        onChange={(practitionerId) => onChange({ ...lead, practitionerId })}
      />
    </>
  );
}

const DECIDE = 'DECIDE';

// The family's cases still open, as the front door sees them before deciding.
function OpenCases({ cases }: { readonly cases: readonly FamilyOpenCase[] }) {
  const terms = useTerms();
  return (
    <>
      <WarningText>
        This family already has {cases.length === 1 ? 'an open case' : `${cases.length} open cases`}. One family should have one assessment
        and one plan: add this referral to the open case unless there is a good reason for a second one.
      </WarningText>
      <Table
        caption="The family’s open cases"
        captionSize="s"
        rows={cases}
        rowKey={(c) => c.id}
        columns={[
          {
            header: 'Case',
            cell: (c) => (
              <Link className="govuk-link" to={`/cases/${c.id}`}>
                {c.reference}
              </Link>
            ),
          },
          { header: 'Status', cell: (c) => <StatusTag status={CASE_STATUSES[c.status]} /> },
          { header: sentenceCase(terms.leadPractitioner), cell: (c) => c.leadPractitioner.displayName },
          { header: 'Lead agency', cell: (c) => c.leadAgency.name },
        ]}
      />
    </>
  );
}

export function TriageForm({ record: referral, form, onSaved }: RecordFormProps<Referral>) {
  const openCases = referral.familyOpenCases;
  const terms = useTerms();
  const decisions = decisionWordings(terms);
  const [handling, setHandling] = useState<string>(openCases.length ? '' : DECIDE);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<TriageDecision | ''>('');
  const [reason, setReason] = useState('');
  const [secondCaseReason, setSecondCaseReason] = useState('');
  const [lead, setLead] = useState<LeadChoice>({ agencyId: '', practitionerId: '' });

  const addToCase = async (caseId: string) => {
    const result = await form.run(() =>
      request(ADD_REFERRAL_TO_CASE, { input: { referralId: referral.id, version: referral.version, caseId, note: note.trim() || null } }),
    );
    if (result) onSaved(result.addReferralToCase);
  };

  const submit = async () => {
    if (!handling) return form.fail([{ field: 'handling', message: 'Select whether to add the referral to the open case' }]);
    if (handling !== DECIDE) return addToCase(handling);
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
          secondCaseReason: partnerLed && openCases.length ? secondCaseReason.trim() : null,
        },
      }),
    );
    if (result) onSaved(result.triageReferral);
  };

  const level2Fields = (
    <>
      <LeadFields lead={lead} onChange={setLead} />
      {openCases.length > 0 && (
        <Textarea
          field="secondCaseReason"
          label="Why does the family need a second case?"
          hint="The family already has an open case. This reason is recorded in the new case’s chronology."
          rows={3}
          value={secondCaseReason}
          onChange={setSecondCaseReason}
        />
      )}
    </>
  );

  return (
    <>
      <h2 className="govuk-heading-m">Triage</h2>
      {openCases.length > 0 && <OpenCases cases={openCases} />}
      <GovForm form={form} onSubmit={() => void submit()}>
        {openCases.length > 0 && (
          <Radios
            field="handling"
            legend="What do you want to do with this referral?"
            legendSize="s"
            value={handling}
            onChange={setHandling}
            items={[
              ...openCases.map((c) => ({
                value: c.id,
                label: `Add it to case ${c.reference}`,
                hint: `${c.leadPractitioner.displayName} (${c.leadAgency.name}) will be told.`,
              })),
              { value: DECIDE, label: 'Make a triage decision instead, for example open another case', dividerBefore: 'or' },
            ]}
          />
        )}
        {handling && handling !== DECIDE && (
          <Textarea
            field="note"
            label={`Note for the ${terms.leadPractitioner} (optional)`}
            hint="What the new referral adds to what they already know."
            rows={3}
            value={note}
            onChange={setNote}
          />
        )}
        {handling === DECIDE && (
          <>
            <Radios
              field="decision"
              legend="What level of need does this referral show?"
              legendSize="s"
              value={decision}
              onChange={setDecision}
              items={DECISION_ORDER.map((value) => ({
                value,
                label: decisions[value].label,
                hint: decisions[value].threshold,
                conditional: value === 'LEVEL_2_PARTNER_LED' ? level2Fields : undefined,
              }))}
            />
            <Textarea
              field="reason"
              label="Reason for the decision"
              hint="The referrer and the agencies involved will see this, so write it for them."
              value={reason}
              onChange={setReason}
            />
          </>
        )}
        <SubmitButton form={form}>{handling && handling !== DECIDE ? 'Add the referral to the case' : 'Record decision'}</SubmitButton>
      </GovForm>
    </>
  );
}
