import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { describeReport, parseAnchor, verifyAuditChain } from './verify-chain';

// `npm run audit:verify [-- block:hash]`: exit 0 when the trail holds, 2 when it is broken.
async function main(): Promise<void> {
  const anchor = parseAnchor(process.argv[2]);
  const db = createDataSource(loadConfig().migrationDatabaseUrl);
  await db.initialize();
  try {
    const { ok, text } = describeReport(await verifyAuditChain(db, anchor), anchor);
    if (ok) console.log(text);
    else {
      console.error(text);
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
