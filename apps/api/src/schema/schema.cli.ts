// `npm run schema` (and `npm run build:api`): writes apps/api/schema.gql from the API's resolvers.
// With --check, or in CI (CI=true), it writes nothing and exits 1 when the committed file is out of
// date: a build in CI must not quietly bring the contract up to date and so hide the change.
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildApiSchema, printApiSchema, SCHEMA_FILE, schemaDrift } from './api-schema';

async function main(): Promise<void> {
  const generated = printApiSchema(await buildApiSchema());
  if (process.argv.includes('--check') || process.env.CI === 'true') {
    const drift = schemaDrift(generated, existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : null);
    if (drift) {
      console.error(drift);
      process.exit(1);
    }
    return;
  }
  writeFileSync(SCHEMA_FILE, generated);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
