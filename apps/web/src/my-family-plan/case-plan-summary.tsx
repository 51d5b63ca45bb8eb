import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { SummaryList } from '../components/summary-list';
import { Table, type Column } from '../components/table';
import { StatusTag } from '../components/tag';
import { DueDate } from '../cases/deadlines';
import { fullName } from '../family/family-details';
import { formatDate, formatDateTime } from '../format/dates';
import { ALERT_KINDS, BASES } from '../inbox/inbox-operations';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { CLOSURE_OUTCOMES, PLAN_STATUSES, REVIEW_KINDS, REVIEW_STATES } from './plan-labels';
import { PLAN_CASE, REOPEN_CASE, START_PLAN, type PlanCase } from './plan-operations';
import { ParagraphLink } from './paragraph-link';
import { letterPath, planPath } from './plan-paths';
import type { AlertKind } from '../graphql/generated/graphql';
import type { Consent, Review } from './plan-operations';

interface PanelProps {
  readonly loaded: PlanCase;
  readonly form: FormController;
}

function PlanPanel({ loaded, form }: PanelProps) {
  const navigate = useNavigate();
  const terms = useTerms();
  const plan = loaded.plan;
  const start = async () => {
    if (await form.run(() => request(START_PLAN, { caseId: loaded.id })))
      navigate(planPath(loaded.id), { state: successState(`${terms.familyPlan} started`) });
  };
  const letters = plan?.sections.filter((s) => s.kind === 'THREE_HOUSES' && s.saved && s.person) ?? [];
  let action: ReactNode = (
    <p className="govuk-body">
      {loaded.status === 'AWAITING_FIRST_CONTACT'
        ? 'The plan can be started once first contact with the family is recorded.'
        : 'The plan has not been started.'}
    </p>
  );
  if (plan)
    action = (
      <>
        <ParagraphLink to={planPath(loaded.id)}>Open the {terms.familyPlan}</ParagraphLink>
        <ParagraphLink to={`/cases/${loaded.id}/needs`}>Needs and outcomes</ParagraphLink>
      </>
    );
  else if (loaded.canEditPlan && loaded.status === 'OPEN') {
    action = (
      <GovForm form={form} onSubmit={() => void start()}>
        <SubmitButton form={form}>Start the {terms.familyPlan}</SubmitButton>
      </GovForm>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">{terms.familyPlan}</h2>
      <SummaryList
        rows={[
          { key: 'Plan status', value: plan ? <StatusTag status={PLAN_STATUSES[plan.status]} /> : 'Not started' },
          plan
            ? {
                key: 'Plan due',
                value: (
                  <DueDate
                    due={plan.dueDate}
                    overdue={plan.overdue}
                    workingDaysLeft={plan.workingDaysLeft}
                    active={plan.status !== 'ACTIVE'}
                  />
                ),
              }
            : {
                key: 'Plan due',
                value: (
                  <DueDate
                    due={loaded.myFamilyPlanDue}
                    overdue={loaded.myFamilyPlanOverdue}
                    workingDaysLeft={loaded.workingDaysToMyFamilyPlan}
                    active={loaded.status === 'AWAITING_FIRST_CONTACT' || loaded.status === 'OPEN'}
                  />
                ),
              },
        ]}
      />
      {action}
      {letters.map((s) => (
        <ParagraphLink key={s.key} to={letterPath(loaded.id, s.person?.id ?? '')}>
          Letter to {s.person?.firstName}
        </ParagraphLink>
      ))}
    </>
  );
}

function ConsentPanel({ loaded }: PanelProps) {
  const columns: Column<Consent>[] = [
    { header: 'Given by', cell: (c) => `${fullName(c.givenBy)}${c.competenceConfirmed ? ' (competent to consent)' : ''}` },
    { header: 'Shared with', cell: (c) => c.agencies.map((a) => a.name).join(', ') },
    { header: 'Given on', cell: (c) => formatDate(c.givenOn) },
    {
      header: 'Status',
      cell: (c) => (c.current ? 'Current' : c.withdrawnOn ? `Withdrawn from ${formatDate(c.withdrawnOn)}` : 'Not current'),
    },
  ];
  if (loaded.canEditPlan) {
    columns.push({
      header: 'Action',
      cell: (c) =>
        c.current && (
          <Link className="govuk-link" to={`/cases/${loaded.id}/consent/${c.id}/withdraw`}>
            Withdraw<span className="govuk-visually-hidden"> consent given by {fullName(c.givenBy)}</span>
          </Link>
        ),
    });
  }
  return (
    <>
      <h2 className="govuk-heading-m">Consent to share information</h2>
      {loaded.consents.length === 0 ? (
        <p className="govuk-body">No consent recorded.</p>
      ) : (
        <Table caption="Consents, newest first" captionSize="s" columns={columns} rows={loaded.consents} rowKey={(c) => c.id} />
      )}
      {loaded.canEditPlan && loaded.status === 'OPEN' && (
        <ParagraphLink to={`/cases/${loaded.id}/consent/new`}>Record consent</ParagraphLink>
      )}
    </>
  );
}

function ReviewCard({ review }: { readonly review: Review }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {REVIEW_KINDS[review.kind]} on {formatDate(review.heldOn)}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Who attended', value: <span className="app-preserve-lines">{review.attendees}</span> },
            ...(review.teamAttendance.length
              ? [
                  {
                    key: 'Team around the family',
                    value: (
                      <ul className="govuk-list">
                        {review.teamAttendance.map((a) => (
                          <li key={a.userId}>
                            {a.name} ({a.agencyName}): {a.attendanceLabel.toLowerCase()}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : []),
            { key: 'Progress on each goal', value: <span className="app-preserve-lines">{review.goalProgress}</span> },
            { key: 'The family’s view', value: <span className="app-preserve-lines">{review.familyView}</span> },
            ...review.childViews.map((v) => ({
              key: `${v.person.firstName}’s view`,
              value: <span className="app-preserve-lines">{v.view}</span>,
            })),
            { key: 'Next review', value: review.nextReviewOn && formatDate(review.nextReviewOn) },
            {
              key: 'Why not 4 to 6 weeks on',
              value: review.nextReviewReason && <span className="app-preserve-lines">{review.nextReviewReason}</span>,
            },
            { key: 'Recorded by', value: review.recordedByName },
          ]}
        />
      </div>
    </div>
  );
}

function ReviewsPanel({ loaded }: PanelProps) {
  const terms = useTerms();
  const tag = loaded.reviewState && REVIEW_STATES[loaded.reviewState];
  const canReview =
    loaded.canEditPlan && ((loaded.status === 'OPEN' && loaded.plan?.status === 'ACTIVE') || loaded.status === 'MAINTENANCE');
  return (
    <>
      <h2 className="govuk-heading-m">Reviews</h2>
      <SummaryList
        rows={[
          {
            key: 'Next review due',
            value: loaded.nextReviewDue ? (
              <>
                {formatDate(loaded.nextReviewDue)} {tag && <StatusTag status={tag} />}
              </>
            ) : loaded.plan?.status === 'ACTIVE' ? (
              'None'
            ) : (
              `Reviews start once the ${terms.familyPlan} is approved`
            ),
          },
          loaded.status === 'MAINTENANCE' && {
            key: 'Maintenance reviews due',
            value: loaded.maintenanceReviewDates.map(formatDate).join(', '),
          },
        ]}
      />
      {loaded.reviews.length === 0 ? (
        <p className="govuk-body">No reviews recorded yet.</p>
      ) : (
        loaded.reviews.map((r) => <ReviewCard key={r.id} review={r} />)
      )}
      {canReview && <ParagraphLink to={`/cases/${loaded.id}/reviews/new`}>Record a review</ParagraphLink>}
    </>
  );
}

function SharingPanel({ loaded }: PanelProps) {
  if (loaded.sharingHistory.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Information shared</h2>
      <ul className="govuk-list govuk-list--bullet">
        {loaded.sharingHistory.map((s) => (
          <li key={`${s.alertId}-${s.sharedWith}`}>
            {formatDateTime(s.sharedAt)}: {ALERT_KINDS[s.kind as AlertKind] ?? s.kind} from {s.raisedByName} ({s.raisedByAgency}) shared
            with {s.sharedWith} – {BASES[s.basis] ?? s.basis}
            {s.safeguardingReason && `: ${s.safeguardingReason}`}
          </li>
        ))}
      </ul>
    </>
  );
}

function ClosurePanel({ loaded, form, onReopened }: PanelProps & { readonly onReopened: () => void }) {
  const viewer = useViewer();
  const [reason, setReason] = useState('');
  const ended = loaded.status === 'CLOSED' || loaded.status === 'MAINTENANCE';
  const canReopen = (loaded.canEditPlan || viewer.isFamilyPartnershipTeam) && (ended || loaded.status === 'DECLINED');
  const reopen = async () => {
    if (await form.run(() => request(REOPEN_CASE, { input: { caseId: loaded.id, version: loaded.version, reason } }))) onReopened();
  };
  return (
    <>
      {ended && loaded.closureOutcome && (
        <>
          <h2 className="govuk-heading-m">{loaded.status === 'CLOSED' ? 'Closing' : 'Maintenance'}</h2>
          <SummaryList
            rows={[
              { key: 'Outcome', value: CLOSURE_OUTCOMES[loaded.closureOutcome] },
              { key: 'Closed on', value: loaded.closedOn && formatDate(loaded.closedOn) },
              { key: 'Reason', value: loaded.closureReason },
              {
                key: 'Crisis Card: who to call',
                value: loaded.crisisCard && <span className="app-preserve-lines">{loaded.crisisCard.whoToCall}</span>,
              },
              {
                key: 'Crisis Card: early-warning signs',
                value: loaded.crisisCard && <span className="app-preserve-lines">{loaded.crisisCard.warningSigns}</span>,
              },
              loaded.maintenanceReviewDates.length > 0 && {
                key: 'Maintenance reviews',
                value: loaded.maintenanceReviewDates.map(formatDate).join(', '),
              },
            ]}
          />
        </>
      )}
      {loaded.canEditPlan && (loaded.status === 'OPEN' || loaded.status === 'MAINTENANCE') && (
        <ParagraphLink to={`/cases/${loaded.id}/close`}>Close the case</ParagraphLink>
      )}
      {canReopen && (
        <GovForm form={form} onSubmit={() => void reopen()}>
          <h2 className="govuk-heading-m">Reopen the case</h2>
          <Textarea field="reason" label="Why is the case being reopened?" rows={3} value={reason} onChange={setReason} />
          <SubmitButton form={form}>Reopen the case</SubmitButton>
        </GovForm>
      )}
    </>
  );
}

/** The case page's My Family Plan, consent, reviews and closing; problems show in the page's error summary. */
export function CasePlanSummary({
  caseId,
  form,
  onCaseChanged,
}: {
  readonly caseId: string;
  readonly form: FormController;
  readonly onCaseChanged: (message: string) => void;
}) {
  const result = useQuery(PLAN_CASE, { id: caseId });
  const loaded = result.data?.case;
  if (!loaded) return null;
  return (
    <>
      <PlanPanel loaded={loaded} form={form} />
      <ConsentPanel loaded={loaded} form={form} />
      <ReviewsPanel loaded={loaded} form={form} />
      <SharingPanel loaded={loaded} form={form} />
      <ClosurePanel loaded={loaded} form={form} onReopened={() => onCaseChanged('Case reopened')} />
    </>
  );
}
