// Command-line tasks: `npm run cli -- <command>`.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchemaText } from './schema.js';
import { repoRoot } from './paths.js';

const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'print-schema': {
      const file = args[0] ?? path.join(repoRoot(), 'schema.gql');
      writeFileSync(file, await buildSchemaText());
      console.log(`Wrote ${file}`);
      return 0;
    }
    default:
      console.error(`Unknown command "${command ?? ''}". Commands: print-schema [file]`);
      return 2;
  }
}

process.exitCode = await main();
