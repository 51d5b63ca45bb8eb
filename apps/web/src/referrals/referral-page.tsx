import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useForm, type ErrorMessages } from '../components/form';
import { useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { SummaryList } from '../components/summary-list';
import { StatusTag } from '../components/tag';
import { FamilyDetails } from '../family/family-details';
import { MATCH_REASONS } from '../family/identifier-fields';
import { formatDate, formatDateTime } from '../format/dates';
import { REFERRAL_STATUSES } from '../format/labels';
import { REFERRAL, type Referral } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { decisionText, referrerText } from './referrals-page';
import { TriageForm } from './triage-form';
import { sentenceCase } from '@eh/domain';

const MESSAGES: ErrorMessages = { CONFLICT: 'Someone else has changed this referral. Reload to see their changes.' };

function ReferralDetails({ referral }: { readonly referral: Referral }) {
  return (
    <>
      <h2 className="govuk-heading-m">Referral</h2>
      <SummaryList
        rows={[
          { key: 'Status', value: <StatusTag status={REFERRAL_STATUSES[referral.status]} /> },
          referral.reReferral && {
            key: 'Re-referral',
            value: (
              <>
                <strong className="govuk-tag govuk-tag--orange">Re-referral</strong> The family’s last case closed within the past 12
                months.{' '}
                {referral.previousCaseId && (
                  <Link className="govuk-link" to={`/cases/${referral.previousCaseId}`}>
                    See the earlier case
                  </Link>
                )}
              </>
            ),
          },
          { key: 'Received', value: formatDateTime(referral.receivedAt) },
          { key: 'Referred by', value: referrerText(referral) },
          { key: 'Referrer’s name', value: referral.referrerName },
          referral.madeByPartner && { key: 'Made', value: 'In the portal by the referrer' },
          { key: 'Concerns', value: <span className="app-preserve-lines">{referral.concerns}</span> },
          {
            key: 'In the family’s own words',
            value: referral.familyWords && <span className="app-preserve-lines">{referral.familyWords}</span>,
          },
          {
            key: 'Family consented to the referral',
            value: referral.consentGiven
              ? `Yes${referral.consentOn ? `, on ${formatDate(referral.consentOn)}` : ''}`
              : referral.safeguardingBasis
                ? 'No: referred on a safeguarding basis'
                : 'No',
          },
          { key: referral.safeguardingBasis ? 'The safeguarding concern' : 'Consent note', value: referral.consentNote },
        ]}
      />
    </>
  );
}

// A partner's referral describes the family afresh; the front door sees which known families it
// matches (the open cases of those families are offered by the triage form).
function KnownFamilies({ referral }: { readonly referral: Referral }) {
  if (referral.knownFamilyMatches.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Families already known with the same people</h2>
      <ul className="govuk-list govuk-list--bullet">
        {referral.knownFamilyMatches.map((m) => (
          <li key={m.familyId}>
            {m.reference} ({m.postcode}):{' '}
            {m.matches.map(({ person, reason }) => `${person.firstName} ${person.lastName} (${MATCH_REASONS[reason]})`).join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}

function DecisionDetails({ referral }: { readonly referral: Referral }) {
  const terms = useTerms();
  if (!referral.decision) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Triage decision</h2>
      <SummaryList
        rows={[
          {
            key: 'Decision',
            value: decisionText(referral, terms),
          },
          { key: 'Reason', value: <span className="app-preserve-lines">{referral.decisionReason}</span> },
          {
            key: 'Why a second case',
            value: referral.secondCaseReason && <span className="app-preserve-lines">{referral.secondCaseReason}</span>,
          },
          { key: 'Decided by', value: referral.decidedByName },
          { key: 'Decided on', value: referral.decidedAt && formatDateTime(referral.decidedAt) },
          { key: 'Lead agency', value: referral.leadAgency?.name },
          {
            key: sentenceCase(terms.leadPractitioner),
            value: referral.leadPractitioner && `${referral.leadPractitioner.displayName}, ${referral.leadPractitioner.jobTitle}`,
          },
          {
            key: 'Case',
            value: referral.caseId && (
              <Link className="govuk-link" to={`/cases/${referral.caseId}`}>
                View the case
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

export function ReferralPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const referral = useQuery(REFERRAL, { id });
  const form = useForm(MESSAGES);
  const recorded = useSuccessMessage();
  const [decided, setDecided] = useState<string>();
  const terms = useTerms();

  return (
    <QueryView result={referral}>
      {({ referral: loaded }) => (
        <RecordPage form={form} reload={referral.reload} success={decided ?? recorded} caption="Referral" title={loaded.reference}>
          <FamilyDetails
            family={loaded.family}
            editing={{
              form,
              onChanged: (message) => {
                referral.reload();
                setDecided(message);
              },
            }}
          />
          <KnownFamilies referral={loaded} />
          <ReferralDetails referral={loaded} />
          <DecisionDetails referral={loaded} />
          {loaded.status === 'AWAITING_TRIAGE' && viewer.isFamilyPartnershipTeam && (
            <TriageForm
              record={loaded}
              form={form}
              onSaved={(updated) => {
                referral.setData({ referral: updated });
                setDecided(
                  updated.addedToCaseId
                    ? `Referral added to the family’s open case. The ${terms.leadPractitioner} has been told.`
                    : updated.decision
                      ? `Decision recorded: ${decisionText(updated, terms)}`
                      : 'Decision recorded',
                );
              }}
            />
          )}
        </RecordPage>
      )}
    </QueryView>
  );
}
