import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The API's one data path (docs/decisions.md, "The data path"): services hold rules, and only
// repositories (`*.repository.ts`, typed Kysely queries against the generated schema.ts) and the
// database plumbing below talk SQL. Code written before the typed layer still carries raw
// TypeORM queries; each such file is listed with its count, which may only go down. A new raw
// query anywhere else fails this test.
const SRC = join(__dirname, '..');
const RAW = /\.query(<[^>]*>)?\(|getRepository\(|createQueryBuilder\(/g;

const PLUMBING = new Set(['database/db.ts', 'database/request-transaction.ts', 'database/migrate.ts', 'database/roles.ts', 'database/seed.ts', 'database/changed-rows.ts']);

// Still to move into their aggregates' repositories (issue 11).
const STILL_RAW: Record<string, number> = {
  'cases/case-access.service.ts': 3,
  'cases/cases.service.ts': 4,
  'impact/impact-refresh.ts': 2,
  'impact/impact.service.ts': 11,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the data path', () => {
  const counts = new Map(
    sourceFiles(SRC)
      .map((path) => [relative(SRC, path), (readFileSync(path, 'utf8').match(RAW) ?? []).length] as const)
      .filter(([file, n]) => n > 0 && !PLUMBING.has(file) && !file.endsWith('.repository.ts')),
  );

  it('keeps raw SQL out of every file but the repositories and the plumbing, apart from those still to convert', () => {
    const unexpected = [...counts.keys()].filter((file) => !(file in STILL_RAW));
    expect(unexpected).toEqual([]);
  });

  it('lets the raw SQL still to convert only shrink', () => {
    const grown = [...counts].filter(([file, n]) => n > (STILL_RAW[file] ?? 0)).map(([file, n]) => `${file}: ${n} > ${STILL_RAW[file]}`);
    expect(grown).toEqual([]);
  });

  it('finds the raw queries it counts (the pattern still matches the code), and lists no file left without any', () => {
    const gone = Object.keys(STILL_RAW).filter((file) => !counts.has(file));
    expect(gone).toEqual([]);
  });
});
