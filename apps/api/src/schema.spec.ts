import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSchemaText } from './schema.js';

describe('schema.gql', () => {
  it('is committed exactly as the resolvers generate it (run `npm run schema` after an API change)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../schema.gql', import.meta.url)), 'utf8');
    expect(await buildSchemaText()).toBe(committed);
  });

  it('keeps the contract names of API.md', async () => {
    const schema = await buildSchemaText();
    for (const name of [
      'login(',
      'createAccount(',
      'me:',
      'regions(',
      'catalog:',
      'createOrganization(',
      'organizations(',
      'notifications(',
      'markNotificationsRead(',
    ]) {
      expect(schema).toContain(name);
    }
    expect(schema).toMatch(/enum Role \{[^}]*ADMIN[^}]*EXPERT[^}]*LOCAL[^}]*PROVINCE[^}]*UNIT/s);
    expect(schema).toMatch(/enum KeyAssistance \{\s*"""[^"]+"""\s*NATIONAL/s);
  });
});
