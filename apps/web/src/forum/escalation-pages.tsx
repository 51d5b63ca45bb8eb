import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Textarea } from '../components/fields';
import { GovForm, IdScope, SubmitButton, useForm, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios, type RadioItem } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { formatDate, formatDateTime, londonToday } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { choicesOf, concernStatuses, concernUrgencies, FORUM_DECISIONS, TEAMS } from './forum-labels';
import {
  ANSWER_CONCERN,
  CONCERN_URGENT_ROUTE,
  CONCERNS_AWAITING_CHAIR,
  MY_CONCERNS,
  PLACE_CONCERN,
  RAISE_CONCERN,
} from './forum-operations';
import { useTerms } from '../session/session';
import { forumShortName, type CouncilTerms, withArticle } from '@eh/domain';
import type { ConcernUrgency, ReceivingTeam } from '../graphql/generated/graphql';
import type { EscalationConcern, ForumMeeting } from './forum-operations';

// A partner's escalation concern about a family, for the Forum chair.
export function RaiseConcernPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const terms = useTerms();
  const forum = forumShortName(terms);
  const form = useForm();
  const [worry, setWorry] = useState('');
  const [tried, setTried] = useState('');
  const [urgency, setUrgency] = useState<ConcernUrgency | ''>('');
  const submit = async () => {
    if (!urgency) return form.fail([{ field: 'urgency', message: 'Choose how urgent it is' }]);
    if (await form.run(() => request(RAISE_CONCERN, { input: { caseId: id, worry, tried, urgency } }))) {
      navigate('/escalation-concerns', { state: successState(`Concern sent to the ${forum} chair and the FPT manager`) });
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <span className="govuk-caption-l">{terms.forum}</span>
        <h1 className="govuk-heading-l">Raise an escalation concern</h1>
        <p className="govuk-body">
          The {forum} chair reads it straight away and places it on {withArticle(forum)} agenda, takes the urgent safeguarding route, or
          answers you. You will be told what happens, and can follow it on <Link to="/escalation-concerns">your escalation concerns</Link>.
        </p>
        <p className="govuk-body">
          If a child is at risk now, <Link to={`/cases/${id}/urgent`}>raise an urgent safeguarding concern with the front door</Link> and
          phone the front door as well.
        </p>
        <GovForm form={form} onSubmit={() => void submit()}>
          <Textarea field="worry" label="What worries you?" value={worry} onChange={setWorry} />
          <Textarea field="tried" label="What has been tried so far?" value={tried} onChange={setTried} />
          <Radios
            field="urgency"
            legend="How urgent is it?"
            legendSize="s"
            items={choicesOf(concernUrgencies(terms))}
            value={urgency}
            onChange={setUrgency}
          />
          <SubmitButton form={form}>Send to the {forum} chair</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}

function Status({ concern }: { readonly concern: EscalationConcern }) {
  const wording = concernStatuses(useTerms())[concern.status];
  return <strong className={`govuk-tag govuk-tag--${wording.colour}`}>{wording.text}</strong>;
}

function outcome(c: EscalationConcern, terms: CouncilTerms): string {
  const forum = forumShortName(terms);
  if (c.status === 'ANSWERED') return c.response ?? '';
  if (c.status === 'URGENT_ROUTE') return 'The chair sent it to the front door by the urgent safeguarding route.';
  if (c.status === 'ON_AGENDA') {
    const meeting = c.forumMeetsOn ? `On the agenda of the ${forum} of ${formatDate(c.forumMeetsOn)}.` : `On ${withArticle(forum)} agenda.`;
    return c.forumDecision ? `${meeting} ${forum} decision: ${FORUM_DECISIONS[c.forumDecision]}.` : meeting;
  }
  return 'Waiting for the chair.';
}

export function MyConcernsPage() {
  const concerns = useQuery(MY_CONCERNS, {});
  const terms = useTerms();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">My escalation concerns</h1>
        <p className="govuk-body">Concerns you raised for the {forumShortName(terms)} chair, newest first. To raise one, open the case.</p>
        <QueryView result={concerns}>
          {({ myEscalationConcerns }) =>
            myEscalationConcerns.length === 0 ? (
              <p className="govuk-body">You have not raised any escalation concerns.</p>
            ) : (
              <>
                {myEscalationConcerns.map((c) => (
                  <section key={c.id} aria-label={`${c.familyName} (${c.caseReference})`}>
                    <h2 className="govuk-heading-m">
                      <Link className="govuk-link" to={`/cases/${c.caseId}`}>
                        {c.familyName} ({c.caseReference})
                      </Link>{' '}
                      <Status concern={c} />
                    </h2>
                    <SummaryList
                      rows={[
                        { key: 'Raised', value: formatDateTime(c.raisedAt) },
                        { key: 'How urgent', value: concernUrgencies(terms)[c.urgency] },
                        { key: 'What worries you', value: c.worry },
                        { key: 'What has been tried', value: c.tried },
                        { key: 'What happened', value: outcome(c, terms) },
                      ]}
                    />
                  </section>
                ))}
              </>
            )
          }
        </QueryView>
      </div>
    </div>
  );
}

type ChairChoice = 'PLACE' | 'URGENT' | 'RESPOND';

// The scheduled meetings a concern can go on, each saying whether its agenda is still open; the
// meeting the concern's urgency sends it to comes preselected.
function meetingChoices(concern: EscalationConcern, meetings: readonly ForumMeeting[]): RadioItem<string>[] {
  const today = londonToday();
  return meetings
    .filter((m) => m.status === 'SCHEDULED')
    .map((m) => {
      const closed = m.agendaCutoff < today;
      const urgent = concern.urgency !== 'NEXT_FORUM';
      let hint = `Agenda open until ${formatDate(m.agendaCutoff)}`;
      if (closed && urgent) hint = `Agenda closed on ${formatDate(m.agendaCutoff)}: the concern’s urgency passes the cut-off`;
      else if (closed) hint = `Agenda closed on ${formatDate(m.agendaCutoff)}: it would go on after the cut-off`;
      const proposed = m.id === concern.proposedMeetingId;
      return {
        value: m.id,
        label: `${formatDate(m.meetsOn)} at ${m.startsAt}, ${m.place}${proposed ? ' (the next its urgency allows)' : ''}`,
        hint,
      };
    });
}

function ChairDecision({
  concern,
  meetings,
  form,
  onDone,
}: {
  readonly concern: EscalationConcern;
  readonly meetings: readonly ForumMeeting[];
  readonly form: FormController;
  readonly onDone: (message: string) => void;
}) {
  const [choice, setChoice] = useState<ChairChoice | ''>('');
  const [meetingId, setMeetingId] = useState(concern.proposedMeetingId ?? '');
  const [toTeam, setToTeam] = useState<ReceivingTeam | ''>('');
  const [text, setText] = useState('');
  const base = { concernId: concern.id, version: concern.version };
  const choices = meetingChoices(concern, meetings);
  const submit = async () => {
    if (!choice) return form.fail([{ field: 'choice', message: 'Choose what to do with the concern' }]);
    if (choice === 'PLACE') {
      if (!meetingId) return form.fail([{ field: 'meetingId', message: 'Choose the meeting to place it on' }]);
      const done = await form.run(() => request(PLACE_CONCERN, { input: { ...base, meetingId } }));
      if (done) {
        const on = done.placeConcernOnAgenda.forumMeetsOn;
        onDone(`${concern.familyName} placed on the agenda${on ? ` of ${formatDate(on)}` : ''}`);
      }
    } else if (choice === 'URGENT') {
      if (!toTeam) return form.fail([{ field: 'toTeam', message: 'Choose the team the family needs' }]);
      const done = await form.run(() => request(CONCERN_URGENT_ROUTE, { input: { ...base, toTeam, reason: text } }));
      if (done) onDone(`${concern.familyName} sent to the front door by the urgent safeguarding route`);
    } else {
      const done = await form.run(() => request(ANSWER_CONCERN, { input: { ...base, response: text } }));
      if (done) onDone(`Response sent to ${concern.raisedByName}`);
    }
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <Radios
        field="choice"
        legend={`What will you do with the concern about the ${concern.familyName}?`}
        legendSize="s"
        items={[
          {
            value: 'PLACE',
            label: 'Place on the agenda',
            hint: 'The next meeting its urgency allows is chosen for you: urgency passes the cut-off',
            conditional:
              choices.length > 0 ? (
                <Radios
                  field="meetingId"
                  legend="Which meeting?"
                  legendSize="s"
                  items={choices}
                  value={meetingId}
                  onChange={setMeetingId}
                />
              ) : (
                <p className="govuk-body">No meeting is scheduled: schedule one below first.</p>
              ),
          },
          {
            value: 'URGENT',
            label: 'Urgent safeguarding route',
            conditional: (
              <>
                <Radios
                  field="toTeam"
                  legend="Which team does the family need?"
                  legendSize="s"
                  items={choicesOf(TEAMS)}
                  value={toTeam}
                  onChange={setToTeam}
                />
                <Textarea field="reason" label="What is the urgent concern?" rows={3} value={text} onChange={setText} />
              </>
            ),
          },
          {
            value: 'RESPOND',
            label: 'Respond',
            conditional: <Textarea field="response" label="Your response" rows={3} value={text} onChange={setText} />,
          },
        ]}
        value={choice}
        onChange={(v) => setChoice(v as ChairChoice)}
      />
      <SubmitButton form={form}>Confirm</SubmitButton>
    </GovForm>
  );
}

// New escalation concerns on the chair's Forum screen, each with the chair's three answers.
export function ConcernsAwaitingChair({ meetings }: { readonly meetings: readonly ForumMeeting[] }) {
  const concerns = useQuery(CONCERNS_AWAITING_CHAIR, {});
  const terms = useTerms();
  const form = useForm({ CONFLICT: 'Someone else has changed this concern. Reload to see their changes.' });
  const [done, setDone] = useState<string>();
  return (
    <>
      <h2 className="govuk-heading-m">New escalation concerns</h2>
      <ErrorSummary problems={form.problems} />
      {done && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {done}
        </p>
      )}
      <QueryView result={concerns}>
        {({ escalationConcernsAwaitingChair }) =>
          escalationConcernsAwaitingChair.length === 0 ? (
            <p className="govuk-body">No concerns are waiting for you.</p>
          ) : (
            <>
              {escalationConcernsAwaitingChair.map((c) => (
                <IdScope key={c.id} prefix={`concern-${c.id}`}>
                  <section className="app-agenda-item" aria-label={`Concern about the ${c.familyName}`}>
                    <h3 className="govuk-heading-s">
                      <Link className="govuk-link" to={`/cases/${c.caseId}`}>
                        {c.familyName} ({c.caseReference})
                      </Link>{' '}
                      – {concernUrgencies(terms)[c.urgency]}
                    </h3>
                    <SummaryList
                      rows={[
                        { key: 'Raised by', value: `${c.raisedByName}, ${c.raisedByAgency}, ${formatDateTime(c.raisedAt)}` },
                        { key: 'What worries them', value: c.worry },
                        { key: 'What has been tried', value: c.tried },
                      ]}
                    />
                    <ChairDecision
                      concern={c}
                      meetings={meetings}
                      form={form}
                      onDone={(message) => {
                        setDone(message);
                        concerns.reload();
                      }}
                    />
                  </section>
                </IdScope>
              ))}
            </>
          )
        }
      </QueryView>
    </>
  );
}
