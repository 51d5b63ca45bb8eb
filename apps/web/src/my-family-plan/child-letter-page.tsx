import { useParams } from 'react-router-dom';
import { QueryView } from '../components/query-view';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { PLAN_CASE, type PlanCase } from './plan-operations';
import { ParagraphLink } from './paragraph-link';
import { planPath } from './plan-paths';
import type { PlanSection } from './plan-operations';

function Letter({ loaded, houses }: { readonly loaded: PlanCase; readonly houses: PlanSection }) {
  const child = houses.person?.firstName ?? '';
  const work = houses.threeHouses;
  usePageTitle(`Letter to ${child} – ${loaded.familyName}`);
  return (
    <div className="govuk-grid-row app-letter">
      <div className="govuk-grid-column-two-thirds">
        <ParagraphLink className="app-no-print" to={planPath(loaded.id)}>
          Back to the plan
        </ParagraphLink>
        {work ? (
          <>
            <h1 className="govuk-heading-l">Dear {child},</h1>
            <p className="govuk-body">
              Thank you for telling us about your worries, the good things in your life and your dreams. This is what you shared with us.
            </p>
            <h2 className="govuk-heading-m">Your house of worries</h2>
            <p className="govuk-body app-preserve-lines">{work.worries}</p>
            <h2 className="govuk-heading-m">Your house of good things</h2>
            <p className="govuk-body app-preserve-lines">{work.goodThings}</p>
            <h2 className="govuk-heading-m">Your house of dreams</h2>
            <p className="govuk-body app-preserve-lines">{work.dreams}</p>
            <p className="govuk-body">We will use what you told us to help your family. You can talk to me about it at any time.</p>
            <p className="govuk-body">
              From {loaded.leadPractitioner.displayName}
              <br />
              {loaded.leadPractitioner.jobTitle}, {loaded.leadAgency.name}
            </p>
            <button type="button" className="govuk-button app-no-print" onClick={() => window.print()}>
              Print this letter
            </button>
          </>
        ) : (
          <p className="govuk-body">{child}’s three houses have not been saved yet, so there is no letter to print.</p>
        )}
      </div>
    </div>
  );
}

// A letter back to the child with their own three houses work, to print and give to them.
export function ChildLetterPage() {
  const { id = '', personId = '' } = useParams();
  const result = useQuery(PLAN_CASE, { id });
  return (
    <QueryView result={result}>
      {({ case: loaded }) => {
        const houses = loaded.plan?.sections.find((s) => s.kind === 'THREE_HOUSES' && s.person?.id === personId);
        return houses ? <Letter loaded={loaded} houses={houses} /> : <p className="govuk-body">This child is not part of the plan.</p>;
      }}
    </QueryView>
  );
}
