import { Link } from 'react-router-dom';
import { QueryView } from '../components/query-view';
import { Table, type Column } from '../components/table';
import { StatusTag } from '../components/tag';
import { formatDate } from '../format/dates';
import { CASE_STATUSES } from '../format/labels';
import { CASELOAD, type CaseSummary } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useTerms, useViewer } from '../session/session';
import { FirstContactDue, MyFamilyPlanDue } from './deadlines';
import { TRANSFER_OFFERS } from './lead-change-operations';
import { InvitationsToYou } from './team';
import { sentenceCase, type CouncilTerms } from '@eh/domain';

const columns = (terms: CouncilTerms): readonly Column<CaseSummary>[] => [
  {
    header: 'Reference',
    cell: (c) => (
      <Link className="govuk-link app-nowrap" to={`/cases/${c.id}`}>
        {c.reference}
      </Link>
    ),
  },
  { header: 'Family', cell: (c) => c.familyName },
  { header: 'Children', cell: (c) => c.childrenCount, numeric: true },
  { header: sentenceCase(terms.leadPractitioner), cell: (c) => c.leadPractitioner.displayName },
  { header: 'Lead agency', cell: (c) => c.leadAgency.name },
  { header: 'Status', cell: (c) => <StatusTag status={CASE_STATUSES[c.status]} /> },
  { header: 'First contact due', cell: (c) => <FirstContactDue deadlines={c} /> },
  { header: `${terms.familyPlan} due`, cell: (c) => <MyFamilyPlanDue deadlines={c} /> },
  { header: 'Next review', cell: (c) => (c.nextReviewDue ? formatDate(c.nextReviewDue) : 'Not yet set') },
];

/** Partners see how many cases other agencies have offered to their agency, and where to decide. */
function OffersToTheAgency() {
  const offers = useQuery(TRANSFER_OFFERS, {});
  const count = offers.data?.caseTransferOffers.length ?? 0;
  if (count === 0) return null;
  return (
    <div className="govuk-inset-text">
      <Link className="govuk-link" to="/transfers">
        {count === 1 ? '1 case has' : `${count} cases have`} been offered to your agency
      </Link>
    </div>
  );
}

export function CaseloadPage() {
  const partner = !useViewer().isFamilyPartnershipTeam;
  const terms = useTerms();
  const title = partner ? 'My caseload' : 'Partner-led cases';
  const caseload = useQuery(CASELOAD, {});
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {partner && <OffersToTheAgency />}
      {partner && <InvitationsToYou />}
      <QueryView result={caseload}>
        {(data) =>
          data.caseload.length === 0 ? (
            <p className="govuk-body">There are no cases to show.</p>
          ) : (
            <Table
              caption={`${data.caseload.length} ${data.caseload.length === 1 ? 'case' : 'cases'}`}
              captionSize="s"
              columns={columns(terms)}
              rows={data.caseload}
              rowKey={(c) => c.id}
            />
          )
        }
      </QueryView>
    </>
  );
}
