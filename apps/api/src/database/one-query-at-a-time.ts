import type { PoolClient } from 'pg';

type Query = (...args: unknown[]) => unknown;

// A request's one connection is shared by everything the request runs, and GraphQL resolves
// sibling fields side by side. pg still queues a query sent while another runs, but warns that
// this is deprecated (pg 9 drops it). Until the request's connection goes back to the pool, its
// queries are put in line here instead: the same order and the same throughput (a connection
// runs one statement at a time anyway), without relying on the deprecated queue. Returns the
// function that puts the connection back as it was.
export function oneQueryAtATime(client: PoolClient): () => void {
  const query = client.query as unknown as Query;
  let tail: Promise<unknown> = Promise.resolve();
  const inLine: Query = (...args) => {
    const first = args[0] as { submit?: unknown } | undefined;
    // Callback and submittable (cursor) forms are left as pg has them.
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function') return query.apply(client, args);
    const run = tail.then(() => query.apply(client, args));
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  client.query = inLine as unknown as PoolClient['query'];
  return () => {
    client.query = query as unknown as PoolClient['query'];
  };
}
