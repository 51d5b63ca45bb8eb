// Writes apps/api/src/database/schema.ts, the Kysely types of every table and view, from a database
// migrated for the purpose (and dropped after): `npm run db:types`. With `--verify` it only checks
// that the committed file matches the migrations (the integration suite does this too).
//   node -r ./scripts/runtime-paths.cjs scripts/db-types.cjs [--verify] [--url postgres://…/migrated_db]
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'apps', 'api', 'src', 'database', 'schema.ts');

function codegen(url, verify) {
  const args = [
    '--dialect',
    'postgres',
    '--url',
    url,
    '--out-file',
    OUT,
    // DATE columns are calendar dates ('YYYY-MM-DD'), as data-source.ts parses them.
    '--date-parser',
    'string',
    '--exclude-pattern',
    'migrations',
    '--log-level',
    'error',
    ...(verify ? ['--verify'] : []),
  ];
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'kysely-codegen'), args, { stdio: 'inherit' });
}

module.exports = { codegen, SCHEMA_FILE: OUT };

if (require.main === module) {
  const verify = process.argv.includes('--verify');
  const given = process.argv.indexOf('--url');
  if (given > 0) {
    codegen(process.argv[given + 1], verify);
  } else {
    const { migrate, dropDatabase } = require(path.join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'database', 'migrate.js'));
    const base = process.env.MIGRATION_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    const url = new URL(base);
    url.pathname = `/eh_types_${randomBytes(4).toString('hex')}`;
    migrate(url.toString())
      .then(() => codegen(url.toString(), verify))
      .finally(() => dropDatabase(url.toString()))
      .catch((error) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      });
  }
}
