import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { verifyAuditChain } from './verify-chain';

async function main(): Promise<void> {
  const db = createDataSource(loadConfig().migrationDatabaseUrl);
  await db.initialize();
  try {
    const report = await verifyAuditChain(db);
    if (report.brokenAt === null) {
      console.log(`Audit trail intact: ${report.rows} rows verified`);
    } else {
      console.error(`Audit trail broken at chain position ${report.brokenAt} (after ${report.rows} good rows)`);
      process.exitCode = 2;
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`Verification failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
