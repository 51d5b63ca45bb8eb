import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dropDatabase, migrate } from '../src/database/migrate';

// The Kysely types every repository is checked against (apps/api/src/database/schema.ts) must be
// exactly what the migrations build: `npm run db:types` rewrites them after a schema change.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { codegen } = require(join(__dirname, '..', '..', '..', 'scripts', 'db-types.cjs')) as {
  codegen: (url: string, verify: boolean) => void;
};

describe('the typed schema', () => {
  const url = `postgres://postgres@127.0.0.1:5432/eh_types_${randomBytes(4).toString('hex')}`;
  beforeAll(() => migrate(url), 60000);
  afterAll(() => dropDatabase(url));

  it('matches the migrated database, table by table and column by column', () => {
    expect(() => codegen(url, true)).not.toThrow();
  });
});
