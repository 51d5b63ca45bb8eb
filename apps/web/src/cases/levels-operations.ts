// Documents for levels of need both ways and maintenance reviews (issue 13, parts 6 and 7).
import { gql } from '../graphql/client';
import type { IsoDate, MakeReferralInput, Practitioner } from '../graphql/operations';

export type MaintenanceReviewOutcome = 'HELD' | 'MISSED';
export interface MaintenanceReview {
  months: number;
  dueOn: IsoDate;
  overdue: boolean;
  outcome: MaintenanceReviewOutcome | null;
  recordedOn: IsoDate | null;
  note: string | null;
  recordedByName: string | null;
}
export const CASE_MAINTENANCE_REVIEWS = gql<
  { case: { id: string; status: string; canEditPlan: boolean; maintenanceReviews: MaintenanceReview[] } },
  { id: string }
>(
  `query CaseMaintenanceReviews($id: ID!) { case(id: $id) { id status canEditPlan
  maintenanceReviews { months dueOn overdue outcome recordedOn note recordedByName } } }`,
);
export const RECORD_MAINTENANCE_REVIEW = gql<
  { recordMaintenanceReview: MaintenanceReview },
  { input: { caseId: string; dueOn: IsoDate; outcome: MaintenanceReviewOutcome; recordedOn: IsoDate; note: string } }
>(`mutation RecordMaintenanceReview($input: RecordMaintenanceReviewInput!) { recordMaintenanceReview(input: $input) { dueOn outcome } }`);

export const CASE_LEVEL = gql<
  {
    case: {
      id: string;
      version: number;
      level: number;
      leadPractitioner: { id: string };
      leadAgency: { id: string };
      leadChange: { openTransfer: { id: string; toAgencyName: string; offeredAt: string } | null };
    };
  },
  { id: string }
>(
  `query CaseLevel($id: ID!) { case(id: $id) { id version level leadPractitioner { id } leadAgency { id }
  leadChange { openTransfer { id toAgencyName offeredAt } } } }`,
);
export const OFFER_STEP_DOWN = gql<
  { offerStepDown: { id: string } },
  { input: { caseId: string; version: number; toAgencyId: string; toPractitionerId: string | null; note: string } }
>(`mutation OfferStepDown($input: OfferCaseTransferInput!) { offerStepDown(input: $input) { id } }`);

export const FAMILY_CASEWORKERS = gql<{ familyCaseworkers: Practitioner[] }>(
  `query FamilyCaseworkers { familyCaseworkers { id displayName jobTitle } }`,
);
export const ACCEPT_STEP_UP = gql<
  { acceptStepUp: { caseId: string; caseReference: string; leadAgencyName: string } },
  { input: { handoverId: string; leadPractitionerId: string } }
>(`mutation AcceptStepUp($input: AcceptStepUpInput!) { acceptStepUp(input: $input) { caseId caseReference leadAgencyName } }`);

export type StepDownFromSocialCareInput = Omit<MakeReferralInput, 'familyWords' | 'consentOn' | 'safeguardingBasis'> & {
  historySummary: string;
  toAgencyId: string;
  toPractitionerId: string | null;
  note: string;
};
export const RECORD_STEP_DOWN_FROM_SOCIAL_CARE = gql<
  { recordStepDownFromSocialCare: { id: string; reference: string } },
  { input: StepDownFromSocialCareInput }
>(
  `mutation RecordStepDownFromSocialCare($input: StepDownFromSocialCareInput!) { recordStepDownFromSocialCare(input: $input) { id reference } }`,
);
