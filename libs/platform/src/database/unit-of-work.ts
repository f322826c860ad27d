// One way to run a use case: one transaction, retried whole when PostgreSQL gives up on it (deadlock,
// serialization failure), and work that must wait for the commit (handing outbox rows to the queue) registered on
// the transaction and run once it has committed. A hook that fails after the commit is logged, never thrown: the
// change is committed, and what the hook could not do is picked up again by the outbox sweeper.
import type { DataSource, EntityManager } from 'typeorm';
import { pgErrorCode } from './data-source.js';

export const PG_DEADLOCK = '40P01';
export const PG_SERIALIZATION_FAILURE = '40001';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** Work to do once the transaction has committed. */
export type AfterCommitHook = () => unknown;

export interface UnitOfWorkOptions {
  /** Runs of the work at most (the first one included). */
  maxAttempts?: number;
  /** Where hook failures and retries are reported. */
  warn?: (message: string) => void;
}

export interface RunOptions {
  isolation?: IsolationLevel;
}

/** Deadlocks and serialization failures: the transaction did nothing wrong and may simply run again. */
export function isRetryableTransactionError(err: unknown): boolean {
  const code = pgErrorCode(err);
  return code === PG_DEADLOCK || code === PG_SERIALIZATION_FAILURE;
}

interface TransactionState {
  hooks: AfterCommitHook[];
  /** Values keyed by their owner (e.g. the outbox's rows of this transaction). */
  slots: Map<unknown, unknown>;
}

const open = new WeakMap<EntityManager, TransactionState>();

export class UnitOfWork {
  private readonly maxAttempts: number;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly db: DataSource,
    options: UnitOfWorkOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.warn = options.warn ?? ((message) => console.warn(`[unit-of-work] ${message}`));
  }

  /**
   * Runs `work` in one transaction. A deadlock or serialization failure rolls it back and runs it again from the
   * start (with what it registered thrown away); after the commit the hooks run in order.
   */
  async run<T>(work: (m: EntityManager) => Promise<T>, options: RunOptions = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const state: TransactionState = { hooks: [], slots: new Map() };
      let result: T;
      try {
        const inTransaction = async (m: EntityManager) => {
          open.set(m, state);
          try {
            return await work(m);
          } finally {
            open.delete(m);
          }
        };
        result = options.isolation
          ? await this.db.transaction(options.isolation, inTransaction)
          : await this.db.transaction(inTransaction);
      } catch (err) {
        if (isRetryableTransactionError(err) && attempt < this.maxAttempts) {
          this.warn(`transaction retried after ${pgErrorCode(err)} (attempt ${attempt})`);
          // A short random pause lets the transaction that won go first.
          await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 20 * attempt)));
          continue;
        }
        throw err;
      }
      await runHooks(state.hooks, this.warn);
      return result;
    }
  }

  /** Is this manager the transaction of a running unit of work? */
  static isOpen(m: EntityManager): boolean {
    return open.has(m);
  }

  /**
   * Registers work for after the commit of the unit of work `m` belongs to. Outside one (a plain manager) there
   * is no commit to wait for: the caller gets `false` and runs the work itself.
   */
  static afterCommit(m: EntityManager, hook: AfterCommitHook): boolean {
    const state = open.get(m);
    if (!state) return false;
    state.hooks.push(hook);
    return true;
  }

  /** A value kept with the transaction, created on first use (e.g. one coalesced hook per transaction). */
  static slot<V>(m: EntityManager, owner: unknown, create: () => V): V | null {
    const state = open.get(m);
    if (!state) return null;
    if (!state.slots.has(owner)) state.slots.set(owner, create());
    return state.slots.get(owner) as V;
  }
}

async function runHooks(hooks: AfterCommitHook[], warn: (message: string) => void): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook();
    } catch (err) {
      warn(`after commit: ${(err as Error)?.message ?? err}`);
    }
  }
}

/** Runs `work` in a savepoint of the caller's transaction: a failure undoes only what `work` wrote. */
export async function withSavepoint<T>(m: EntityManager, work: () => Promise<T>): Promise<T> {
  await m.query('SAVEPOINT unit_of_work_step');
  try {
    const result = await work();
    await m.query('RELEASE SAVEPOINT unit_of_work_step');
    return result;
  } catch (err) {
    await m.query('ROLLBACK TO SAVEPOINT unit_of_work_step');
    throw err;
  }
}
