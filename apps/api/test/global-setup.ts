import './workspace-paths';
import { randomBytes } from 'node:crypto';
import { ensureTemplate, TEMPLATE_ENV } from './template-database';

// Once per run of the integration tests: this run's template databases, migrated and seeded, which
// every portal's database is copied from (template-database.ts). The test files' processes are
// started afterwards and inherit the name.
export default async function globalSetup(): Promise<void> {
  const base = `eh_template_${randomBytes(5).toString('hex')}`;
  process.env[TEMPLATE_ENV] = base;
  await ensureTemplate('seeded', base);
}
