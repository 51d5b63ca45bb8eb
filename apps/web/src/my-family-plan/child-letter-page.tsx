import { Link, useParams } from 'react-router-dom';
import { QueryView } from '../components/query-view';
import { useQuery } from '../hooks/use-query';
import { PLAN_CASE } from './plan-operations';

// A letter back to the child with their own three houses work, to print and give to them.
export function ChildLetterPage() {
  const { id = '', personId = '' } = useParams();
  const result = useQuery(PLAN_CASE, { id });
  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const houses = loaded.plan?.sections.find((s) => s.kind === 'THREE_HOUSES' && s.person?.id === personId);
        const child = houses?.person;
        if (!houses?.threeHouses || !child) return <p className="govuk-body">There is no three houses work for this child yet.</p>;
        return (
          <div className="govuk-grid-row app-letter">
            <div className="govuk-grid-column-two-thirds">
              <p className="govuk-body app-no-print">
                <Link className="govuk-link" to={`/cases/${loaded.id}/plan`}>
                  Back to the plan
                </Link>
              </p>
              <h1 className="govuk-heading-l">Dear {child.firstName},</h1>
              <p className="govuk-body">Thank you for telling us about your three houses. This is what you shared with us.</p>
              <h2 className="govuk-heading-m">Your house of worries</h2>
              <p className="govuk-body app-preserve-lines">{houses.threeHouses.worries}</p>
              <h2 className="govuk-heading-m">Your house of good things</h2>
              <p className="govuk-body app-preserve-lines">{houses.threeHouses.goodThings}</p>
              <h2 className="govuk-heading-m">Your house of dreams</h2>
              <p className="govuk-body app-preserve-lines">{houses.threeHouses.dreams}</p>
              <p className="govuk-body">We will use what you told us to help your family. You can talk to me about it at any time.</p>
              <p className="govuk-body">
                From {loaded.leadPractitioner.displayName}
                <br />
                {loaded.leadPractitioner.jobTitle}, {loaded.leadAgency.name}
              </p>
              <button type="button" className="govuk-button app-no-print" onClick={() => window.print()}>
                Print this letter
              </button>
            </div>
          </div>
        );
      }}
    </QueryView>
  );
}
