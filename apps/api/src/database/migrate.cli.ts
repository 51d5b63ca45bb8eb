import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { migrate } from './migrate';

migrate(loadConfig().databaseUrl)
  .then((applied) => {
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  })
  .catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
