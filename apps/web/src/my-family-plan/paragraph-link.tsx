import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A link on a line of its own, such as "Back to the plan" or "Record consent". */
export function ParagraphLink({
  to,
  children,
  className,
}: {
  readonly to: string;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  return (
    <p className={`govuk-body${className ? ` ${className}` : ''}`}>
      <Link className="govuk-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
