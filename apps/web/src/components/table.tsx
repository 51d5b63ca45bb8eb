import type { ReactNode } from 'react';

export interface Column<TRow> {
  readonly header: string;
  readonly cell: (row: TRow) => ReactNode;
  readonly numeric?: boolean;
}

interface TableProps<TRow> {
  readonly caption: string;
  readonly captionSize?: 's' | 'm' | 'l';
  readonly columns: readonly Column<TRow>[];
  readonly rows: readonly TRow[];
  readonly rowKey: (row: TRow) => string;
}

/** A GOV.UK table; the first column heads each row. */
export function Table<TRow>({ caption, captionSize = 'm', columns, rows, rowKey }: TableProps<TRow>) {
  const numeric = (column: Column<TRow>) => (column.numeric ? ' govuk-table__header--numeric' : '');
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th scope="col" className={`govuk-table__header${numeric(column)}`} key={column.header}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)}>
            {columns.map((column, index) =>
              index === 0 ? (
                <th scope="row" className="govuk-table__header" key={column.header}>
                  {column.cell(row)}
                </th>
              ) : (
                <td className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`} key={column.header}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
