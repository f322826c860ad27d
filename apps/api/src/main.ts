import 'reflect-metadata';
import path from 'node:path';
import { ROLE_LABELS } from '@app/domain';
import { isConnectionLoss, loadConfigOrExit } from '@app/platform';
import {
  AppOutbox,
  JobRunner,
  PhotoStorageService,
  StartupService,
  openRuntime,
  type Runtime,
} from '@app/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApiApp } from './create-api-app.js';
import { repoRoot } from './paths.js';

function log(line: string): void {
  console.log(`[expert-service] ${line}`);
}

const config = loadConfigOrExit();

let runtime: Runtime | null = null;
let app: NestExpressApplication | null = null;
let sweeper: NodeJS.Timeout | null = null;
let photoSweeper: NodeJS.Timeout | null = null;
let stopping: Promise<void> | null = null;

function shutdown(code: number): Promise<void> {
  stopping ??= (async () => {
    if (sweeper) clearInterval(sweeper);
    if (photoSweeper) clearInterval(photoSweeper);
    await app?.close().catch(() => {});
    await runtime?.close().catch(() => {});
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
// A lost database connection (server restarting, Ctrl-C reaching PostgreSQL first) must not crash the
// process mid-shutdown or mid-request; anything else is a bug: stop cleanly so nothing is left running.
process.on('uncaughtException', (err) => {
  if (isConnectionLoss(err)) {
    if (!stopping) log(`database connection lost: ${err.message}`);
    return;
  }
  console.error('Unexpected error:', err);
  void shutdown(1);
});

try {
  const root = repoRoot();
  runtime = await openRuntime(config, { log });
  // The committed schema.gql is written by `npm run schema`, never by a running server.
  app = await createApiApp(runtime, { webDir: path.join(root, 'dist', 'web') });
  await app.init();
  const report = await app.get(StartupService).prepare(config);
  // Photo files a crash left half-uploaded, or that no row names: at start, then every hour.
  const photos = app.get(PhotoStorageService);
  const sweepPhotos = () =>
    void photos.sweep().catch((err: Error) => log(`photo sweep failed: ${err.message}`));
  sweepPhotos();
  photoSweeper = setInterval(sweepPhotos, 3_600_000);
  if (config.inlineWorkers) {
    app.get(JobRunner).start();
    // Side effects the relay could not hand to the queue, and jobs the queue lost or gave up on, are re-delivered.
    const outbox = app.get(AppOutbox);
    const sweep = () => void outbox.sweep().catch((err: Error) => log(`outbox sweep failed: ${err.message}`));
    sweep();
    sweeper = setInterval(sweep, 30_000);
  }
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  log(`Ready: ${url}  (GraphQL: ${url}/graphql)`);
  log(
    `Database: ${runtime.embedded ? 'embedded PostgreSQL in ' + config.dataDir : 'DATABASE_URL'}; jobs: ${runtime.queue.backend}${config.inlineWorkers ? ' (processed in this process)' : ''}`,
  );
  if (report.generatedAdminPassword) {
    log(
      `First start: account "admin" was created with the password ${report.generatedAdminPassword} (shown once; change it after signing in)`,
    );
  }
  if (config.demoData) {
    log(`Demo accounts (password "${config.demoPassword}"):`);
    const rows = [
      { username: 'admin', role: 'ADMIN' as const, displayName: '系统管理员' },
      ...report.demoAccounts,
    ];
    for (const a of rows) log(`  ${a.username.padEnd(10)} ${ROLE_LABELS[a.role]} · ${a.displayName}`);
  }
} catch (err) {
  console.error(`Start-up failed: ${(err as Error)?.message ?? err}`);
  await shutdown(1);
}
