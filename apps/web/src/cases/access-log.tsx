import { graphql } from '../graphql/generated';
import { formatDateTime } from '../format/dates';
import { useQuery } from '../hooks/use-query';

const ACCESS_LOG = graphql(`
  query CaseAccessLog($caseId: ID!) {
    caseAccessLog(caseId: $caseId) {
      who
      agency
      what
      allowed
      when
    }
  }
`);

// Who has looked at this family's case, from the audit trail (lead, named professionals and FPT).
export function AccessLog({ caseId }: { readonly caseId: string }) {
  const log = useQuery(ACCESS_LOG, { caseId });
  if (!log.data) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Who has opened this case</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list">
          {log.data.caseAccessLog.slice(0, 50).map((entry, i) => (
            <li key={i}>
              {formatDateTime(entry.when)}: {entry.who}
              {entry.agency && ` (${entry.agency})`} – {entry.what}
              {!entry.allowed && <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">Refused</strong>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
