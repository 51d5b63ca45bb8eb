import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldProblem } from '../graphql/client';
import { scopedFieldId, useIdScope } from './form';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  // As govuk-frontend does: bring the question (its legend or label) into view and focus the input.
  const question = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  (question ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/** The GOV.UK error summary: shown at the top of the page, focused when problems appear. */
export function ErrorSummary({ problems }: { readonly problems: readonly FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const scope = useIdScope();
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                {problem.field ? (
                  <a
                    href={`#${scopedFieldId(scope, problem.field)}`}
                    onClick={(event) => focusField(event, scopedFieldId(scope, problem.field))}
                  >
                    {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
