// GraphQL Code Generator: typed operations for the web app from the committed schema.gql.
// Run from the repo root: `npm run codegen:web`. The output in src/gql/ is committed; a unit test
// (test/web/codegen.spec.ts) fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const schema = at('../../schema.gql');
export const documents = [at('./src/graphql/**/*.graphql')];

/** How src/gql/ is generated (shared with the staleness test, which generates into a temporary folder). */
export const outputOptions = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    // Plain string unions, as the shared domain types are (Role, DemandStatus …).
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: false,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: {
      Date: { input: 'string', output: 'string' },
      DateTime: { input: 'string', output: 'string' },
      JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
    },
  },
};

/**
 * What is written for each generated file: in the repository's Prettier style (so `npm run format` leaves it
 * alone), and without the client preset's leading eslint-disable comment where no rule needs it (ESLint
 * reports an unused one).
 */
export async function tidy(fileName: string, content: string): Promise<string> {
  const kept = /[\\/]gql\.ts$/.test(fileName)
    ? content
    : content.replace(/^\/\* eslint-disable \*\/\r?\n/, '');
  const options = (await prettier.resolveConfig(fileName)) ?? {};
  return prettier.format(kept, { ...options, filepath: fileName });
}

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  schema,
  documents,
  generates: { [at('./src/gql/')]: outputOptions },
  hooks: { beforeOneFileWrite: [tidy] },
};

export default config;
