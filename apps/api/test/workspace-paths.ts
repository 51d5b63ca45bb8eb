import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's moduleNameMapper does not reach globalSetup and globalTeardown, which run in Jest's own
// process: the workspace's @eh/* imports are resolved here instead, as jest.preset.js maps them.
const ROOT = join(__dirname, '..', '..', '..');
register({
  baseUrl: ROOT,
  paths: {
    '@eh/domain': ['libs/domain/src/index.ts'],
    '@eh/notifications': ['libs/notifications/src/index.ts'],
  },
});
