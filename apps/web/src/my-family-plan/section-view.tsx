import { SummaryList } from '../components/summary-list';
import { Table, type Column } from '../components/table';
import { formatDate, formatDateTime } from '../format/dates';
import { ACE_LABELS, ACTION_STATUSES, INTERPRETER_LEGEND, LANGUAGE_LABEL, TEXT_QUESTIONS } from './plan-labels';
import { draftOf } from './section-forms';
import type { GoalAction, PlanSection } from './plan-operations';

type NumberedAction = GoalAction & { readonly number: number };

const ACTION_COLUMNS: readonly Column<NumberedAction>[] = [
  { header: 'Who', cell: (a) => a.who },
  { header: 'What', cell: (a) => <span className="app-preserve-lines">{a.what}</span> },
  { header: 'By when', cell: (a) => formatDate(a.byWhen) },
  { header: 'Status', cell: (a) => ACTION_STATUSES[a.status] },
];

function text(value: string) {
  return <span className="app-preserve-lines">{value}</span>;
}

/** "Saved by Sam Carter on 22 November 2026 at 3:05pm (version 2)". */
export function savedBy(section: Pick<PlanSection, 'savedByName' | 'savedAt' | 'version'>): string {
  return `Saved by ${section.savedByName ?? 'unknown'}${section.savedAt ? ` on ${formatDateTime(section.savedAt)}` : ''} (version ${section.version})`;
}

/** A section's saved content, read-only, under the same questions the form asks. */
export function SectionView({ section }: { readonly section: PlanSection }) {
  if (!section.saved) return <p className="govuk-body">Nothing has been saved in this section yet.</p>;
  const { familyStory, ace, goals } = section;
  const answers = draftOf(section).text;
  const questions =
    section.kind === 'FAMILY_STORY' || section.kind === 'SIGNS_OF_SAFETY' || section.kind === 'THREE_HOUSES'
      ? TEXT_QUESTIONS[section.kind]
      : [];
  return (
    <>
      <SummaryList
        rows={[
          ...questions.map(([field, label]) => ({ key: label, value: text(answers[field] ?? '') })),
          familyStory !== null && { key: LANGUAGE_LABEL, value: familyStory.language },
          familyStory !== null && { key: INTERPRETER_LEGEND, value: familyStory.interpreterNeeded ? 'Yes' : 'No' },
          ace !== null && {
            key: `Adverse childhood experiences (${ace.count} of ${Object.keys(ACE_LABELS).length})`,
            value: ace.indicators.length === 0 ? 'None' : ace.indicators.map((i) => ACE_LABELS[i]).join(', '),
          },
        ]}
      />
      {goals?.map((goal, g) => (
        <div key={g}>
          <h3 className="govuk-heading-s">Goal {g + 1}</h3>
          <p className="govuk-body app-preserve-lines">{goal.goal}</p>
          {goal.actions.length > 0 && (
            <Table
              caption={`Actions for goal ${g + 1}`}
              captionSize="s"
              columns={ACTION_COLUMNS}
              rows={goal.actions.map((a, number) => ({ ...a, number }))}
              rowKey={(a) => String(a.number)}
            />
          )}
        </div>
      ))}
    </>
  );
}
