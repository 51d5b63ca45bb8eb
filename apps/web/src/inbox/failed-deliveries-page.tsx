import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import { QueryView } from '../components/query-view';
import { Table } from '../components/table';
import { formatDateTime } from '../format/dates';
import { useQuery } from '../hooks/use-query';

const FAILED = graphql(`
  query FailedJobs {
    failedNotificationJobs {
      id
      name
      failedReason
      attemptsMade
      failedAt
    }
  }
`);
const RETRY = graphql(`
  mutation Retry($id: ID!) {
    retryNotificationJob(id: $id)
  }
`);

// For the FPT manager: notifications that still failed after their retries, to send again.
export function FailedDeliveriesPage() {
  const failed = useQuery(FAILED, {});
  const retry = async (id: string) => {
    await request(RETRY, { id });
    failed.reload();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Failed deliveries</h1>
        <QueryView result={failed}>
          {({ failedNotificationJobs }) =>
            failedNotificationJobs.length === 0 ? (
              <p className="govuk-body">Nothing has failed.</p>
            ) : (
              <Table
                caption="Notifications that failed after their retries"
                rows={failedNotificationJobs}
                rowKey={(j) => j.id}
                columns={[
                  { header: 'Job', cell: (j) => j.name },
                  { header: 'Why', cell: (j) => j.failedReason },
                  { header: 'Attempts', cell: (j) => String(j.attemptsMade) },
                  { header: 'Failed', cell: (j) => (j.failedAt ? formatDateTime(j.failedAt) : '') },
                  {
                    header: 'Send again',
                    cell: (j) => (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        onClick={() => void retry(j.id)}
                      >
                        Send again<span className="govuk-visually-hidden"> job {j.id}</span>
                      </button>
                    ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      </div>
    </div>
  );
}
