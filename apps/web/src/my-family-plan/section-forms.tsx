import { useState } from 'react';
import { DateInput } from '../components/date-input';
import { Select, Textarea, TextInput } from '../components/fields';
import { Radios } from '../components/radios';
import { EMPTY_DATE, toIsoDate, type DateParts } from '../format/dates';
import { ACE_LABELS, ACTION_STATUSES } from './plan-labels';
import type { AceIndicator, ActionStatus, FamilyGoal, PlanSection } from './plan-operations';

// What each kind of section edits, as the form holds it; `toInput` gives the mutation's fields.
export interface SectionDraft {
  readonly kind: PlanSection['kind'];
  readonly text: Record<string, string>;
  readonly interpreterNeeded: boolean | null;
  readonly indicators: AceIndicator[];
  readonly goals: GoalDraft[];
}

interface ActionDraft {
  who: string;
  what: string;
  byWhen: DateParts;
  status: ActionStatus;
}
interface GoalDraft {
  goal: string;
  actions: ActionDraft[];
}

function toParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

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
    goals: (section.goals ?? [{ goal: '', actions: [] }]).map((g: FamilyGoal) => ({
      goal: g.goal,
      actions: g.actions.map((a) => ({ who: a.who, what: a.what, byWhen: toParts(a.byWhen), status: a.status })),
    })),
  };
}

export function goalsInput(draft: SectionDraft): FamilyGoal[] {
  return draft.goals.map((g) => ({
    goal: g.goal,
    actions: g.actions.map((a) => ({ who: a.who, what: a.what, byWhen: toIsoDate(a.byWhen) ?? '', status: a.status })),
  }));
}

interface EditorProps {
  readonly section: PlanSection;
  readonly draft: SectionDraft;
  readonly onChange: (draft: SectionDraft) => void;
}

function TextQuestions({ draft, onChange, questions }: Omit<EditorProps, 'section'> & { readonly questions: [string, string][] }) {
  return (
    <>
      {questions.map(([field, label]) => (
        <Textarea key={field} field={field} label={label} value={draft.text[field] ?? ''} onChange={(value) => onChange({ ...draft, text: { ...draft.text, [field]: value } })} />
      ))}
    </>
  );
}

function GoalsEditor({ draft, onChange }: Omit<EditorProps, 'section'>) {
  const setGoal = (index: number, goal: GoalDraft) => onChange({ ...draft, goals: draft.goals.map((g, i) => (i === index ? goal : g)) });
  return (
    <>
      {draft.goals.map((goal, g) => (
        <fieldset className="govuk-fieldset app-member" key={g}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Goal {g + 1}</legend>
          <Textarea field={`goals.${g}.goal`} label="Goal agreed with the family" rows={2} value={goal.goal} onChange={(value) => setGoal(g, { ...goal, goal: value })} />
          {goal.actions.map((action, a) => {
            const setAction = (changed: ActionDraft) => setGoal(g, { ...goal, actions: goal.actions.map((x, i) => (i === a ? changed : x)) });
            return (
              <fieldset className="govuk-fieldset" key={a} aria-label={`Goal ${g + 1}, action ${a + 1}`}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {a + 1}</legend>
                <TextInput field={`goals.${g}.actions.${a}.who`} label="Who" width={20} value={action.who} onChange={(who) => setAction({ ...action, who })} />
                <Textarea field={`goals.${g}.actions.${a}.what`} label="What" rows={2} value={action.what} onChange={(what) => setAction({ ...action, what })} />
                <DateInput field={`goals.${g}.actions.${a}.byWhen`} legend="By when" value={action.byWhen} onChange={(byWhen) => setAction({ ...action, byWhen })} />
                <Select
                  field={`goals.${g}.actions.${a}.status`}
                  label="Status"
                  placeholder="Choose a status"
                  options={Object.entries(ACTION_STATUSES).map(([value, label]) => ({ value, label }))}
                  value={action.status}
                  onChange={(status) => setAction({ ...action, status: status as ActionStatus })}
                />
              </fieldset>
            );
          })}
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setGoal(g, { ...goal, actions: [...goal.actions, { who: '', what: '', byWhen: EMPTY_DATE, status: 'NOT_STARTED' }] })}
          >
            Add an action to goal {g + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onChange({ ...draft, goals: [...draft.goals, { goal: '', actions: [] }] })}>
        Add another goal
      </button>
    </>
  );
}

export function SectionEditor({ section, draft, onChange }: EditorProps) {
  const [interpreterTouched, setInterpreterTouched] = useState(false);
  switch (section.kind) {
    case 'FAMILY_STORY':
      return (
        <>
          <TextQuestions draft={draft} onChange={onChange} questions={[['story', 'The family’s story, in their words']]} />
          <TextInput field="language" label="Language the family need" width={20} value={draft.text.language ?? ''} onChange={(language) => onChange({ ...draft, text: { ...draft.text, language } })} />
          <Radios
            field="interpreterNeeded"
            legend="Do the family need an interpreter?"
            inline
            items={[
              { value: 'YES', label: 'Yes' },
              { value: 'NO', label: 'No' },
            ]}
            value={draft.interpreterNeeded === null && !interpreterTouched ? '' : draft.interpreterNeeded ? 'YES' : 'NO'}
            onChange={(value) => {
              setInterpreterTouched(true);
              onChange({ ...draft, interpreterNeeded: value === 'YES' });
            }}
          />
        </>
      );
    case 'SIGNS_OF_SAFETY':
      return (
        <TextQuestions
          draft={draft}
          onChange={onChange}
          questions={[
            ['worries', 'What are we worried about?'],
            ['workingWell', 'What’s working well?'],
            ['needsToHappen', 'What needs to happen?'],
          ]}
        />
      );
    case 'THREE_HOUSES':
      return (
        <TextQuestions
          draft={draft}
          onChange={onChange}
          questions={[
            ['worries', 'House of worries'],
            ['goodThings', 'House of good things'],
            ['dreams', 'House of dreams'],
          ]}
        />
      );
    case 'ACE':
      return (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Adverse childhood experiences ({draft.indicators.length} chosen)</legend>
            <div className="govuk-checkboxes" data-module="govuk-checkboxes">
              {(Object.keys(ACE_LABELS) as AceIndicator[]).map((indicator) => (
                <div className="govuk-checkboxes__item" key={indicator}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`ace-${indicator}`}
                    type="checkbox"
                    checked={draft.indicators.includes(indicator)}
                    onChange={(event) =>
                      onChange({
                        ...draft,
                        indicators: event.target.checked ? [...draft.indicators, indicator] : draft.indicators.filter((i) => i !== indicator),
                      })
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`ace-${indicator}`}>
                    {ACE_LABELS[indicator]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      );
    case 'GOALS':
      return <GoalsEditor draft={draft} onChange={onChange} />;
  }
}
