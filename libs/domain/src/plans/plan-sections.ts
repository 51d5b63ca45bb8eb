import { FieldProblem } from '../triage/triage-decision';
import { IsoDate, parseIsoDate } from '../working-days/iso-date';

// The sections of a My Family Plan. Whole-family sections appear once; the voice of the child
// (three houses) and ACE indicators appear once per child.
export enum SectionKind {
  FAMILY_STORY = 'FAMILY_STORY',
  SIGNS_OF_SAFETY = 'SIGNS_OF_SAFETY',
  THREE_HOUSES = 'THREE_HOUSES',
  ACE = 'ACE',
  GOALS = 'GOALS',
}

export const PER_CHILD_SECTIONS: ReadonlySet<SectionKind> = new Set([SectionKind.THREE_HOUSES, SectionKind.ACE]);
// ACE indicators are optional; every other section must be filled before the plan is submitted.
export const OPTIONAL_SECTIONS: ReadonlySet<SectionKind> = new Set([SectionKind.ACE]);

export function sectionKey(kind: SectionKind, personId?: string | null): string {
  return PER_CHILD_SECTIONS.has(kind) ? `${kind}:${personId}` : kind;
}

export enum AceIndicator {
  PHYSICAL_ABUSE = 'PHYSICAL_ABUSE',
  EMOTIONAL_ABUSE = 'EMOTIONAL_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  PHYSICAL_NEGLECT = 'PHYSICAL_NEGLECT',
  EMOTIONAL_NEGLECT = 'EMOTIONAL_NEGLECT',
  DOMESTIC_ABUSE = 'DOMESTIC_ABUSE',
  PARENTAL_SUBSTANCE_MISUSE = 'PARENTAL_SUBSTANCE_MISUSE',
  PARENTAL_MENTAL_ILLNESS = 'PARENTAL_MENTAL_ILLNESS',
  PARENTAL_SEPARATION = 'PARENTAL_SEPARATION',
  HOUSEHOLD_MEMBER_IN_PRISON = 'HOUSEHOLD_MEMBER_IN_PRISON',
}

export enum ActionStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export interface FamilyStory {
  readonly story: string;
  readonly language: string;
  readonly interpreterNeeded: boolean;
}

export interface SignsOfSafety {
  readonly worries: string;
  readonly workingWell: string;
  readonly needsToHappen: string;
}

export interface ThreeHouses {
  readonly worries: string;
  readonly goodThings: string;
  readonly dreams: string;
}

export interface AceRecord {
  readonly indicators: readonly AceIndicator[];
}

export interface GoalAction {
  readonly who: string;
  readonly what: string;
  readonly byWhen: IsoDate;
  readonly status: ActionStatus;
}

export interface FamilyGoal {
  readonly goal: string;
  readonly actions: readonly GoalAction[];
}

export interface Goals {
  readonly goals: readonly FamilyGoal[];
}

export type SectionContent =
  | { readonly kind: SectionKind.FAMILY_STORY; readonly familyStory: FamilyStory }
  | { readonly kind: SectionKind.SIGNS_OF_SAFETY; readonly signsOfSafety: SignsOfSafety }
  | { readonly kind: SectionKind.THREE_HOUSES; readonly threeHouses: ThreeHouses }
  | { readonly kind: SectionKind.ACE; readonly ace: AceRecord }
  | { readonly kind: SectionKind.GOALS; readonly goals: Goals };

export const LONG_TEXT_MAX = 10000;
export const SHORT_TEXT_MAX = 200;

function text(problems: FieldProblem[], field: string, value: string, label: string, max: number, required = true): void {
  if (required && value.trim().length === 0) problems.push({ field, message: `Enter ${label}` });
  else if (value.length > max)
    problems.push({
      field,
      message: `${label[0].toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    });
}

export interface SectionContext {
  readonly today: IsoDate;
  // Actions already saved: their dates may since have passed without making the section unsavable.
  readonly previousActions: readonly GoalAction[];
}

function actionKey(a: GoalAction): string {
  return `${a.who}|${a.what}|${a.byWhen}`;
}

// Field paths are relative to the section's content, e.g. `goals.0.actions.1.byWhen`.
export function sectionProblems(content: SectionContent, context: SectionContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  switch (content.kind) {
    case SectionKind.FAMILY_STORY:
      text(problems, 'story', content.familyStory.story, 'the family’s story', LONG_TEXT_MAX);
      text(problems, 'language', content.familyStory.language, 'the language the family need', SHORT_TEXT_MAX);
      break;
    case SectionKind.SIGNS_OF_SAFETY:
      text(problems, 'worries', content.signsOfSafety.worries, 'what we are worried about', LONG_TEXT_MAX);
      text(problems, 'workingWell', content.signsOfSafety.workingWell, 'what is working well', LONG_TEXT_MAX);
      text(problems, 'needsToHappen', content.signsOfSafety.needsToHappen, 'what needs to happen', LONG_TEXT_MAX);
      break;
    case SectionKind.THREE_HOUSES:
      text(problems, 'worries', content.threeHouses.worries, 'the house of worries', LONG_TEXT_MAX);
      text(problems, 'goodThings', content.threeHouses.goodThings, 'the house of good things', LONG_TEXT_MAX);
      text(problems, 'dreams', content.threeHouses.dreams, 'the house of dreams', LONG_TEXT_MAX);
      break;
    case SectionKind.ACE:
      if (new Set(content.ace.indicators).size !== content.ace.indicators.length) {
        problems.push({ field: 'indicators', message: 'Choose each indicator once' });
      }
      break;
    case SectionKind.GOALS: {
      const saved = new Set(context.previousActions.map(actionKey));
      if (content.goals.goals.length === 0) problems.push({ field: 'goals', message: 'Add at least one goal agreed with the family' });
      content.goals.goals.forEach((goal, g) => {
        text(problems, `goals.${g}.goal`, goal.goal, 'the goal', LONG_TEXT_MAX);
        goal.actions.forEach((action, a) => {
          const at = `goals.${g}.actions.${a}`;
          text(problems, `${at}.who`, action.who, 'who will do it', SHORT_TEXT_MAX);
          text(problems, `${at}.what`, action.what, 'what will be done', LONG_TEXT_MAX);
          if (!parseIsoDate(action.byWhen)) problems.push({ field: `${at}.byWhen`, message: 'Enter a real date' });
          else if (action.byWhen < context.today && !saved.has(actionKey(action))) {
            problems.push({ field: `${at}.byWhen`, message: 'The date must be today or in the future' });
          }
        });
      });
      break;
    }
  }
  return problems;
}

export function aceCount(record: AceRecord): number {
  return record.indicators.length;
}

export interface RequiredSection {
  readonly kind: SectionKind;
  readonly personId: string | null;
  readonly key: string;
}

// What must be filled before the plan can be submitted: whole-family sections once, and the
// three houses for every child.
export function requiredSections(childIds: readonly string[]): RequiredSection[] {
  return Object.values(SectionKind)
    .filter((kind) => !OPTIONAL_SECTIONS.has(kind))
    .flatMap((kind): RequiredSection[] =>
      PER_CHILD_SECTIONS.has(kind)
        ? childIds.map((personId) => ({ kind, personId, key: sectionKey(kind, personId) }))
        : [{ kind, personId: null, key: sectionKey(kind) }],
    );
}

export function missingSections(childIds: readonly string[], savedKeys: ReadonlySet<string>): RequiredSection[] {
  return requiredSections(childIds).filter((section) => !savedKeys.has(section.key));
}
