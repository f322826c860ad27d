import { describe, expect, it } from 'vitest';
import { ManualClock, SystemClock, atInstant, outsideReplay } from './clock.js';

describe('clock replay (atInstant)', () => {
  const past = new Date('2026-07-09T02:00:00Z');

  it('makes every clock read the replayed instant on the async path, and only there', async () => {
    const system = new SystemClock();
    const manual = new ManualClock(new Date('2026-12-01T00:00:00Z'));
    const seen = await atInstant(past, async () => {
      await new Promise((r) => setTimeout(r, 1));
      return [system.now().toISOString(), manual.now().toISOString()];
    });
    expect(seen).toEqual([past.toISOString(), past.toISOString()]);
    expect(manual.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(system.now().getTime()).toBeGreaterThan(past.getTime());
  });

  it('lets work leave the replay for real time (outsideReplay)', async () => {
    const manual = new ManualClock(new Date('2026-12-01T00:00:00Z'));
    const inner = await atInstant(past, async () => outsideReplay(() => manual.now().toISOString()));
    expect(inner).toBe('2026-12-01T00:00:00.000Z');
  });
});
