// Documents for outcomes that can be evidenced (issue 17): the outcome framework, needs coded in
// the family's plan, progress at reviews, outcomes at closure, the sustainment check and the
// evidence pack. Kept in their own file (the web's types are moving to GraphQL Code Generator).
import { gql } from '../graphql/client';
import type { IsoDate } from '../graphql/operations';

export type NeedProgress = 'WORSE' | 'NO_CHANGE' | 'SOME_PROGRESS' | 'SIGNIFICANT_PROGRESS';
export type SustainmentSource = 'SCHOOL_ATTENDANCE' | 'POLICE' | 'HEALTH' | 'CHILDRENS_SOCIAL_CARE' | 'HOUSING' | 'FAMILY' | 'OTHER';
export type ClaimCondition =
  'MINIMUM_NEEDS' | 'SIGNIFICANT_AND_SUSTAINED' | 'NO_RE_REFERRAL' | 'LEAD_PRACTITIONER' | 'WHOLE_FAMILY_ASSESSMENT' | 'PLAN';

export interface OutcomeHeading {
  id: string;
  key: string;
  name: string;
  position: number;
  retired: boolean;
  version: number;
}

export interface PlanNeed {
  id: string;
  version: number;
  heading: OutcomeHeading;
  members: { id: string; firstName: string; lastName: string }[];
  description: string;
  evidence: string;
  evidenceAgencyName: string;
  identifiedOn: IsoDate;
  progress: { reviewId: string; heldOn: IsoDate; progress: NeedProgress; evidence: string; recordedByName: string }[];
  outcome: NeedProgress | null;
  outcomeEvidence: string | null;
  sustainment: { held: boolean; source: SustainmentSource; evidence: string; recordedOn: IsoDate } | null;
}

export interface SustainmentCheck {
  caseId: string;
  caseReference: string;
  dueOn: IsoDate;
  askedOn: IsoDate;
  confirmedOn: IsoDate | null;
  canConfirm: boolean;
  version: number;
  reReferrals: { receivedOn: IsoDate; foundOn: IsoDate }[];
}

export interface NeedsCase {
  id: string;
  reference: string;
  familyName: string;
  status: 'AWAITING_FIRST_CONTACT' | 'OPEN' | 'DECLINED' | 'MAINTENANCE' | 'CLOSED';
  canEditPlan: boolean;
  closedOn: IsoDate | null;
  plan: { status: string } | null;
  family: { members: { id: string; firstName: string; lastName: string; role: 'ADULT' | 'CHILD' }[] };
  reviews: { id: string; kind: 'TEAM_AROUND_FAMILY' | 'MAINTENANCE'; heldOn: IsoDate }[];
  needs: PlanNeed[];
  sustainmentCheck: SustainmentCheck | null;
}

const HEADING = 'id key name position retired version';
const NEED = `id version heading { ${HEADING} } members { id firstName lastName } description evidence evidenceAgencyName identifiedOn
  progress { reviewId heldOn progress evidence recordedByName } outcome outcomeEvidence sustainment { held source evidence recordedOn }`;
const CHECK = 'caseId caseReference dueOn askedOn confirmedOn canConfirm version reReferrals { receivedOn foundOn }';

export const NEEDS_CASE = gql<{ case: NeedsCase }, { id: string }>(`query NeedsCase($id: ID!) { case(id: $id) {
  id reference familyName status canEditPlan closedOn plan { status }
  family { members { id firstName lastName role } }
  reviews { id kind heldOn }
  needs { ${NEED} }
  sustainmentCheck { ${CHECK} }
} }`);

export const OUTCOME_HEADINGS = gql<{ outcomeHeadings: OutcomeHeading[] }, { includeRetired: boolean }>(
  `query OutcomeHeadings($includeRetired: Boolean!) { outcomeHeadings(includeRetired: $includeRetired) { ${HEADING} } }`,
);

export const ADD_OUTCOME_HEADING = gql<{ addOutcomeHeading: OutcomeHeading }, { name: string }>(
  `mutation AddOutcomeHeading($name: String!) { addOutcomeHeading(input: { name: $name }) { ${HEADING} } }`,
);
export const RENAME_OUTCOME_HEADING = gql<
  { renameOutcomeHeading: OutcomeHeading },
  { input: { id: string; name: string; version: number } }
>(`mutation RenameOutcomeHeading($input: RenameOutcomeHeadingInput!) { renameOutcomeHeading(input: $input) { ${HEADING} } }`);
export const RETIRE_OUTCOME_HEADING = gql<
  { retireOutcomeHeading: OutcomeHeading },
  { input: { id: string; retired: boolean; version: number } }
>(`mutation RetireOutcomeHeading($input: RetireOutcomeHeadingInput!) { retireOutcomeHeading(input: $input) { ${HEADING} } }`);

export const RECORD_NEED = gql<
  { recordNeed: PlanNeed },
  {
    input: {
      caseId: string;
      headingId: string;
      personIds: string[];
      description: string;
      evidence: string;
      evidenceAgencyId: string;
      identifiedOn: IsoDate;
    };
  }
>(`mutation RecordNeed($input: RecordNeedInput!) { recordNeed(input: $input) { ${NEED} } }`);

export const REMOVE_NEED = gql<{ removeNeed: boolean }, { input: { needId: string; version: number } }>(
  `mutation RemoveNeed($input: RemoveNeedInput!) { removeNeed(input: $input) }`,
);

export interface NeedProgressEntry {
  needId: string;
  progress: NeedProgress;
  evidence: string;
}

export const RECORD_NEED_PROGRESS = gql<
  { recordNeedProgress: PlanNeed[] },
  { input: { caseId: string; reviewId: string; entries: NeedProgressEntry[] } }
>(`mutation RecordNeedProgress($input: RecordNeedProgressInput!) { recordNeedProgress(input: $input) { ${NEED} } }`);

export const RECORD_NEED_OUTCOMES = gql<{ recordNeedOutcomes: PlanNeed[] }, { input: { caseId: string; entries: NeedProgressEntry[] } }>(
  `mutation RecordNeedOutcomes($input: RecordNeedOutcomesInput!) { recordNeedOutcomes(input: $input) { ${NEED} } }`,
);

export const SUSTAINMENT_CHECKS_FOR_ME = gql<{ sustainmentChecksForMe: SustainmentCheck[] }>(
  `query SustainmentChecksForMe { sustainmentChecksForMe { ${CHECK} } }`,
);

export const CONFIRM_SUSTAINMENT = gql<
  { confirmSustainment: SustainmentCheck },
  {
    input: {
      caseId: string;
      version: number;
      needs: { needId: string; held: boolean; source: SustainmentSource; evidence: string }[];
    };
  }
>(`mutation ConfirmSustainment($input: ConfirmSustainmentInput!) { confirmSustainment(input: $input) { ${CHECK} } }`);

export interface FamilyClaim {
  caseId: string;
  caseReference: string;
  familyReference: string;
  leadPractitionerName: string;
  leadAgencyName: string;
  leadAgencyType: string;
  closedOn: IsoDate;
  assessmentApprovedOn: IsoDate | null;
  goalsWithActions: number;
  reviewsHeld: number;
  sustainmentDueOn: IsoDate | null;
  sustainmentConfirmedOn: IsoDate | null;
  reReferrals: { receivedOn: IsoDate; foundOn: IsoDate }[];
  needs: {
    heading: string;
    headingKey: string;
    description: string;
    evidence: string;
    evidenceAgencyName: string;
    outcome: NeedProgress | null;
    outcomeEvidence: string | null;
    held: boolean | null;
    sustainmentSource: SustainmentSource | null;
    sustainmentEvidence: string | null;
  }[];
  meetsRule: boolean;
  conditions: { condition: ClaimCondition; met: boolean; reason: string }[];
  reasons: string[];
}

export interface ClaimRule {
  minimumNeeds: number;
  everyNeedSignificantAndSustained: boolean;
  noReReferral: boolean;
  leadPractitioner: boolean;
  wholeFamilyAssessment: boolean;
  plan: boolean;
  sustainmentMonths: number;
}

export const EVIDENCE_PACK = gql<{ evidencePack: { rule: ClaimRule; families: FamilyClaim[] } }>(`query EvidencePack { evidencePack {
  rule { minimumNeeds everyNeedSignificantAndSustained noReReferral leadPractitioner wholeFamilyAssessment plan sustainmentMonths }
  families { caseId caseReference familyReference leadPractitionerName leadAgencyName leadAgencyType closedOn assessmentApprovedOn
    goalsWithActions reviewsHeld sustainmentDueOn sustainmentConfirmedOn reReferrals { receivedOn foundOn }
    needs { heading headingKey description evidence evidenceAgencyName outcome outcomeEvidence held sustainmentSource sustainmentEvidence }
    meetsRule conditions { condition met reason } reasons }
} }`);

export interface NationalReturn {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  headings: OutcomeHeading[];
  rows: {
    familyReference: string;
    caseReference: string;
    leadAgencyType: string;
    closedOn: IsoDate;
    sustainmentConfirmedOn: IsoDate;
    headingKeys: string[];
  }[];
}

export const NATIONAL_RETURN = gql<{ nationalReturn: NationalReturn }, { quarter: string }>(
  `query NationalReturn($quarter: String!) { nationalReturn(quarter: $quarter) {
    quarter from to headings { ${HEADING} } rows { familyReference caseReference leadAgencyType closedOn sustainmentConfirmedOn headingKeys } } }`,
);
