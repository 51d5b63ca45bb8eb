import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Select, Textarea } from '../components/fields';
import { GovForm, IdScope, SubmitButton, useForm } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { EMPTY_DATE, formatDate, formatDateTime, toIsoDate, type DateParts } from '../format/dates';
import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { choicesOf, mentoringTopics, TEAMS } from './forum-labels';
import { forumShortName, inRunningText } from '@eh/domain';
import {
  ACCEPT_HANDOVER,
  ASSIGN_MENTORING,
  CLOSE_MENTORING,
  MENTORING_REQUESTS,
  MENTORING_SESSION,
  OPEN_HANDOVERS,
  REQUEST_MENTORING,
  URGENT_STEP_UP,
} from './forum-operations';
import { WarningText } from '../components/warning-text';
import type { MentoringTopic, ReceivingTeam } from '../graphql/generated/graphql';
import type { MentoringRequest } from './forum-operations';

const FPT_TEAM = graphql(`
  query FamilyPartnershipTeam {
    familyPartnershipTeam {
      id
      displayName
    }
  }
`);

export function HandoversPage() {
  const viewer = useViewer();
  const terms = useTerms();
  const handovers = useQuery(OPEN_HANDOVERS, {});
  const accept = async (handoverId: string) => {
    await request(ACCEPT_HANDOVER, { handoverId });
    handovers.reload();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Step-up handovers</h1>
        <p className="govuk-body">An {inRunningText(terms.earlyHelp)} case stays open until the receiving team accepts the family.</p>
        <QueryView result={handovers}>
          {({ openHandovers }) => (
            <Table
              caption="Waiting for the receiving team"
              rows={openHandovers}
              rowKey={(h) => h.id}
              columns={[
                {
                  header: 'Case',
                  cell: (h) => (
                    <Link className="govuk-link" to={`/cases/${h.caseId}`}>
                      {h.caseReference}
                    </Link>
                  ),
                },
                { header: 'To', cell: (h) => TEAMS[h.toTeam] },
                {
                  header: 'Route',
                  cell: (h) =>
                    h.route === 'URGENT_SAFEGUARDING' ? (
                      <strong className="govuk-tag govuk-tag--red">Urgent</strong>
                    ) : (
                      forumShortName(terms)
                    ),
                },
                { header: 'Why', cell: (h) => h.reason },
                { header: 'Asked', cell: (h) => `${h.requestedByName}, ${formatDateTime(h.requestedAt)}` },
                {
                  header: 'Accept',
                  cell: (h) =>
                    viewer.isFamilyPartnershipTeam && h.toTeam === 'FAMILY_CASEWORK' ? (
                      <Link className="govuk-link" to={`/handovers/${h.id}/family-casework`}>
                        Choose the caseworker for {h.caseReference}
                      </Link>
                    ) : viewer.isFamilyPartnershipTeam ? (
                      <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => void accept(h.id)}>
                        Accept for {h.caseReference}
                      </button>
                    ) : (
                      'Waiting'
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

export function UrgentStepUpPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const terms = useTerms();
  const form = useForm();
  const [toTeam, setToTeam] = useState<ReceivingTeam | ''>('');
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (!toTeam) return form.fail([{ field: 'toTeam', message: 'Choose the team the family needs' }]);
    if (await form.run(() => request(URGENT_STEP_UP, { input: { caseId: id, toTeam, reason } }))) {
      navigate(`/cases/${id}`, { state: successState('Sent to the front door now') });
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Urgent safeguarding concern</h1>
        <WarningText>
          Use this only when a child is at risk now. It goes straight to the front door and is not held for the {forumShortName(terms)}.
          Phone the front door as well.
        </WarningText>
        <ErrorSummary problems={form.problems} />
        <GovForm form={form} onSubmit={() => void submit()}>
          <Radios
            field="toTeam"
            legend="Which team does the family need?"
            items={(Object.keys(TEAMS) as ReceivingTeam[]).map((t) => ({ value: t, label: TEAMS[t] }))}
            value={toTeam}
            onChange={setToTeam}
          />
          <Textarea field="reason" label="What is the concern?" value={reason} onChange={setReason} />
          <SubmitButton form={form}>Send to the front door now</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}

export function RequestMentoringPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const terms = useTerms();
  const form = useForm();
  const [topic, setTopic] = useState<MentoringTopic | ''>('');
  const [question, setQuestion] = useState('');
  const submit = async () => {
    if (!topic) return form.fail([{ field: 'topic', message: 'Choose what the request is about' }]);
    if (await form.run(() => request(REQUEST_MENTORING, { input: { caseId: id, topic, question } }))) {
      navigate(`/cases/${id}`, { state: successState('Request sent to the Family Partnership Team') });
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Ask for mentoring or a case consultation</h1>
        <ErrorSummary problems={form.problems} />
        <GovForm form={form} onSubmit={() => void submit()}>
          <Radios
            field="topic"
            legend="What would you like help with?"
            items={choicesOf(mentoringTopics(terms))}
            value={topic}
            onChange={setTopic}
          />
          <Textarea field="question" label="Your question" value={question} onChange={setQuestion} />
          <SubmitButton form={form}>Send the request</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}

function MentoringWork({ request: r, onDone }: { readonly request: MentoringRequest; readonly onDone: () => void }) {
  const viewer = useViewer();
  const form = useForm();
  const team = useQuery(FPT_TEAM, {}, { skip: viewer.role !== 'FPT_MANAGER' });
  const [assignee, setAssignee] = useState('');
  const [heldOn, setHeldOn] = useState<DateParts>(EMPTY_DATE);
  const [advice, setAdvice] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [summary, setSummary] = useState('');
  const run = async (action: () => Promise<unknown>) => {
    if (await form.run(action)) onDone();
  };
  const mine = r.assignedTo?.id === viewer.id || viewer.role === 'FPT_MANAGER';
  return (
    <IdScope prefix={`request-${r.id}`}>
      <ErrorSummary problems={form.problems} />
      {viewer.role === 'FPT_MANAGER' && r.status !== 'CLOSED' && (
        <GovForm
          form={form}
          onSubmit={() =>
            void run(() => request(ASSIGN_MENTORING, { input: { requestId: r.id, version: r.version, assigneeId: assignee } }))
          }
        >
          <Select
            field="assigneeId"
            label="Assign to"
            placeholder="Choose someone"
            options={(team.data?.familyPartnershipTeam ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
            value={assignee}
            onChange={setAssignee}
          />
          <SubmitButton form={form}>Assign</SubmitButton>
        </GovForm>
      )}
      {r.status === 'ASSIGNED' && mine && (
        <>
          <GovForm
            form={form}
            onSubmit={() =>
              void run(() => request(MENTORING_SESSION, { input: { requestId: r.id, heldOn: toIsoDate(heldOn) ?? '', advice, nextSteps } }))
            }
          >
            <DateInput field="heldOn" legend="Date of the session" value={heldOn} onChange={setHeldOn} />
            <Textarea field="advice" label="Advice given" rows={3} value={advice} onChange={setAdvice} />
            <Textarea field="nextSteps" label="Agreed next steps" rows={2} value={nextSteps} onChange={setNextSteps} />
            <SubmitButton form={form}>Record the session</SubmitButton>
          </GovForm>
          <GovForm
            form={form}
            onSubmit={() => void run(() => request(CLOSE_MENTORING, { input: { requestId: r.id, version: r.version, summary } }))}
          >
            <Textarea field="summary" label="Summary for the practitioner" rows={2} value={summary} onChange={setSummary} />
            <SubmitButton form={form}>Close the request</SubmitButton>
          </GovForm>
        </>
      )}
    </IdScope>
  );
}

export function MentoringPage() {
  const viewer = useViewer();
  const terms = useTerms();
  const requests = useQuery(MENTORING_REQUESTS, { includeClosed: true });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Mentoring and case consultations</h1>
        <QueryView result={requests}>
          {({ mentoringRequests }) => (
            <>
              {mentoringRequests.length === 0 && <p className="govuk-body">No requests.</p>}
              {mentoringRequests.map((r) => (
                <section key={r.id} className="app-agenda-item" aria-label={`Request on ${r.caseReference}`}>
                  <h2 className="govuk-heading-s">
                    <Link className="govuk-link" to={`/cases/${r.caseId}`}>
                      {r.caseReference}
                    </Link>{' '}
                    – {mentoringTopics(terms)[r.topic]}
                  </h2>
                  <SummaryList
                    rows={[
                      { key: 'Asked by', value: `${r.requestedBy.displayName}, ${r.ageWorkingDays} working days ago` },
                      { key: 'Question', value: r.question },
                      { key: 'Held by', value: r.assignedTo?.displayName ?? 'Not yet assigned' },
                      {
                        key: 'Sessions',
                        value: r.sessions.map((s) => `${formatDate(s.heldOn)}: ${s.advice} Next: ${s.nextSteps}`).join(' | '),
                      },
                      { key: 'Summary', value: r.closingSummary },
                    ]}
                  />
                  {viewer.isFamilyPartnershipTeam && <MentoringWork request={r} onDone={requests.reload} />}
                </section>
              ))}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
