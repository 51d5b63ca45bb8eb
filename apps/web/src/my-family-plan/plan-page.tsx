import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { StatusTag } from '../components/tag';
import { useSuccessMessage } from '../components/notification-banner';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { PLAN_STATUSES } from './plan-labels';
import { APPROVE_PLAN, PLAN_CASE, RETURN_PLAN, SUBMIT_PLAN, type MyFamilyPlan, type PlanCase, type PlanSection } from './plan-operations';

export function sectionPath(caseId: string, key: string): string {
  return `/cases/${caseId}/plan/sections/${encodeURIComponent(key)}`;
}

function TaskList({ caseId, plan }: { readonly caseId: string; readonly plan: MyFamilyPlan }) {
  const status = (s: PlanSection) =>
    s.saved ? <strong className="govuk-tag govuk-tag--green">Completed</strong> : <strong className="govuk-tag govuk-tag--grey">Not yet started</strong>;
  return (
    <ul className="govuk-task-list">
      {plan.sections.map((s) => (
        <li className="govuk-task-list__item govuk-task-list__item--with-link" key={s.key}>
          <div className="govuk-task-list__name-and-hint">
            <Link className="govuk-link govuk-task-list__link" to={sectionPath(caseId, s.key)}>
              {s.title}
            </Link>
            {s.qaComments.length > 0 && (
              <div className="govuk-task-list__hint">
                {s.qaComments.map((c) => (
                  <p className="govuk-body-s govuk-!-margin-bottom-1" key={c.id}>
                    <strong>Quality assurance comment:</strong> {c.comment}
                  </p>
                ))}
              </div>
            )}
          </div>
          <div className="govuk-task-list__status">{status(s)}</div>
        </li>
      ))}
    </ul>
  );
}

function ReturnForm({ loaded, onDone }: { readonly loaded: PlanCase; readonly onDone: (plan: MyFamilyPlan, message: string) => void }) {
  const form = useForm();
  const plan = loaded.plan as MyFamilyPlan;
  const [comment, setComment] = useState('');
  const [sectionKey, setSectionKey] = useState('');
  const send = async () => {
    const result = await form.run(() =>
      request(RETURN_PLAN, { input: { caseId: loaded.id, version: plan.version, comments: [{ sectionKey: sectionKey || null, comment }] } }),
    );
    if (result) onDone(result.plan, 'Plan returned to the practitioner with your comment');
  };
  return (
    <GovForm form={form} onSubmit={() => void send()}>
      <h2 className="govuk-heading-m">Return with comments</h2>
      {form.problems.length > 0 && <p className="govuk-error-message">{form.problems.map((p) => p.message).join(' ')}</p>}
      <Select
        field="comments.0.sectionKey"
        label="Section the comment is about"
        placeholder="The plan as a whole"
        options={plan.sections.map((s) => ({ value: s.key, label: s.title }))}
        value={sectionKey}
        onChange={setSectionKey}
      />
      <Textarea field="comments.0.comment" label="What needs to change" value={comment} onChange={setComment} />
      <SubmitButton form={form}>Return with comments</SubmitButton>
    </GovForm>
  );
}

export function PlanPage() {
  const { id = '' } = useParams();
  const result = useQuery(PLAN_CASE, { id });
  const form = useForm({ CONFLICT: 'Someone else has changed this plan. Reload to see their changes.' });
  const arrived = useSuccessMessage();
  const [done, setDone] = useState<string>();

  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const plan = loaded.plan;
        const update = (updated: MyFamilyPlan, message: string) => {
          result.setData({ case: { ...loaded, plan: updated } });
          setDone(message);
        };
        const act = async (document: typeof SUBMIT_PLAN, message: string) => {
          if (!plan) return;
          const outcome = await form.run(() => request(document, { caseId: loaded.id, version: plan.version }));
          if (outcome) update(outcome.plan, message);
        };
        return (
          <RecordPage form={form} reload={result.reload} success={done ?? arrived} caption={`My Family Plan – case ${loaded.reference}`} title={loaded.familyName}>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${loaded.id}`}>
                Back to the case
              </Link>
            </p>
            {!plan ? (
              <p className="govuk-body">The My Family Plan has not been started.</p>
            ) : (
              <>
                <p className="govuk-body">
                  Status: <StatusTag status={PLAN_STATUSES[plan.status]} />
                </p>
                <p className="govuk-body">
                  Due {formatDate(plan.dueDate)}{' '}
                  {plan.overdue ? <strong className="govuk-tag govuk-tag--red">Overdue</strong> : plan.status !== 'ACTIVE' && `(${plan.workingDaysLeft} working days left)`}
                </p>
                {plan.missingSections.length > 0 && plan.status !== 'ACTIVE' && (
                  <div className="govuk-inset-text">
                    Still to do before submitting:
                    <ul className="govuk-list govuk-list--bullet">
                      {plan.missingSections.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <TaskList caseId={loaded.id} plan={plan} />
                {plan.canEdit && (plan.status === 'DRAFT' || plan.status === 'RETURNED') && (
                  <GovForm form={form} onSubmit={() => void act(SUBMIT_PLAN, 'Plan submitted for quality assurance')}>
                    <SubmitButton form={form}>Submit for quality assurance</SubmitButton>
                  </GovForm>
                )}
                {plan.canQualityAssure && (
                  <>
                    <GovForm form={form} onSubmit={() => void act(APPROVE_PLAN, 'Plan approved: it is now active')}>
                      <SubmitButton form={form}>Approve the plan</SubmitButton>
                    </GovForm>
                    <ReturnForm loaded={loaded} onDone={update} />
                  </>
                )}
              </>
            )}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}
