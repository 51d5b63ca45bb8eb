import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { GovForm, SubmitButton, useForm, type ErrorMessages } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { ApiError, request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { ParagraphLink } from './paragraph-link';
import { letterPath, planPath, sectionPath } from './plan-paths';
import { PLAN_CASE, SAVE_ACE, SAVE_FAMILY_STORY, SAVE_GOALS, SAVE_SIGNS_OF_SAFETY, SAVE_THREE_HOUSES } from './plan-operations';
import { Drawings } from './drawings';
import { QaComments } from './qa-comments';
import { draftOf, draftProblems, goalsInput, SectionEditor, type SectionDraft } from './section-forms';
import { savedBy, SectionView } from './section-view';
import { useTerms } from '../session/session';
import type { PlanSection } from './plan-operations';

export const CONFLICT_MESSAGE =
  'Someone else saved this section while you were editing. Your text is below; their saved version is shown beside it — copy what you need, then save again.';
const MESSAGES: ErrorMessages = { CONFLICT: CONFLICT_MESSAGE };

function save(caseId: string, section: PlanSection, draft: SectionDraft): Promise<{ saved: PlanSection }> {
  const base = { caseId, expectedVersion: section.version };
  const t = draft.text;
  const personId = section.person?.id ?? '';
  switch (section.kind) {
    case 'FAMILY_STORY':
      return request(SAVE_FAMILY_STORY, {
        input: { ...base, story: t.story ?? '', language: t.language ?? '', interpreterNeeded: draft.interpreterNeeded ?? false },
      });
    case 'SIGNS_OF_SAFETY':
      return request(SAVE_SIGNS_OF_SAFETY, {
        input: { ...base, worries: t.worries ?? '', workingWell: t.workingWell ?? '', needsToHappen: t.needsToHappen ?? '' },
      });
    case 'THREE_HOUSES':
      return request(SAVE_THREE_HOUSES, {
        input: { ...base, personId, worries: t.worries ?? '', goodThings: t.goodThings ?? '', dreams: t.dreams ?? '' },
      });
    case 'ACE':
      return request(SAVE_ACE, { input: { ...base, personId, indicators: [...draft.indicators] } });
    case 'GOALS':
      return request(SAVE_GOALS, { input: { ...base, goals: goalsInput(draft) } });
  }
}

// After a conflict: the other person's saved version, read-only, above the form that keeps the user's own text.
function TheirVersion({ section }: { readonly section: PlanSection }) {
  return (
    <div className="govuk-inset-text app-their-version">
      <h2 className="govuk-heading-m">Their saved version</h2>
      <p className="govuk-body-s">{savedBy(section)}</p>
      <SectionView section={section} />
    </div>
  );
}

function SectionScreen({ id, sectionKey: key }: { readonly id: string; readonly sectionKey: string }) {
  const navigate = useNavigate();
  const result = useQuery(PLAN_CASE, { id });
  const terms = useTerms();
  const form = useForm(MESSAGES);
  // What the user typed; kept when a save fails so nothing they wrote is lost.
  const [draft, setDraft] = useState<SectionDraft>();
  const [conflicted, setConflicted] = useState(false);

  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const plan = loaded.plan;
        const section = plan?.sections.find((s) => s.key === key);
        if (!plan || !section) return <p className="govuk-body">This section is not part of the plan.</p>;
        const current = draft ?? draftOf(section);
        const submit = async () => {
          const problems = draftProblems(current);
          if (problems.length > 0) return form.fail(problems);
          setDraft(current);
          let conflict = false;
          // Sent with the version last loaded: after a conflict, the other person's, which is now on screen.
          const saved = await form.run(() =>
            save(loaded.id, section, current).catch((error: unknown) => {
              conflict = error instanceof ApiError && error.code === 'CONFLICT';
              throw error;
            }),
          );
          if (saved) {
            navigate(planPath(loaded.id), { state: successState(`${section.title} saved`) });
          } else if (conflict) {
            setConflicted(true);
            result.reload();
          }
        };
        return (
          <RecordPage
            form={form}
            reload={result.reload}
            success={undefined}
            caption={`${terms.familyPlan} – ${loaded.familyName}`}
            title={section.title}
          >
            <ParagraphLink to={planPath(loaded.id)}>Back to the plan</ParagraphLink>
            <QaComments comments={section.qaComments} />
            {section.canEdit ? (
              <>
                {conflicted && <TheirVersion section={section} />}
                <GovForm form={form} onSubmit={() => void submit()}>
                  {conflicted && <h2 className="govuk-heading-m">Your text</h2>}
                  <SectionEditor section={section} draft={current} onChange={setDraft} />
                  <SubmitButton form={form}>Save and return to the plan</SubmitButton>
                </GovForm>
              </>
            ) : (
              <>
                {section.saved && <p className="govuk-body-s">{savedBy(section)}</p>}
                <SectionView section={section} />
              </>
            )}
            {section.kind === 'THREE_HOUSES' && section.person && (
              <>
                {section.saved && (
                  <ParagraphLink to={letterPath(loaded.id, section.person.id)}>Letter to {section.person.firstName}</ParagraphLink>
                )}
                <Drawings caseId={loaded.id} personId={section.person.id} canAdd={plan.canEdit} />
              </>
            )}
            {section.saved && <ParagraphLink to={`${sectionPath(loaded.id, section.key)}/versions`}>Version history</ParagraphLink>}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}

export function SectionPage() {
  const { id = '', key = '' } = useParams();
  // A fresh form for each section, so one section's unsaved text never shows on another's page.
  return <SectionScreen key={`${id}/${key}`} id={id} sectionKey={key} />;
}
