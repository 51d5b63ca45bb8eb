import { OverdueTag } from '../components/tag';
import { formatDate } from '../format/dates';
import type { CaseSummary } from '../graphql/operations';

type Deadlines = Pick<
  CaseSummary,
  'status' | 'firstContactDue' | 'firstContactOverdue' | 'myFamilyPlanDue' | 'myFamilyPlanOverdue' | 'workingDaysToMyFamilyPlan'
>;

/** Contact within 3 working days of allocation; overdue only matters until it is made. */
export function FirstContactDue({ deadlines }: { readonly deadlines: Deadlines }) {
  return (
    <>
      {formatDate(deadlines.firstContactDue)}
      {deadlines.firstContactOverdue && deadlines.status === 'AWAITING_FIRST_CONTACT' && (
        <>
          {' '}
          <OverdueTag />
        </>
      )}
    </>
  );
}

/** My Family Plan within 30 working days of allocation, while the case is active. */
export function MyFamilyPlanDue({ deadlines }: { readonly deadlines: Deadlines }) {
  const active = deadlines.status === 'AWAITING_FIRST_CONTACT' || deadlines.status === 'OPEN';
  const days = deadlines.workingDaysToMyFamilyPlan;
  return (
    <>
      {formatDate(deadlines.myFamilyPlanDue)}
      {active &&
        (deadlines.myFamilyPlanOverdue ? (
          <>
            {' '}
            <OverdueTag />
          </>
        ) : (
          <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
            {days <= 0 ? 'Due today' : days === 1 ? '1 working day left' : `${days} working days left`}
          </span>
        ))}
    </>
  );
}
