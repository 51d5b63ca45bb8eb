import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DateInput } from '../components/date-input';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { Radios } from '../components/radios';
import { EMPTY_DATE, toIsoDate, type DateParts } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { CLOSURE_OUTCOMES } from './plan-labels';
import { CLOSE_CASE, PLAN_CASE, RECORD_CONSENT, RECORD_REVIEW, type ClosureOutcome, type PlanCase } from './plan-operations';

// The frame shared by the lead's forms on a case: load the case, show problems, go back to the
// case page with a success banner when the change is saved.
function CaseFormPage({
  title,
  children,
}: {
  readonly title: string;
  readonly children: (loaded: PlanCase, form: FormController, done: (message: string) => void) => ReactNode;
}) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(PLAN_CASE, { id });
  const form = useForm({ CONFLICT: 'Someone else has changed this case. Reload to see their changes.' });
  return (
    <QueryView result={result}>
      {({ case: loaded }) => (
        <RecordPage form={form} reload={result.reload} success={undefined} caption={`${loaded.familyName} – case ${loaded.reference}`} title={title}>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/cases/${loaded.id}`}>
              Back to the case
            </Link>
          </p>
          {children(loaded, form, (message) => navigate(`/cases/${loaded.id}`, { state: successState(message) }))}
        </RecordPage>
      )}
    </QueryView>
  );
}

function Checkboxes({ legend, items, chosen, onChange }: { readonly legend: string; readonly items: { value: string; label: string }[]; readonly chosen: string[]; readonly onChange: (chosen: string[]) => void }) {
  return (
    <div className="govuk-form-group" id="agencyIds">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {items.map((item) => (
            <div className="govuk-checkboxes__item" key={item.value}>
              <input
                className="govuk-checkboxes__input"
                id={`choice-${item.value}`}
                type="checkbox"
                checked={chosen.includes(item.value)}
                onChange={(event) => onChange(event.target.checked ? [...chosen, item.value] : chosen.filter((c) => c !== item.value))}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`choice-${item.value}`}>
                {item.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function ConsentForm({ loaded, form, done }: { readonly loaded: PlanCase; readonly form: FormController; readonly done: (message: string) => void }) {
  const agencies = useQuery(AGENCIES, {});
  const [givenBy, setGivenBy] = useState('');
  const [competent, setCompetent] = useState(false);
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [givenOn, setGivenOn] = useState<DateParts>(EMPTY_DATE);
  const giver = loaded.family.members.find((m) => m.id === givenBy);
  const submit = async () => {
    const saved = await form.run(() =>
      request(RECORD_CONSENT, { input: { caseId: loaded.id, givenByPersonId: givenBy, competenceConfirmed: competent, agencyIds, givenOn: toIsoDate(givenOn) ?? '' } }),
    );
    if (saved) done('Consent recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Radios
        field="givenByPersonId"
        legend="Who gave consent?"
        items={loaded.family.members.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}`, hint: m.role === 'CHILD' ? 'Child or young person' : m.relationship }))}
        value={givenBy}
        onChange={setGivenBy}
      />
      {giver?.role === 'CHILD' && (
        <div className="govuk-checkboxes__item govuk-!-margin-bottom-4" id="competenceConfirmed">
          <input className="govuk-checkboxes__input" id="competent" type="checkbox" checked={competent} onChange={(e) => setCompetent(e.target.checked)} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="competent">
            I am satisfied this young person is competent to consent for themselves
          </label>
        </div>
      )}
      <Checkboxes legend="Which agencies may information be shared with?" items={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} chosen={agencyIds} onChange={setAgencyIds} />
      <DateInput field="givenOn" legend="Date consent was given" value={givenOn} onChange={setGivenOn} />
      <SubmitButton form={form}>Record consent</SubmitButton>
    </GovForm>
  );
}

export function ConsentPage() {
  return <CaseFormPage title="Record consent to share information">{(loaded, form, done) => <ConsentForm loaded={loaded} form={form} done={done} />}</CaseFormPage>;
}

function ReviewForm({ loaded, form, done }: { readonly loaded: PlanCase; readonly form: FormController; readonly done: (message: string) => void }) {
  const children = loaded.family.members.filter((m) => m.role === 'CHILD');
  const [heldOn, setHeldOn] = useState<DateParts>(EMPTY_DATE);
  const [nextOn, setNextOn] = useState<DateParts>(EMPTY_DATE);
  const [text, setText] = useState<Record<string, string>>({});
  const set = (field: string) => (value: string) => setText((t) => ({ ...t, [field]: value }));
  const submit = async () => {
    const saved = await form.run(() =>
      request(RECORD_REVIEW, {
        input: {
          caseId: loaded.id,
          heldOn: toIsoDate(heldOn) ?? '',
          attendees: text.attendees ?? '',
          goalProgress: text.goalProgress ?? '',
          familyView: text.familyView ?? '',
          childViews: children.map((c) => ({ personId: c.id, view: text[c.id] ?? '' })),
          nextReviewOn: toIsoDate(nextOn),
        },
      }),
    );
    if (saved) done('Review recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <DateInput field="heldOn" legend="Date of the review" value={heldOn} onChange={setHeldOn} />
      <Textarea field="attendees" label="Who attended" rows={3} value={text.attendees ?? ''} onChange={set('attendees')} />
      <Textarea field="goalProgress" label="Progress on each goal" value={text.goalProgress ?? ''} onChange={set('goalProgress')} />
      <Textarea field="familyView" label="The family’s view" rows={3} value={text.familyView ?? ''} onChange={set('familyView')} />
      {children.map((c, i) => (
        <Textarea key={c.id} field={`childViews.${i}.view`} label={`${c.firstName}’s view`} rows={3} value={text[c.id] ?? ''} onChange={set(c.id)} />
      ))}
      <DateInput field="nextReviewOn" legend="Date of the next review" hint="Leave blank for 6 weeks after this review" value={nextOn} onChange={setNextOn} />
      <SubmitButton form={form}>Record the review</SubmitButton>
    </GovForm>
  );
}

export function ReviewPage() {
  return <CaseFormPage title="Record a review">{(loaded, form, done) => <ReviewForm loaded={loaded} form={form} done={done} />}</CaseFormPage>;
}

const CLOSING_CHOICES: ClosureOutcome[] = ['NEEDS_MET', 'STEPPED_DOWN_TO_UNIVERSAL', 'FAMILY_DECLINED', 'MOVED_AWAY', 'OTHER'];

function CloseForm({ loaded, form, done }: { readonly loaded: PlanCase; readonly form: FormController; readonly done: (message: string) => void }) {
  const [outcome, setOutcome] = useState<ClosureOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [crisis, setCrisis] = useState(false);
  const [whoToCall, setWhoToCall] = useState('');
  const [warningSigns, setWarningSigns] = useState('');
  const [mode, setMode] = useState<'CLOSE' | 'MAINTENANCE' | ''>('');
  const submit = async () => {
    if (!outcome) return form.fail([{ field: 'outcome', message: 'Choose the outcome' }]);
    if (!mode) return form.fail([{ field: 'maintenance', message: 'Choose whether to close the case or move into maintenance' }]);
    const saved = await form.run(() =>
      request(CLOSE_CASE, {
        input: {
          caseId: loaded.id,
          version: loaded.version,
          outcome,
          reason: outcome === 'OTHER' ? reason : null,
          crisisCard: crisis ? { whoToCall, warningSigns } : null,
          maintenance: mode === 'MAINTENANCE',
        },
      }),
    );
    if (saved) done(mode === 'MAINTENANCE' ? 'The family has moved into maintenance' : 'Case closed');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <p className="govuk-body">A step up to level 3 or 4 is decided at the Early Help Forum, or through the urgent safeguarding route.</p>
      <Radios
        field="outcome"
        legend="What is the outcome?"
        items={CLOSING_CHOICES.map((o) => ({
          value: o,
          label: CLOSURE_OUTCOMES[o],
          conditional: o === 'OTHER' ? <Textarea field="reason" label="Reason for closing" rows={3} value={reason} onChange={setReason} /> : undefined,
        }))}
        value={outcome}
        onChange={setOutcome}
      />
      <div className="govuk-checkboxes govuk-!-margin-bottom-4">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id="crisis-card" type="checkbox" checked={crisis} onChange={(e) => setCrisis(e.target.checked)} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="crisis-card">
            Complete a Crisis Card with the family
          </label>
        </div>
      </div>
      {crisis && (
        <>
          <Textarea field="crisisCard.whoToCall" label="Who to call in a crisis" rows={2} value={whoToCall} onChange={setWhoToCall} />
          <Textarea field="crisisCard.warningSigns" label="The family’s own early-warning signs" rows={2} value={warningSigns} onChange={setWarningSigns} />
        </>
      )}
      <Radios
        field="maintenance"
        legend="What happens next?"
        items={[
          { value: 'CLOSE', label: 'Close the case' },
          { value: 'MAINTENANCE', label: 'Move the family into maintenance (reviews at 1, 3, 6 and 12 months)' },
        ]}
        value={mode}
        onChange={setMode}
      />
      <SubmitButton form={form}>Confirm</SubmitButton>
    </GovForm>
  );
}

export function ClosePage() {
  return <CaseFormPage title="Close the case">{(loaded, form, done) => <CloseForm loaded={loaded} form={form} done={done} />}</CaseFormPage>;
}
