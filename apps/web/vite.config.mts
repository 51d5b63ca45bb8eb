import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
// govuk-frontend's compiled CSS asks for its fonts and images at /assets/...; point those URLs at
// the package so Vite fingerprints and bundles them instead of expecting a copied folder.
const govukAssets = resolve(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist/govuk/assets');

export default defineConfig({
  root,
  // No React plugin: Vite's built-in Oxc transform compiles JSX for the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  resolve: {
    alias: [
      { find: /^\/assets\/(fonts|images)\//, replacement: `${govukAssets}/$1/` },
      // The practice model, shared with the API (pure TypeScript; only what the client uses is bundled).
      { find: /^@eh\/domain$/, replacement: resolve(root, '../../libs/domain/src/index.ts') },
    ],
  },
  // govuk-frontend's compiled CSS is already minified and carries old IE `@media ... \0` hacks that
  // Lightning CSS's minifier rejects; the few lines of our own CSS are not worth minifying around them.
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    cssMinify: false,
    // scripts/route-sizes.cjs reads it to print what each route loads.
    manifest: true,
    rolldownOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server components; meaningless in a browser bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/events': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/events': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
