import type { FormController } from '../components/form';

/** A section of the case page that changes the case: it reports problems in the page's one form and says what changed. */
export interface CaseSectionProps {
  readonly caseId: string;
  readonly form: FormController;
  readonly onChanged: (message: string) => void;
}
