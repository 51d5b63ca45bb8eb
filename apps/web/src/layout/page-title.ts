import { useEffect } from 'react';
import { useTerms } from '../session/session';

/** GOV.UK titles: "Error: " first when the page shows errors, the service name last. */
export function usePageTitle(title: string, hasErrors = false): void {
  const { serviceName } = useTerms();
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${serviceName}`;
  }, [title, hasErrors, serviceName]);
}
