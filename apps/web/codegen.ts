// GraphQL Code Generator: the web client's types and typed documents, generated from the API's
// committed schema (apps/api/schema.gql) and the graphql() documents in apps/web/src. Generation
// validates every document against the schema, so a document the API cannot answer fails the build.
// `npm run codegen` writes apps/web/src/graphql/generated (committed); `npm run build:web` runs it
// first (in CI it checks the committed files instead: scripts/codegen.mjs).
// Decisions (docs/decisions.md, "One contract from the schema to the browser"):
// - documentMode 'string': documents are strings typed with their result and variables, sent as
//   they are by graphql/client.ts; no GraphQL parser or printer in the browser bundle.
// - enumsAsTypes: enums are string unions, as the API sends them; the screens compare and key
//   label lists by the literal values, and nothing is emitted at run time.
// - no fragment masking: fragments share field lists between documents; the screens read the
//   data they are given directly.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**', '!apps/web/src/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // A nullable field the document selects is always in the answer: `T | null`, not optional.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        strictScalars: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
