import { Link, useSearchParams } from 'react-router-dom';
import { QueryView } from '../components/query-view';
import { Table, type Column } from '../components/table';
import { StatusTag } from '../components/tag';
import { familyName } from '../family/family-details';
import { formatDateTime } from '../format/dates';
import { decisionWordings, REFERRAL_STATUSES } from '../format/labels';
import { MY_REFERRALS, REFERRALS, type Referral } from '../graphql/operations';
import { SuccessBanner, useSuccessMessage } from '../components/notification-banner';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useTerms, useViewer } from '../session/session';
import type { CouncilTerms } from '@eh/domain';
import type { ReferralStatus } from '../graphql/generated/graphql';

export function referrerText(referral: Referral): string {
  return referral.selfReferral ? 'Self-referral' : (referral.referrerAgency?.name ?? referral.referrerName);
}

const REFERENCE: Column<Referral> = {
  header: 'Reference',
  cell: (r) => (
    <Link className="govuk-link app-nowrap" to={`/referrals/${r.id}`}>
      {r.reference}
    </Link>
  ),
};
const RECEIVED: Column<Referral> = { header: 'Received', cell: (r) => formatDateTime(r.receivedAt) };
const FAMILY: Column<Referral> = { header: 'Family', cell: (r) => familyName(r.family) };
/** The triage decision in the council's words, and whether it joined the family's open case. */
export function decisionText(r: Referral, terms: CouncilTerms): string | null {
  if (!r.decision) return null;
  const label = decisionWordings(terms)[r.decision].label;
  return r.addedToCaseId ? `${label}: added to the family’s open case` : label;
}

function DecisionCell({ referral }: { readonly referral: Referral }) {
  const terms = useTerms();
  return referral.decision ? decisionWordings(terms)[referral.decision].label : <StatusTag status={REFERRAL_STATUSES[referral.status]} />;
}

function ProgressCell({ referral }: { readonly referral: Referral }) {
  return progressText(referral, useTerms());
}

const DECISION: Column<Referral> = { header: 'Decision', cell: (r) => <DecisionCell referral={r} /> };

const AWAITING_COLUMNS = [
  REFERENCE,
  RECEIVED,
  FAMILY,
  { header: 'Referred by', cell: referrerText },
  { header: 'Consent', cell: (r) => (r.consentGiven ? 'Yes' : 'No') },
] satisfies Column<Referral>[];
const DECIDED_COLUMNS = [
  REFERENCE,
  RECEIVED,
  FAMILY,
  DECISION,
  { header: 'Lead agency', cell: (r) => r.leadAgency?.name ?? '–' },
] satisfies Column<Referral>[];
// Partners see what became of their referrals and why: the loop is closed.
const PARTNER_COLUMNS = [
  REFERENCE,
  RECEIVED,
  FAMILY,
  DECISION,
  { header: 'Reason', cell: (r) => r.decisionReason ?? '–' },
] satisfies Column<Referral>[];

const TABS: readonly { readonly status: ReferralStatus; readonly label: string }[] = [
  { status: 'AWAITING_TRIAGE', label: 'Awaiting triage' },
  { status: 'DECIDED', label: 'Decided' },
];

function ReferralTable({
  status,
  columns,
  caption,
}: {
  readonly status: ReferralStatus | null;
  readonly columns: readonly Column<Referral>[];
  readonly caption: string;
}) {
  const referrals = useQuery(REFERRALS, { status });
  return (
    <QueryView result={referrals}>
      {(data) =>
        data.referrals.length === 0 ? (
          <p className="govuk-body">There are no referrals to show.</p>
        ) : (
          <Table caption={caption} columns={columns} rows={data.referrals} rowKey={(r) => r.id} />
        )
      }
    </QueryView>
  );
}

function TriageQueues() {
  const [params] = useSearchParams();
  const status: ReferralStatus = params.get('status') === 'DECIDED' ? 'DECIDED' : 'AWAITING_TRIAGE';
  const current = TABS.find((tab) => tab.status === status) ?? TABS[0];
  usePageTitle(`Referrals: ${current.label.toLowerCase()}`);
  return (
    <>
      <h1 className="govuk-heading-l">Referrals</h1>
      <div className="govuk-tabs">
        <nav aria-label="Referrals by status">
          <ul className="govuk-tabs__list">
            {TABS.map((tab) => (
              <li className={`govuk-tabs__list-item${tab.status === status ? ' govuk-tabs__list-item--selected' : ''}`} key={tab.status}>
                <Link
                  className="govuk-tabs__tab"
                  to={`/referrals?status=${tab.status}`}
                  aria-current={tab.status === status ? 'page' : undefined}
                >
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="govuk-tabs__panel">
          <ReferralTable
            key={status}
            status={status}
            caption={current.label}
            columns={status === 'DECIDED' ? DECIDED_COLUMNS : AWAITING_COLUMNS}
          />
        </div>
      </div>
    </>
  );
}

// Where a referral has got to, as its referrer follows it: received, then triaged with the
// decision and its reason.
function progressText(r: Referral, terms: CouncilTerms): string {
  const decision = decisionText(r, terms);
  if (!decision || !r.decidedAt) return `Received ${formatDateTime(r.receivedAt)}: waiting for the front door to triage it`;
  return `Triaged ${formatDateTime(r.decidedAt)}: ${decision}`;
}

const MY_COLUMNS = [
  REFERENCE,
  FAMILY,
  { header: 'Progress', cell: (r) => <ProgressCell referral={r} /> },
  { header: 'Reason', cell: (r) => r.decisionReason ?? '–' },
] satisfies Column<Referral>[];

function MyReferrals() {
  const mine = useQuery(MY_REFERRALS, {});
  return (
    <QueryView result={mine}>
      {(data) =>
        data.myReferrals.length === 0 ? (
          <p className="govuk-body">You have not made a referral in the portal yet.</p>
        ) : (
          <Table caption="My referrals" columns={MY_COLUMNS} rows={data.myReferrals} rowKey={(r) => r.id} />
        )
      }
    </QueryView>
  );
}

function AgencyReferrals() {
  usePageTitle('My referrals');
  const success = useSuccessMessage();
  return (
    <>
      <SuccessBanner message={success} />
      <h1 className="govuk-heading-l">My referrals</h1>
      <Link className="govuk-button" to="/referrals/new">
        Make a referral
      </Link>
      <MyReferrals />
      <h2 className="govuk-heading-m">Referrals from my agency</h2>
      <p className="govuk-body">What was decided about each referral your agency made, and why.</p>
      <ReferralTable status={null} caption="Referrals from my agency" columns={PARTNER_COLUMNS} />
    </>
  );
}

export function ReferralsPage() {
  return useViewer().isFamilyPartnershipTeam ? <TriageQueues /> : <AgencyReferrals />;
}
