import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * An AsyncLocalStorage that is switched off whenever none of its runs is in progress. On Node 20 an enabled
 * storage keeps async hooks installed for the life of the process, and every promise anyone creates then pays an
 * init hook (bench:board: ~4% of the api's CPU on a read that never opens a unit of work, because the demo seed or
 * one mutation had enabled it). Off between runs, reads pay nothing.
 *
 * What a run's left-over work sees is unchanged in meaning: work its callback started and did not await may find
 * the run's store (as before) or nothing once every run has ended — both mean "the run is over" to the callers
 * here (a finished unit of work is inactive; a finished replay reads real time).
 */
export class ScopedStorage<T> {
  private readonly storage = new AsyncLocalStorage<T>();
  private running = 0;

  getStore(): T | undefined {
    return this.storage.getStore();
  }

  async run<R>(store: T, work: () => Promise<R>): Promise<R> {
    this.running++;
    try {
      return await this.storage.run(store, work);
    } finally {
      if (--this.running === 0) this.storage.disable();
    }
  }

  /** Runs `work` outside any store of this storage. */
  exit<R>(work: () => R): R {
    return this.storage.exit(work);
  }

  /** Whether the storage holds async hooks now (tests). */
  get enabled(): boolean {
    return this.running > 0;
  }
}
