import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ScopedStorage } from './scoped-storage.js';

describe('ScopedStorage', () => {
  it('hands each run its own store across awaits, timers and nested calls', async () => {
    const s = new ScopedStorage<string>();
    const seen = await Promise.all(
      ['a', 'b', 'c'].map((name, i) =>
        s.run(name, async () => {
          await sleep(5 * (3 - i));
          const inner = await Promise.resolve().then(() => s.getStore());
          const timer = await new Promise<string | undefined>((r) => setTimeout(() => r(s.getStore()), 1));
          return [s.getStore(), inner, timer];
        }),
      ),
    );
    expect(seen).toEqual([
      ['a', 'a', 'a'],
      ['b', 'b', 'b'],
      ['c', 'c', 'c'],
    ]);
  });

  it('is off once no run is in progress, and on again for the next run', async () => {
    const s = new ScopedStorage<number>();
    expect(s.enabled).toBe(false);
    let during = false;
    await s.run(1, async () => {
      during = s.enabled;
      await sleep(1);
    });
    expect(during).toBe(true);
    expect(s.enabled).toBe(false);
    expect(s.getStore()).toBeUndefined();
    expect(await s.run(2, async () => s.getStore())).toBe(2);
    expect(s.enabled).toBe(false);
  });

  it('stays on while any run is in progress, whichever finishes first', async () => {
    const s = new ScopedStorage<string>();
    let release!: () => void;
    const long = s.run('long', async () => {
      await new Promise<void>((r) => (release = r));
      return s.getStore();
    });
    await s.run('short', async () => sleep(1));
    expect(s.enabled).toBe(true);
    release();
    expect(await long).toBe('long');
    expect(s.enabled).toBe(false);
  });

  it('is off after a run that throws', async () => {
    const s = new ScopedStorage<string>();
    await expect(
      s.run('x', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(s.enabled).toBe(false);
  });

  it('runs work outside the store with exit()', async () => {
    const s = new ScopedStorage<string>();
    const outside = await s.run('x', async () => s.exit(() => s.getStore()));
    expect(outside).toBeUndefined();
    expect(s.exit(() => 42)).toBe(42);
  });
});
