// `npm run codegen` (and the start of `npm run build:web`): generates the web client's GraphQL types
// and typed documents (apps/web/src/graphql/generated) from apps/api/schema.gql and the graphql()
// documents in apps/web/src, validating every document against the schema. With --check, or in CI
// (CI=true), it writes nothing and exits 1 when the committed files are not what it generates.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadContext } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.join(root, 'apps/web/src/graphql/generated');
const check = process.argv.includes('--check') || process.env.CI === 'true';

process.chdir(root);
const context = await loadContext(path.join(root, 'apps/web/codegen.ts'));
context.updateConfig({ silent: true });
const outputs = await generate(context, false);
const wanted = new Map(outputs.map((o) => [path.resolve(root, o.filename), o.content]));
const stale = [...wanted].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content).map(([file]) => file);
const extra = existsSync(folder)
  ? readdirSync(folder)
      .map((f) => path.join(folder, f))
      .filter((f) => !wanted.has(f))
  : [];

if (check) {
  if (stale.length + extra.length > 0) {
    const names = [...stale, ...extra].map((f) => path.relative(root, f)).join(', ');
    console.error(`The web client's generated GraphQL code is out of date (${names}): run npm run codegen and commit it.`);
    process.exit(1);
  }
} else {
  mkdirSync(folder, { recursive: true });
  for (const file of stale) writeFileSync(file, wanted.get(file));
  for (const file of extra) console.warn(`Not generated any more, delete it: ${path.relative(root, file)}`);
}
