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

/** A due date, then "Overdue" or the working days left while the deadline still matters. */
export function DueDate({
  due,
  overdue,
  workingDaysLeft,
  active,
}: {
  readonly due: string;
  readonly overdue: boolean;
  readonly workingDaysLeft: number;
  readonly active: boolean;
}) {
  return (
    <>
      {formatDate(due)}
      {active &&
        (overdue ? (
          <>
            {' '}
            <OverdueTag />
          </>
        ) : (
          <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
            {workingDaysLeft <= 0 ? 'Due today' : workingDaysLeft === 1 ? '1 working day left' : `${workingDaysLeft} working days left`}
          </span>
        ))}
    </>
  );
}

/** My Family Plan within 30 working days of allocation, while the case is active. */
export function MyFamilyPlanDue({ deadlines }: { readonly deadlines: Deadlines }) {
  return (
    <DueDate
      due={deadlines.myFamilyPlanDue}
      overdue={deadlines.myFamilyPlanOverdue}
      workingDaysLeft={deadlines.workingDaysToMyFamilyPlan}
      active={deadlines.status === 'AWAITING_FIRST_CONTACT' || deadlines.status === 'OPEN'}
    />
  );
}
