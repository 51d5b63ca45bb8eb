// Integration tests: the real API against real PostgreSQL and Redis, each file in its own database.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 30000,
};
