import { Checkboxes } from '../components/checkboxes';
import { DateInput } from '../components/date-input';
import { Select, Textarea, TextInput } from '../components/fields';
import type { FieldProblem } from '../graphql/client';
import { Radios } from '../components/radios';
import { EMPTY_DATE, toDateParts, toIsoDate, type DateParts } from '../format/dates';
import { ACE_LABELS, ACTION_STATUSES, INTERPRETER_LEGEND, LANGUAGE_LABEL, TEXT_QUESTIONS } from './plan-labels';
import type { AceIndicator, ActionStatus } from '../graphql/generated/graphql';
import type { FamilyGoal, PlanSection } from './plan-operations';

// What each kind of section edits, as the form holds it; `goalsInput` gives the goals mutation's field.
export interface SectionDraft {
  readonly kind: PlanSection['kind'];
  readonly text: Readonly<Record<string, string>>;
  readonly interpreterNeeded: boolean | null;
  readonly indicators: readonly AceIndicator[];
  readonly goals: readonly GoalDraft[];
}

interface ActionDraft {
  readonly who: string;
  readonly what: string;
  readonly byWhen: DateParts;
  readonly status: ActionStatus;
}
interface GoalDraft {
  readonly goal: string;
  readonly actions: readonly ActionDraft[];
}

const NEW_ACTION: ActionDraft = { who: '', what: '', byWhen: EMPTY_DATE, status: 'NOT_STARTED' };
const NEW_GOAL: GoalDraft = { goal: '', actions: [] };

export function draftOf(section: PlanSection): SectionDraft {
  const text: Record<string, string> = {};
  if (section.familyStory) Object.assign(text, { story: section.familyStory.story, language: section.familyStory.language });
  if (section.signsOfSafety) Object.assign(text, section.signsOfSafety);
  if (section.threeHouses) Object.assign(text, section.threeHouses);
  return {
    kind: section.kind,
    text,
    interpreterNeeded: section.familyStory?.interpreterNeeded ?? null,
    indicators: section.ace?.indicators ?? [],
    goals: section.goals
      ? section.goals.map((g) => ({ goal: g.goal, actions: g.actions.map((a) => ({ ...a, byWhen: toDateParts(a.byWhen) })) }))
      : [NEW_GOAL],
  };
}

export function goalsInput(draft: SectionDraft): FamilyGoal[] {
  return draft.goals.map((g) => ({
    goal: g.goal,
    actions: g.actions.map((a) => ({ who: a.who, what: a.what, byWhen: toIsoDate(a.byWhen) ?? '', status: a.status })),
  }));
}

/** What must be told before anything is sent: the API cannot be sent a yes/no question left unanswered. */
export function draftProblems(draft: SectionDraft): FieldProblem[] {
  if (draft.kind === 'FAMILY_STORY' && draft.interpreterNeeded === null) {
    return [{ field: 'interpreterNeeded', message: 'Select yes if the family need an interpreter' }];
  }
  return [];
}

interface EditorProps {
  readonly section: PlanSection;
  readonly draft: SectionDraft;
  readonly onChange: (draft: SectionDraft) => void;
}

function TextQuestions({ draft, onChange, kind }: Omit<EditorProps, 'section'> & { readonly kind: keyof typeof TEXT_QUESTIONS }) {
  return (
    <>
      {TEXT_QUESTIONS[kind].map(([field, label]) => (
        <Textarea
          key={field}
          field={field}
          label={label}
          labelSize="s"
          rows={kind === 'FAMILY_STORY' ? 10 : 6}
          value={draft.text[field] ?? ''}
          onChange={(value) => onChange({ ...draft, text: { ...draft.text, [field]: value } })}
        />
      ))}
    </>
  );
}

function RemoveButton({ onClick, children }: { readonly onClick: () => void; readonly children: string }) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4" onClick={onClick}>
      Remove<span className="govuk-visually-hidden"> {children}</span>
    </button>
  );
}

function without<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function GoalsEditor({ draft, onChange }: Omit<EditorProps, 'section'>) {
  const setGoals = (goals: readonly GoalDraft[]) => onChange({ ...draft, goals });
  const setGoal = (index: number, goal: GoalDraft) => setGoals(draft.goals.map((g, i) => (i === index ? goal : g)));
  return (
    <>
      {draft.goals.length === 0 && <p className="govuk-body">No goals yet. Add the first goal agreed with the family.</p>}
      {draft.goals.map((goal, g) => (
        <fieldset className="govuk-fieldset app-member" key={g}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Goal {g + 1}</legend>
          <Textarea
            field={`goals.${g}.goal`}
            label="Goal"
            hint="In the family’s words, what they want to be different"
            rows={2}
            value={goal.goal}
            onChange={(value) => setGoal(g, { ...goal, goal: value })}
          />
          {goal.actions.map((action, a) => {
            const setAction = (changed: ActionDraft) =>
              setGoal(g, { ...goal, actions: goal.actions.map((x, i) => (i === a ? changed : x)) });
            return (
              <fieldset className="govuk-fieldset app-action" key={a}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                  Action {a + 1}
                  <span className="govuk-visually-hidden"> of goal {g + 1}</span>
                </legend>
                <TextInput
                  field={`goals.${g}.actions.${a}.who`}
                  label="Who"
                  width={20}
                  value={action.who}
                  onChange={(who) => setAction({ ...action, who })}
                />
                <Textarea
                  field={`goals.${g}.actions.${a}.what`}
                  label="What"
                  rows={2}
                  value={action.what}
                  onChange={(what) => setAction({ ...action, what })}
                />
                <DateInput
                  field={`goals.${g}.actions.${a}.byWhen`}
                  legend="By when"
                  hint="For example, 27 3 2027"
                  value={action.byWhen}
                  onChange={(byWhen) => setAction({ ...action, byWhen })}
                />
                <Select
                  field={`goals.${g}.actions.${a}.status`}
                  label="Status"
                  placeholder="Choose a status"
                  options={Object.entries(ACTION_STATUSES).map(([value, label]) => ({ value, label }))}
                  value={action.status}
                  onChange={(status) => setAction({ ...action, status: status as ActionStatus })}
                />
                <RemoveButton
                  onClick={() => setGoal(g, { ...goal, actions: without(goal.actions, a) })}
                >{`action ${a + 1} from goal ${g + 1}`}</RemoveButton>
              </fieldset>
            );
          })}
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setGoal(g, { ...goal, actions: [...goal.actions, NEW_ACTION] })}
            >
              Add an action to goal {g + 1}
            </button>
            <RemoveButton onClick={() => setGoals(without(draft.goals, g))}>{`goal ${g + 1}`}</RemoveButton>
          </div>
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setGoals([...draft.goals, NEW_GOAL])}>
          Add another goal
        </button>
      </div>
    </>
  );
}

const ACE_INDICATORS = Object.keys(ACE_LABELS) as AceIndicator[];

export function SectionEditor({ section, draft, onChange }: EditorProps) {
  switch (section.kind) {
    case 'FAMILY_STORY':
      return (
        <>
          <TextQuestions kind="FAMILY_STORY" draft={draft} onChange={onChange} />
          <TextInput
            field="language"
            label={LANGUAGE_LABEL}
            labelSize="s"
            hint="For example, English, Polish or British Sign Language"
            width={20}
            value={draft.text.language ?? ''}
            onChange={(language) => onChange({ ...draft, text: { ...draft.text, language } })}
          />
          <Radios
            field="interpreterNeeded"
            legend={INTERPRETER_LEGEND}
            legendSize="s"
            inline
            items={[
              { value: 'YES', label: 'Yes' },
              { value: 'NO', label: 'No' },
            ]}
            value={draft.interpreterNeeded === null ? '' : draft.interpreterNeeded ? 'YES' : 'NO'}
            onChange={(value) => onChange({ ...draft, interpreterNeeded: value === 'YES' })}
          />
        </>
      );
    case 'SIGNS_OF_SAFETY':
    case 'THREE_HOUSES':
      return <TextQuestions kind={section.kind} draft={draft} onChange={onChange} />;
    case 'ACE':
      return (
        <>
          <Checkboxes
            field="indicators"
            legend={`Which adverse childhood experiences has ${section.person?.firstName ?? 'the child'} had?`}
            hint="Select all that apply. This section is optional."
            items={ACE_INDICATORS.map((value) => ({ value, label: ACE_LABELS[value] }))}
            value={draft.indicators}
            onChange={(indicators) => onChange({ ...draft, indicators })}
          />
          <p className="govuk-body" aria-live="polite">
            {draft.indicators.length} of {ACE_INDICATORS.length} chosen
          </p>
        </>
      );
    case 'GOALS':
      return <GoalsEditor draft={draft} onChange={onChange} />;
  }
}
