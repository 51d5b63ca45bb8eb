/// <reference types="node" />
// The web client's contract with the API: the generated code is what apps/api/schema.gql and the
// graphql() documents produce, and a schema change the documents do not follow fails generation
// (so `npm run build:web` and CI fail; docs/decisions.md, "One contract from the schema to the browser").
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { generate, loadContext } from '@graphql-codegen/cli';

const ROOT = path.resolve(__dirname, '../../../..');
const SCHEMA = readFileSync(path.join(ROOT, 'apps/api/schema.gql'), 'utf8');

async function generated(schema?: string): Promise<Map<string, string>> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const context = await loadContext(path.join(ROOT, 'apps/web/codegen.ts'));
    context.updateConfig({ silent: true, ...(schema === undefined ? {} : { schema }) });
    const outputs = await generate(context, false);
    return new Map(outputs.map((o: { filename: string; content: string }) => [path.resolve(ROOT, o.filename), o.content]));
  } finally {
    process.chdir(cwd);
  }
}

describe('the web client’s generated GraphQL code', () => {
  it('is what the committed schema and the documents generate (run npm run codegen when this fails)', async () => {
    const files = await generated();
    expect([...files.keys()].map((f) => path.relative(ROOT, f)).sort()).toEqual([
      'apps/web/src/graphql/generated/gql.ts',
      'apps/web/src/graphql/generated/graphql.ts',
      'apps/web/src/graphql/generated/index.ts',
    ]);
    const stale = [...files].filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
    expect(stale.map(([file]) => `${path.relative(ROOT, file)} is out of date: run npm run codegen`)).toEqual([]);
  }, 60_000);

  it('fails to generate when the schema drops a field a document asks for, naming the field', async () => {
    // CaseSummary.familyName is on the caseload; an API change that removes it must not reach the browser.
    const changed = SCHEMA.replace(/^type CaseSummary \{[\s\S]*?^\}/m, (type) => type.replace(/^ {2}familyName: String!\n/m, ''));
    expect(changed).not.toBe(SCHEMA);
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(generated(changed).finally(() => quiet.mockRestore())).rejects.toThrow(
      /Cannot query field "familyName" on type "CaseSummary"/,
    );
  }, 60_000);

  it('fails to generate when the schema renames an enum value a document sends', async () => {
    const changed = SCHEMA.replace(/^enum ReferralStatus \{\n {2}AWAITING_TRIAGE\n/m, 'enum ReferralStatus {\n  WAITING\n');
    expect(changed).not.toBe(SCHEMA);
    const files = await generated(changed);
    const types = files.get(path.join(ROOT, 'apps/web/src/graphql/generated/graphql.ts')) ?? '';
    // The generated union changes, so every screen comparing with 'AWAITING_TRIAGE' stops type-checking.
    expect(types).toMatch(/export type ReferralStatus =\s*\| 'DECIDED'\s*\| 'WAITING';/);
    expect(types).not.toBe(readFileSync(path.join(ROOT, 'apps/web/src/graphql/generated/graphql.ts'), 'utf8'));
  }, 60_000);
});
