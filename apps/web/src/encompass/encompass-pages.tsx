import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { inRunningText, londonInstant, type CouncilTerms } from '@eh/domain';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Fieldset, Select, Textarea, TextInput } from '../components/fields';
import { GovForm, ReloadAfterConflict, SubmitButton, useForm } from '../components/form';
import { SuccessBanner, successState, useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { Tag } from '../components/tag';
import { dateProblem, EMPTY_DATE, formatDate, formatDateTime, toIsoDate, type DateParts } from '../format/dates';
import type { TagColour } from '../format/labels';
import { ApiError, request, type FieldProblem } from '../graphql/client';
import { EDUCATION_SETTINGS } from '../education/education-operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { ProblemPage } from '../not-found/not-found-page';
import type { ReferralPrefill } from '../referrals/partner-referral-form';
import { useTerms, useViewer } from '../session/session';
import {
  ACKNOWLEDGE_ENCOMPASS_NOTIFICATION,
  ENCOMPASS_NOTIFICATIONS,
  OPEN_ENCOMPASS_NOTIFICATION,
  PASS_ON_ENCOMPASS_NOTIFICATION,
  RECORD_ENCOMPASS_NOTIFICATION,
  type EncompassNotification,
  type EncompassResponse,
  type EncompassRoute,
  type EncompassStage,
} from './encompass-operations';

// Operation Encompass (issue 14, part 2): the police record a notification; each child's setting's
// DSL reads and acknowledges it before the school day starts.

const POLICE = 'Police';

export const STAGES: Readonly<Record<EncompassStage, { text: string; colour: TagColour }>> = {
  AWAITING: { text: 'Awaiting the DSL', colour: 'blue' },
  ESCALATED_TO_DEPUTIES: { text: 'Escalated to the deputies', colour: 'orange' },
  ESCALATED_TO_COUNCIL: { text: 'Escalated to the council', colour: 'red' },
  WITH_COUNCIL_CONTACT: { text: 'With the council’s contact', colour: 'purple' },
  ACKNOWLEDGED: { text: 'Acknowledged', colour: 'green' },
};

/** A route with the council's contact that they have passed on to the setting. */
const PASSED_ON: { text: string; colour: TagColour } = { text: 'Passed on by the council', colour: 'green' };

/** What the school will do, in the council's words for its offer. */
export const responses = (terms: CouncilTerms): Readonly<Record<EncompassResponse, { label: string; hint: string }>> => ({
  SILENT_SUPPORT: { label: 'Silent support', hint: 'Staff are aware and watch for the child’s needs; nothing is said to the child.' },
  OVERT_SUPPORT: { label: 'Overt support', hint: 'A trusted adult offers the child support today.' },
  CONSIDER_EARLY_HELP: {
    label: `Consider ${inRunningText(terms.earlyHelp)}`,
    hint: 'Start a referral for the family: the form opens with the child’s details filled in.',
  },
});

const settingOf = (route: EncompassRoute) => route.settingName ?? 'No setting known';

function RouteStatus({ route }: { readonly route: EncompassRoute }) {
  const stage = route.passedOnAt ? PASSED_ON : STAGES[route.stage];
  return (
    <>
      {settingOf(route)}: <Tag colour={stage.colour}>{stage.text}</Tag>
    </>
  );
}

export function EncompassListPage() {
  const viewer = useViewer();
  const notifications = useQuery(ENCOMPASS_NOTIFICATIONS, {});
  const success = useSuccessMessage();
  const police = viewer.agency.agencyType === POLICE;
  usePageTitle('Operation Encompass notifications');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {success && <SuccessBanner message={success} />}
        <h1 className="govuk-heading-l">Operation Encompass notifications</h1>
        <p className="govuk-body">
          {police
            ? 'Notifications your force has recorded, newest first, with where each stands at each child’s school.'
            : 'Notifications from the police about children at your setting, or in families you work with. Read and acknowledge each before the school day starts.'}
        </p>
        {police && (
          <Link to="/encompass/new" className="govuk-button" data-module="govuk-button">
            Record an Encompass notification
          </Link>
        )}
        <QueryView result={notifications}>
          {({ encompassNotifications }) =>
            encompassNotifications.length === 0 ? (
              <p className="govuk-body">There are no Operation Encompass notifications for you.</p>
            ) : (
              <Table
                caption="Notifications"
                rowKey={(n) => n.id}
                rows={encompassNotifications}
                columns={[
                  {
                    header: 'Incident reference',
                    cell: (n) => (
                      <Link className="govuk-link" to={`/encompass/${n.id}`}>
                        {n.incidentReference}
                      </Link>
                    ),
                  },
                  { header: 'Recorded', cell: (n) => formatDateTime(n.recordedAt) },
                  { header: 'Children', cell: (n) => n.childCount, numeric: true },
                  {
                    header: 'Status',
                    cell: (n) => (
                      <ul className="govuk-list">
                        {n.routes.map((r) => (
                          <li key={r.id}>
                            <RouteStatus route={r} /> due {formatDateTime(r.dueAt)}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      </div>
    </div>
  );
}

interface ChildDraft {
  readonly key: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: DateParts;
  readonly nhsNumber: string;
  readonly uniquePupilNumber: string;
  readonly settingId: string;
}

const emptyChild = (key: number): ChildDraft => ({
  key,
  firstName: '',
  lastName: '',
  dateOfBirth: EMPTY_DATE,
  nhsNumber: '',
  uniquePupilNumber: '',
  settingId: '',
});

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function RecordEncompassPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const form = useForm();
  const settings = useQuery(EDUCATION_SETTINGS, {});
  const [incidentReference, setIncidentReference] = useState('');
  const [occurredOn, setOccurredOn] = useState<DateParts>(EMPTY_DATE);
  const [occurredTime, setOccurredTime] = useState('');
  const [summary, setSummary] = useState('');
  const [children, setChildren] = useState<readonly ChildDraft[]>([emptyChild(0)]);
  const nextKey = useRef(1);
  usePageTitle('Record an Encompass notification', form.problems.length > 0);
  if (viewer.agency.agencyType !== POLICE) {
    return <ProblemPage message="Only a police officer records an Operation Encompass notification." />;
  }
  const change = (key: number, patch: Partial<ChildDraft>) =>
    setChildren((all) => all.map((c) => (c.key === key ? { ...c, ...patch } : c)));

  const submit = async () => {
    const problems: FieldProblem[] = [];
    const day = toIsoDate(occurredOn);
    const dayProblem = dateProblem(occurredOn, 'the date of the incident');
    if (dayProblem) problems.push({ field: 'occurredOn', message: dayProblem });
    const time = TIME.exec(occurredTime.trim());
    if (!time) problems.push({ field: 'occurredAt', message: 'Enter the time of the incident as a 24-hour time, like 21:30' });
    children.forEach((c, i) => {
      const dob = dateProblem(c.dateOfBirth, 'date of birth');
      if (dob) problems.push({ field: `children.${i}.dateOfBirth`, message: dob });
    });
    if (problems.length || !day || !time) return form.fail(problems);
    const occurredAt = londonInstant(day, `${time[1].padStart(2, '0')}:${time[2]}`).toISOString();
    const input = {
      incidentReference,
      occurredAt,
      summary,
      children: children.map((c) => ({
        firstName: c.firstName,
        lastName: c.lastName,
        dateOfBirth: toIsoDate(c.dateOfBirth) ?? '',
        nhsNumber: c.nhsNumber.trim() || null,
        uniquePupilNumber: c.uniquePupilNumber.trim() || null,
        settingId: c.settingId || null,
      })),
    };
    const result = await form.run(() => request(RECORD_ENCOMPASS_NOTIFICATION, { input }));
    if (result) {
      const recorded = result.recordEncompassNotification;
      navigate(`/encompass/${recorded.id}`, {
        state: successState(`Encompass notification ${recorded.incidentReference} recorded and sent to each child’s setting`),
      });
    }
  };

  const settingOptions = (settings.data?.educationSettings ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.town})` }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <span className="govuk-caption-l">{viewer.agency.name}</span>
        <h1 className="govuk-heading-l">Record an Encompass notification</h1>
        <p className="govuk-body">
          Each child’s school is told before its next school day starts. The school is sent no details: its designated safeguarding lead
          signs in to read what you write here.
        </p>
        <GovForm form={form} onSubmit={() => void submit()}>
          <TextInput
            field="incidentReference"
            label="Incident reference"
            width={20}
            value={incidentReference}
            onChange={setIncidentReference}
          />
          <DateInput
            field="occurredOn"
            legend="Date of the incident"
            hint="For example, 20 11 2026"
            value={occurredOn}
            onChange={setOccurredOn}
          />
          <TextInput
            field="occurredAt"
            label="Time of the incident"
            hint="24-hour time, for example 21:30"
            width={5}
            value={occurredTime}
            onChange={setOccurredTime}
          />
          <Textarea
            field="summary"
            label="Short factual summary"
            labelSize="m"
            hint="What happened and what the children saw or heard. Facts only: the school reads this to support the child."
            value={summary}
            onChange={setSummary}
          />
          {children.map((c, i) => (
            <div key={c.key}>
              <Fieldset field={`children.${i}`} legend={`Child ${i + 1}`} legendSize="m">
                <TextInput
                  field={`children.${i}.firstName`}
                  label="First name"
                  value={c.firstName}
                  onChange={(v) => change(c.key, { firstName: v })}
                />
                <TextInput
                  field={`children.${i}.lastName`}
                  label="Last name"
                  value={c.lastName}
                  onChange={(v) => change(c.key, { lastName: v })}
                />
                <DateInput
                  field={`children.${i}.dateOfBirth`}
                  legend="Date of birth"
                  value={c.dateOfBirth}
                  onChange={(v) => change(c.key, { dateOfBirth: v })}
                />
                <TextInput
                  field={`children.${i}.nhsNumber`}
                  label="NHS number (optional)"
                  width={10}
                  value={c.nhsNumber}
                  onChange={(v) => change(c.key, { nhsNumber: v })}
                />
                <TextInput
                  field={`children.${i}.uniquePupilNumber`}
                  label="Unique pupil number (optional)"
                  width={20}
                  value={c.uniquePupilNumber}
                  onChange={(v) => change(c.key, { uniquePupilNumber: v })}
                />
                <Select
                  field={`children.${i}.settingId`}
                  label="School, college or nursery, if you know it (optional)"
                  hint="Used when the portal does not already know the child’s setting"
                  placeholder="Not known"
                  options={settingOptions}
                  value={c.settingId}
                  onChange={(v) => change(c.key, { settingId: v })}
                />
                {children.length > 1 && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    onClick={() => setChildren((all) => all.filter((x) => x.key !== c.key))}
                  >
                    Remove child {i + 1}
                  </button>
                )}
              </Fieldset>
            </div>
          ))}
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setChildren((all) => [...all, emptyChild(nextKey.current++)])}
            >
              Add another child
            </button>
          </div>
          <SubmitButton form={form}>Send to the children’s schools</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}

function Acknowledge({ notification, route, onDone }: { notification: EncompassNotification; route: EncompassRoute; onDone: () => void }) {
  const navigate = useNavigate();
  const form = useForm();
  const labels = responses(useTerms());
  const [response, setResponse] = useState<EncompassResponse | ''>('');
  const [note, setNote] = useState('');
  const submit = async () => {
    if (!response) return form.fail([{ field: 'response', message: 'Choose what the school will do' }]);
    const done = await form.run(() =>
      request(ACKNOWLEDGE_ENCOMPASS_NOTIFICATION, {
        input: { routeId: route.id, version: route.version, response, note: note.trim() || null },
      }),
    );
    if (!done) return;
    if (response === 'CONSIDER_EARLY_HELP') {
      const prefill: ReferralPrefill = {
        children: notification.children.map((c) => ({ firstName: c.firstName, lastName: c.lastName, dateOfBirth: c.dateOfBirth })),
        concerns: `Operation Encompass notification from ${notification.recordedByAgency} (incident ${notification.incidentReference}, ${formatDateTime(notification.occurredAt)}): ${notification.summary}`,
      };
      navigate('/referrals/new', { state: { referralPrefill: prefill } });
    } else onDone();
  };
  return (
    <>
      <ErrorSummary problems={form.problems} />
      <h2 className="govuk-heading-m">Acknowledge for {settingOf(route)}</h2>
      <ReloadAfterConflict form={form} reload={onDone} />
      <GovForm form={form} onSubmit={() => void submit()}>
        <Radios
          field="response"
          legend="What will the school do?"
          legendSize="s"
          value={response}
          onChange={setResponse}
          items={(Object.keys(labels) as EncompassResponse[]).map((value) => ({
            value,
            label: labels[value].label,
            hint: labels[value].hint,
          }))}
        />
        <Textarea field="note" label="Note (optional)" rows={3} value={note} onChange={setNote} />
        <SubmitButton form={form}>Acknowledge</SubmitButton>
      </GovForm>
    </>
  );
}

// The council's contact records how they passed it on to a setting the portal cannot reach.
function PassOn({ route, onDone }: { route: EncompassRoute; onDone: () => void }) {
  const form = useForm();
  const [note, setNote] = useState('');
  const submit = async () => {
    if (!note.trim()) return form.fail([{ field: 'note', message: 'Enter how it was passed on' }]);
    const done = await form.run(() =>
      request(PASS_ON_ENCOMPASS_NOTIFICATION, { input: { routeId: route.id, version: route.version, note } }),
    );
    if (done) onDone();
  };
  return (
    <>
      <ErrorSummary problems={form.problems} />
      <h2 className="govuk-heading-m">Pass on to {settingOf(route)}</h2>
      <ReloadAfterConflict form={form} reload={onDone} />
      <GovForm form={form} onSubmit={() => void submit()}>
        <Textarea
          field="note"
          label="How was it passed on?"
          hint="For example, telephoned the designated safeguarding lead, or sent by secure email."
          rows={3}
          value={note}
          onChange={setNote}
        />
        <SubmitButton form={form}>Mark as passed on</SubmitButton>
      </GovForm>
    </>
  );
}

// Opening the page is the read that counts (a mutation: it keeps the DSL's first read); reloads
// after acknowledging read it again the same way.
export function EncompassNotificationPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const [state, setState] = useState<{ notification?: EncompassNotification; error?: unknown; generation: number }>({ generation: 0 });
  const [acknowledged, setAcknowledged] = useState(false);
  const [passedOn, setPassedOn] = useState(false);
  const success = useSuccessMessage();
  const labels = responses(useTerms());
  usePageTitle('Operation Encompass notification');
  const generation = state.generation;
  useEffect(() => {
    let live = true;
    request(OPEN_ENCOMPASS_NOTIFICATION, { id })
      .then((r) => live && setState((s) => ({ ...s, notification: r.openEncompassNotification, error: undefined })))
      .catch((error: unknown) => live && setState((s) => ({ ...s, error })));
    return () => {
      live = false;
    };
  }, [id, generation, location.key]);
  const reload = () => setState((s) => ({ ...s, generation: s.generation + 1 }));

  if (state.error) {
    const notFound = state.error instanceof ApiError && (state.error.code === 'NOT_FOUND' || state.error.code === 'BAD_USER_INPUT');
    return (
      <ProblemPage
        message={
          notFound ? 'This notification does not exist, or is not for you.' : 'The notification could not be loaded. Try again later.'
        }
      />
    );
  }
  const n = state.notification;
  if (!n) return <p className="govuk-body">Loading…</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {success && <SuccessBanner message={success} />}
        {acknowledged && <SuccessBanner message="Notification acknowledged" />}
        {passedOn && <SuccessBanner message="Marked as passed on" />}
        <span className="govuk-caption-l">Operation Encompass</span>
        <h1 className="govuk-heading-l">Incident {n.incidentReference}</h1>
        <SummaryList
          rows={[
            { key: 'When it happened', value: formatDateTime(n.occurredAt) },
            { key: 'Recorded by', value: `${n.recordedByName}, ${n.recordedByAgency}` },
            { key: 'Recorded', value: formatDateTime(n.recordedAt) },
            { key: 'Summary', value: n.summary },
          ]}
        />
        <Table
          caption="Children present or affected"
          rowKey={(c) => c.id}
          rows={n.children}
          columns={[
            { header: 'Name', cell: (c) => `${c.firstName} ${c.lastName}` },
            { header: 'Date of birth', cell: (c) => formatDate(c.dateOfBirth) },
            { header: 'NHS number', cell: (c) => c.nhsNumber ?? 'Not given' },
            { header: 'Setting', cell: (c) => c.settingName ?? 'Not known' },
          ]}
        />
        <h2 className="govuk-heading-m">Where it stands</h2>
        {n.routes.map((r) => (
          <SummaryList
            key={r.id}
            rows={[
              { key: 'Setting', value: <RouteStatus route={r} /> },
              { key: 'Due before', value: formatDateTime(r.dueAt) },
              r.acknowledgedAt !== null && {
                key: 'Acknowledged',
                value: `${formatDateTime(r.acknowledgedAt)} by ${r.acknowledgedByName ?? ''}`,
              },
              r.response !== null && { key: 'The school will', value: labels[r.response].label },
              r.responseNote !== null && { key: 'Note', value: r.responseNote },
              r.passedOnAt !== null && {
                key: 'Passed on',
                value: `${formatDateTime(r.passedOnAt)} by ${r.passedOnByName ?? ''}`,
              },
              r.passedOnNote !== null && { key: 'How', value: r.passedOnNote },
            ]}
          />
        ))}
        {n.routes
          .filter((r) => r.canAcknowledge)
          .map((r) => (
            <Acknowledge
              key={r.id}
              notification={n}
              route={r}
              onDone={() => {
                setAcknowledged(true);
                reload();
              }}
            />
          ))}
        {n.routes
          .filter((r) => r.canPassOn)
          .map((r) => (
            <PassOn
              key={r.id}
              route={r}
              onDone={() => {
                setPassedOn(true);
                reload();
              }}
            />
          ))}
        <p className="govuk-body">
          <Link className="govuk-link" to="/encompass">
            All Operation Encompass notifications
          </Link>
        </p>
      </div>
    </div>
  );
}
