import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { migrate } from './migrate';

const config = loadConfig();

migrate(config.migrationDatabaseUrl, { app: config.databaseUrl, worker: config.workerDatabaseUrl })
  .then((applied) => {
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  })
  .catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
