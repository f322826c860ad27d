// The job worker for deployments that run it apart from the api (docker-compose: INLINE_WORKERS=false on the api).
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isConnectionLoss, loadConfigOrExit } from '@app/platform';
import { AppOutbox, CoreModule, JobRunner, openRuntime, type CoreRuntime, type Runtime } from '@app/core';

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
  // Side effects the relay could not hand to the queue, and jobs the queue lost or gave up on, are re-delivered.
  const outbox = context.get(AppOutbox);
  const sweep = () =>
    void outbox.sweep().catch((err: Error) => console.warn(`[worker] outbox sweep failed: ${err.message}`));
  sweep();
  sweeper = setInterval(sweep, 30_000);
  console.log(`[worker] processing jobs on the ${runtime.queue.backend} backend`);
} catch (err) {
  console.error(`Worker start-up failed: ${(err as Error)?.message ?? err}`);
  await shutdown(1);
}
