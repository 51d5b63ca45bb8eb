import { formatDateTime } from '../format/dates';
import type { QaComment } from './plan-operations';

/** Comments from the latest return, in a blue inset, with the section each is about when `sectionTitle` is given. */
export function QaComments({
  comments,
  sectionTitle,
}: {
  readonly comments: readonly QaComment[];
  readonly sectionTitle?: (key: string | null) => string;
}) {
  if (comments.length === 0) return null;
  return (
    <div className="govuk-inset-text app-qa-comments">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">Comments from quality assurance</p>
      <ul className="govuk-list">
        {comments.map((c) => (
          <li key={c.id}>
            {sectionTitle && <strong>{sectionTitle(c.sectionKey)}: </strong>}
            <span className="app-preserve-lines">{c.comment}</span>
            <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
              {c.madeByName}, {formatDateTime(c.madeAt)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
