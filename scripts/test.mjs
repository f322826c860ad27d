// `npm test`: unit tests, then the database and job suites on a real PostgreSQL (embedded unless
// DATABASE_URL is set), then the browser tests in Debian's Chromium when it is installed.
// REQUIRE_BROWSER=1 (set by CI) turns a missing Chromium into a failure instead of a notice.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const extra = process.argv.slice(2);

// CI asks for machine-readable results next to the usual output.
function reportArgs(name) {
  const dir = process.env.VITEST_JSON_DIR;
  return dir
    ? ['--reporter=default', '--reporter=json', `--outputFile=${path.join(dir, name + '.json')}`]
    : [];
}

function run(label, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error(`\n${label} failed`);
    process.exit(r.status ?? 1);
  }
}

run('build (server and web app)', [path.join(root, 'scripts/build.mjs'), '--quiet']);
run('unit and integration tests', [
  vitest,
  'run',
  '--project',
  'unit',
  '--project',
  'int',
  ...reportArgs('default-unit-int'),
  ...extra,
]);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  run('browser tests', [vitest, 'run', '--project', 'browser', ...reportArgs('default-browser'), ...extra]);
} else if (process.env.REQUIRE_BROWSER === '1') {
  console.error(
    `Browser tests need Chromium at ${chromium} (apt-get install -y chromium fonts-wqy-microhei)`,
  );
  process.exit(1);
} else {
  console.log(
    `\nBrowser tests skipped: no Chromium at ${chromium}. Install it with: apt-get install -y chromium fonts-wqy-microhei`,
  );
}
