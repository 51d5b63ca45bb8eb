import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { formatDateTime } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import {
  PLAN_CASE,
  SAVE_ACE,
  SAVE_FAMILY_STORY,
  SAVE_GOALS,
  SAVE_SIGNS_OF_SAFETY,
  SAVE_THREE_HOUSES,
  SECTION_VERSIONS,
  type PlanSection,
} from './plan-operations';
import { Drawings } from './drawings';
import { draftOf, goalsInput, SectionEditor, type SectionDraft } from './section-forms';

function save(caseId: string, section: PlanSection, draft: SectionDraft, expectedVersion: number): Promise<{ saved: PlanSection }> {
  const base = { caseId, expectedVersion };
  const t = draft.text;
  const personId = section.person?.id ?? '';
  switch (section.kind) {
    case 'FAMILY_STORY':
      return request(SAVE_FAMILY_STORY, { input: { ...base, story: t.story ?? '', language: t.language ?? '', interpreterNeeded: draft.interpreterNeeded ?? false } });
    case 'SIGNS_OF_SAFETY':
      return request(SAVE_SIGNS_OF_SAFETY, { input: { ...base, worries: t.worries ?? '', workingWell: t.workingWell ?? '', needsToHappen: t.needsToHappen ?? '' } });
    case 'THREE_HOUSES':
      return request(SAVE_THREE_HOUSES, { input: { ...base, personId, worries: t.worries ?? '', goodThings: t.goodThings ?? '', dreams: t.dreams ?? '' } });
    case 'ACE':
      return request(SAVE_ACE, { input: { ...base, personId, indicators: draft.indicators } });
    case 'GOALS':
      return request(SAVE_GOALS, { input: { ...base, goals: goalsInput(draft) } });
  }
}

// Someone else's saved version, shown beside the practitioner's own unsaved text after a conflict.
function TheirVersion({ section }: { readonly section: PlanSection }) {
  const draft = draftOf(section);
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s">
        Saved by {section.savedByName} {section.savedAt && `on ${formatDateTime(section.savedAt)}`} (version {section.version})
      </h2>
      {Object.entries(draft.text).map(([field, value]) => (
        <p className="govuk-body app-preserve-lines" key={field}>
          {value}
        </p>
      ))}
      {section.kind === 'GOALS' && <p className="govuk-body">{draft.goals.map((g) => g.goal).join('; ')}</p>}
    </div>
  );
}

function Versions({ caseId, sectionKey }: { readonly caseId: string; readonly sectionKey: string }) {
  const versions = useQuery(SECTION_VERSIONS, { caseId, sectionKey });
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Version history</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {(versions.data?.planSectionVersions ?? []).map((v) => (
            <li key={v.version}>
              Version {v.version}: {v.savedByName}, {formatDateTime(v.savedAt)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export function SectionPage() {
  const { id = '', key = '' } = useParams();
  const navigate = useNavigate();
  const result = useQuery(PLAN_CASE, { id });
  const form = useForm({
    CONFLICT:
      'Someone else saved this section while you were editing. Your text is below; their saved version is shown above it — copy what you need, then save again.',
  });
  const [draft, setDraft] = useState<SectionDraft>();
  // The version this edit started from; after a conflict, the newer one the user has now seen.
  const [baseVersion, setBaseVersion] = useState<number>();

  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const section = loaded.plan?.sections.find((s) => s.key === key);
        if (!section || !loaded.plan) return <p className="govuk-body">This section is not part of the plan.</p>;
        const current = draft ?? draftOf(section);
        const conflicted = form.errorCode === 'CONFLICT';
        const submit = async () => {
          const saved = await form.run(() => save(loaded.id, section, current, baseVersion ?? section.version));
          if (saved) navigate(`/cases/${loaded.id}/plan`, { state: successState(`${section.title} saved`) });
          else result.reload();
        };
        return (
          <RecordPage form={form} reload={result.reload} success={undefined} caption={`My Family Plan – ${loaded.familyName}`} title={section.title}>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cases/${loaded.id}/plan`}>
                Back to the plan
              </Link>
            </p>
            {section.qaComments.map((c) => (
              <div className="govuk-warning-text" key={c.id}>
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  {c.madeByName}: {c.comment}
                </strong>
              </div>
            ))}
            {conflicted && draft && <TheirVersion section={section} />}
            {loaded.plan.canEdit ? (
              <GovForm
                form={form}
                onSubmit={() => {
                  if (conflicted) setBaseVersion(section.version);
                  void submit();
                }}
              >
                <SectionEditor section={section} draft={current} onChange={setDraft} />
                <SubmitButton form={form}>Save and return to the plan</SubmitButton>
              </GovForm>
            ) : (
              <TheirVersion section={section} />
            )}
            {section.kind === 'THREE_HOUSES' && section.person && (
              <Drawings caseId={loaded.id} personId={section.person.id} canAdd={loaded.plan.canEdit} />
            )}
            {section.saved && <Versions caseId={loaded.id} sectionKey={section.key} />}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}
