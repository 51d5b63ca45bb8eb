import type { ReactNode } from 'react';
import { usePageTitle } from '../layout/page-title';
import { ErrorSummary } from './error-summary';
import { ReloadAfterConflict, type FormController } from './form';
import { SuccessBanner } from './notification-banner';

interface RecordPageProps {
  /** The form acting on the record, whose problems stand at the top of the page. */
  readonly form: FormController;
  readonly reload: () => void;
  readonly success: string | undefined;
  readonly caption: string;
  readonly title: string;
  readonly children: ReactNode;
}

/** The frame of a page about one record: problems and success first, then the heading. */
export function RecordPage({ form, reload, success, caption, title, children }: RecordPageProps) {
  usePageTitle(`${title} – ${caption}`, form.problems.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <ReloadAfterConflict form={form} reload={reload} />
        <SuccessBanner message={success} />
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}
