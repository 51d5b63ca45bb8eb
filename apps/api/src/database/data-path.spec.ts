import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The API's one data path (docs/decisions.md, "The data path"): services hold rules, and only
// repositories (`*.repository.ts`, typed Kysely queries against the generated schema.ts) and the
// database plumbing below talk SQL. A raw query (`.query(`, a TypeORM repository or query
// builder) anywhere else fails this test.
const SRC = join(__dirname, '..');
const RAW = /\.query(<[^>]*>)?\(|getRepository\(|createQueryBuilder\(/g;

const PLUMBING = new Set(['database/request-transaction.ts', 'database/migrate.ts', 'database/roles.ts']);

// A hand-written SQL fragment inside a typed query (Kysely's sql`…`): the repositories' own, and
// the typed client's two helpers for every repository (a calendar day, a jsonb value).
const FRAGMENT = /\bsql(<[^`]*>)?`/g;
const FRAGMENT_PLUMBING = new Set(['database/kysely.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the data path', () => {
  const rawCounts = sourceFiles(SRC).map((path) => [relative(SRC, path), (readFileSync(path, 'utf8').match(RAW) ?? []).length] as const);

  it('keeps raw SQL out of every file but the repositories and the database plumbing', () => {
    const offenders = rawCounts
      .filter(([file, n]) => n > 0 && !PLUMBING.has(file) && !file.endsWith('.repository.ts'))
      .map(([file, n]) => `${file}: ${n}`);
    expect(offenders).toEqual([]);
  });

  it('keeps hand-written SQL fragments in the repositories too (the seed takes their named expressions)', () => {
    const offenders = sourceFiles(SRC)
      .map((path) => [relative(SRC, path), (readFileSync(path, 'utf8').match(FRAGMENT) ?? []).length] as const)
      .filter(([file, n]) => n > 0 && !FRAGMENT_PLUMBING.has(file) && !file.endsWith('.repository.ts'))
      .map(([file, n]) => `${file}: ${n}`);
    expect(offenders).toEqual([]);
    expect(readFileSync(join(SRC, 'cases/case.repository.ts'), 'utf8')).toMatch(FRAGMENT);
  });

  it('recognises raw SQL where it is allowed (so the ban above cannot pass because the pattern stopped matching)', () => {
    const plumbing = rawCounts.filter(([file, n]) => PLUMBING.has(file) && n > 0).map(([file]) => file);
    expect(plumbing).toEqual(expect.arrayContaining(['database/request-transaction.ts', 'database/migrate.ts', 'database/roles.ts']));
  });
});
