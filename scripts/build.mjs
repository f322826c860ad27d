// Compiles the server (apps/api, apps/worker, libs/*) with SWC into dist/, and the web app with Vite.
// SWC keeps decorator metadata, which NestJS, TypeORM and @nestjs/graphql rely on.
import { transformFile } from '@swc/core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const serverOnly = args.has('--server');
const webOnly = args.has('--web');
const webIfMissing = args.has('--web-if-missing');

const sourceRoots = [
  'apps/api/src',
  'apps/worker/src',
  'libs/domain/src',
  'libs/core/src',
  'libs/platform/src',
];
const aliases = {
  '@app/domain': 'libs/domain/src/index.js',
  '@app/platform': 'libs/platform/src/index.js',
  '@app/core': 'libs/core/src/index.js',
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.(int-)?spec\.ts$/.test(name)) yield full;
  }
}

function rewriteAliases(code, outFile) {
  return code.replace(
    /(from\s+|import\s*\(\s*)(['"])(@app\/(?:domain|platform|core))\2/g,
    (_, pre, q, spec) => {
      let rel = path.relative(path.dirname(outFile), path.join(root, 'dist', aliases[spec]));
      if (!rel.startsWith('.')) rel = './' + rel;
      return `${pre}${q}${rel}${q}`;
    },
  );
}

async function buildServer() {
  const started = Date.now();
  let count = 0;
  const jobs = [];
  for (const srcRoot of sourceRoots) {
    const abs = path.join(root, srcRoot);
    if (!existsSync(abs)) continue;
    for (const file of walk(abs)) {
      const outFile = path.join(root, 'dist', path.relative(root, file)).replace(/\.ts$/, '.js');
      jobs.push(
        transformFile(file, {
          sourceMaps: 'inline',
          module: { type: 'es6' },
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            keepClassNames: true,
          },
        }).then((out) => {
          mkdirSync(path.dirname(outFile), { recursive: true });
          writeFileSync(outFile, rewriteAliases(out.code, outFile));
          count++;
        }),
      );
    }
  }
  await Promise.all(jobs);
  writeFileSync(path.join(root, 'dist', 'package.json'), '{ "type": "module" }\n');
  if (!quiet) console.log(`server: compiled ${count} files in ${Date.now() - started} ms`);
}

function buildWeb() {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      quiet ? 'error' : 'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('web build failed');
}

if (!webOnly) await buildServer();
if (webOnly || (!serverOnly && !webIfMissing)) buildWeb();
else if (webIfMissing && !existsSync(path.join(root, 'dist/web/index.html'))) {
  console.log('web: building the web app (first start only)…');
  buildWeb();
}
