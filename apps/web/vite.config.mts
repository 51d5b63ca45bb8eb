import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
// govuk-frontend's compiled CSS asks for its fonts and images at /assets/...; point those URLs at
// the package so Vite fingerprints and bundles them instead of expecting a copied folder.
const govukAssets = resolve(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist/govuk/assets');

// Each graphql(`…`) call becomes, at build time, the text of the document GraphQL Code Generator
// made from it (with the fragments it spreads), compacted as the client sends it. Left as calls, they
// would reach every document through the generator's one map (generated/gql.ts), and the first
// page's chunk would carry the whole client's documents; inlined, each route's chunk carries its own.
// The generated types still check every call (typecheck); `npm run codegen` runs before the build.
function inlineGraphqlDocuments(): Plugin {
  const src = resolve(root, 'src');
  const generated = resolve(src, 'graphql', 'generated');
  const texts = new Map<string, string>();
  return {
    name: 'inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      texts.clear();
      const source = readFileSync(resolve(generated, 'graphql.ts'), 'utf8');
      for (const m of source.matchAll(/export const (\w+)Document = new TypedDocumentString\(`([\s\S]*?)`/g)) texts.set(m[1], m[2]);
    },
    transform(code, id) {
      if (!id.startsWith(src) || id.startsWith(generated) || !code.includes('graphql(`')) return null;
      const inlined = code
        .replace(/import\s*\{\s*graphql\s*\}\s*from\s*'[./]*graphql\/generated';?/, '')
        .replace(/\bgraphql\(`([\s\S]*?)`\)/g, (_, body: string) => {
          const operation = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(body);
          // A fragment has no use at run time: its fields travel inside the operations that spread it.
          if (!operation) return 'undefined';
          const text = texts.get(operation[1]);
          if (text === undefined) throw new Error(`No generated document for ${operation[1]} in ${id}: run npm run codegen`);
          return JSON.stringify(text.replace(/\s+/g, ' ').trim());
        });
      return { code: inlined, map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [inlineGraphqlDocuments()],
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
