import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The API's one data path (docs/decisions.md, "The data path"): services hold rules, and only
// repositories (`*.repository.ts`, typed Kysely queries against the generated schema.ts) and the
// database plumbing below talk SQL. A raw query (`.query(`, a TypeORM repository or query
// builder) anywhere else fails this test.
const SRC = join(__dirname, '..');
const RAW = /\.query(<[^>]*>)?\(|getRepository\(|createQueryBuilder\(/g;

const PLUMBING = new Set(['database/request-transaction.ts', 'database/migrate.ts', 'database/roles.ts']);

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

  it('recognises raw SQL where it is allowed (so the ban above cannot pass because the pattern stopped matching)', () => {
    const plumbing = rawCounts.filter(([file, n]) => PLUMBING.has(file) && n > 0).map(([file]) => file);
    expect(plumbing).toEqual(expect.arrayContaining(['database/request-transaction.ts', 'database/migrate.ts', 'database/roles.ts']));
  });
});
