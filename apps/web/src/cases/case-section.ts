import type { FormController } from '../components/form';

/** What a section of the case page that records something takes: the case, the page's form, and what to say when done. */
export interface CaseSectionProps {
  readonly caseId: string;
  readonly form: FormController;
  readonly onRecorded: (message: string) => void;
}
