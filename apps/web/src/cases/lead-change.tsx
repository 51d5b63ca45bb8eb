import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm, type ErrorMessages, type FormController } from '../components/form';
import { QueryView } from '../components/query-view';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { OfferToAgencyFields } from './offer-fields';
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
export function ChangeLeadPractitioner({
  caseId,
  form,
  onChanged,
}: {
  readonly caseId: string;
  readonly form: FormController;
  readonly onChanged: (message: string) => void;
}) {
  const result = useQuery(CASE_LEAD_CHANGE, { id: caseId });
  // An offer or its withdrawal leaves the case's version as it was, so this section reloads itself.
  const done = (message: string) => {
    result.reload();
    onChanged(message);
  };
  const agencies = useQuery(AGENCIES, {});
  const [newLeadId, setNewLeadId] = useState('');
  const [reason, setReason] = useState('');
  const [toAgencyId, setToAgencyId] = useState('');
  const [note, setNote] = useState('');
  const [toPractitionerId, setToPractitionerId] = useState('');
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
                <GovForm
                  form={form}
                  onSubmit={() => {
                    if (!toAgencyId || !note.trim())
                      return form.fail([
                        ...(toAgencyId ? [] : [{ field: 'toAgencyId', message: 'Choose the agency to offer the case to' }]),
                        ...(note.trim() ? [] : [{ field: 'transferNote', message: 'Say what the agency needs to know to decide' }]),
                      ]);
                    void form
                      .run(() =>
                        request(OFFER_TRANSFER, {
                          input: { caseId, version: c.version, toAgencyId, toPractitionerId: toPractitionerId || null, note: note.trim() },
                        }),
                      )
                      .then((r) => r && done('Case offered to the agency'));
                  }}
                >
                  <OfferToAgencyFields
                    fields={{ agency: 'toAgencyId', practitioner: 'toPractitionerId' }}
                    agencyLabel="Agency"
                    agencies={(agencies.data?.agencies ?? [])
                      .filter((a) => a.id !== c.leadAgency.id && a.id !== councilTeamId)
                      .map((a) => ({ value: a.id, label: a.name }))}
                    toAgencyId={toAgencyId}
                    toPractitionerId={toPractitionerId}
                    onChange={(agencyId, practitionerId) => {
                      setToAgencyId(agencyId);
                      setToPractitionerId(practitionerId);
                    }}
                  />
                  <Textarea field="transferNote" label="What the agency needs to know to decide" rows={3} value={note} onChange={setNote} />
                  <SubmitButton form={form}>Offer the case</SubmitButton>
                </GovForm>
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
  const [reason, setReason] = useState('');
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          {offer.familyName}, case {offer.caseReference}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body">
          {offer.childrenCount} {offer.childrenCount === 1 ? 'child' : 'children'}. Led now by {offer.fromAgencyName}; offered by{' '}
          {offer.offeredByName} on {formatDate(offer.offeredAt.slice(0, 10))}.
        </p>
        <p className="govuk-body app-preserve-lines">{offer.note}</p>
        {offer.canDecide && (
          <GovForm form={form} onSubmit={() => undefined}>
            <Select
              field={`newLeadId-${offer.id}`}
              label="Who will lead the case"
              placeholder="Choose a practitioner"
              value={newLeadId}
              onChange={setNewLeadId}
              options={offer.candidates.map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
            />
            <button
              type="button"
              className="govuk-button"
              disabled={form.submitting}
              onClick={() => {
                if (!newLeadId) return form.fail([{ field: `newLeadId-${offer.id}`, message: 'Choose who will lead the case' }]);
                void form
                  .run(() => request(ACCEPT_TRANSFER, { input: { transferId: offer.id, newLeadId } }))
                  .then((r) => r && navigate(`/cases/${r.acceptCaseTransfer.id}`));
              }}
            >
              Accept the case
            </button>
            <Textarea field={`reason-${offer.id}`} label="Reason for declining" rows={2} value={reason} onChange={setReason} />
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={form.submitting}
              onClick={() => {
                if (!reason.trim()) return form.fail([{ field: `reason-${offer.id}`, message: 'Give a reason for declining' }]);
                void form
                  .run(() => request(DECLINE_TRANSFER, { input: { transferId: offer.id, reason: reason.trim() } }))
                  .then((r) => r && onDone());
              }}
            >
              Decline the case
            </button>
          </GovForm>
        )}
      </div>
    </div>
  );
}

/** Cases other agencies have offered to the viewer's agency, with accept and decline. */
export function TransfersPage() {
  const offers = useQuery(TRANSFER_OFFERS, {});
  return (
    <>
      <h1 className="govuk-heading-l">Cases offered to your agency</h1>
      <QueryView result={offers}>
        {({ caseTransferOffers }) =>
          caseTransferOffers.length === 0 ? (
            <p className="govuk-body">
              No cases are waiting for your agency to decide.{' '}
              <Link className="govuk-link" to="/cases">
                Back to your caseload
              </Link>
            </p>
          ) : (
            caseTransferOffers.map((offer) => <Offer key={offer.id} offer={offer} onDone={offers.reload} />)
          )
        }
      </QueryView>
    </>
  );
}
