// Every test target in the workspace; `npm test` runs them all (see scripts/test.sh).
module.exports = {
  // testTimeout is global in Jest (a project's own setting is ignored when run from here).
  testTimeout: 30000,
  projects: [
    '<rootDir>/libs/domain',
    '<rootDir>/libs/notifications',
    '<rootDir>/apps/api/jest.config.js',
    '<rootDir>/apps/web/jest.config.js',
    '<rootDir>/apps/api/jest.int.config.js',
    '<rootDir>/apps/web-e2e/jest.config.js',
  ],
};
