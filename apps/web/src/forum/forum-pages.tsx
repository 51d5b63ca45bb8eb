import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Select, Textarea, TextInput } from '../components/fields';
import { GovForm, IdScope, SubmitButton, useForm, type FormController } from '../components/form';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { Radios } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { EMPTY_DATE, formatDate, toIsoDate, type DateParts } from '../format/dates';
import { decisionsForLevel, nextAgendaItem } from '@eh/domain';
import { request } from '../graphql/client';
import { AGENCIES, CASELOAD } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { TAKE_ITEM, type LiveAgenda } from './live-operations';
import { useLiveAgenda } from './use-live-agenda';
import { CASE_STATUSES } from '../format/labels';
import { PLAN_STATUSES } from '../my-family-plan/plan-labels';
import { AGENDA_REASONS, choicesOf, FORUM_DECISIONS, ITEM_STATUSES, MEETING_STATUSES } from './forum-labels';
import {
  ADD_ITEM,
  AGENDA_QUERY,
  CALENDAR_LINK,
  CANCEL_MEETING,
  COMPLETE_ACTION,
  CURATE,
  DECIDE,
  FORUM_MEETINGS,
  MINUTES,
  MOVE_MEETING,
  MY_ACTIONS,
  PLACE_ITEM,
  PUBLISH_AGENDA,
  CLOSE_MEETING,
  RECORD_ATTENDANCE,
  SCHEDULE,
  SEND_CONTRIBUTION,
  SIGN_OFF_MINUTES,
  START_MEETING,
  type MeetingMove,
} from './forum-operations';
import { WarningText } from '../components/warning-text';
import { ConcernsAwaitingChair } from './escalation-pages';
import { forumShortName } from '@eh/domain';
import type { AgendaReason, ForumDecision } from '../graphql/generated/graphql';
import type { Agenda, AgendaItem } from './forum-operations';

function ScheduleForm({ onDone }: { readonly onDone: () => void }) {
  const form = useForm();
  const [first, setFirst] = useState<DateParts>(EMPTY_DATE);
  const [startsAt, setStartsAt] = useState('14:00');
  const [place, setPlace] = useState('');
  const [count, setCount] = useState('6');
  const submit = async () => {
    const saved = await form.run(() =>
      request(SCHEDULE, {
        input: {
          firstMeetsOn: toIsoDate(first) ?? '',
          startsAt,
          place,
          onlineLink: null,
          count: Number(count) || 0,
          agendaCutoffWorkingDays: 2,
        },
      }),
    );
    if (saved) onDone();
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <h2 className="govuk-heading-m">Schedule fortnightly meetings</h2>
      <ErrorSummary problems={form.problems} />
      <DateInput field="firstMeetsOn" legend="Date of the first meeting" value={first} onChange={setFirst} />
      <TextInput field="startsAt" label="Start time" hint="For example 14:00" width={5} value={startsAt} onChange={setStartsAt} />
      <TextInput field="place" label="Place or online link" value={place} onChange={setPlace} />
      <TextInput field="count" label="How many meetings" width={2} value={count} onChange={setCount} />
      <SubmitButton form={form}>Schedule meetings</SubmitButton>
    </GovForm>
  );
}

function CalendarLink() {
  const forum = forumShortName(useTerms());
  const [link, setLink] = useState<string>();
  const make = async () => setLink(`${window.location.origin}${(await request(CALENDAR_LINK, {})).forumCalendarLink}`);
  return link ? (
    <div className="govuk-inset-text">
      Add this link to your calendar app as a subscription. Keep it private: anyone with it can see the {forum} dates.
      <p className="govuk-body govuk-!-margin-top-2">
        <code>{link}</code>
      </p>
    </div>
  ) : (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void make()}>
      Get a calendar link for the {forum} dates
    </button>
  );
}

export function ForumPage() {
  const viewer = useViewer();
  const terms = useTerms();
  const meetings = useQuery(FORUM_MEETINGS, {});
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{terms.forum}</h1>
        <p className="govuk-body">
          The {forumShortName(terms)} meets fortnightly. Any escalation of a partner-led case is discussed here first; an urgent
          safeguarding concern goes straight to the front door.
        </p>
        <QueryView result={meetings}>
          {({ forumMeetings }) => (
            <Table
              caption="Upcoming meetings"
              rows={forumMeetings}
              rowKey={(m) => m.id}
              columns={[
                {
                  header: 'Date',
                  cell: (m) => (
                    <Link className="govuk-link" to={`/forum/${m.id}`}>
                      {formatDate(m.meetsOn)}
                    </Link>
                  ),
                },
                { header: 'Time', cell: (m) => m.startsAt },
                { header: 'Place', cell: (m) => m.place },
                { header: 'Items close', cell: (m) => formatDate(m.agendaCutoff) },
                { header: 'Items', cell: (m) => String(m.itemCount) },
                {
                  header: 'Status',
                  cell: (m) => (
                    <strong className={`govuk-tag govuk-tag--${MEETING_STATUSES[m.status].colour}`}>
                      {MEETING_STATUSES[m.status].text}
                    </strong>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
        <CalendarLink />
        {viewer.role === 'FPT_MANAGER' && <ConcernsAwaitingChair meetings={meetings.data?.forumMeetings ?? []} />}
        {viewer.role === 'FPT_MANAGER' && <ScheduleForm onDone={meetings.reload} />}
      </div>
    </div>
  );
}

function AddItemForm({ meetingId, onDone }: { readonly meetingId: string; readonly onDone: (message: string) => void }) {
  const terms = useTerms();
  const form = useForm();
  const caseload = useQuery(CASELOAD, {});
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState<AgendaReason | ''>('');
  const [summary, setSummary] = useState('');
  const submit = async () => {
    if (!reason) return form.fail([{ field: 'reason', message: `Choose why the case is coming to the ${forumShortName(terms)}` }]);
    const added = await form.run(() => request(ADD_ITEM, { input: { meetingId, caseId, reason, summary } }));
    if (added)
      onDone(
        added.addAgendaItem.status === 'AWAITING_CHAIR'
          ? 'Case added: it is after the cut-off, so the chair will decide'
          : 'Case added to the agenda',
      );
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <h2 className="govuk-heading-m">Bring a case to this meeting</h2>
      <ErrorSummary problems={form.problems} />
      <Select
        field="caseId"
        label="Case"
        placeholder="Choose a case"
        options={(caseload.data?.caseload ?? []).map((c) => ({ value: c.id, label: `${c.familyName} (${c.reference})` }))}
        value={caseId}
        onChange={setCaseId}
      />
      <Radios
        field="reason"
        legend="Why are you bringing the case?"
        legendSize="s"
        items={choicesOf(AGENDA_REASONS)}
        value={reason}
        onChange={setReason}
      />
      <Textarea field="summary" label="What has changed for the family" rows={3} value={summary} onChange={setSummary} />
      <SubmitButton form={form}>Add to the agenda</SubmitButton>
    </GovForm>
  );
}

function OnePage({ item }: { readonly item: AgendaItem }) {
  const terms = useTerms();
  const c = item.case;
  return (
    <SummaryList
      rows={[
        { key: 'Reason', value: AGENDA_REASONS[item.reason] },
        { key: 'What has changed', value: item.summary },
        { key: 'Level', value: `Level ${c.level}` },
        { key: 'Case status', value: CASE_STATUSES[c.status].text },
        { key: 'Lead', value: `${c.leadPractitioner.displayName}, ${c.leadAgency.name}` },
        {
          key: terms.familyPlan,
          value: `${c.planStatus ? PLAN_STATUSES[c.planStatus].text : 'Not started'}; due ${formatDate(c.myFamilyPlanDue)}`,
        },
        {
          key: 'Reviews',
          value: c.lastReviewOn
            ? `Last ${formatDate(c.lastReviewOn)}${c.nextReviewOn ? `, next ${formatDate(c.nextReviewOn)}` : ''}`
            : 'None yet',
        },
        { key: 'Open actions', value: String(c.openActions) },
        {
          key: `Previous ${forumShortName(terms)} discussions`,
          value:
            c.previousDiscussions.map((p) => `${formatDate(p.meetsOn)}: ${p.decision ? FORUM_DECISIONS[p.decision] : '—'}`).join('; ') ||
            'None',
        },
        { key: 'Steps so far', value: c.stepHistory.map((s) => `${formatDate(s.on)} ${s.summary}`).join('; ') },
      ]}
    />
  );
}

// What each form on an agenda item is given: the item, the page's form, and what to say when done.
interface ItemFormProps {
  readonly item: AgendaItem;
  readonly form: FormController;
  readonly onDone: (message: string) => void;
}

function CurateForm({ item, form, onDone }: ItemFormProps) {
  const [note, setNote] = useState('');
  const curate = async (action: 'ACCEPT' | 'DEFER' | 'DECLINE') => {
    const done = await form.run(() => request(CURATE, { input: { itemId: item.id, version: item.version, action, note: note || null } }));
    if (done)
      onDone(
        action === 'ACCEPT'
          ? `${item.case.familyName} accepted`
          : action === 'DEFER'
            ? `${item.case.familyName} deferred`
            : `${item.case.familyName} declined`,
      );
  };
  return (
    <div>
      <Textarea
        field="note"
        label={`Reason to defer or decline the ${item.case.familyName}`}
        hint="Needed to defer or decline: the practitioner sees it"
        rows={2}
        value={note}
        onChange={setNote}
      />
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void curate('ACCEPT')}>
          Accept<span className="govuk-visually-hidden"> the {item.case.familyName}</span>
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void curate('DEFER')}>
          Defer<span className="govuk-visually-hidden"> the {item.case.familyName}</span>
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void curate('DECLINE')}>
          Decline<span className="govuk-visually-hidden"> the {item.case.familyName}</span>
        </button>
      </div>
    </div>
  );
}

function PlaceForm({ item, form, onDone }: ItemFormProps) {
  const [position, setPosition] = useState('');
  const [slot, setSlot] = useState('');
  const submit = async () => {
    const done = await form.run(() =>
      request(PLACE_ITEM, {
        input: {
          itemId: item.id,
          version: item.version,
          action: 'ACCEPT',
          note: null,
          position: position ? Number(position) : null,
          slot: slot || null,
        },
      }),
    );
    if (done) onDone(`${item.case.familyName} placed on the agenda`);
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <div className="app-inline-fields">
        <TextInput
          field="position"
          label={`Order on the agenda for the ${item.case.familyName}`}
          width={2}
          value={position}
          onChange={setPosition}
        />
        <TextInput field="slot" label="Time slot" hint="For example 14:20" width={5} value={slot} onChange={setSlot} />
      </div>
      <SubmitButton form={form}>Set order and time</SubmitButton>
    </GovForm>
  );
}

function MoveForm({
  agenda,
  form,
  onDone,
}: {
  readonly agenda: Agenda;
  readonly form: FormController;
  readonly onDone: (message: string) => void;
}) {
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [startsAt, setStartsAt] = useState(agenda.meeting.startsAt);
  const [place, setPlace] = useState(agenda.meeting.place);
  const submit = async () => {
    const done = await form.run(() =>
      request(MOVE_MEETING, {
        input: { meetingId: agenda.meeting.id, version: agenda.meeting.version, meetsOn: toIsoDate(date) ?? '', startsAt, place },
      }),
    );
    if (done) onDone('Meeting moved');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <h2 className="govuk-heading-m">Move this meeting</h2>
      <DateInput field="meetsOn" legend="New date" value={date} onChange={setDate} />
      <TextInput field="startsAt" label="New start time" width={5} value={startsAt} onChange={setStartsAt} />
      <TextInput field="place" label="New place or online link" value={place} onChange={setPlace} />
      <SubmitButton form={form}>Move the meeting</SubmitButton>
    </GovForm>
  );
}

function DecisionForm({ item, form, onDone }: ItemFormProps) {
  const [discussion, setDiscussion] = useState('');
  const [decision, setDecision] = useState<ForumDecision | ''>('');
  const [referredTo, setReferredTo] = useState('');
  const [action, setAction] = useState('');
  const [due, setDue] = useState<DateParts>(EMPTY_DATE);
  const submit = async () => {
    if (!decision) return form.fail([{ field: 'decision', message: 'Choose the decision' }]);
    const actions = action.trim() ? [{ ownerId: item.case.leadPractitioner.id, description: action, dueOn: toIsoDate(due) ?? '' }] : [];
    const done = await form.run(() =>
      request(DECIDE, { input: { itemId: item.id, version: item.version, discussion, decision, referredTo: referredTo || null, actions } }),
    );
    if (done) onDone(`Decision recorded for the ${item.case.familyName}`);
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Textarea
        field="discussion"
        label={`Discussion about the ${item.case.familyName}`}
        rows={3}
        value={discussion}
        onChange={setDiscussion}
      />
      <Radios
        field="decision"
        legend="Decision"
        legendSize="s"
        items={(decisionsForLevel(item.case.level) as readonly ForumDecision[]).map((d) => ({
          value: d,
          label: FORUM_DECISIONS[d],
          conditional:
            d === 'REFER_OTHER_SERVICE' ? (
              <TextInput field="referredTo" label="Service referred to" value={referredTo} onChange={setReferredTo} />
            ) : undefined,
        }))}
        value={decision}
        onChange={setDecision}
      />
      <Textarea
        field="actions.0.description"
        label={`Action for ${item.case.leadPractitioner.displayName} (optional)`}
        rows={2}
        value={action}
        onChange={setAction}
      />
      {action.trim() && <DateInput field="actions.0.dueOn" legend="Action due by" value={due} onChange={setDue} />}
      <SubmitButton form={form}>Record the decision</SubmitButton>
    </GovForm>
  );
}

function Contributions({ item }: { readonly item: AgendaItem }) {
  if (item.contributions.length === 0) return null;
  return (
    <div className="govuk-inset-text">
      <h4 className="govuk-heading-s">Written contributions</h4>
      {item.contributions.map((c) => (
        <p className="govuk-body" key={c.id}>
          <strong>
            {c.authorName}, {c.authorAgency}:
          </strong>{' '}
          {c.body}
        </p>
      ))}
    </div>
  );
}

function ContributionForm({ item, form, onDone }: ItemFormProps) {
  const [body, setBody] = useState('');
  const submit = async () => {
    const done = await form.run(() => request(SEND_CONTRIBUTION, { input: { itemId: item.id, body } }));
    if (done) {
      setBody('');
      onDone(`Your contribution on the ${item.case.familyName} has been sent to the chair`);
    }
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Textarea
        field="body"
        label={`Send a written contribution on the ${item.case.familyName}`}
        hint="If you cannot attend: the chair reads it beside this item at the meeting"
        rows={3}
        value={body}
        onChange={setBody}
      />
      <SubmitButton form={form}>Send the contribution</SubmitButton>
    </GovForm>
  );
}

// The chair moves the meeting on: start it, close it once attendance is recorded, then publish
// the minutes (on the minutes page, where the chair reads the draft first).
function MeetingStateButtons({ agenda, form, onDone }: Omit<ItemFormProps, 'item'> & { readonly agenda: Agenda }) {
  const { id: meetingId, version, status, canStart, meetsOn } = agenda.meeting;
  const move = (mutation: MeetingMove, label: string, message: string) => (
    <button
      type="button"
      className="govuk-button"
      onClick={() => void form.run(() => request(mutation, { meetingId, version })).then((done) => done && onDone(message))}
    >
      {label}
    </button>
  );
  // A meeting is started on its day, not before (the API refuses an earlier start too).
  if (status === 'SCHEDULED' && !canStart)
    return <p className="govuk-inset-text">You can start the meeting on {formatDate(meetsOn)}, the day it meets.</p>;
  if (status === 'SCHEDULED')
    return move(START_MEETING, 'Start the meeting', 'Meeting started: you can now record attendance and decisions');
  if (status === 'IN_SESSION')
    return move(
      CLOSE_MEETING,
      'Close the meeting (mark it held)',
      'Meeting closed and marked as held: finish the minutes and publish them',
    );
  if (status === 'HELD')
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to={`/forum/${meetingId}/minutes`}>
          Read the draft minutes and publish them
        </Link>
      </p>
    );
  return null;
}

function AttendanceForm({
  meetingId,
  form,
  onDone,
}: {
  readonly meetingId: string;
  readonly form: FormController;
  readonly onDone: (message: string) => void;
}) {
  const agencies = useQuery(AGENCIES, {});
  const [agencyId, setAgencyId] = useState('');
  const [names, setNames] = useState('');
  const submit = async () => {
    const done = await form.run(() =>
      request(RECORD_ATTENDANCE, {
        input: {
          meetingId,
          agencyId,
          attendees: names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        },
      }),
    );
    if (done) onDone('Attendance recorded');
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <h2 className="govuk-heading-m">Who attended</h2>
      <Select
        field="agencyId"
        label="Agency"
        placeholder="Choose an agency"
        options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={agencyId}
        onChange={setAgencyId}
      />
      <TextInput field="attendees" label="Names, separated by commas" value={names} onChange={setNames} />
      <SubmitButton form={form}>Record attendance</SubmitButton>
    </GovForm>
  );
}

// In session, the item the chair has the meeting on: every attendee's page follows it (a polite
// live region, so a screen reader says when the meeting moves on).
function NowDiscussing({ agenda, live }: { readonly agenda: LiveAgenda; readonly live: boolean }) {
  const current = agenda.items.find((i) => i.id === agenda.currentItemId);
  return (
    <div className="govuk-inset-text app-now-discussing" aria-live="polite">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Now discussing</h2>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {current ? (
          <a className="govuk-link" href={`#agenda-item-${current.id}`}>
            {current.case.familyName} ({current.case.reference})
          </a>
        ) : agenda.currentItemHidden ? (
          'A case you do not have access to'
        ) : (
          'No item: the chair is between items'
        )}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        {live
          ? 'This page follows the meeting as the chair records it.'
          : 'Live updates are paused: this page checks for changes every 15 seconds.'}
      </p>
    </div>
  );
}

// The chair takes the meeting to an item (or to none, between items); everyone's page follows.
function TakeItemButton({
  agenda,
  itemId,
  label,
  form,
  onDone,
}: Omit<ItemFormProps, 'item'> & { readonly agenda: LiveAgenda; readonly itemId: string | null; readonly label: string }) {
  const take = () =>
    form
      .run(() => request(TAKE_ITEM, { input: { meetingId: agenda.meeting.id, version: agenda.meeting.version, itemId } }))
      .then((done) => done && onDone(itemId ? 'The meeting has moved on: everyone’s page now shows this item' : 'Between items'));
  return (
    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-right-2" onClick={() => void take()}>
      {label}
    </button>
  );
}

// While the meeting sits, the record as the chair makes it: a draft until the minutes are signed off.
function MinutesSoFar({ agenda }: { readonly agenda: LiveAgenda }) {
  const decided = agenda.items.filter((i) => i.decision !== null);
  return (
    <section aria-labelledby="minutes-so-far">
      <h2 className="govuk-heading-m" id="minutes-so-far">
        Minutes so far
      </h2>
      {decided.length === 0 ? (
        <p className="govuk-body">No decisions recorded yet.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {decided.map((i) => (
            <li key={i.id}>
              <strong>
                {i.case.familyName} ({i.case.reference}):
              </strong>{' '}
              {i.decision && FORUM_DECISIONS[i.decision]}. {i.discussion}
              {i.actions.length > 0 &&
                ` Actions: ${i.actions.map((a) => `${a.description} (${a.owner.displayName}, by ${formatDate(a.dueOn)})`).join('; ')}.`}
            </li>
          ))}
        </ol>
      )}
      <p className="govuk-body-s">A draft until the chair signs off the minutes.</p>
    </section>
  );
}

export function AgendaPage() {
  const { meetingId = '' } = useParams();
  const viewer = useViewer();
  const terms = useTerms();
  const chair = viewer.role === 'FPT_MANAGER';
  // Follows every change to this meeting, by the chair or anyone, on any replica: a change to one
  // item reads that item again, anything else the whole agenda.
  const { agenda, live } = useLiveAgenda(meetingId);
  const form = useForm({ CONFLICT: 'Someone else has changed this item. Reload to see their changes.' });
  const [done, setDone] = useState<string>();
  const changed = (message: string) => {
    setDone(message);
    agenda.reload();
  };
  return (
    <QueryView result={agenda}>
      {({ agenda: a }) => {
        // Decisions and attendance are recorded in session, and after it until the minutes are out.
        const sitting = a.meeting.status === 'IN_SESSION' || a.meeting.status === 'HELD';
        const inSession = a.meeting.status === 'IN_SESSION';
        const next = inSession ? nextAgendaItem(a.items, a.currentItemId) : null;
        return (
          <RecordPage
            form={form}
            reload={agenda.reload}
            success={done}
            caption={terms.forum}
            title={`Meeting on ${formatDate(a.meeting.meetsOn)}`}
          >
            <p className="govuk-body">
              <strong className={`govuk-tag govuk-tag--${MEETING_STATUSES[a.meeting.status].colour}`}>
                {MEETING_STATUSES[a.meeting.status].text}
              </strong>{' '}
              {a.meeting.startsAt}, {a.meeting.place}. Items close {formatDate(a.meeting.agendaCutoff)}.{' '}
              <Link className="govuk-link" to={`/forum/${meetingId}/minutes`}>
                Minutes
              </Link>
            </p>
            {inSession && <NowDiscussing agenda={a} live={live} />}
            {chair && inSession && (
              <p className="govuk-body">
                {next && (
                  <TakeItemButton agenda={a} itemId={next.id} label={`Next item: ${next.case.familyName}`} form={form} onDone={changed} />
                )}
                {a.currentItemId && <TakeItemButton agenda={a} itemId={null} label="Between items" form={form} onDone={changed} />}
              </p>
            )}
            <h2 className="govuk-heading-m">Agenda</h2>
            {a.items.length === 0 && <p className="govuk-body">No items you can see yet.</p>}
            {a.items.map((item) => (
              <IdScope key={item.id} prefix={`item-${item.id}`}>
                <section
                  id={`agenda-item-${item.id}`}
                  className={`app-agenda-item${item.id === a.currentItemId ? ' app-agenda-item--current' : ''}`}
                  aria-label={item.case.familyName}
                >
                  <h3 className="govuk-heading-s">
                    {item.id === a.currentItemId && <strong className="govuk-tag govuk-tag--green app-now-tag">Now discussing</strong>}{' '}
                    {item.slot ? `${item.slot} ` : ''}
                    {item.case.familyName} ({item.case.reference}) – {ITEM_STATUSES[item.status]}
                  </h3>
                  <OnePage item={item} />
                  {item.decision && (
                    <p className="govuk-body">
                      <strong>Decision:</strong> {FORUM_DECISIONS[item.decision]}. {item.discussion}
                    </p>
                  )}
                  {item.chairNote && <p className="govuk-body">Chair’s note: {item.chairNote}</p>}
                  <Contributions item={item} />
                  {item.canContribute && !chair && <ContributionForm item={item} form={form} onDone={changed} />}
                  {chair && (item.status === 'PROPOSED' || item.status === 'AWAITING_CHAIR') && (
                    <CurateForm item={item} form={form} onDone={changed} />
                  )}
                  {chair && item.status === 'ACCEPTED' && <PlaceForm item={item} form={form} onDone={changed} />}
                  {chair && inSession && item.id !== a.currentItemId && (item.status === 'ACCEPTED' || item.status === 'DISCUSSED') && (
                    <TakeItemButton agenda={a} itemId={item.id} label="Discuss this item now" form={form} onDone={changed} />
                  )}
                  {chair && item.status === 'ACCEPTED' && sitting && <DecisionForm item={item} form={form} onDone={changed} />}
                </section>
              </IdScope>
            ))}
            {/* The case's team brings it; the chair may bring any case they can see (placed at once). */}
            {(chair || !viewer.isFamilyPartnershipTeam) && a.meeting.status === 'SCHEDULED' && (
              <AddItemForm meetingId={meetingId} onDone={changed} />
            )}
            {chair && (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() =>
                  void form
                    .run(() => request(PUBLISH_AGENDA, { meetingId }))
                    .then((done) => done && changed('Agenda published: the practitioners have been told'))
                }
              >
                Publish the agenda
              </button>
            )}
            {inSession && <MinutesSoFar agenda={a} />}
            {chair && sitting && <AttendanceForm meetingId={meetingId} form={form} onDone={changed} />}
            {chair && <MeetingStateButtons agenda={a} form={form} onDone={changed} />}
            {chair && a.meeting.status === 'SCHEDULED' && <MoveForm agenda={a} form={form} onDone={changed} />}
            {chair && a.meeting.status === 'SCHEDULED' && (
              <p className="govuk-body">
                <Link className="govuk-link" to={`/forum/${meetingId}/cancel`}>
                  Cancel this meeting
                </Link>
              </p>
            )}
            {a.attendance.length > 0 && (
              <SummaryList rows={a.attendance.map((row) => ({ key: row.agency.name, value: row.attendees.join(', ') }))} />
            )}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}

export function MinutesPage() {
  const { meetingId = '' } = useParams();
  const viewer = useViewer();
  const terms = useTerms();
  const minutes = useQuery(MINUTES, { meetingId });
  const form = useForm({ CONFLICT: 'Someone else has changed this meeting. Reload to see their changes.' });
  const [done, setDone] = useState<string>();
  return (
    <QueryView result={minutes}>
      {({ minutes: m }) => (
        <RecordPage
          form={form}
          reload={minutes.reload}
          success={done}
          caption={terms.forum}
          title={`Minutes of ${formatDate(m.meeting.meetsOn)}`}
        >
          {m.meeting.minutesSignedOffAt ? (
            <p className="govuk-body">Signed off by the chair. You see the items on cases your agency may read.</p>
          ) : viewer.role === 'FPT_MANAGER' ? (
            <WarningText>
              Draft: only you can read these minutes until you publish them. Record who attended and close the meeting on the agenda page
              first.
            </WarningText>
          ) : (
            <p className="govuk-body">
              The chair has not signed off the minutes of this meeting yet. You will be able to read them here once they have.
            </p>
          )}
          {m.attendance.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Who attended</h2>
              <SummaryList rows={m.attendance.map((row) => ({ key: row.agency.name, value: row.attendees.join(', ') }))} />
            </>
          )}
          {m.items.length === 0 && m.meeting.minutesSignedOffAt && (
            <p className="govuk-body">There are no minutes you can see for this meeting.</p>
          )}
          {m.items.map((item) => (
            <section key={item.id} aria-label={item.case.familyName}>
              <h2 className="govuk-heading-m">{item.case.familyName}</h2>
              <p className="govuk-body">
                <strong>{item.decision ? FORUM_DECISIONS[item.decision] : ''}</strong>
                {item.referredTo ? ` (${item.referredTo})` : ''}. {item.discussion}
              </p>
              {item.actions.map((action) => (
                <p className="govuk-body" key={action.id}>
                  Action: {action.description} – {action.owner.displayName}, by {formatDate(action.dueOn)}
                </p>
              ))}
            </section>
          ))}
          {viewer.role === 'FPT_MANAGER' && m.meeting.status === 'HELD' && (
            <button
              type="button"
              className="govuk-button"
              onClick={() =>
                void form
                  .run(() => request(SIGN_OFF_MINUTES, { meetingId, version: m.meeting.version }))
                  .then((signed) => {
                    if (!signed) return;
                    setDone('Minutes signed off: the agencies with items can now read them');
                    minutes.reload();
                  })
              }
            >
              Publish the minutes
            </button>
          )}
        </RecordPage>
      )}
    </QueryView>
  );
}

export function CancelMeetingPage() {
  const { meetingId = '' } = useParams();
  const navigate = useNavigate();
  const terms = useTerms();
  const agenda = useQuery(AGENDA_QUERY, { meetingId });
  const form = useForm({
    CONFLICT: `This meeting has changed or is no longer scheduled. Go back to the ${forumShortName(terms)} to see it.`,
  });
  return (
    <QueryView result={agenda}>
      {({ agenda: a }) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary problems={form.problems} />
            <span className="govuk-caption-l">{terms.forum}</span>
            <h1 className="govuk-heading-l">Cancel the meeting on {formatDate(a.meeting.meetsOn)}?</h1>
            <WarningText>
              {a.meeting.itemCount === 1 ? 'There is 1 case' : `There are ${a.meeting.itemCount} cases`} on its agenda. A cancelled meeting
              cannot be reinstated: move it to another date instead if it is still needed.
            </WarningText>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={() =>
                  void form
                    .run(() => request(CANCEL_MEETING, { meetingId, version: a.meeting.version }))
                    .then((done) => done && navigate('/forum'))
                }
              >
                Yes, cancel the meeting
              </button>
              <Link className="govuk-link" to={`/forum/${meetingId}`}>
                No, keep it
              </Link>
            </div>
          </div>
        </div>
      )}
    </QueryView>
  );
}

export function MyActionsPage() {
  const actions = useQuery(MY_ACTIONS, {});
  const terms = useTerms();
  const complete = async (actionId: string) => {
    await request(COMPLETE_ACTION, { actionId });
    actions.reload();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">My actions</h1>
        <QueryView result={actions}>
          {({ myActions }) => (
            <Table
              caption={`Actions from the ${terms.forum}`}
              rows={myActions}
              rowKey={(a) => a.id}
              columns={[
                {
                  header: 'Case',
                  cell: (a) => (
                    <Link className="govuk-link" to={`/cases/${a.caseId}`}>
                      {a.caseReference}
                    </Link>
                  ),
                },
                { header: 'Action', cell: (a) => a.description },
                {
                  header: 'Due',
                  cell: (a) => (
                    <>
                      {formatDate(a.dueOn)} {a.overdue && <strong className="govuk-tag govuk-tag--red">Overdue</strong>}
                    </>
                  ),
                },
                {
                  header: 'Done',
                  cell: (a) =>
                    a.doneOn ? (
                      formatDate(a.doneOn)
                    ) : (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        onClick={() => void complete(a.id)}
                      >
                        Mark done
                      </button>
                    ),
                },
              ]}
            />
          )}
        </QueryView>
      </div>
    </div>
  );
}
