import { useCallback, useEffect, useState } from 'react';
import { ApiError, GENERIC_MESSAGE, request, type Document, type Variables } from '../graphql/client';

export interface QueryResult<TData> {
  /** The latest data for these variables; kept while a reload is in flight so the page does not flash. */
  readonly data: TData | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
  /** Replace the data, e.g. with what a mutation returned. */
  readonly setData: (data: TData) => void;
}

interface Settled<TData> {
  readonly key: string;
  readonly variablesKey: string;
  readonly data?: TData;
  readonly error?: ApiError;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
}

/** Runs a query when its variables change (unless `skip`), with loading and error state. */
export function useQuery<TData, TVariables extends Variables>(
  document: Document<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryResult<TData> {
  const variablesKey = JSON.stringify(variables);
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${variablesKey}`;
  const [settled, setSettled] = useState<Settled<TData>>({ key: '', variablesKey: '' });
  const skip = options.skip === true;

  useEffect(() => {
    if (skip) return;
    let current = true;
    request(document, JSON.parse(variablesKey) as TVariables).then(
      (data) => current && setSettled({ key, variablesKey, data }),
      (error: unknown) =>
        current &&
        setSettled((previous) => ({
          key,
          variablesKey,
          data: previous.variablesKey === variablesKey ? previous.data : undefined,
          error: asApiError(error),
        })),
    );
    return () => {
      current = false;
    };
  }, [document, variablesKey, key, skip]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: TData) => setSettled((previous) => ({ ...previous, data, error: undefined })), []);
  const fresh = settled.key === key;
  return {
    data: skip || settled.variablesKey !== variablesKey ? undefined : settled.data,
    error: skip || !fresh ? undefined : settled.error,
    loading: !skip && !fresh,
    reload,
    setData,
  };
}
