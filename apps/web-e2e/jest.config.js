// Browser journeys: the compiled API (serving the built web client) as its own process, on its
// own database, driven through Chromium.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 90000,
};
