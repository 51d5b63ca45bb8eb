import type { CouncilTerms } from '@eh/domain';
import type { StatusWording, TagColour } from '../format/labels';
import type { PlanCase } from './plan-operations';
import type { AceIndicator, ActionStatus, ClosureOutcome, PlanStatus } from '../graphql/generated/graphql';

export const PLAN_STATUSES: Readonly<Record<PlanStatus, { text: string; colour: TagColour }>> = {
  DRAFT: { text: 'In progress', colour: 'blue' },
  SUBMITTED: { text: 'With quality assurance', colour: 'purple' },
  RETURNED: { text: 'Returned for changes', colour: 'orange' },
  ACTIVE: { text: 'Active', colour: 'green' },
};

export const ACE_LABELS: Readonly<Record<AceIndicator, string>> = {
  PHYSICAL_ABUSE: 'Physical abuse',
  EMOTIONAL_ABUSE: 'Emotional abuse',
  SEXUAL_ABUSE: 'Sexual abuse',
  PHYSICAL_NEGLECT: 'Physical neglect',
  EMOTIONAL_NEGLECT: 'Emotional neglect',
  DOMESTIC_ABUSE: 'Domestic abuse in the home',
  PARENTAL_SUBSTANCE_MISUSE: 'A parent misusing alcohol or drugs',
  PARENTAL_MENTAL_ILLNESS: 'A parent with mental ill health',
  PARENTAL_SEPARATION: 'Parents separated or divorced',
  HOUSEHOLD_MEMBER_IN_PRISON: 'A household member in prison',
};

export const ACTION_STATUSES: Readonly<Record<ActionStatus, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};

export const CLOSURE_OUTCOMES: Readonly<Record<ClosureOutcome, string>> = {
  NEEDS_MET: 'Needs met',
  STEPPED_DOWN_TO_UNIVERSAL: 'Stepped down to universal services',
  STEPPED_UP_TO_LEVEL_3: 'Stepped up to level 3 – Family Casework',
  STEPPED_UP_TO_LEVEL_4: 'Stepped up to level 4 – Children’s Social Care',
  BECAME_LOOKED_AFTER: 'A child became looked after',
  FAMILY_DECLINED: 'Family declined',
  MOVED_AWAY: 'Moved away',
  OTHER: 'Other',
};

/** Step-ups are decided at the council's Forum (or the urgent safeguarding route), never simply recorded here. */
export function closureOutcomeHints(terms: CouncilTerms): Readonly<Partial<Record<ClosureOutcome, string>>> {
  const stepUp = `Only once the ${terms.forum} has decided it, or through the urgent safeguarding route`;
  return {
    STEPPED_UP_TO_LEVEL_3: stepUp,
    STEPPED_UP_TO_LEVEL_4: stepUp,
    BECAME_LOOKED_AFTER: 'When children’s social care has told you a child of the family is now looked after (in care)',
  };
}

type ReviewState = NonNullable<PlanCase['reviewState']>;

/** Reviews are due 6 weeks after the last one and flagged from 4 weeks. */
export const REVIEW_STATES: Readonly<Record<ReviewState, StatusWording | null>> = {
  NOT_YET: null,
  DUE_SOON: { text: 'Review due soon', colour: 'yellow' },
  OVERDUE: { text: 'Review overdue', colour: 'red' },
};

export const REVIEW_KINDS: Readonly<Record<'TEAM_AROUND_FAMILY' | 'MAINTENANCE', string>> = {
  TEAM_AROUND_FAMILY: 'Team Around the Family review',
  MAINTENANCE: 'Maintenance review',
};

type TextKind = 'FAMILY_STORY' | 'SIGNS_OF_SAFETY' | 'THREE_HOUSES';

/** The free-text questions of each kind of section, as [field, label], in the order they are asked. */
export const TEXT_QUESTIONS: Readonly<Record<TextKind, readonly (readonly [string, string])[]>> = {
  FAMILY_STORY: [['story', 'The family’s story, in their words']],
  SIGNS_OF_SAFETY: [
    ['worries', 'What are we worried about?'],
    ['workingWell', 'What’s working well?'],
    ['needsToHappen', 'What needs to happen?'],
  ],
  THREE_HOUSES: [
    ['worries', 'House of worries'],
    ['goodThings', 'House of good things'],
    ['dreams', 'House of dreams'],
  ],
};

export const LANGUAGE_LABEL = 'Language the family need';
export const INTERPRETER_LEGEND = 'Do the family need an interpreter?';
