import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { ForbiddenPage } from '../not-found/not-found-page';
import { AgreedOrWhyNot, EMPTY_FAMILY, FamilyFields, familyInput, useFamilyDraft, type FamilyDraft } from '../referrals/family-draft';
import { memberProblems } from '../referrals/member-fields';
import { useTerms, useViewer } from '../session/session';
import { inRunningText } from '@eh/domain';
import type { CaseSectionProps } from './case-section';
import { NO_AGENCY_OFFER, OfferCaseForm, OfferToAgencyFields, type AgencyOffer } from './offer-fields';
import { ACCEPT_STEP_UP, CASE_LEVEL, FAMILY_CASEWORKERS, OFFER_STEP_DOWN, RECORD_STEP_DOWN_FROM_SOCIAL_CARE } from './levels-operations';

/** The partner agencies a case can be offered to: not the council's teams. */
function usePartnerAgencies(exceptId: string | null) {
  const agencies = useQuery(AGENCIES, {});
  return (agencies.data?.agencies ?? [])
    .filter((a) => a.id !== exceptId && !a.agencyType.startsWith('Council'))
    .map((a) => ({ value: a.id, label: a.name }));
}

/** On a level 3 case's page, for its family caseworker: offer the case down to a partner agency's lead. */
export function StepDownFromLevel3({ caseId, form, onChanged }: CaseSectionProps) {
  const viewer = useViewer();
  const terms = useTerms();
  const result = useQuery(CASE_LEVEL, { id: caseId });
  const agencies = usePartnerAgencies(null);
  return (
    <QueryView result={result}>
      {({ case: c }) => {
        if (c.level !== 3 || c.leadPractitioner.id !== viewer.id) return null;
        const open = c.leadChange.openTransfer;
        return (
          <>
            <h2 className="govuk-heading-m">Step down to partner-led {inRunningText(terms.earlyHelp)}</h2>
            {open ? (
              <p className="govuk-body">
                Offered to {open.toAgencyName} on {formatDate(open.offeredAt.slice(0, 10))}. You keep the case until they accept it.
              </p>
            ) : (
              <OfferCaseForm
                form={form}
                fields={{ agency: 'stepDownAgencyId', practitioner: 'stepDownPractitionerId', note: 'stepDownNote' }}
                agencyLabel="Partner agency to lead"
                noAgencyMessage="Choose the partner agency to offer the lead to"
                agencies={agencies}
                intro={
                  <p className="govuk-body">
                    The partner agency accepts or declines. Until it accepts, you stay the {terms.leadPractitioner}.
                  </p>
                }
                submitLabel="Offer the step down"
                onOffer={(offer) =>
                  void form
                    .run(() => request(OFFER_STEP_DOWN, { input: { caseId, version: c.version, ...offer } }))
                    .then((r) => {
                      if (!r) return;
                      result.reload();
                      onChanged('Step down offered to the partner agency');
                    })
                }
              />
            )}
          </>
        );
      }}
    </QueryView>
  );
}

/** The front door accepts a step up to Family Casework, naming the caseworker who will lead it at level 3. */
export function AcceptStepUpPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const form = useForm({ NOT_FOUND: 'This step up has already been accepted.' });
  const caseworkers = useQuery(FAMILY_CASEWORKERS, {}, { skip: !viewer.isFamilyPartnershipTeam });
  const [leadId, setLeadId] = useState('');
  usePageTitle('Accept a step up to Family Casework', form.problems.length > 0);
  if (!viewer.isFamilyPartnershipTeam) return <ForbiddenPage />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Accept a step up to Family Casework</h1>
        <p className="govuk-body">
          The family’s case moves to level 3, led by the caseworker you choose, with the same plan, reviews and chronology. The partner who
          led it stays in the family’s team. The Family Partnership Team no longer oversees a level 3 case.
        </p>
        <GovForm
          form={form}
          onSubmit={() => {
            if (!leadId) return form.fail([{ field: 'leadPractitionerId', message: 'Choose the family caseworker who will lead' }]);
            void form
              .run(() => request(ACCEPT_STEP_UP, { input: { handoverId: id, leadPractitionerId: leadId } }))
              .then(
                (r) =>
                  r &&
                  navigate('/handovers', {
                    state: successState(`Case ${r.acceptStepUp.caseReference} is now led by ${r.acceptStepUp.leadAgencyName}`),
                  }),
              );
          }}
        >
          <Select
            field="leadPractitionerId"
            label="Family caseworker who will lead"
            placeholder="Choose a caseworker"
            value={leadId}
            onChange={setLeadId}
            options={(caseworkers.data?.familyCaseworkers ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
          />
          <SubmitButton form={form}>Accept the step up</SubmitButton>
        </GovForm>
        <Link className="govuk-link" to="/handovers">
          Back to step-up handovers
        </Link>
      </div>
    </div>
  );
}

/** The front door records a family stepped down from children's social care and offers the lead to a partner agency. */
export function StepDownFromSocialCarePage() {
  const viewer = useViewer();
  if (!viewer.isFamilyPartnershipTeam) return <ForbiddenPage />;
  return <StepDownFromSocialCareForm />;
}

interface StepDownDraft extends FamilyDraft {
  readonly historySummary: string;
  readonly concerns: string;
  readonly consent: 'YES' | 'NO' | '';
  readonly consentNote: string;
  readonly offer: AgencyOffer;
  readonly note: string;
}

const EMPTY_STEP_DOWN: StepDownDraft = {
  ...EMPTY_FAMILY,
  historySummary: '',
  concerns: '',
  consent: '',
  consentNote: '',
  offer: NO_AGENCY_OFFER,
  note: '',
};

function StepDownFromSocialCareForm() {
  const navigate = useNavigate();
  const earlyHelp = inRunningText(useTerms().earlyHelp);
  const form = useForm();
  const { draft, update, bind, changeMembers } = useFamilyDraft(EMPTY_STEP_DOWN);
  const { consent, offer } = draft;
  const agencies = usePartnerAgencies(null);
  usePageTitle('Record a step-down from children’s social care', form.problems.length > 0);

  const submit = () => {
    const problems = [
      ...memberProblems(draft.members),
      ...(consent ? [] : [{ field: 'consentGiven', message: `Select whether the family agreed to ${earlyHelp}` }]),
      ...(offer.toAgencyId ? [] : [{ field: 'toAgencyId', message: 'Choose the partner agency to offer the lead to' }]),
    ];
    if (problems.length) return form.fail(problems);
    void form
      .run(() =>
        request(RECORD_STEP_DOWN_FROM_SOCIAL_CARE, {
          input: {
            ...familyInput(draft),
            concerns: draft.concerns.trim(),
            consentGiven: consent === 'YES',
            consentNote: consent === 'YES' ? null : draft.consentNote.trim() || null,
            historySummary: draft.historySummary.trim(),
            toAgencyId: offer.toAgencyId,
            toPractitionerId: offer.toPractitionerId || null,
            note: draft.note.trim(),
          },
        }),
      )
      .then(
        (r) =>
          r &&
          navigate(`/cases/${r.recordStepDownFromSocialCare.id}`, {
            state: successState(`Step-down recorded as case ${r.recordStepDownFromSocialCare.reference} and offered to the agency`),
          }),
      );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Record a step-down from children’s social care</h1>
        <p className="govuk-body">
          The family’s case opens at level 2 with its history. The front door holds it until the partner agency you choose accepts the lead;
          if it declines, offer it to another agency from the case page.
        </p>
        <GovForm form={form} onSubmit={submit}>
          <FamilyFields members={draft.members} bind={bind} changeMembers={changeMembers} />
          <Textarea
            label="History from children’s social care"
            labelSize="m"
            hint="What children’s social care did, for how long, and why the case steps down."
            rows={6}
            {...bind('historySummary')}
          />
          <Textarea label={`What ${earlyHelp} should focus on`} labelSize="m" rows={4} {...bind('concerns')} />
          <AgreedOrWhyNot
            legend={`Has the family agreed to ${earlyHelp}?`}
            value={consent}
            onChange={(agreed) => update({ consent: agreed })}
            whyNotLabel="Why the step-down goes ahead without it"
            whyNot={bind('consentNote')}
          />
          <OfferToAgencyFields
            fields={{ agency: 'toAgencyId', practitioner: 'toPractitionerId' }}
            agencyLabel="Partner agency to offer the lead to"
            agencies={agencies}
            value={offer}
            onChange={(changed) => update({ offer: changed })}
          />
          <Textarea label="What the agency needs to know to decide" rows={3} {...bind('note')} />
          <SubmitButton form={form}>Record and offer to the agency</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
