// The job worker for deployments that run it apart from the api (docker-compose: INLINE_WORKERS=false on the api).
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isConnectionLoss, loadConfigOrExit } from '@app/platform';
import { CoreModule, JobRunner, NotificationService, SearchIndexService, openRuntime, type CoreRuntime, type Runtime } from '@app/core';

@Module({})
class WorkerModule {
  static forRoot(runtime: CoreRuntime): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.forRoot(runtime)] };
  }
}

const config = loadConfigOrExit();

let runtime: Runtime | null = null;
let stopping = false;
let sweeper: NodeJS.Timeout | null = null;
let context: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | null = null;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (sweeper) clearInterval(sweeper);
  await context?.close().catch(() => {});
  await runtime?.close().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', (err) => {
  if (isConnectionLoss(err)) return;
  console.error('Unexpected error:', err);
  void shutdown(1);
});

try {
  runtime = await openRuntime(config, { log: (l) => console.log(`[worker] ${l}`) });
  context = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime));
  context.get(JobRunner).start(8);
  const notifications = context.get(NotificationService);
  const searchIndex = context.get(SearchIndexService);
  sweeper = setInterval(() => {
    void notifications.requeueUndelivered().catch(() => {});
    void searchIndex.requestSyncIfPending().catch(() => {});
  }, 30_000);
  console.log(`[worker] processing jobs on the ${runtime.queue.backend} backend`);
} catch (err) {
  console.error(`Worker start-up failed: ${(err as Error)?.message ?? err}`);
  await shutdown(1);
}
