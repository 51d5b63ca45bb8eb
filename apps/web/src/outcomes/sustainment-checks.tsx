import { Link } from 'react-router-dom';
import { formatDate } from '../format/dates';
import { useQuery } from '../hooks/use-query';
import { useTerms } from '../session/session';
import { SUSTAINMENT_CHECKS_FOR_ME } from './outcomes-operations';

/** Closed families whose progress the signed-in former lead is asked to confirm; nothing when none. */
export function SustainmentChecksWaiting() {
  const terms = useTerms();
  const checks = useQuery(SUSTAINMENT_CHECKS_FOR_ME, {}).data?.sustainmentChecksForMe ?? [];
  if (checks.length === 0) return null;
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-m">Has the progress lasted?</h2>
      <p className="govuk-body">
        As the former {terms.leadPractitioner}, you are asked to confirm whether these families’ progress has held since their case closed.
      </p>
      <ul className="govuk-list">
        {checks.map((c) => (
          <li key={c.caseId}>
            <Link className="govuk-link" to={`/cases/${c.caseId}/sustainment`}>
              Confirm progress on case {c.caseReference}
            </Link>{' '}
            (due {formatDate(c.dueOn)})
          </li>
        ))}
      </ul>
    </div>
  );
}
