import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Checkboxes } from '../components/checkboxes';
import { DateInput } from '../components/date-input';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type FormController } from '../components/form';
import { successState, useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { RecordPage } from '../components/record-page';
import { SummaryList } from '../components/summary-list';
import { StatusTag } from '../components/tag';
import { EMPTY_DATE, formatDate, toIsoDate, type DateParts } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { ParagraphLink } from '../my-family-plan/paragraph-link';
import { useTerms } from '../session/session';
import { NEED_PROGRESS, PROGRESS_ORDER, SUSTAINMENT_SOURCES } from './outcome-labels';
import {
  CONFIRM_SUSTAINMENT,
  NEEDS_CASE,
  OUTCOME_HEADINGS,
  RECORD_NEED,
  RECORD_NEED_OUTCOMES,
  RECORD_NEED_PROGRESS,
  REMOVE_NEED,
  type NeedProgress,
  type NeedsCase,
  type PlanNeed,
  type SustainmentSource,
} from './outcomes-operations';

export const needsPath = (caseId: string) => `/cases/${caseId}/needs`;

interface NeedsFormProps {
  readonly loaded: NeedsCase;
  readonly form: FormController;
  readonly reload: () => void;
  /** Back to the needs page, with a success banner. */
  readonly done: (message: string) => void;
}

// The frame of the pages about a family's needs: load the case's needs, show problems, go back to
// the needs page with a success banner when the change is saved.
function NeedsFrame({ title, children }: { readonly title: string; readonly children: (props: NeedsFormProps) => ReactNode }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(NEEDS_CASE, { id });
  const form = useForm({ CONFLICT: 'Someone else has recorded this since you opened the page. Reload to see their changes.' });
  const success = useSuccessMessage();
  return (
    <QueryView result={result}>
      {({ case: loaded }) => (
        <RecordPage
          form={form}
          reload={result.reload}
          success={success}
          caption={`${loaded.familyName} – case ${loaded.reference}`}
          title={title}
        >
          {children({
            loaded,
            form,
            reload: result.reload,
            done: (message) => navigate(needsPath(loaded.id), { state: successState(message) }),
          })}
        </RecordPage>
      )}
    </QueryView>
  );
}

const names = (need: PlanNeed) => need.members.map((m) => `${m.firstName} ${m.lastName}`).join(', ');

function NeedCard({ need, onRemove }: { readonly need: PlanNeed; readonly onRemove?: () => void }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{need.heading.name}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Who it concerns', value: names(need) },
            { key: 'The need', value: <span className="app-preserve-lines">{need.description}</span> },
            { key: 'Evidence', value: <span className="app-preserve-lines">{need.evidence}</span> },
            { key: 'Evidence from', value: need.evidenceAgencyName },
            { key: 'Identified on', value: formatDate(need.identifiedOn) },
            ...need.progress.map((p) => ({
              key: `Review of ${formatDate(p.heldOn)}`,
              value: (
                <>
                  <StatusTag status={NEED_PROGRESS[p.progress]} /> <span className="app-preserve-lines">{p.evidence}</span>
                </>
              ),
            })),
            need.outcome !== null && {
              key: 'Outcome at closure',
              value: (
                <>
                  <StatusTag status={NEED_PROGRESS[need.outcome]} /> <span className="app-preserve-lines">{need.outcomeEvidence}</span>
                </>
              ),
            },
            need.sustainment !== null && {
              key: 'Sustained?',
              value: `${need.sustainment.held ? 'Progress held' : 'Progress did not hold'} (${SUSTAINMENT_SOURCES[need.sustainment.source]}, ${formatDate(need.sustainment.recordedOn)}): ${need.sustainment.evidence}`,
            },
          ]}
        />
        {onRemove && (
          <button type="button" className="govuk-button govuk-button--warning" onClick={onRemove}>
            Remove this need<span className="govuk-visually-hidden"> ({need.heading.name})</span>
          </button>
        )}
      </div>
    </div>
  );
}

function AddNeedForm({ loaded, form, reload }: NeedsFormProps) {
  const headings = useQuery(OUTCOME_HEADINGS, { includeRetired: false });
  const agencies = useQuery(AGENCIES, {});
  const [headingId, setHeadingId] = useState('');
  const [personIds, setPersonIds] = useState<readonly string[]>([]);
  const [description, setDescription] = useState('');
  const [evidence, setEvidence] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [identifiedOn, setIdentifiedOn] = useState<DateParts>(EMPTY_DATE);
  const submit = async () => {
    if (!headingId) return form.fail([{ field: 'headingId', message: 'Choose a heading of the outcome framework' }]);
    const input = {
      caseId: loaded.id,
      headingId,
      personIds: [...personIds],
      description,
      evidence,
      evidenceAgencyId: agencyId,
      identifiedOn: toIsoDate(identifiedOn) ?? '',
    };
    if (await form.run(() => request(RECORD_NEED, { input }))) {
      setHeadingId('');
      setPersonIds([]);
      setDescription('');
      setEvidence('');
      reload();
    }
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <h2 className="govuk-heading-m">Code a need</h2>
      <Radios
        field="headingId"
        legend="Which heading of the outcome framework is the need under?"
        legendSize="s"
        items={(headings.data?.outcomeHeadings ?? []).map((h) => ({ value: h.id, label: h.name }))}
        value={headingId}
        onChange={setHeadingId}
      />
      <Checkboxes
        field="personIds"
        legend="Who does the need concern?"
        hint="Select all that apply"
        small
        items={loaded.family.members.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }))}
        value={personIds}
        onChange={setPersonIds}
      />
      <Textarea field="description" label="The need" rows={3} value={description} onChange={setDescription} />
      <Textarea
        field="evidence"
        label="Evidence of the need"
        hint="For example, attendance of 78% this term"
        rows={3}
        value={evidence}
        onChange={setEvidence}
      />
      <Select
        field="evidenceAgencyId"
        label="Which agency is the evidence from?"
        placeholder="Choose an agency"
        options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={agencyId}
        onChange={setAgencyId}
      />
      <DateInput
        field="identifiedOn"
        legend="Date the need was identified"
        hint="For example, 22 11 2026"
        value={identifiedOn}
        onChange={setIdentifiedOn}
      />
      <SubmitButton form={form}>Add the need</SubmitButton>
    </GovForm>
  );
}

function NeedsList({ loaded, form, reload }: NeedsFormProps) {
  const terms = useTerms();
  const open = loaded.status === 'OPEN' || loaded.status === 'AWAITING_FIRST_CONTACT';
  const editable = loaded.canEditPlan && open && loaded.plan !== null;
  const remove = async (need: PlanNeed) => {
    if (await form.run(() => request(REMOVE_NEED, { input: { needId: need.id, version: need.version } }))) reload();
  };
  const reviewsWithoutProgress = loaded.reviews.filter(
    (r) => r.kind === 'TEAM_AROUND_FAMILY' && !loaded.needs.every((n) => n.progress.some((p) => p.reviewId === r.id)),
  );
  const outcomesToRecord = loaded.status === 'CLOSED' && loaded.needs.some((n) => n.outcome === null);
  const check = loaded.sustainmentCheck;
  return (
    <>
      <ParagraphLink to={`/cases/${loaded.id}`}>Back to the case</ParagraphLink>
      <p className="govuk-body">
        Each need identified in the {terms.familyPlan} is coded against the council’s outcome framework, with its evidence. Progress is
        recorded at each review and the outcome at closure; some months after closure the former {terms.leadPractitioner} is asked whether
        the progress held.
      </p>
      {loaded.needs.length === 0 ? (
        <p className="govuk-body">No needs coded yet.</p>
      ) : (
        loaded.needs.map((n) => (
          <NeedCard
            key={n.id}
            need={n}
            onRemove={editable && n.progress.length === 0 && n.outcome === null ? () => void remove(n) : undefined}
          />
        ))
      )}
      {loaded.canEditPlan && loaded.needs.length > 0 && reviewsWithoutProgress.length > 0 && open && (
        <ParagraphLink to={`${needsPath(loaded.id)}/progress`}>Record progress at a review</ParagraphLink>
      )}
      {loaded.canEditPlan && outcomesToRecord && (
        <ParagraphLink to={`${needsPath(loaded.id)}/outcomes`}>Record the outcome of each need</ParagraphLink>
      )}
      {check && (
        <>
          <h2 className="govuk-heading-m">Sustainment check</h2>
          <SummaryList
            rows={[
              { key: 'Due', value: formatDate(check.dueOn) },
              { key: 'Confirmed', value: check.confirmedOn ? formatDate(check.confirmedOn) : 'Not yet' },
              {
                key: 'Referrals since closure',
                value: check.reReferrals.length ? check.reReferrals.map((r) => formatDate(r.receivedOn)).join(', ') : 'None',
              },
            ]}
          />
          {check.canConfirm && <ParagraphLink to={`/cases/${loaded.id}/sustainment`}>Confirm whether progress held</ParagraphLink>}
        </>
      )}
      {editable && <AddNeedForm loaded={loaded} form={form} reload={reload} done={() => undefined} />}
    </>
  );
}

export function NeedsPage() {
  return <NeedsFrame title="Needs and outcomes">{(props) => <NeedsList {...props} />}</NeedsFrame>;
}

interface EntryState {
  readonly progress: NeedProgress | '';
  readonly evidence: string;
}

// One block per need: a progress scale and the evidence for it.
function ProgressEntries({
  needs,
  value,
  onChange,
  legend,
}: {
  readonly needs: readonly PlanNeed[];
  readonly value: Readonly<Record<string, EntryState>>;
  readonly onChange: (needId: string, entry: EntryState) => void;
  readonly legend: (need: PlanNeed) => string;
}) {
  return (
    <>
      {needs.map((n, i) => {
        const entry = value[n.id] ?? { progress: '', evidence: '' };
        return (
          <div key={n.id}>
            <Radios<NeedProgress>
              field={`entries.${i}.progress`}
              legend={legend(n)}
              legendSize="s"
              hint={`${names(n)}: ${n.description}`}
              items={PROGRESS_ORDER.map((p) => ({ value: p, label: NEED_PROGRESS[p].text }))}
              value={entry.progress}
              onChange={(progress) => onChange(n.id, { ...entry, progress })}
            />
            <Textarea
              field={`entries.${i}.evidence`}
              label={`Evidence for ${n.heading.name}`}
              rows={2}
              value={entry.evidence}
              onChange={(evidence) => onChange(n.id, { ...entry, evidence })}
            />
          </div>
        );
      })}
    </>
  );
}

function entriesOf(needs: readonly PlanNeed[], value: Readonly<Record<string, EntryState>>) {
  const problems = needs.flatMap((n, i) =>
    value[n.id]?.progress ? [] : [{ field: `entries.${i}.progress`, message: `Choose the progress on ${n.heading.name}` }],
  );
  const entries = needs.map((n) => ({
    needId: n.id,
    progress: (value[n.id]?.progress || 'NO_CHANGE') as NeedProgress,
    evidence: value[n.id]?.evidence ?? '',
  }));
  return { problems, entries };
}

function ProgressForm({ loaded, form, done }: NeedsFormProps) {
  const reviews = loaded.reviews.filter((r) => r.kind === 'TEAM_AROUND_FAMILY');
  const [reviewId, setReviewId] = useState(reviews[0]?.id ?? '');
  const [value, setValue] = useState<Readonly<Record<string, EntryState>>>({});
  const needs = loaded.needs.filter((n) => !n.progress.some((p) => p.reviewId === reviewId));
  const submit = async () => {
    const { problems, entries } = entriesOf(needs, value);
    if (!reviewId) problems.unshift({ field: 'reviewId', message: 'Choose the review' });
    if (problems.length) return form.fail(problems);
    if (await form.run(() => request(RECORD_NEED_PROGRESS, { input: { caseId: loaded.id, reviewId, entries } }))) done('Progress recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <ParagraphLink to={needsPath(loaded.id)}>Back to the needs</ParagraphLink>
      <Radios
        field="reviewId"
        legend="Which review?"
        legendSize="s"
        items={reviews.map((r) => ({ value: r.id, label: `Review of ${formatDate(r.heldOn)}` }))}
        value={reviewId}
        onChange={setReviewId}
      />
      {needs.length === 0 ? (
        <p className="govuk-body">Progress on every need has been recorded for this review.</p>
      ) : (
        <ProgressEntries
          needs={needs}
          value={value}
          onChange={(id, entry) => setValue((v) => ({ ...v, [id]: entry }))}
          legend={(n) => `Progress on ${n.heading.name}`}
        />
      )}
      <SubmitButton form={form}>Record progress</SubmitButton>
    </GovForm>
  );
}

export function NeedProgressPage() {
  return <NeedsFrame title="Record progress at a review">{(props) => <ProgressForm {...props} />}</NeedsFrame>;
}

function OutcomesForm({ loaded, form, done }: NeedsFormProps) {
  const [value, setValue] = useState<Readonly<Record<string, EntryState>>>({});
  const needs = loaded.needs.filter((n) => n.outcome === null);
  if (loaded.status !== 'CLOSED') return <p className="govuk-body">The outcome of each need is recorded once the case has closed.</p>;
  const submit = async () => {
    const { problems, entries } = entriesOf(needs, value);
    if (problems.length) return form.fail(problems);
    if (await form.run(() => request(RECORD_NEED_OUTCOMES, { input: { caseId: loaded.id, entries } }))) done('Outcomes recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <ParagraphLink to={needsPath(loaded.id)}>Back to the needs</ParagraphLink>
      <ProgressEntries
        needs={needs}
        value={value}
        onChange={(id, entry) => setValue((v) => ({ ...v, [id]: entry }))}
        legend={(n) => `Outcome on ${n.heading.name}`}
      />
      <SubmitButton form={form}>Record the outcomes</SubmitButton>
    </GovForm>
  );
}

export function NeedOutcomesPage() {
  return <NeedsFrame title="Record the outcome of each need">{(props) => <OutcomesForm {...props} />}</NeedsFrame>;
}

interface HeldState {
  readonly held: 'YES' | 'NO' | '';
  readonly source: SustainmentSource | '';
  readonly evidence: string;
}

const SOURCE_ORDER = Object.keys(SUSTAINMENT_SOURCES) as SustainmentSource[];

function SustainmentForm({ loaded, form, done }: NeedsFormProps) {
  const terms = useTerms();
  const [value, setValue] = useState<Readonly<Record<string, HeldState>>>({});
  const check = loaded.sustainmentCheck;
  if (!check?.canConfirm) {
    return (
      <p className="govuk-body">
        {check?.confirmedOn
          ? `Progress was confirmed on ${formatDate(check.confirmedOn)}.`
          : `Only the former ${terms.leadPractitioner} is asked to confirm, once the check is due.`}
      </p>
    );
  }
  const set = (id: string, change: Partial<HeldState>) =>
    setValue((v) => ({ ...v, [id]: { ...(v[id] ?? { held: '', source: '', evidence: '' }), ...change } }));
  const submit = async () => {
    const problems = loaded.needs.flatMap((n, i) => [
      ...(value[n.id]?.held ? [] : [{ field: `needs.${i}.held`, message: `Say whether progress on ${n.heading.name} held` }]),
      ...(value[n.id]?.source ? [] : [{ field: `needs.${i}.source`, message: `Choose where you found this for ${n.heading.name}` }]),
    ]);
    if (problems.length) return form.fail(problems);
    const input = {
      caseId: loaded.id,
      version: check.version,
      needs: loaded.needs.map((n) => ({
        needId: n.id,
        held: value[n.id]?.held === 'YES',
        source: (value[n.id]?.source || 'OTHER') as SustainmentSource,
        evidence: value[n.id]?.evidence ?? '',
      })),
    };
    if (await form.run(() => request(CONFIRM_SUSTAINMENT, { input }))) done('Thank you: the sustainment check is recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <ParagraphLink to={needsPath(loaded.id)}>Back to the needs</ParagraphLink>
      <p className="govuk-body">
        The case closed on {loaded.closedOn ? formatDate(loaded.closedOn) : 'an earlier date'}. For each need, check a source such as school
        attendance, police or health records and say whether the progress has lasted.
      </p>
      {check.reReferrals.length > 0 && (
        <div className="govuk-inset-text">
          The portal found {check.reReferrals.length === 1 ? 'a new referral' : `${check.reReferrals.length} new referrals`} for the family
          since closure ({check.reReferrals.map((r) => formatDate(r.receivedOn)).join(', ')}).
        </div>
      )}
      {loaded.needs.map((n, i) => (
        <div key={n.id}>
          <h2 className="govuk-heading-m">{n.heading.name}</h2>
          <p className="govuk-body">
            {names(n)}: {n.description}
            {n.outcome && ` (at closure: ${NEED_PROGRESS[n.outcome].text.toLowerCase()})`}
          </p>
          <Radios<'YES' | 'NO'>
            field={`needs.${i}.held`}
            legend={`Has the progress on ${n.heading.name} held?`}
            legendSize="s"
            inline
            items={[
              { value: 'YES', label: 'Yes' },
              { value: 'NO', label: 'No' },
            ]}
            value={value[n.id]?.held ?? ''}
            onChange={(held) => set(n.id, { held })}
          />
          <Select
            field={`needs.${i}.source`}
            label={`Where did you find this for ${n.heading.name}?`}
            placeholder="Choose a source"
            options={SOURCE_ORDER.map((s) => ({ value: s, label: SUSTAINMENT_SOURCES[s] }))}
            value={value[n.id]?.source ?? ''}
            onChange={(source) => set(n.id, { source: source as SustainmentSource })}
          />
          <Textarea
            field={`needs.${i}.evidence`}
            label={`What you found for ${n.heading.name}`}
            hint="For example, attendance of 96% this term"
            rows={2}
            value={value[n.id]?.evidence ?? ''}
            onChange={(evidence) => set(n.id, { evidence })}
          />
        </div>
      ))}
      <SubmitButton form={form}>Confirm</SubmitButton>
    </GovForm>
  );
}

export function SustainmentPage() {
  return <NeedsFrame title="Has the family’s progress lasted?">{(props) => <SustainmentForm {...props} />}</NeedsFrame>;
}
