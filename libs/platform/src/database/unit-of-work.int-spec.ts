// The unit of work on a real PostgreSQL: a deadlock and a serialization failure, provoked for real with two
// transactions, are retried until both succeed; what is registered for after the commit runs once, for the attempt
// that committed, and never for a rollback; a failing hook does not undo or fail the committed work. A run nested in
// an open unit joins it: one transaction, hooks after the outer commit, retries of the whole outer work only.
import type { DataSource, EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createDataSource } from './data-source.js';
import { ManualClock, atInstant } from '../time/clock.js';
import { UnitOfWork, withSavepoint } from './unit-of-work.js';

let db: TestDatabase;
let ds: DataSource;
const warnings: string[] = [];
let uow: UnitOfWork;

/** Resolves once `n` parties have arrived: two transactions meet halfway, each holding its first lock. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived >= n) open();
    await opened;
  };
}

async function counts(): Promise<Record<number, number>> {
  const rows: { id: number; n: number }[] = await ds.query(`SELECT id, n FROM uow_rows ORDER BY id`);
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource({ url: db.url, entities: [] });
  await ds.initialize();
  await ds.query(`CREATE TABLE uow_rows (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
  uow = new UnitOfWork(ds, { warn: (m) => warnings.push(m) });
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('unit of work', () => {
  it('retries the loser of a real deadlock, so both transactions commit and only the winning attempts’ hooks run', async () => {
    await ds.query(`DELETE FROM uow_rows; INSERT INTO uow_rows (id) VALUES (1), (2)`);
    const meet = barrier(2);
    const attempts = { a: 0, b: 0 };
    const hooks: string[] = [];
    // A locks row 1 then 2; B locks row 2 then 1 — on their first attempt they wait for each other.
    const crossing = (name: 'a' | 'b', first: number, second: number) =>
      uow.run(async (m) => {
        const attempt = ++attempts[name];
        await m.query(`UPDATE uow_rows SET n = n + 1 WHERE id = $1`, [first]);
        if (attempt === 1) await meet();
        await m.query(`UPDATE uow_rows SET n = n + 1 WHERE id = $1`, [second]);
        UnitOfWork.afterCommit(m, () => void hooks.push(`${name}${attempt}`));
        return attempt;
      });
    const [a, b] = await Promise.all([crossing('a', 1, 2), crossing('b', 2, 1)]);
    expect(a + b).toBe(3); // one of them ran twice
    expect(await counts()).toEqual({ 1: 2, 2: 2 });
    expect(hooks.sort()).toEqual([`a${a}`, `b${b}`].sort());
    expect(warnings.some((w) => w.includes('40P01'))).toBe(true);
  });

  it('retries a serialization failure of REPEATABLE READ, so no update is lost', async () => {
    await ds.query(`DELETE FROM uow_rows; INSERT INTO uow_rows (id, n) VALUES (1, 10)`);
    const meet = barrier(2);
    let runs = 0;
    const seen: number[] = [];
    const increment = () =>
      uow.run(
        async (m) => {
          const first = ++runs <= 2;
          const [{ n }] = await m.query(`SELECT n FROM uow_rows WHERE id = 1`);
          seen.push(n);
          if (first) await meet(); // both have read 10 before either writes
          await m.query(`UPDATE uow_rows SET n = $1 WHERE id = 1`, [n + 1]);
        },
        { isolation: 'REPEATABLE READ' },
      );
    await Promise.all([increment(), increment()]);
    expect(runs).toBe(3);
    expect(seen.sort()).toEqual([10, 10, 11]); // the retry read the winner's value
    expect(await counts()).toEqual({ 1: 12 });
    expect(warnings.some((w) => w.includes('40001'))).toBe(true);
  });

  it('runs hooks only after a commit, and a failing hook neither fails nor undoes the work', async () => {
    await ds.query(`DELETE FROM uow_rows`);
    const order: string[] = [];
    const result = await uow.run(async (m) => {
      await m.query(`INSERT INTO uow_rows (id) VALUES (7)`);
      UnitOfWork.afterCommit(m, () => {
        throw new Error('queue is down');
      });
      UnitOfWork.afterCommit(m, async () => {
        const [row] = await ds.query(`SELECT id FROM uow_rows WHERE id = 7`); // visible: committed
        order.push(row ? 'after commit, row visible' : 'row missing');
      });
      order.push('work');
      return 'done';
    });
    expect(result).toBe('done');
    expect(order).toEqual(['work', 'after commit, row visible']);
    expect(warnings.some((w) => w.includes('queue is down'))).toBe(true);

    const ran: string[] = [];
    await expect(
      uow.run(async (m) => {
        await m.query(`INSERT INTO uow_rows (id) VALUES (8)`);
        UnitOfWork.afterCommit(m, () => void ran.push('hook'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(ran).toEqual([]);
    expect(await counts()).toEqual({ 7: 0 });
  });

  it('runs the hooks of work replayed on a past day (atInstant) in real time', async () => {
    const clock = new ManualClock(new Date('2026-12-06T02:00:00Z'));
    const seen: string[] = [];
    await atInstant(new Date('2026-07-09T02:00:00Z'), () =>
      uow.run(async (m) => {
        seen.push(`work ${clock.now().toISOString()}`);
        UnitOfWork.afterCommit(m, () => void seen.push(`hook ${clock.now().toISOString()}`));
      }),
    );
    expect(seen).toEqual(['work 2026-07-09T02:00:00.000Z', 'hook 2026-12-06T02:00:00.000Z']);
  });

  it('knows its transactions: outside one there is no commit to wait for', async () => {
    let inside: EntityManager | null = null;
    await uow.run(async (m) => {
      inside = m;
      expect(UnitOfWork.isOpen(m)).toBe(true);
    });
    expect(UnitOfWork.isOpen(inside!)).toBe(false);
    expect(UnitOfWork.afterCommit(ds.manager, () => undefined)).toBe(false);
  });

  it('undoes only the failed step inside a savepoint', async () => {
    await ds.query(`DELETE FROM uow_rows`);
    await uow.run(async (m) => {
      await withSavepoint(m, () => m.query(`INSERT INTO uow_rows (id) VALUES (1)`));
      await expect(withSavepoint(m, () => m.query(`INSERT INTO uow_rows (id) VALUES (1)`))).rejects.toThrow();
      await withSavepoint(m, () => m.query(`INSERT INTO uow_rows (id) VALUES (2)`));
    });
    expect(await counts()).toEqual({ 1: 0, 2: 0 });
  });

  describe('nested runs join the open unit of work', () => {
    it('an inner run uses the outer transaction: an inner failure rolls back everything', async () => {
      await ds.query(`DELETE FROM uow_rows`);
      let innerManager: EntityManager | null = null;
      let outerManager: EntityManager | null = null;
      await expect(
        uow.run(async (m) => {
          outerManager = m;
          await m.query(`INSERT INTO uow_rows (id) VALUES (1)`);
          await uow.run(async (inner) => {
            innerManager = inner;
            await inner.query(`INSERT INTO uow_rows (id) VALUES (2)`);
          });
          await uow.run(async (inner) => {
            await inner.query(`INSERT INTO uow_rows (id) VALUES (3)`);
            throw new Error('inner refused');
          });
        }),
      ).rejects.toThrow('inner refused');
      expect(innerManager).toBe(outerManager);
      expect(await counts()).toEqual({});
      // The inner work's rows are not visible outside before the outer commit either.
      const seen: number[] = [];
      await uow.run(async (m) => {
        await uow.run((inner) => inner.query(`INSERT INTO uow_rows (id) VALUES (4)`));
        seen.push(Object.keys(await counts()).length);
        await m.query(`SELECT 1`);
      });
      expect(seen).toEqual([0]);
      expect(await counts()).toEqual({ 4: 0 });
    });

    it('inner hooks join the outer transaction’s and run once, after the outer commit', async () => {
      await ds.query(`DELETE FROM uow_rows`);
      const order: string[] = [];
      const slots: unknown[] = [];
      const owner = {};
      await uow.run(async (m) => {
        slots.push(UnitOfWork.slot(m, owner, () => ({ n: 1 })));
        await uow.run(async (inner) => {
          await inner.query(`INSERT INTO uow_rows (id) VALUES (5)`);
          slots.push(UnitOfWork.slot(inner, owner, () => ({ n: 2 })));
          UnitOfWork.afterCommit(inner, async () => {
            const [row] = await ds.query(`SELECT id FROM uow_rows WHERE id = 5`);
            order.push(row ? 'inner hook, outer committed' : 'inner hook too early');
          });
          order.push('inner work done');
        });
        order.push('outer work done');
        UnitOfWork.afterCommit(m, () => void order.push('outer hook'));
      });
      expect(order).toEqual([
        'inner work done',
        'outer work done',
        'inner hook, outer committed',
        'outer hook',
      ]);
      expect(slots[0]).toBe(slots[1]);
      // A run inside a hook is a unit of its own: it commits even though the outer one is over.
      await uow.run(async (m) => {
        UnitOfWork.afterCommit(m, () =>
          uow.run(async (own) => {
            expect(UnitOfWork.isOpen(own)).toBe(true);
            await own.query(`INSERT INTO uow_rows (id) VALUES (6)`);
          }),
        );
      });
      expect(await counts()).toEqual({ 5: 0, 6: 0 });
    });

    it('retries only at the outermost level, running the whole outer work again', async () => {
      await ds.query(`DELETE FROM uow_rows; INSERT INTO uow_rows (id) VALUES (1), (2)`);
      const meet = barrier(2);
      const runs = { outerA: 0, innerA: 0, outerB: 0 };
      const hooks: string[] = [];
      const a = uow.run(async (m) => {
        const attempt = ++runs.outerA;
        await m.query(`UPDATE uow_rows SET n = n + 1 WHERE id = 1`);
        // The deadlock happens in the inner run: it is not retried there, the outer work runs again.
        await uow.run(async (inner) => {
          runs.innerA++;
          if (attempt === 1) await meet();
          await inner.query(`UPDATE uow_rows SET n = n + 1 WHERE id = 2`);
          UnitOfWork.afterCommit(inner, () => void hooks.push(`a${attempt}`));
        });
      });
      const b = uow.run(async (m) => {
        const attempt = ++runs.outerB;
        await m.query(`UPDATE uow_rows SET n = n + 1 WHERE id = 2`);
        if (attempt === 1) await meet();
        await m.query(`UPDATE uow_rows SET n = n + 1 WHERE id = 1`);
        UnitOfWork.afterCommit(m, () => void hooks.push(`b${attempt}`));
      });
      await Promise.all([a, b]);
      // One of the two lost the deadlock and ran its whole work again; each row was bumped once by each.
      expect(runs.outerA + runs.outerB).toBe(3);
      expect(runs.innerA).toBe(runs.outerA);
      expect(await counts()).toEqual({ 1: 2, 2: 2 });
      expect(hooks.sort()).toEqual([`a${runs.outerA}`, `b${runs.outerB}`]);
    });
  });
});
