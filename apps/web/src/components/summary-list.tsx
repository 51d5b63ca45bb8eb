import type { ReactNode } from 'react';

export interface SummaryRow {
  readonly key: string;
  readonly value: ReactNode;
}

/** A GOV.UK summary list; rows whose value is null or undefined are left out. */
export function SummaryList({ rows }: { readonly rows: readonly (SummaryRow | false)[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) =>
        row && row.value !== null && row.value !== undefined ? (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
