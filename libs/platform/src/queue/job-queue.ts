// BullMQ behind one small class: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in the
// application's own database. Job names and payloads are a typed map, so every enqueue is checked.
import { Queue, Worker, createPostgresBackend, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';

export type JobMapBase = { [name: string]: object };

export interface JobContext {
  jobId: string;
  attempt: number;
}

export type JobHandlers<M extends JobMapBase> = {
  [N in keyof M]: (payload: M[N], ctx: JobContext) => Promise<void>;
};

export interface JobQueueOptions {
  redisUrl: string | null;
  databaseUrl: string;
  /** Queue name; tests use their own so they never see each other's jobs. */
  queueName?: string;
  /** PostgreSQL schema for the queue tables (PostgreSQL backend only). */
  schema?: string;
}

export interface EnqueueOptions {
  /** Deduplication: a job with an id that is already queued is not added again. */
  jobId?: string;
  delayMs?: number;
  attempts?: number;
}

const DEFAULTS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 5000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export class JobQueue<M extends JobMapBase> {
  readonly backend: 'redis' | 'postgres';
  readonly name: string;
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private readonly redis: Redis[] = [];

  constructor(private readonly options: JobQueueOptions) {
    this.backend = options.redisUrl ? 'redis' : 'postgres';
    this.name = options.queueName ?? 'jobs';
    this.queue =
      this.backend === 'redis'
        ? new Queue(this.name, { connection: this.redisConnection() })
        : this.postgresQueue();
    this.queue.on('error', () => {});
  }

  private redisConnection(): Redis {
    const conn = new Redis(this.options.redisUrl!, { maxRetriesPerRequest: null, lazyConnect: false });
    conn.on('error', () => {});
    this.redis.push(conn);
    return conn;
  }

  private pgConnection() {
    return {
      connectionString: this.options.databaseUrl,
      schema: this.options.schema ?? 'bullmq',
      migrate: true,
      max: 4,
    };
  }

  private postgresQueue(): Queue {
    return new Queue(
      this.name,
      { connection: this.pgConnection() },
      createPostgresBackend,
    ) as unknown as Queue;
  }

  async ready(): Promise<void> {
    await this.queue.waitUntilReady();
  }

  async add<N extends keyof M & string>(name: N, payload: M[N], opts: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue.add(name, payload, {
      ...DEFAULTS,
      ...(opts.jobId ? { jobId: opts.jobId } : {}),
      ...(opts.delayMs ? { delay: opts.delayMs } : {}),
      ...(opts.attempts ? { attempts: opts.attempts } : {}),
    });
    return job.id!;
  }

  /** Starts processing with exactly one handler per job name. */
  startWorker(handlers: JobHandlers<M>, concurrency = 4): void {
    if (this.worker) return;
    const processor = async (job: Job) => {
      const handler = (handlers as Record<string, JobHandlers<M>[keyof M]>)[job.name];
      if (!handler) throw new Error(`no handler for job "${job.name}"`);
      await handler(job.data as never, { jobId: job.id!, attempt: job.attemptsMade + 1 });
    };
    this.worker =
      this.backend === 'redis'
        ? new Worker(this.name, processor, { connection: this.redisConnection(), concurrency })
        : (new Worker(
            this.name,
            processor,
            { connection: this.pgConnection(), concurrency },
            createPostgresBackend,
          ) as unknown as Worker);
    this.worker.on('error', () => {});
  }

  get workerRunning(): boolean {
    return this.worker !== null;
  }

  /** Counts by state, for health checks and tests. */
  async counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  }

  /** The state of a job by id ('delayed', 'completed' …), or null when there is none. */
  async jobState(jobId: string): Promise<string | null> {
    const job = await this.queue.getJob(jobId);
    return job ? String(await job.getState()) : null;
  }

  /** Starts a failed job again, its attempts counted afresh (the outbox sweeper). */
  async retryFailed(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (job) await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  /** Removes a job, whatever its state (tests: a timer the queue lost). */
  async removeJob(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.close().catch(() => {});
    await this.queue.close().catch(() => {});
    for (const conn of this.redis.splice(0)) conn.disconnect();
  }

  /** Removes every job of this queue (tests only). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
