import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type ErrorMessages } from '../components/form';
import { QueryView } from '../components/query-view';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import type { CaseSectionProps } from './case-section';
import { AcceptOrDecline, OfferCard, WaitingOffersPage } from './offer-card';
import { OfferCaseForm } from './offer-fields';
import {
  ACCEPT_TRANSFER,
  CASE_LEAD_CHANGE,
  CHANGE_LEAD,
  DECLINE_TRANSFER,
  OFFER_TRANSFER,
  TRANSFER_OFFERS,
  WITHDRAW_TRANSFER,
  type TransferOffer,
} from './lead-change-operations';
import { sentenceCase } from '@eh/domain';

const MESSAGES: ErrorMessages = { CONFLICT: 'Someone else has changed this case or its offer. Reload to see their changes.' };

/** On the case page: "Change lead practitioner", for the lead agency's manager and the FPT manager. */
export function ChangeLeadPractitioner({ caseId, form, onChanged }: CaseSectionProps) {
  const result = useQuery(CASE_LEAD_CHANGE, { id: caseId });
  // An offer or its withdrawal leaves the case's version as it was, so this section reloads itself.
  const done = (message: string) => {
    result.reload();
    onChanged(message);
  };
  const agencies = useQuery(AGENCIES, {});
  const [newLeadId, setNewLeadId] = useState('');
  const [reason, setReason] = useState('');
  // The council's own team never leads a partner-led case; its members know which agency it is.
  const viewer = useViewer();
  const terms = useTerms();
  const councilTeamId = viewer.isFamilyPartnershipTeam ? viewer.agency.id : null;
  return (
    <QueryView result={result}>
      {({ case: c }) =>
        !c.leadChange.canChangeLead ? null : (
          <>
            <h2 className="govuk-heading-m">Change {terms.leadPractitioner}</h2>
            {c.leadChange.openTransfer ? (
              <>
                <p className="govuk-body">
                  Offered to {c.leadChange.openTransfer.toAgencyName} on {formatDate(c.leadChange.openTransfer.offeredAt.slice(0, 10))}. The
                  current lead keeps the case until the offer is accepted.
                </p>
                <GovForm
                  form={form}
                  onSubmit={() =>
                    void form
                      .run(() => request(WITHDRAW_TRANSFER, { transferId: c.leadChange.openTransfer?.id ?? '' }))
                      .then((r) => r && done('Offer withdrawn'))
                  }
                >
                  <SubmitButton form={form} warning>
                    Withdraw the offer
                  </SubmitButton>
                </GovForm>
              </>
            ) : (
              <>
                <GovForm
                  form={form}
                  onSubmit={() => {
                    if (!newLeadId) return form.fail([{ field: 'newLeadId', message: `Choose the new ${terms.leadPractitioner}` }]);
                    void form
                      .run(() => request(CHANGE_LEAD, { input: { caseId, version: c.version, newLeadId, reason: reason.trim() || null } }))
                      .then((r) => r && done(`${sentenceCase(terms.leadPractitioner)} changed`));
                  }}
                >
                  <Select
                    field="newLeadId"
                    label={`New ${terms.leadPractitioner} in this agency`}
                    placeholder="Choose a practitioner"
                    value={newLeadId}
                    onChange={setNewLeadId}
                    options={c.leadChange.candidates.map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
                  />
                  <Textarea
                    field="leadChangeReason"
                    label="Reason for the change (optional)"
                    rows={2}
                    value={reason}
                    onChange={setReason}
                  />
                  <SubmitButton form={form}>Change {terms.leadPractitioner}</SubmitButton>
                </GovForm>
                <h3 className="govuk-heading-s">Offer the case to another agency</h3>
                <OfferCaseForm
                  form={form}
                  fields={{ agency: 'toAgencyId', practitioner: 'toPractitionerId', note: 'transferNote' }}
                  agencyLabel="Agency"
                  noAgencyMessage="Choose the agency to offer the case to"
                  agencies={(agencies.data?.agencies ?? [])
                    .filter((a) => a.id !== c.leadAgency.id && a.id !== councilTeamId)
                    .map((a) => ({ value: a.id, label: a.name }))}
                  submitLabel="Offer the case"
                  onOffer={(offer) =>
                    void form
                      .run(() => request(OFFER_TRANSFER, { input: { caseId, version: c.version, ...offer } }))
                      .then((r) => r && done('Case offered to the agency'))
                  }
                />
              </>
            )}
          </>
        )
      }
    </QueryView>
  );
}

function Offer({ offer, onDone }: { readonly offer: TransferOffer; readonly onDone: () => void }) {
  const form = useForm(MESSAGES);
  const navigate = useNavigate();
  const [newLeadId, setNewLeadId] = useState('');
  return (
    <OfferCard title={`${offer.familyName}, case ${offer.caseReference}`}>
      <p className="govuk-body">
        {offer.childrenCount} {offer.childrenCount === 1 ? 'child' : 'children'}. Led now by {offer.fromAgencyName}; offered by{' '}
        {offer.offeredByName} on {formatDate(offer.offeredAt.slice(0, 10))}.
      </p>
      <p className="govuk-body app-preserve-lines">{offer.note}</p>
      {offer.canDecide && (
        <AcceptOrDecline
          form={form}
          reasonField={`reason-${offer.id}`}
          acceptLabel="Accept the case"
          declineLabel="Decline the case"
          onAccept={() => {
            if (!newLeadId) return form.fail([{ field: `newLeadId-${offer.id}`, message: 'Choose who will lead the case' }]);
            void form
              .run(() => request(ACCEPT_TRANSFER, { input: { transferId: offer.id, newLeadId } }))
              .then((r) => r && navigate(`/cases/${r.acceptCaseTransfer.id}`));
          }}
          onDecline={(reason) =>
            void form.run(() => request(DECLINE_TRANSFER, { input: { transferId: offer.id, reason } })).then((r) => r && onDone())
          }
        >
          <Select
            field={`newLeadId-${offer.id}`}
            label="Who will lead the case"
            placeholder="Choose a practitioner"
            value={newLeadId}
            onChange={setNewLeadId}
            options={offer.candidates.map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
          />
        </AcceptOrDecline>
      )}
    </OfferCard>
  );
}

/** Cases other agencies have offered to the viewer's agency, with accept and decline. */
export function TransfersPage() {
  const offers = useQuery(TRANSFER_OFFERS, {});
  return (
    <WaitingOffersPage
      heading="Cases offered to your agency"
      result={offers}
      offersOf={(data) => data.caseTransferOffers}
      none="No cases are waiting for your agency to decide."
      render={(offer) => <Offer offer={offer} onDone={offers.reload} />}
    />
  );
}
