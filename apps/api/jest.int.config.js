// Integration tests: the real API against real PostgreSQL and Redis, each portal in its own database,
// copied from templates migrated and seeded once per run (test/template-database.ts).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
