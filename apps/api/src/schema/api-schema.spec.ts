import { existsSync, readFileSync } from 'node:fs';
import { Query, Resolver } from '@nestjs/graphql';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema, printApiSchema, SCHEMA_FILE, schemaDrift } from './api-schema';

// The committed schema is the contract the web client is generated from: CI fails when it is stale.
describe('apps/api/schema.gql', () => {
  it('is the schema the API generates (run npm run schema when this fails)', async () => {
    const generated = printApiSchema(await buildApiSchema());
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : null;
    const drift = schemaDrift(generated, committed);
    if (drift) throw new Error(drift);
    expect(committed).toBe(generated);
  });

  it('is valid SDL printed in sorted order, so moving a resolver between files does not change it', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const body = committed.slice(committed.indexOf('\n\n') + 2);
    expect(printSchema(lexicographicSortSchema(buildSchema(body))) + '\n').toBe(body);
    expect(body.indexOf('type Agency {')).toBeLessThan(body.indexOf('type Referral {'));
  });
});

// A resolver the committed schema does not know, as a developer adding a query would write it.
@Resolver()
class DriftProbeResolver {
  @Query(() => String, { description: 'Added without running npm run schema.' })
  driftProbe(): string {
    return 'probe';
  }
}

describe('a schema change not followed by the committed schema', () => {
  it('fails the check, naming the change and the command that fixes it', async () => {
    const changed = printApiSchema(await buildApiSchema([DriftProbeResolver]));
    const drift = schemaDrift(changed, readFileSync(SCHEMA_FILE, 'utf8'));
    expect(drift).toMatch(/apps\/api\/schema\.gql differs/);
    expect(drift).toMatch(/^\+ {3}driftProbe: String!$/m);
    expect(drift).toMatch(/run npm run schema/);
  });
});
