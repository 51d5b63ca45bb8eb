// Documents for changing a case's lead practitioner and offering a case to another agency.
import { gql } from '../graphql/client';
import type { IsoInstant, Practitioner } from '../graphql/operations';

export interface LeadChange {
  canChangeLead: boolean;
  candidates: Practitioner[];
  openTransfer: { id: string; toAgencyName: string; toPractitionerName: string | null; note: string; offeredAt: IsoInstant } | null;
}
export interface CaseLeadChangeQuery {
  case: { id: string; version: number; leadAgency: { id: string }; leadChange: LeadChange };
}
const LEAD_CHANGE = `id version leadAgency { id } leadChange { canChangeLead candidates { id displayName jobTitle } openTransfer { id toAgencyName toPractitionerName note offeredAt } }`;
export const CASE_LEAD_CHANGE = gql<CaseLeadChangeQuery, { id: string }>(
  `query CaseLeadChange($id: ID!) { case(id: $id) { ${LEAD_CHANGE} } }`,
);
export const CHANGE_LEAD = gql<
  { changeLeadPractitioner: { id: string } },
  { input: { caseId: string; version: number; newLeadId: string; reason: string | null } }
>(`mutation ChangeLead($input: ChangeLeadPractitionerInput!) { changeLeadPractitioner(input: $input) { id } }`);
export const PRACTITIONERS_TO_OFFER_TO = gql<{ practitionersToOfferTo: Practitioner[] }, { agencyId: string }>(
  `query PractitionersToOfferTo($agencyId: ID!) { practitionersToOfferTo(agencyId: $agencyId) { id displayName jobTitle } }`,
);
export const OFFER_TRANSFER = gql<
  { offerCaseTransfer: { id: string } },
  { input: { caseId: string; version: number; toAgencyId: string; toPractitionerId: string | null; note: string } }
>(`mutation OfferTransfer($input: OfferCaseTransferInput!) { offerCaseTransfer(input: $input) { id } }`);
export const WITHDRAW_TRANSFER = gql<{ withdrawCaseTransfer: { id: string } }, { transferId: string }>(
  `mutation WithdrawTransfer($transferId: ID!) { withdrawCaseTransfer(transferId: $transferId) { id } }`,
);

export interface TransferOffer {
  id: string;
  caseReference: string;
  familyName: string;
  childrenCount: number;
  fromAgencyName: string;
  offeredByName: string;
  note: string;
  offeredAt: IsoInstant;
  canDecide: boolean;
  candidates: Practitioner[];
}
export const TRANSFER_OFFERS = gql<{ caseTransferOffers: TransferOffer[] }>(
  `query TransferOffers { caseTransferOffers { id caseReference familyName childrenCount fromAgencyName offeredByName note offeredAt canDecide candidates { id displayName jobTitle } } }`,
);
export const ACCEPT_TRANSFER = gql<{ acceptCaseTransfer: { id: string } }, { input: { transferId: string; newLeadId: string } }>(
  `mutation AcceptTransfer($input: AcceptCaseTransferInput!) { acceptCaseTransfer(input: $input) { id } }`,
);
export const DECLINE_TRANSFER = gql<{ declineCaseTransfer: boolean }, { input: { transferId: string; reason: string } }>(
  `mutation DeclineTransfer($input: DeclineCaseTransferInput!) { declineCaseTransfer(input: $input) }`,
);
