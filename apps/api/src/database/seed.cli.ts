import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { seedDemoData } from './seed';

async function main(): Promise<void> {
  const config = loadConfig();
  // Demo data must never land in a live council's database by accident.
  if (config.production && process.env.LOAD_DEMO_DATA !== 'true') {
    console.log('Production: demo data not loaded (set LOAD_DEMO_DATA=true for a demonstration system)');
    return;
  }
  const db = createDataSource(config.migrationDatabaseUrl);
  await db.initialize();
  try {
    // The demonstration system gets work in progress on every screen; DEMO_WORK=false leaves the
    // bare council (the browser journeys start from it).
    const seeded = await seedDemoData(db, new Date(), { work: process.env.DEMO_WORK !== 'false', terms: config.terms });
    console.log(seeded ? 'Loaded the synthetic demo council' : 'Demo data already present; left as it is');
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
