import { EntityManager } from 'typeorm';

// How many rows an INSERT, UPDATE or DELETE touched. TypeORM's postgres driver answers an UPDATE
// or DELETE with [rows, count] and an INSERT ... RETURNING with the rows alone.
export async function changedRows(em: EntityManager, sql: string, params: readonly unknown[]): Promise<number> {
  const result: unknown = await em.query(sql, [...params]);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[1];
  }
  return Array.isArray(result) ? result.length : 0;
}
