import { useEffect } from 'react';

export const SERVICE_NAME = 'Early Help Partnership Portal';

/** GOV.UK titles: "Error: " first when the page shows errors, the service name last. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
