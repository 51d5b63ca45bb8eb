import { FieldProblem } from '../triage/triage-decision';
import { LawfulBasis } from '../cases/team-around-the-family';
import { SharingBasis } from './alert-routing';

// The share and don't-share ledger (issue 14, part 3): every decision to share information about
// a child, or not to, with who decided, the lawful basis and, for not sharing, the reason.
export enum ShareDecision {
  SHARE = 'SHARE',
  NOT_SHARE = 'NOT_SHARE',
}

export enum ShareLawfulBasis {
  CONSENT = 'CONSENT',
  DUTY_TO_SHARE = 'DUTY_TO_SHARE',
  OPERATION_ENCOMPASS = 'OPERATION_ENCOMPASS',
  SAFEGUARDING = 'SAFEGUARDING',
  PUBLIC_TASK = 'PUBLIC_TASK',
}

export const SHARE_LAWFUL_BASIS_LABELS: Readonly<Record<ShareLawfulBasis, string>> = {
  [ShareLawfulBasis.CONSENT]: 'Consent',
  [ShareLawfulBasis.DUTY_TO_SHARE]: 'Duty to share (section 16LA, Children Act 2004)',
  [ShareLawfulBasis.OPERATION_ENCOMPASS]: 'Operation Encompass (section 49A, Domestic Abuse Act 2021)',
  [ShareLawfulBasis.SAFEGUARDING]: 'Safeguarding (Data Protection Act 2018, Schedule 1, paragraph 18)',
  [ShareLawfulBasis.PUBLIC_TASK]: 'Public task',
};

export enum NotSharingReason {
  MORE_DETRIMENTAL = 'MORE_DETRIMENTAL',
  OTHER = 'OTHER',
}

export const NOT_SHARING_REASON_LABELS: Readonly<Record<NotSharingReason, string>> = {
  [NotSharingReason.MORE_DETRIMENTAL]: 'Sharing would be more detrimental to the child than not sharing',
  [NotSharingReason.OTHER]: 'Another reason',
};

// Where a decision was made: the portal's own ways of sharing, or recorded by a practitioner
// (a decision not to share, or a share made outside the portal, e.g. by phone).
export enum ShareDecisionSource {
  SHARING_ALERT = 'SHARING_ALERT',
  RESTRICTED_INFORMATION = 'RESTRICTED_INFORMATION',
  TEAM_INVITATION = 'TEAM_INVITATION',
  SUBJECT_ACCESS = 'SUBJECT_ACCESS',
  OPERATION_ENCOMPASS = 'OPERATION_ENCOMPASS',
  RECORDED = 'RECORDED',
}

export const SHARE_WHAT_MAX = 1000;
export const SHARE_REASON_MAX = 1000;
export const SHARE_RECIPIENT_MAX = 200;

export interface ShareDecisionRequest {
  readonly decision: ShareDecision | string;
  readonly lawfulBasis: ShareLawfulBasis | string | null | undefined;
  readonly reason?: NotSharingReason | string | null;
  readonly reasonText?: string | null;
  readonly whatShared: string;
  // The agency shared with (or not); or, where it is not an agency in the portal, who it is.
  readonly sharedWithAgencyId?: string | null;
  readonly sharedWithOther?: string | null;
}

// The problems with a decision, each naming its field. The lawful basis is asked for either way:
// for a decision not to share, it is the basis on which sharing was considered (a duty to share
// is set aside only for a reason).
export function shareDecisionProblems(request: ShareDecisionRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const decision = Object.values(ShareDecision).find((d) => d === request.decision);
  if (!decision) problems.push({ field: 'decision', message: 'Choose whether the information was shared or not' });
  if (!Object.values(ShareLawfulBasis).some((b) => b === request.lawfulBasis)) {
    problems.push({ field: 'lawfulBasis', message: 'Choose the lawful basis' });
  }
  const what = request.whatShared.trim();
  if (!what) problems.push({ field: 'whatShared', message: 'Say what information the decision was about' });
  else if (what.length > SHARE_WHAT_MAX) {
    problems.push({ field: 'whatShared', message: `What was shared must be ${SHARE_WHAT_MAX} characters or fewer` });
  }
  const other = request.sharedWithOther?.trim() ?? '';
  if (!request.sharedWithAgencyId && !other) {
    problems.push({ field: 'sharedWithAgencyId', message: 'Choose the agency, or say who it was shared with' });
  } else if (other.length > SHARE_RECIPIENT_MAX) {
    problems.push({ field: 'sharedWithOther', message: `Who it was shared with must be ${SHARE_RECIPIENT_MAX} characters or fewer` });
  }
  if (decision === ShareDecision.NOT_SHARE) {
    const reason = Object.values(NotSharingReason).find((r) => r === request.reason);
    if (!reason) problems.push({ field: 'reason', message: 'Choose why the information was not shared' });
    const text = request.reasonText?.trim() ?? '';
    if (reason === NotSharingReason.OTHER && !text) {
      problems.push({ field: 'reasonText', message: 'Enter the reason for not sharing' });
    } else if (text.length > SHARE_REASON_MAX) {
      problems.push({ field: 'reasonText', message: `Reason must be ${SHARE_REASON_MAX} characters or fewer` });
    }
  } else if (decision === ShareDecision.SHARE && (request.reason || request.reasonText?.trim())) {
    problems.push({ field: 'reason', message: 'A reason for not sharing is only for a decision not to share' });
  }
  return problems;
}

// The ledger's basis for an alert's share. The lead agency and the front door receive alerts as
// part of the council's early help function, so their footing is public task.
export function alertLedgerBasis(basis: SharingBasis): ShareLawfulBasis {
  switch (basis) {
    case SharingBasis.CONSENT:
      return ShareLawfulBasis.CONSENT;
    case SharingBasis.SAFEGUARDING:
      return ShareLawfulBasis.SAFEGUARDING;
    case SharingBasis.LEAD_AGENCY:
    case SharingBasis.FRONT_DOOR:
      return ShareLawfulBasis.PUBLIC_TASK;
  }
}

// The ledger's basis for a team invitation: consent, or the lawful basis recorded with it. A legal
// obligation to share about a child is the duty to share; vital interests, protecting someone's
// life, is safeguarding.
export function teamInvitationLedgerBasis(lawfulBasis: LawfulBasis | null): ShareLawfulBasis {
  switch (lawfulBasis) {
    case null:
      return ShareLawfulBasis.CONSENT;
    case LawfulBasis.SAFEGUARDING:
    case LawfulBasis.VITAL_INTERESTS:
      return ShareLawfulBasis.SAFEGUARDING;
    case LawfulBasis.PUBLIC_TASK:
      return ShareLawfulBasis.PUBLIC_TASK;
    case LawfulBasis.LEGAL_OBLIGATION:
      return ShareLawfulBasis.DUTY_TO_SHARE;
  }
}
