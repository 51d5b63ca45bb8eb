// Resolves the workspace's @eh/* imports inside the compiled API (dist/api), the same mapping
// tsconfig.base.json gives the compiler.
const path = require('node:path');
const { register } = require('tsconfig-paths');

register({
  baseUrl: path.join(__dirname, '..', 'dist', 'api'),
  paths: {
    '@eh/domain': ['libs/domain/src/index.js'],
    '@eh/notifications': ['libs/notifications/src/index.js'],
  },
});
