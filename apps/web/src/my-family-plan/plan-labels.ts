import type { TagColour } from '../format/labels';
import type { AceIndicator, ActionStatus, ClosureOutcome, PlanStatus } from './plan-operations';

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
  FAMILY_DECLINED: 'Family declined',
  MOVED_AWAY: 'Moved away',
  OTHER: 'Other',
};
