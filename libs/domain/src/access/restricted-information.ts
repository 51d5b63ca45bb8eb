import { Actor } from '../identity/roles';
import { FieldProblem } from '../triage/triage-decision';
import { CaseAccessFacts, canViewCase } from './access-policy';

// Some things known about a family are more sensitive than the case itself. The case's own rule
// decides who may know that such an entry exists; this rule decides who may read what it says.
export enum RestrictedInformationCategory {
  VICTIM_ADDRESS = 'VICTIM_ADDRESS',
  POLICE_INTELLIGENCE = 'POLICE_INTELLIGENCE',
  HEALTH_NOTE = 'HEALTH_NOTE',
}

export const RESTRICTED_CONTENT_MAX = 5000;
export const RESTRICTED_SHARE_MAX = 20;

export interface RestrictedInformationFacts {
  readonly recordedByAgencyId: string;
  readonly sharedWithUserIds: readonly string[];
}

// The content is the recording agency's to hold: its own people read it, plus the people it
// named when recording. Nobody else does by default, however close to the case they are — not
// the Family Partnership Team, not the lead agency, not named professionals, not agencies in the
// family's consent. Anyone who can no longer see the case cannot read it either.
export function canReadRestrictedInformation(actor: Actor, caseFacts: CaseAccessFacts, entry: RestrictedInformationFacts): boolean {
  if (!canViewCase(actor, caseFacts)) return false;
  return entry.recordedByAgencyId === actor.agencyId || entry.sharedWithUserIds.includes(actor.userId);
}

export interface RestrictedInformationDraft {
  readonly content: string;
  readonly shareWithUserIds: readonly string[];
}

// `canSeeCase` answers, for each chosen person, whether they may see the case at all: sharing with
// someone who cannot open the case would be a share nobody could use (and a leak if access grew).
export function restrictedInformationProblems(draft: RestrictedInformationDraft, canSeeCase: (userId: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const content = draft.content.trim();
  if (!content) problems.push({ field: 'content', message: 'Enter the restricted information' });
  else if (content.length > RESTRICTED_CONTENT_MAX) {
    problems.push({
      field: 'content',
      message: `Restricted information must be ${RESTRICTED_CONTENT_MAX.toLocaleString('en-GB')} characters or fewer`,
    });
  }
  if (draft.shareWithUserIds.length > RESTRICTED_SHARE_MAX) {
    problems.push({ field: 'shareWithUserIds', message: `Share with ${RESTRICTED_SHARE_MAX} people or fewer` });
  } else if (draft.shareWithUserIds.some((id) => !canSeeCase(id))) {
    problems.push({ field: 'shareWithUserIds', message: 'Share only with people who work on this case' });
  }
  return problems;
}
