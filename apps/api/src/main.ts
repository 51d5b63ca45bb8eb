import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from './config/app-config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config });
  await app.listen(config.port, config.host);
  new Logger('Portal').log(`Early Help portal listening on http://${config.host}:${config.port}`);
}

main().catch((error: unknown) => {
  new Logger('Portal').error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
