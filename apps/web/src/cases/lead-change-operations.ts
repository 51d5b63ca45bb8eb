// Documents for changing a case's lead practitioner and offering a case to another agency.
import { graphql } from '../graphql/generated';
import type { CaseLeadChangeQuery, TransferOffersQuery } from '../graphql/generated/graphql';

export type LeadChange = CaseLeadChangeQuery['case']['leadChange'];
export type TransferOffer = TransferOffersQuery['caseTransferOffers'][number];

export const CASE_LEAD_CHANGE = graphql(`
  query CaseLeadChange($id: ID!) {
    case(id: $id) {
      id
      version
      leadAgency {
        id
      }
      leadChange {
        canChangeLead
        candidates {
          id
          displayName
          jobTitle
        }
        openTransfer {
          id
          toAgencyName
          toPractitionerName
          note
          offeredAt
        }
      }
    }
  }
`);
export const CHANGE_LEAD = graphql(`
  mutation ChangeLead($input: ChangeLeadPractitionerInput!) {
    changeLeadPractitioner(input: $input) {
      id
    }
  }
`);
export const PRACTITIONERS_TO_OFFER_TO = graphql(`
  query PractitionersToOfferTo($agencyId: ID!) {
    practitionersToOfferTo(agencyId: $agencyId) {
      id
      displayName
      jobTitle
    }
  }
`);
export const OFFER_TRANSFER = graphql(`
  mutation OfferTransfer($input: OfferCaseTransferInput!) {
    offerCaseTransfer(input: $input) {
      id
    }
  }
`);
export const WITHDRAW_TRANSFER = graphql(`
  mutation WithdrawTransfer($transferId: ID!) {
    withdrawCaseTransfer(transferId: $transferId) {
      id
    }
  }
`);

export const TRANSFER_OFFERS = graphql(`
  query TransferOffers {
    caseTransferOffers {
      id
      caseReference
      familyName
      childrenCount
      fromAgencyName
      offeredByName
      note
      offeredAt
      canDecide
      candidates {
        id
        displayName
        jobTitle
      }
    }
  }
`);
export const ACCEPT_TRANSFER = graphql(`
  mutation AcceptTransfer($input: AcceptCaseTransferInput!) {
    acceptCaseTransfer(input: $input) {
      id
    }
  }
`);
export const DECLINE_TRANSFER = graphql(`
  mutation DeclineTransfer($input: DeclineCaseTransferInput!) {
    declineCaseTransfer(input: $input)
  }
`);
