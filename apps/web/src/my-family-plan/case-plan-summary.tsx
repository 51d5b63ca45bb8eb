import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { successState } from '../components/notification-banner';
import { SummaryList } from '../components/summary-list';
import { StatusTag } from '../components/tag';
import { formatDate, formatDateTime } from '../format/dates';
import { ALERT_KINDS, BASES, type AlertKind } from '../inbox/inbox-operations';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { CLOSURE_OUTCOMES, PLAN_STATUSES } from './plan-labels';
import { PLAN_CASE, REOPEN_CASE, START_PLAN, WITHDRAW_CONSENT } from './plan-operations';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';

const REVIEW_TAGS = { NOT_YET: null, DUE_SOON: 'Review due soon', OVERDUE: 'Review overdue' } as const;

// The case page's My Family Plan, consent, reviews and closing panel.
export function CasePlanSummary({ caseId, onCaseChanged }: { readonly caseId: string; readonly onCaseChanged: () => void }) {
  const result = useQuery(PLAN_CASE, { id: caseId });
  const form = useForm();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [reopenReason, setReopenReason] = useState('');
  const loaded = result.data?.case;
  if (!loaded) return null;
  const plan = loaded.plan;
  const start = async () => {
    setStarting(true);
    const started = await form.run(() => request(START_PLAN, { caseId }));
    setStarting(false);
    if (started) navigate(`/cases/${caseId}/plan`, { state: successState('My Family Plan started') });
  };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const withdraw = async (consentId: string) => {
    if (await form.run(() => request(WITHDRAW_CONSENT, { consentId, withdrawnOn: today }))) result.reload();
  };
  const reopen = async () => {
    if (await form.run(() => request(REOPEN_CASE, { input: { caseId, version: loaded.version, reason: reopenReason } }))) onCaseChanged();
  };
  const reviewTag = loaded.reviewState ? REVIEW_TAGS[loaded.reviewState] : null;
  const open = loaded.status === 'OPEN' || loaded.status === 'MAINTENANCE';
  return (
    <>
      <h2 className="govuk-heading-m">My Family Plan</h2>
      {form.problems.length > 0 && <p className="govuk-error-message">{form.problems.map((p) => p.message).join(' ')}</p>}
      {plan ? (
        <p className="govuk-body">
          <StatusTag status={PLAN_STATUSES[plan.status]} />{' '}
          <Link className="govuk-link" to={`/cases/${caseId}/plan`}>
            Open the My Family Plan
          </Link>
        </p>
      ) : loaded.canEditPlan && loaded.status === 'OPEN' ? (
        <button type="button" className="govuk-button" disabled={starting} onClick={() => void start()}>
          Start the My Family Plan
        </button>
      ) : (
        <p className="govuk-body">Not started{loaded.status === 'AWAITING_FIRST_CONTACT' ? ': record first contact first.' : '.'}</p>
      )}
      {plan?.sections
        .filter((s) => s.kind === 'THREE_HOUSES' && s.saved && s.person)
        .map((s) => (
          <p className="govuk-body" key={s.key}>
            <Link className="govuk-link" to={`/cases/${caseId}/letters/${s.person?.id}`}>
              Letter to {s.person?.firstName}
            </Link>
          </p>
        ))}
      <h2 className="govuk-heading-m">Consent to share information</h2>
      {loaded.consents.length === 0 ? (
        <p className="govuk-body">No consent recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {loaded.consents.map((c) => (
            <li key={c.id}>
              {c.givenBy.firstName} {c.givenBy.lastName} on {formatDate(c.givenOn)}: {c.agencies.map((a) => a.name).join(', ')}
              {c.withdrawnOn && ` (withdrawn ${formatDate(c.withdrawnOn)})`}
              {c.current && loaded.canEditPlan && (
                <>
                  {' '}
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void withdraw(c.id)}>
                    Withdraw consent<span className="govuk-visually-hidden"> given by {c.givenBy.firstName}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {loaded.canEditPlan && loaded.status === 'OPEN' && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${caseId}/consent/new`}>
            Record consent
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-m">Reviews</h2>
      <SummaryList
        rows={[
          {
            key: 'Next review due',
            value: loaded.nextReviewDue && (
              <>
                {formatDate(loaded.nextReviewDue)} {reviewTag && <strong className="govuk-tag govuk-tag--orange">{reviewTag}</strong>}
              </>
            ),
          },
          ...loaded.reviews.map((r) => ({ key: `Review on ${formatDate(r.heldOn)}`, value: `${r.goalProgress} (recorded by ${r.recordedByName})` })),
        ]}
      />
      {loaded.canEditPlan && open && (plan?.status === 'ACTIVE' || loaded.status === 'MAINTENANCE') && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${caseId}/reviews/new`}>
            Record a review
          </Link>
        </p>
      )}
      {loaded.sharingHistory.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Information shared</h2>
          <ul className="govuk-list govuk-list--bullet">
            {loaded.sharingHistory.map((s) => (
              <li key={`${s.alertId}-${s.sharedWith}`}>
                {formatDateTime(s.sharedAt)}: {ALERT_KINDS[s.kind as AlertKind] ?? s.kind} from {s.raisedByName} ({s.raisedByAgency}) shared with {s.sharedWith} –{' '}
                {BASES[s.basis] ?? s.basis}
                {s.safeguardingReason && `: ${s.safeguardingReason}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {loaded.closureOutcome && (
        <>
          <h2 className="govuk-heading-m">Closing</h2>
          <SummaryList
            rows={[
              { key: 'Outcome', value: CLOSURE_OUTCOMES[loaded.closureOutcome] },
              { key: 'Closed on', value: loaded.closedOn && formatDate(loaded.closedOn) },
              { key: 'Reason', value: loaded.closureReason },
              { key: 'Crisis Card: who to call', value: loaded.crisisCard?.whoToCall },
              { key: 'Crisis Card: early-warning signs', value: loaded.crisisCard?.warningSigns },
              { key: 'Maintenance reviews', value: loaded.maintenanceReviewDates.map(formatDate).join(', ') },
            ]}
          />
        </>
      )}
      {loaded.canEditPlan && open && (
        <>
          <h2 className="govuk-heading-m">Help and escalation</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to="/forum">
                Bring the case to the Early Help Forum
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/cases/${caseId}/mentoring/new`}>
                Ask the Family Partnership Team for mentoring
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/cases/${caseId}/urgent`}>
                Urgent safeguarding concern
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/cases/${caseId}/close`}>
                Close the case
              </Link>
            </li>
          </ul>
        </>
      )}
      {loaded.canEditPlan && (loaded.status === 'CLOSED' || loaded.status === 'DECLINED' || loaded.status === 'MAINTENANCE') && (
        <GovForm form={form} onSubmit={() => void reopen()}>
          <h2 className="govuk-heading-m">Reopen the case</h2>
          <Textarea field="reason" label="Why is the case being reopened?" rows={3} value={reopenReason} onChange={setReopenReason} />
          <SubmitButton form={form}>Reopen the case</SubmitButton>
        </GovForm>
      )}
    </>
  );
}
