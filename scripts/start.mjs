// `npm start`: compile the server (about a second), build the web app on first start, then run the api.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(
  process.execPath,
  [path.join(root, 'scripts/build.mjs'), '--web-if-missing', '--quiet'],
  { stdio: 'inherit', cwd: root },
);
if (build.status !== 0) process.exit(build.status ?? 1);
await import(path.join(root, 'dist/apps/api/src/main.js'));
