import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Fieldset, Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { ForbiddenPage } from '../not-found/not-found-page';
import { AddressFields, emptyMember, MemberList, memberProblems, toMemberInput, type MemberDraft } from '../referrals/member-fields';
import { useTerms, useViewer } from '../session/session';
import { inRunningText } from '@eh/domain';
import { OfferToAgencyFields } from './offer-fields';
import { ACCEPT_STEP_UP, CASE_LEVEL, FAMILY_CASEWORKERS, OFFER_STEP_DOWN, RECORD_STEP_DOWN_FROM_SOCIAL_CARE } from './levels-operations';

/** The partner agencies a case can be offered to: not the council's teams. */
function usePartnerAgencies(exceptId: string | null) {
  const agencies = useQuery(AGENCIES, {});
  return (agencies.data?.agencies ?? [])
    .filter((a) => a.id !== exceptId && !a.agencyType.startsWith('Council'))
    .map((a) => ({ value: a.id, label: a.name }));
}

/** On a level 3 case's page, for its family caseworker: offer the case down to a partner agency's lead. */
export function StepDownFromLevel3({
  caseId,
  form,
  onChanged,
}: {
  readonly caseId: string;
  readonly form: FormController;
  readonly onChanged: (message: string) => void;
}) {
  const viewer = useViewer();
  const terms = useTerms();
  const result = useQuery(CASE_LEVEL, { id: caseId });
  const [toAgencyId, setToAgencyId] = useState('');
  const [toPractitionerId, setToPractitionerId] = useState('');
  const [note, setNote] = useState('');
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
              <GovForm
                form={form}
                onSubmit={() => {
                  if (!toAgencyId || !note.trim())
                    return form.fail([
                      ...(toAgencyId ? [] : [{ field: 'stepDownAgencyId', message: 'Choose the partner agency to offer the lead to' }]),
                      ...(note.trim() ? [] : [{ field: 'stepDownNote', message: 'Say what the agency needs to know to decide' }]),
                    ]);
                  void form
                    .run(() =>
                      request(OFFER_STEP_DOWN, {
                        input: { caseId, version: c.version, toAgencyId, toPractitionerId: toPractitionerId || null, note: note.trim() },
                      }),
                    )
                    .then((r) => {
                      if (!r) return;
                      result.reload();
                      onChanged('Step down offered to the partner agency');
                    });
                }}
              >
                <p className="govuk-body">
                  The partner agency accepts or declines. Until it accepts, you stay the {terms.leadPractitioner}.
                </p>
                <OfferToAgencyFields
                  fields={{ agency: 'stepDownAgencyId', practitioner: 'stepDownPractitionerId' }}
                  agencyLabel="Partner agency to lead"
                  agencies={agencies}
                  toAgencyId={toAgencyId}
                  toPractitionerId={toPractitionerId}
                  onChange={(agencyId, practitionerId) => {
                    setToAgencyId(agencyId);
                    setToPractitionerId(practitionerId);
                  }}
                />
                <Textarea field="stepDownNote" label="What the agency needs to know to decide" rows={3} value={note} onChange={setNote} />
                <SubmitButton form={form}>Offer the step down</SubmitButton>
              </GovForm>
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

function StepDownFromSocialCareForm() {
  const navigate = useNavigate();
  const earlyHelp = inRunningText(useTerms().earlyHelp);
  const form = useForm();
  const [address, setAddress] = useState({ addressLine1: '', addressLine2: '', town: '', postcode: '' });
  const [members, setMembers] = useState<readonly MemberDraft[]>([emptyMember(0)]);
  const nextKey = useRef(1);
  const [text, setText] = useState({ historySummary: '', concerns: '', consentNote: '', note: '' });
  const [consent, setConsent] = useState<'YES' | 'NO' | ''>('');
  const [toAgencyId, setToAgencyId] = useState('');
  const [toPractitionerId, setToPractitionerId] = useState('');
  const agencies = usePartnerAgencies(null);
  usePageTitle('Record a step-down from children’s social care', form.problems.length > 0);
  const bindAddress = (field: keyof typeof address) => ({
    field,
    value: address[field],
    onChange: (value: string) => setAddress((a) => ({ ...a, [field]: value })),
  });
  const bindText = (field: keyof typeof text) => ({
    field,
    value: text[field],
    onChange: (value: string) => setText((t) => ({ ...t, [field]: value })),
  });

  const submit = () => {
    const problems = [
      ...memberProblems(members),
      ...(consent ? [] : [{ field: 'consentGiven', message: `Select whether the family agreed to ${earlyHelp}` }]),
      ...(toAgencyId ? [] : [{ field: 'toAgencyId', message: 'Choose the partner agency to offer the lead to' }]),
    ];
    if (problems.length) return form.fail(problems);
    void form
      .run(() =>
        request(RECORD_STEP_DOWN_FROM_SOCIAL_CARE, {
          input: {
            addressLine1: address.addressLine1.trim(),
            addressLine2: address.addressLine2.trim() || null,
            town: address.town.trim(),
            postcode: address.postcode.trim(),
            members: members.map(toMemberInput),
            concerns: text.concerns.trim(),
            consentGiven: consent === 'YES',
            consentNote: consent === 'YES' ? null : text.consentNote.trim() || null,
            historySummary: text.historySummary.trim(),
            toAgencyId,
            toPractitionerId: toPractitionerId || null,
            note: text.note.trim(),
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
          <AddressFields bind={bindAddress} />
          <Fieldset field="members" legend="Family members" hint="Include every child and the adults who care for them.">
            <MemberList
              members={members}
              onChange={(index, member) => setMembers((ms) => ms.map((m, i) => (i === index ? member : m)))}
              onRemove={(index) => setMembers((ms) => ms.filter((_, i) => i !== index))}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setMembers((ms) => [...ms, emptyMember(nextKey.current++)])}
            >
              Add another family member
            </button>
          </Fieldset>
          <Textarea
            label="History from children’s social care"
            labelSize="m"
            hint="What children’s social care did, for how long, and why the case steps down."
            rows={6}
            {...bindText('historySummary')}
          />
          <Textarea label={`What ${earlyHelp} should focus on`} labelSize="m" rows={4} {...bindText('concerns')} />
          <Radios
            field="consentGiven"
            legend={`Has the family agreed to ${earlyHelp}?`}
            value={consent}
            onChange={setConsent}
            items={[
              { value: 'YES', label: 'Yes' },
              {
                value: 'NO',
                label: 'No',
                conditional: <Textarea label="Why the step-down goes ahead without it" {...bindText('consentNote')} />,
              },
            ]}
          />
          <OfferToAgencyFields
            fields={{ agency: 'toAgencyId', practitioner: 'toPractitionerId' }}
            agencyLabel="Partner agency to offer the lead to"
            agencies={agencies}
            toAgencyId={toAgencyId}
            toPractitionerId={toPractitionerId}
            onChange={(agencyId, practitionerId) => {
              setToAgencyId(agencyId);
              setToPractitionerId(practitionerId);
            }}
          />
          <Textarea label="What the agency needs to know to decide" rows={3} {...bindText('note')} />
          <SubmitButton form={form}>Record and offer to the agency</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
