// One way to run a use case: one transaction, retried whole when PostgreSQL gives up on it (deadlock,
// serialization failure), and work that must wait for the commit (handing outbox rows to the queue) registered on
// the transaction and run once it has committed. A hook that fails after the commit is logged, never thrown: the
// change is committed, and what the hook could not do is picked up again by the outbox sweeper.
//
// Nesting: a run() called while a unit of work of the same DataSource is open on the same async path (found through
// AsyncLocalStorage) opens no transaction of its own — it joins the outer one. Its work gets the outer manager, so
// what it writes commits or rolls back with the outer work; its after-commit hooks and slots are the outer
// transaction's, run once after the outer commit; an error it throws fails the whole unit unless the caller catches
// it inside a savepoint (withSavepoint); a deadlock or serialization failure is retried only by the outermost run,
// which runs the whole outer work again (inner runs included). The outer isolation level holds: an inner run's
// `isolation` is ignored. Hooks run outside the unit, so a run() inside a hook opens a transaction of its own.
import type { DataSource, EntityManager } from 'typeorm';
import { ScopedStorage } from '../context/scoped-storage.js';
import { outsideReplay } from '../time/clock.js';
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

/** The unit of work open on this async path: its data source and manager, while its transaction runs. */
interface OpenUnit {
  db: DataSource;
  manager: EntityManager;
  /** False once the transaction is over (work it started and left running must not join a finished one). */
  active: boolean;
}

const current = new ScopedStorage<OpenUnit>();

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
   * start (with what it registered thrown away); after the commit the hooks run in order. Inside an open unit of
   * work it joins that one instead (see the rule at the top of this file).
   */
  async run<T>(work: (m: EntityManager) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const outer = current.getStore();
    if (outer?.active && outer.db === this.db) return work(outer.manager);
    for (let attempt = 1; ; attempt++) {
      const state: TransactionState = { hooks: [], slots: new Map() };
      let result: T;
      try {
        const inTransaction = async (m: EntityManager) => {
          open.set(m, state);
          const unit: OpenUnit = { db: this.db, manager: m, active: true };
          try {
            return await current.run(unit, () => work(m));
          } finally {
            unit.active = false;
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
      // The hooks hand work to the queue in real time, even when the work replayed a past day (atInstant).
      await outsideReplay(() => runHooks(state.hooks, this.warn));
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
