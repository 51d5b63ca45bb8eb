import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { CASE_TEAM } from '../cases/team-operations';
import { Checkboxes } from '../components/checkboxes';
import { DateInput } from '../components/date-input';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { Radios } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { fullName } from '../family/family-details';
import { dateProblem, EMPTY_DATE, formatDate, londonToday, toDateParts, toIsoDate, type DateParts } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { ParagraphLink } from './paragraph-link';
import { useTerms } from '../session/session';
import { closureOutcomeHints, CLOSURE_OUTCOMES } from './plan-labels';
import { CLOSE_CASE, PLAN_CASE, RECORD_CONSENT, RECORD_REVIEW, WITHDRAW_CONSENT, type PlanCase } from './plan-operations';
import type { ClosureOutcome, ReviewAttendance } from '../graphql/generated/graphql';

interface CaseFormProps {
  readonly loaded: PlanCase;
  readonly form: FormController;
  /** Back to the case page, with a success banner. */
  readonly done: (message: string) => void;
}

// The frame shared by the lead's forms on a case: load the case, show problems, go back to the
// case page with a success banner when the change is saved.
function CaseFormPage({ title, children }: { readonly title: string; readonly children: (props: CaseFormProps) => ReactNode }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(PLAN_CASE, { id });
  const form = useForm({ CONFLICT: 'Someone else has changed this case. Reload to see their changes.' });
  return (
    <QueryView result={result}>
      {({ case: loaded }) => (
        <RecordPage
          form={form}
          reload={result.reload}
          success={undefined}
          caption={`${loaded.familyName} – case ${loaded.reference}`}
          title={title}
        >
          <ParagraphLink to={`/cases/${loaded.id}`}>Back to the case</ParagraphLink>
          {children({ loaded, form, done: (message) => navigate(`/cases/${loaded.id}`, { state: successState(message) }) })}
        </RecordPage>
      )}
    </QueryView>
  );
}

const COMPETENT = 'COMPETENT';

function ConsentForm({ loaded, form, done }: CaseFormProps) {
  const agencies = useQuery(AGENCIES, {});
  const [givenBy, setGivenBy] = useState('');
  const [competent, setCompetent] = useState<readonly string[]>([]);
  const [agencyIds, setAgencyIds] = useState<readonly string[]>([]);
  const [givenOn, setGivenOn] = useState<DateParts>(EMPTY_DATE);
  const giver = loaded.family.members.find((m) => m.id === givenBy);
  const submit = async () => {
    const input = {
      caseId: loaded.id,
      givenByPersonId: givenBy,
      competenceConfirmed: giver?.role === 'CHILD' && competent.includes(COMPETENT),
      agencyIds: [...agencyIds],
      givenOn: toIsoDate(givenOn) ?? '',
    };
    if (await form.run(() => request(RECORD_CONSENT, { input }))) done('Consent recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Radios
        field="givenByPersonId"
        legend="Who gave consent?"
        legendSize="s"
        items={loaded.family.members.map((m) => ({
          value: m.id,
          label: fullName(m),
          hint: m.role === 'CHILD' ? `Child, born ${formatDate(m.dateOfBirth)}` : m.relationship,
          conditional:
            m.role === 'CHILD' ? (
              <Checkboxes
                field="competenceConfirmed"
                legend="Can this young person consent for themselves?"
                items={[{ value: COMPETENT, label: 'I am satisfied this young person is competent to consent for themselves' }]}
                value={competent}
                onChange={setCompetent}
              />
            ) : undefined,
        }))}
        value={givenBy}
        onChange={setGivenBy}
      />
      <Checkboxes
        field="agencyIds"
        legend="Which agencies may information be shared with?"
        hint="Select all that apply"
        small
        items={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={agencyIds}
        onChange={setAgencyIds}
      />
      <DateInput field="givenOn" legend="Date consent was given" hint="For example, 22 11 2026" value={givenOn} onChange={setGivenOn} />
      <SubmitButton form={form}>Record consent</SubmitButton>
    </GovForm>
  );
}

export function ConsentPage() {
  return <CaseFormPage title="Record consent to share information">{(props) => <ConsentForm {...props} />}</CaseFormPage>;
}

function WithdrawConsentForm({ loaded, form, done }: CaseFormProps) {
  const { consentId = '' } = useParams();
  const [withdrawnOn, setWithdrawnOn] = useState<DateParts>(() => toDateParts(londonToday()));
  const consent = loaded.consents.find((c) => c.id === consentId);
  if (!consent?.current) return <p className="govuk-body">This consent is not current, so it cannot be withdrawn.</p>;
  const submit = async () => {
    if (await form.run(() => request(WITHDRAW_CONSENT, { consentId, withdrawnOn: toIsoDate(withdrawnOn) ?? '' })))
      done('Consent withdrawn');
  };
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Given by', value: fullName(consent.givenBy) },
          { key: 'Given on', value: formatDate(consent.givenOn) },
          { key: 'Shared with', value: consent.agencies.map((a) => a.name).join(', ') },
        ]}
      />
      <GovForm form={form} onSubmit={() => void submit()}>
        <DateInput
          field="withdrawnOn"
          legend="Date consent was withdrawn"
          hint="For example, 22 11 2026"
          value={withdrawnOn}
          onChange={setWithdrawnOn}
        />
        <SubmitButton form={form}>Withdraw consent</SubmitButton>
      </GovForm>
    </>
  );
}

export function WithdrawConsentPage() {
  return <CaseFormPage title="Withdraw consent">{(props) => <WithdrawConsentForm {...props} />}</CaseFormPage>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Days from one calendar date to another (both 'YYYY-MM-DD').
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// The rule (libs/domain nextReviewProblems): 4 to 6 weeks after this review, or a reason.
function outsideReviewRule(heldOn: string | null, nextOn: string | null): 'SOONER' | 'LATER' | null {
  if (!heldOn || !nextOn) return null;
  const days = daysBetween(heldOn, nextOn);
  if (days < 28) return 'SOONER';
  if (days > 42) return 'LATER';
  return null;
}

// Members of the team around the family at the meeting: present, or absent with apologies.
function TeamAttendance({
  caseId,
  value,
  onChange,
}: {
  readonly caseId: string;
  readonly value: Readonly<Record<string, ReviewAttendance>>;
  readonly onChange: (userId: string, attendance: ReviewAttendance) => void;
}) {
  const team = useQuery(CASE_TEAM, { id: caseId });
  const members = team.data?.case.team.members ?? [];
  if (members.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Team around the family</h2>
      {members.map((m, i) => (
        <Radios<ReviewAttendance>
          key={m.userId}
          field={`teamAttendance.${i}.attendance`}
          legend={`${m.name} (${m.role}, ${m.agencyName})`}
          legendSize="s"
          inline
          value={value[m.userId] ?? ''}
          onChange={(attendance) => onChange(m.userId, attendance)}
          items={[
            { value: 'PRESENT', label: 'Present' },
            { value: 'APOLOGIES', label: 'Sent apologies' },
          ]}
        />
      ))}
    </>
  );
}

function ReviewForm({ loaded, form, done }: CaseFormProps) {
  const children = loaded.family.members.filter((m) => m.role === 'CHILD');
  const [attendance, setAttendance] = useState<Readonly<Record<string, ReviewAttendance>>>({});
  const [heldOn, setHeldOn] = useState<DateParts>(EMPTY_DATE);
  const [nextOn, setNextOn] = useState<DateParts>(EMPTY_DATE);
  const [text, setText] = useState<Readonly<Record<string, string>>>({});
  const set = (field: string) => (value: string) => setText((t) => ({ ...t, [field]: value }));
  const maintenance = loaded.status === 'MAINTENANCE';
  const outside = maintenance ? null : outsideReviewRule(toIsoDate(heldOn), toIsoDate(nextOn));
  const submit = async () => {
    // Left blank, the next review is 6 weeks on; half typed, it must not silently become that.
    const typed = `${nextOn.day}${nextOn.month}${nextOn.year}`.trim() !== '';
    const nextProblem = typed ? dateProblem(nextOn, 'the date of the next review') : null;
    if (nextProblem) return form.fail([{ field: 'nextReviewOn', message: nextProblem }]);
    const input = {
      caseId: loaded.id,
      heldOn: toIsoDate(heldOn) ?? '',
      attendees: text.attendees ?? '',
      goalProgress: text.goalProgress ?? '',
      familyView: text.familyView ?? '',
      childViews: children.map((c) => ({ personId: c.id, view: text[c.id] ?? '' })),
      teamAttendance: Object.entries(attendance).map(([userId, a]) => ({ userId, attendance: a })),
      nextReviewOn: toIsoDate(nextOn),
      nextReviewReason: outside ? (text.nextReviewReason ?? '').trim() : null,
    };
    if (await form.run(() => request(RECORD_REVIEW, { input }))) done('Review recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <p className="govuk-body">
        {maintenance
          ? 'A maintenance review checks how the family are getting on after the plan has ended.'
          : 'A Team Around the Family meeting, with the family and the professionals working with them, every 4 to 6 weeks.'}
      </p>
      <DateInput field="heldOn" legend="Date of the review" hint="For example, 22 11 2026" value={heldOn} onChange={setHeldOn} />
      <Textarea
        field="attendees"
        label="Who attended"
        hint="Names and roles, including family members"
        rows={3}
        value={text.attendees ?? ''}
        onChange={set('attendees')}
      />
      <TeamAttendance caseId={loaded.id} value={attendance} onChange={(userId, a) => setAttendance((now) => ({ ...now, [userId]: a }))} />
      <Textarea field="goalProgress" label="Progress on each goal" value={text.goalProgress ?? ''} onChange={set('goalProgress')} />
      <Textarea field="familyView" label="The family’s view" rows={3} value={text.familyView ?? ''} onChange={set('familyView')} />
      {children.map((c, i) => (
        <Textarea
          key={c.id}
          field={`childViews.${i}.view`}
          label={`${c.firstName}’s view`}
          hint="In their own words where you can"
          rows={3}
          value={text[c.id] ?? ''}
          onChange={set(c.id)}
        />
      ))}
      {!maintenance && (
        <>
          <DateInput
            field="nextReviewOn"
            legend="Date of the next review (optional)"
            hint="Reviews are every 4 to 6 weeks. Leave blank for 6 weeks after this review. A date sooner than 4 weeks or later than 6 weeks needs a reason."
            value={nextOn}
            onChange={setNextOn}
          />
          {outside && (
            <Textarea
              field="nextReviewReason"
              label={
                outside === 'LATER' ? 'Why is the next review more than 6 weeks away?' : 'Why is the next review less than 4 weeks away?'
              }
              hint="This is recorded on the review and in the case chronology."
              rows={3}
              value={text.nextReviewReason ?? ''}
              onChange={set('nextReviewReason')}
            />
          )}
        </>
      )}
      <SubmitButton form={form}>Record the review</SubmitButton>
    </GovForm>
  );
}

export function ReviewPage() {
  return <CaseFormPage title="Record a review">{(props) => <ReviewForm {...props} />}</CaseFormPage>;
}

const OUTCOME_ORDER = Object.keys(CLOSURE_OUTCOMES) as ClosureOutcome[];
const CRISIS_CARD = 'CRISIS_CARD';

function CloseForm({ loaded, form, done }: CaseFormProps) {
  const hints = closureOutcomeHints(useTerms());
  const [outcome, setOutcome] = useState<ClosureOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [crisis, setCrisis] = useState<readonly string[]>([]);
  const [whoToCall, setWhoToCall] = useState('');
  const [warningSigns, setWarningSigns] = useState('');
  // Maintenance comes after an open case; a family already in maintenance can only be closed.
  const canMaintain = loaded.status === 'OPEN';
  const [mode, setMode] = useState<'CLOSE' | 'MAINTENANCE' | ''>(canMaintain ? '' : 'CLOSE');
  const submit = async () => {
    const problems = [
      ...(outcome ? [] : [{ field: 'outcome', message: 'Select the outcome' }]),
      ...(mode ? [] : [{ field: 'maintenance', message: 'Select whether to close the case or move the family into maintenance' }]),
    ];
    if (!outcome || problems.length > 0) return form.fail(problems);
    const input = {
      caseId: loaded.id,
      version: loaded.version,
      outcome,
      reason: outcome === 'OTHER' ? reason : null,
      crisisCard: crisis.includes(CRISIS_CARD) ? { whoToCall, warningSigns } : null,
      maintenance: mode === 'MAINTENANCE',
    };
    if (await form.run(() => request(CLOSE_CASE, { input })))
      done(mode === 'MAINTENANCE' ? 'The family has moved into maintenance' : 'Case closed');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Radios
        field="outcome"
        legend="What is the outcome?"
        legendSize="s"
        items={OUTCOME_ORDER.map((o) => ({
          value: o,
          label: CLOSURE_OUTCOMES[o],
          hint: hints[o],
          conditional:
            o === 'OTHER' ? <Textarea field="reason" label="Reason for closing" rows={3} value={reason} onChange={setReason} /> : undefined,
        }))}
        value={outcome}
        onChange={setOutcome}
      />
      <Checkboxes
        field="crisisCard"
        legend="Crisis Card (optional)"
        hint="Before the final review, agree with the family who they can call and the signs that things are going wrong."
        items={[
          {
            value: CRISIS_CARD,
            label: 'Complete a Crisis Card with the family',
            conditional: (
              <>
                <Textarea field="crisisCard.whoToCall" label="Who to call in a crisis" rows={3} value={whoToCall} onChange={setWhoToCall} />
                <Textarea
                  field="crisisCard.warningSigns"
                  label="The family’s own early-warning signs"
                  rows={3}
                  value={warningSigns}
                  onChange={setWarningSigns}
                />
              </>
            ),
          },
        ]}
        value={crisis}
        onChange={setCrisis}
      />
      {canMaintain && (
        <Radios
          field="maintenance"
          legend="What happens next?"
          legendSize="s"
          items={[
            { value: 'CLOSE', label: 'Close the case' },
            { value: 'MAINTENANCE', label: 'Move the family into maintenance (reviews at 1, 3, 6 and 12 months)' },
          ]}
          value={mode}
          onChange={setMode}
        />
      )}
      <SubmitButton form={form}>Confirm</SubmitButton>
    </GovForm>
  );
}

export function ClosePage() {
  return <CaseFormPage title="Close the case">{(props) => <CloseForm {...props} />}</CaseFormPage>;
}
