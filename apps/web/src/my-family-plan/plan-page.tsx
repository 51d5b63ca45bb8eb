import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type ErrorMessages, type FormController } from '../components/form';
import { useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { SummaryList } from '../components/summary-list';
import { StatusTag } from '../components/tag';
import { DueDate } from '../cases/deadlines';
import { formatDateTime } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { PLAN_STATUSES } from './plan-labels';
import { APPROVE_PLAN, ASSIGN_PLAN_SECTION, PLAN_CASE, RETURN_PLAN, SUBMIT_PLAN, type PlanCase } from './plan-operations';
import { ParagraphLink } from './paragraph-link';
import { letterPath, sectionPath } from './plan-paths';
import { QaComments } from './qa-comments';
import { useTerms } from '../session/session';
import type { MyFamilyPlan, PlanSection } from './plan-operations';

const MESSAGES: ErrorMessages = { CONFLICT: 'Someone else has changed this plan. Reload to see their changes.' };
const WHOLE_PLAN = 'The plan as a whole';

// The GOV.UK task list: a saved section is completed; one not saved can be started only by someone who may edit now.
function TaskStatus({ id, section, canEdit }: { readonly id: string; readonly section: PlanSection; readonly canEdit: boolean }) {
  if (section.saved) {
    return (
      <div className="govuk-task-list__status" id={id}>
        Completed
      </div>
    );
  }
  if (canEdit) {
    return (
      <div className="govuk-task-list__status" id={id}>
        <strong className="govuk-tag govuk-tag--blue">Not yet started</strong>
      </div>
    );
  }
  return (
    <div className="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
      Cannot start yet
    </div>
  );
}

function TaskList({ caseId, plan }: { readonly caseId: string; readonly plan: MyFamilyPlan }) {
  return (
    <ul className="govuk-task-list" id="sections">
      {plan.sections.map((s) => {
        const linked = s.saved || s.canEdit;
        const id = `task-${s.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
        return (
          <li className={`govuk-task-list__item${linked ? ' govuk-task-list__item--with-link' : ''}`} key={s.key}>
            <div className="govuk-task-list__name-and-hint">
              {linked ? (
                <Link className="govuk-link govuk-task-list__link" to={sectionPath(caseId, s.key)} aria-describedby={`${id}-status`}>
                  {s.title}
                </Link>
              ) : (
                <div>{s.title}</div>
              )}
              {s.assignedToName && <div className="govuk-task-list__hint">Assigned to {s.assignedToName}</div>}
              {s.qaComments.length > 0 && (
                <div className="govuk-task-list__hint">
                  <QaComments comments={s.qaComments} />
                </div>
              )}
            </div>
            <TaskStatus id={`${id}-status`} section={s} canEdit={s.canEdit} />
          </li>
        );
      })}
    </ul>
  );
}

interface CommentDraft {
  readonly sectionKey: string;
  readonly comment: string;
}
const NEW_COMMENT: CommentDraft = { sectionKey: '', comment: '' };

// The FPT's return: one or more comments, each about a section or the plan as a whole.
function ReturnForm({
  plan,
  form,
  send,
}: {
  readonly plan: MyFamilyPlan;
  readonly form: FormController;
  readonly send: (comments: { sectionKey: string | null; comment: string }[]) => void;
}) {
  const terms = useTerms();
  const [comments, setComments] = useState<readonly CommentDraft[]>([NEW_COMMENT]);
  const set = (index: number, changed: CommentDraft) => setComments(comments.map((c, i) => (i === index ? changed : c)));
  const submit = () => {
    const problems = comments.flatMap((c, i) =>
      c.comment.trim() ? [] : [{ field: `comments.${i}.comment`, message: `Enter comment ${i + 1}` }],
    );
    if (problems.length > 0) return form.fail(problems);
    send(comments.map((c) => ({ sectionKey: c.sectionKey || null, comment: c.comment })));
  };
  return (
    <GovForm form={form} onSubmit={submit}>
      <h2 className="govuk-heading-m">Return with comments</h2>
      <p className="govuk-body">Say what needs to change. The {terms.leadPractitioner} sees each comment beside the section it is about.</p>
      {comments.map((c, i) => (
        <fieldset className="govuk-fieldset app-member" key={i}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Comment {i + 1}</legend>
          <Select
            field={`comments.${i}.sectionKey`}
            label="Section the comment is about"
            placeholder={WHOLE_PLAN}
            options={plan.sections.map((s) => ({ value: s.key, label: s.title }))}
            value={c.sectionKey}
            onChange={(sectionKey) => set(i, { ...c, sectionKey })}
          />
          <Textarea
            field={`comments.${i}.comment`}
            label="What needs to change"
            rows={3}
            value={c.comment}
            onChange={(comment) => set(i, { ...c, comment })}
          />
          {comments.length > 1 && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setComments(comments.filter((_, j) => j !== i))}
            >
              Remove<span className="govuk-visually-hidden"> comment {i + 1}</span>
            </button>
          )}
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setComments([...comments, NEW_COMMENT])}>
          Add another comment
        </button>
        <SubmitButton form={form}>Return with comments</SubmitButton>
      </div>
    </GovForm>
  );
}

function PlanSummary({ plan }: { readonly plan: MyFamilyPlan }) {
  return (
    <SummaryList
      rows={[
        { key: 'Status', value: <StatusTag status={PLAN_STATUSES[plan.status]} /> },
        {
          key: 'Due',
          value: (
            <DueDate due={plan.dueDate} overdue={plan.overdue} workingDaysLeft={plan.workingDaysLeft} active={plan.status !== 'ACTIVE'} />
          ),
        },
        { key: 'Submitted for quality assurance', value: plan.submittedAt && formatDateTime(plan.submittedAt) },
        {
          key: 'Approved',
          value: plan.approvedAt && `${formatDateTime(plan.approvedAt)}${plan.approvedByName ? ` by ${plan.approvedByName}` : ''}`,
        },
      ]}
    />
  );
}

const LEAD_WRITES = 'LEAD';

// The lead practitioner asks members of the team around the family to write sections; the lead
// writes the rest and submits the whole plan.
function AssignSections({
  plan,
  form,
  assign,
}: {
  readonly plan: MyFamilyPlan;
  readonly form: FormController;
  readonly assign: (input: { sectionKey: string; userId: string | null }) => void;
}) {
  const terms = useTerms();
  const [sectionKey, setSectionKey] = useState('');
  const [userId, setUserId] = useState('');
  return (
    <>
      <h2 className="govuk-heading-m">Who writes each section</h2>
      <GovForm
        form={form}
        onSubmit={() => {
          const problems = [
            ...(sectionKey ? [] : [{ field: 'sectionKey', message: 'Choose a section' }]),
            ...(userId ? [] : [{ field: 'userId', message: 'Choose who writes it' }]),
          ];
          if (problems.length) return form.fail(problems);
          assign({ sectionKey, userId: userId === LEAD_WRITES ? null : userId });
        }}
      >
        <Select
          field="sectionKey"
          label="Section"
          placeholder="Choose a section"
          value={sectionKey}
          onChange={setSectionKey}
          options={plan.sections.map((s) => ({ value: s.key, label: s.title }))}
        />
        <Select
          field="userId"
          label="Who writes it"
          hint="Members of the team around the family can change only the sections assigned to them"
          placeholder="Choose a person"
          value={userId}
          onChange={setUserId}
          options={[
            { value: LEAD_WRITES, label: `I will (the ${terms.leadPractitioner})` },
            ...plan.assignableMembers.map((m) => ({ value: m.id, label: `${m.displayName}, ${m.jobTitle}` })),
          ]}
        />
        <SubmitButton form={form}>Assign the section</SubmitButton>
      </GovForm>
    </>
  );
}

function PlanBody({
  loaded,
  plan,
  form,
  act,
}: {
  readonly loaded: PlanCase;
  readonly plan: MyFamilyPlan;
  readonly form: FormController;
  readonly act: (send: () => Promise<{ plan: MyFamilyPlan }>, message: string) => void;
}) {
  const keys = new Set(plan.sections.map((s) => s.key));
  const title = (key: string | null) => plan.sections.find((s) => s.key === key)?.title ?? WHOLE_PLAN;
  const letters = plan.sections.filter((s) => s.kind === 'THREE_HOUSES' && s.saved && s.person);
  const editable = plan.canEdit && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const version = { caseId: loaded.id, version: plan.version };
  return (
    <>
      <PlanSummary plan={plan} />
      <QaComments comments={plan.qaComments.filter((c) => c.sectionKey === null || !keys.has(c.sectionKey))} sectionTitle={title} />
      {editable && plan.missingSections.length > 0 && (
        <div className="govuk-inset-text">
          <p className="govuk-body">Still to do before you can submit the plan:</p>
          <ul className="govuk-list govuk-list--bullet">
            {plan.missingSections.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <h2 className="govuk-heading-m">Sections of the plan</h2>
      <TaskList caseId={loaded.id} plan={plan} />
      {letters.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Letters to the children</h2>
          <ul className="govuk-list">
            {letters.map((s) => (
              <li key={s.key}>
                <Link className="govuk-link" to={letterPath(loaded.id, s.person?.id ?? '')}>
                  Letter to {s.person?.firstName}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.canAssignSections && plan.assignableMembers.length > 0 && (
        <AssignSections
          plan={plan}
          form={form}
          assign={(input) => act(() => request(ASSIGN_PLAN_SECTION, { input: { caseId: loaded.id, ...input } }), 'Section assigned')}
        />
      )}
      {editable && plan.canAssignSections && (
        <GovForm form={form} onSubmit={() => act(() => request(SUBMIT_PLAN, version), 'Plan submitted for quality assurance')}>
          <p className="govuk-body">
            When you submit the plan, the Family Partnership Team checks it and approves it or returns it with comments.
          </p>
          <SubmitButton form={form}>Submit for quality assurance</SubmitButton>
        </GovForm>
      )}
      {plan.canQualityAssure && (
        <>
          <h2 className="govuk-heading-m">Quality assurance</h2>
          <GovForm form={form} onSubmit={() => act(() => request(APPROVE_PLAN, version), 'Plan approved: it is now active')}>
            <SubmitButton form={form}>Approve the plan</SubmitButton>
          </GovForm>
          <ReturnForm
            plan={plan}
            form={form}
            send={(comments) =>
              act(() => request(RETURN_PLAN, { input: { ...version, comments } }), 'Plan returned to the practitioner with your comments')
            }
          />
        </>
      )}
    </>
  );
}

export function PlanPage() {
  const { id = '' } = useParams();
  const result = useQuery(PLAN_CASE, { id });
  const terms = useTerms();
  const form = useForm(MESSAGES);
  const arrived = useSuccessMessage();
  const [done, setDone] = useState<string>();

  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const act = async (send: () => Promise<{ plan: MyFamilyPlan }>, message: string) => {
          const outcome = await form.run(send);
          if (!outcome) return;
          result.setData({ case: { ...loaded, plan: outcome.plan } });
          setDone(message);
        };
        let body: ReactNode = <p className="govuk-body">The {terms.familyPlan} has not been started.</p>;
        if (loaded.plan)
          body = <PlanBody loaded={loaded} plan={loaded.plan} form={form} act={(send, message) => void act(send, message)} />;
        return (
          <RecordPage
            form={form}
            reload={result.reload}
            success={form.problems.length > 0 ? undefined : (done ?? arrived)}
            caption={`${terms.familyPlan} – case ${loaded.reference}`}
            title={loaded.familyName}
          >
            <ParagraphLink to={`/cases/${loaded.id}`}>Back to the case</ParagraphLink>
            {body}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}
