// Prints the JavaScript each route of the web client loads, gzipped, after `vite build`: the entry
// chunk and what it imports, plus the route's own lazily loaded page module and what that imports.
// Routes come from apps/web/src/app.tsx (`<Route path="…" element={<Page …`), page modules from its
// `const Page = lazy(() => import('./…')…` lines, chunks from Vite's manifest (build.manifest).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const web = join(__dirname, '..', 'apps', 'web');
const dist = join(web, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const app = readFileSync(join(web, 'src', 'app.tsx'), 'utf8');

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
}

// A chunk's file and every chunk it imports statically (what the browser must load before it runs).
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSize(f), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = closure(entryKey);

// Component name → source module, from the lazy imports (the components imported eagerly are in the entry).
const moduleOf = new Map();
for (const match of app.matchAll(/const (\w+) = lazy\(\s*\(\) => import\('\.\/([^']+)'\)/g)) {
  moduleOf.set(match[1], `src/${match[2]}.tsx`);
}
const routes = [...app.matchAll(/<Route\s+(index|path="([^"]*)")\s+element=\{<(\w+)/g)].map((m) => ({
  path: m[1] === 'index' ? '/' : `/${m[2]}`,
  component: m[3],
}));

const rows = new Map();
for (const { path, component } of routes) {
  const key = moduleOf.get(component);
  const files = new Set(entry);
  if (key) {
    if (!manifest[key]) throw new Error(`${key} (for ${path}) is not in the Vite manifest`);
    closure(key, files);
  }
  const label = key ? key.replace(/^src\//, '').replace(/\.tsx$/, '') : 'entry';
  const row = rows.get(label) ?? { paths: [], bytes: total(files) };
  row.paths.push(path);
  rows.set(label, row);
}

console.log(`\nJavaScript each route loads, gzipped (entry alone: ${kb(total(entry))})\n`);
const width = Math.max(...[...rows.keys()].map((label) => label.length));
for (const [label, row] of [...rows].sort((a, b) => a[1].bytes - b[1].bytes)) {
  const paths = row.paths.length > 3 ? `${row.paths.slice(0, 3).join(' ')} (+${row.paths.length - 3})` : row.paths.join(' ');
  console.log(`  ${kb(row.bytes).padStart(9)}  ${label.padEnd(width)}  ${paths}`);
}
const all = new Set(Object.values(manifest).map((chunk) => chunk.file));
console.log(`\n  every script: ${kb(total(all))} gzipped in ${[...all].filter((f) => f.endsWith('.js')).length} files\n`);
