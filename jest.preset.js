// Shared Jest settings: ts-jest transpiles each file on its own (type checking is `npm run typecheck`).
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  moduleNameMapper: {
    '^@eh/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@eh/notifications$': path.join(__dirname, 'libs/notifications/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
