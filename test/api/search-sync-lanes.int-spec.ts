// The index sync keeps two batches in flight (one built in this process while the database writes the other):
// every pending outbox row is applied exactly once, the engine's index upkeep is done once at the end, an expert queued twice ends at its newest version, and a
// failing engine leaves every row of the failed batches pending with the error recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { EXPERT_SEARCH_ENGINE, SearchIndexService } from '@app/core';
import type { ExpertSearchEngine } from '@app/platform';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ demo: true, workers: false });
});
afterAll(() => t?.close());

/** Queues every expert once, and the first `twice` of them a second time. */
async function queueAll(twice: number): Promise<{ ids: string[]; rows: number }> {
  const db = t.app.get(DataSource);
  const experts: { id: string; version: number }[] = await db.query(
    `SELECT id, version FROM experts ORDER BY id`,
  );
  const entries = [...experts, ...experts.slice(0, twice)];
  await db.query(
    `INSERT INTO search_outbox (expert_id, version) SELECT * FROM unnest($1::uuid[], $2::int[])`,
    [entries.map((e) => e.id), entries.map((e) => e.version)],
  );
  return { ids: experts.map((e) => e.id), rows: entries.length };
}

describe('index sync in two lanes', () => {
  it('applies every pending row once, with two batches in flight', async () => {
    const index = t.app.get(SearchIndexService);
    const engine = t.app.get<ExpertSearchEngine>(EXPERT_SEARCH_ENGINE);
    expect(await index.pendingCount()).toBe(0);
    const db = t.app.get(DataSource);
    const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM search_outbox`);
    // One expert changes after it was queued: the index must end at the newer version.
    const { ids, rows } = await queueAll(7);
    await db.query(`UPDATE experts SET version = version + 1, title = title || '（新）' WHERE id = $1`, [
      ids[0],
    ]);

    const upsert = engine.upsert.bind(engine);
    let inFlight = 0;
    let most = 0;
    const batches: number[] = [];
    const bulk: (boolean | undefined)[] = [];
    engine.upsert = async (docs, options) => {
      most = Math.max(most, ++inFlight);
      batches.push(docs.length);
      bulk.push(options?.bulk);
      try {
        await new Promise((r) => setTimeout(r, 20));
        return await upsert(docs, options);
      } finally {
        inFlight--;
      }
    };
    try {
      const applied = await index.sync(5);
      expect(most).toBe(2);
      expect(batches.length).toBeGreaterThan(2);
      expect(batches.reduce((a, b) => a + b, 0)).toBe(applied);
      expect(applied).toBeGreaterThanOrEqual(ids.length);
      expect(applied).toBeLessThanOrEqual(rows);
      expect(new Set(bulk)).toEqual(new Set([true]));
    } finally {
      engine.upsert = upsert;
    }
    // The run's batches left their full-text entries in GIN's pending list; the sync merged them once at its end.
    const [left] = await db.query(
      `SELECT gin_clean_pending_list('expert_search_index_tsv_idx'::regclass) AS tsv,
              gin_clean_pending_list('expert_search_index_head_idx'::regclass) AS head`,
    );
    expect(left).toEqual({ tsv: '0', head: '0' });
    expect(await index.pendingCount()).toBe(0);
    const outbox: { n: number; done: number; retried: number }[] = await db.query(
      `SELECT count(*)::int AS n, count(processed_at)::int AS done, count(*) FILTER (WHERE attempts > 0)::int AS retried
       FROM search_outbox`,
    );
    expect(outbox[0]).toEqual({ n: before + rows, done: before + rows, retried: 0 });
    const stale: unknown[] = await db.query(
      `SELECT e.id FROM experts e LEFT JOIN expert_search_index i ON i.id = e.id
       WHERE i.version IS DISTINCT FROM e.version`,
    );
    expect(stale).toEqual([]);
  });

  it('leaves the rows of failed batches pending, with the error, when the engine fails', async () => {
    const index = t.app.get(SearchIndexService);
    const engine = t.app.get<ExpertSearchEngine>(EXPERT_SEARCH_ENGINE);
    const { rows } = await queueAll(0);
    const upsert = engine.upsert.bind(engine);
    let calls = 0;
    engine.upsert = async () => {
      calls++;
      // Long enough that the other lane has locked its own batch before this one fails and lets its rows go.
      await new Promise((r) => setTimeout(r, 200));
      throw new Error('引擎故障');
    };
    try {
      await expect(index.sync(5)).rejects.toThrow('引擎故障');
    } finally {
      engine.upsert = upsert;
    }
    expect(calls).toBe(2); // each lane failed once and stopped
    expect(await index.pendingCount()).toBe(rows);
    const [failed] = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL AND last_error = '引擎故障' AND attempts = 1`,
      );
    expect(failed.n).toBe(10);
    expect(await index.sync(5)).toBe(rows);
    expect(await index.pendingCount()).toBe(0);
  });
});
