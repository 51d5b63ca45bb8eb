import { formatDateTime } from '../format/dates';
import type { CaseEvent } from '../graphql/operations';

/** What has happened on the case, newest first (the API's order). */
export function Chronology({ events }: { readonly events: readonly CaseEvent[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Chronology</h2>
      {events.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded yet.</p>
      ) : (
        <ol className="app-chronology">
          {events.map((event) => (
            <li className="app-chronology__event" key={event.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{event.summary}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {event.actorName}, <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
