import { describe, expect, it } from 'vitest';
import { prefetching } from './expert-import.service.js';

/** A source that logs when each item is asked for and handed out. */
function source(items: number[], log: string[], failAt?: number) {
  return (async function* () {
    for (const i of items) {
      log.push(`read ${i}`);
      await new Promise((r) => setTimeout(r, 1));
      if (i === failAt) throw new Error(`bad ${i}`);
      yield i;
    }
  })();
}

describe('prefetching', () => {
  it('yields every item in order, reading the next one while the consumer works on the current one', async () => {
    const log: string[] = [];
    for await (const i of prefetching(source([1, 2, 3], log))) {
      log.push(`use ${i}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`used ${i}`);
    }
    expect(log).toEqual([
      'read 1',
      'read 2',
      'use 1',
      'used 1',
      'read 3',
      'use 2',
      'used 2',
      'use 3',
      'used 3',
    ]);
  });

  it('hands out the items before a failure, then the failure', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const i of prefetching(source([1, 2, 3], log, 2))) seen.push(i);
      })(),
    ).rejects.toThrow('bad 2');
    expect(seen).toEqual([1]);
  });

  it('closes the source when the consumer stops early, with no unhandled failure', async () => {
    const log: string[] = [];
    let closed = false;
    const src = (async function* () {
      try {
        yield* source([1, 2, 3], log, 2);
      } finally {
        closed = true;
      }
    })();
    for await (const i of prefetching(src)) if (i === 1) break;
    expect(closed).toBe(true);
    expect(log).toEqual(['read 1', 'read 2']);
  });
});
