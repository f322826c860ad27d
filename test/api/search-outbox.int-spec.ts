// Keeping the index true with Meilisearch as the engine (its HTTP fake here): changes go through the outbox,
// wait while the engine is down, and are applied when it returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@app/domain';
import { ExpertEntity, ExpertImportService, SearchIndexService, toExpertDocument } from '@app/core';
import { FakeMeilisearch } from '../../libs/platform/src/search/testing/fake-meilisearch.js';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

const fake = new FakeMeilisearch({ apiKey: 'test-key' });
let t: TestApp;
let province: string;

const UPSERT = `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id version } }`;
const expert = (name: string, specialties: string) => ({
  name,
  employer: '上海市农业科学院',
  title: '研究员',
  titleLevel: 'SENIOR',
  fields: ['FISHERY'],
  specialties,
  regionCode: '310104',
});

async function names(query: string): Promise<string[]> {
  const res = await t.gql(
    `query($q: String) { experts(query: $q) { hits { expert { name } } } }`,
    { q: query },
    province,
  );
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data.experts.hits.map((h: any) => h.expert.name);
}

beforeAll(async () => {
  await fake.start();
  t = await startTestApp({ env: { MEILI_HOST: fake.url, MEILI_API_KEY: 'test-key' } });
  const admin = await t.login('admin');
  await t.gql(
    `mutation { createAccount(input: { username: "shprov", password: "Shanghai2026", role: PROVINCE, regionCode: "310000" }) { id } }`,
    {},
    admin,
  );
  province = await t.login('shprov', 'Shanghai2026');
});
afterAll(async () => {
  await t?.close();
  await fake.stop();
});

describe('search outbox with Meilisearch', () => {
  it('indexes a new expert through the outbox and the sync job', async () => {
    expect(t.runtime.searchEngine.name).toBe('meilisearch');
    const res = await t.gql(UPSERT, { i: expert('黄海波', '水产健康养殖与鱼病防控') }, province);
    expect(res.errors).toBeUndefined();
    const index = t.app.get(SearchIndexService);
    expect(await waitFor(async () => (await index.pendingCount()) === 0, 20_000)).toBe(true);
    expect(await names('鱼病')).toEqual(['黄海波']);
    // What reached the engine carries no personal data.
    const sent = JSON.stringify(fake.requests.filter((r) => r.method !== 'GET').map((r) => r.body));
    expect(sent).not.toMatch(/"phone"|"email"/);
  });

  it('keeps changes waiting while the engine is down and applies them when it returns', async () => {
    const index = t.app.get(SearchIndexService);
    await fake.stop();
    const res = await t.gql(UPSERT, { i: expert('林晓燕', '大黄鱼工厂化养殖') }, province);
    expect(res.errors).toBeUndefined(); // the database write does not wait for the engine
    // The sync job runs, fails against the stopped engine, and leaves the change pending.
    const failed = await waitFor(async () => {
      const rows = await t.runtime.dataSource.query(
        `SELECT attempts, last_error FROM search_outbox WHERE processed_at IS NULL`,
      );
      return rows.length === 1 && rows[0].attempts > 0;
    }, 20_000);
    expect(failed).toBe(true);
    const [row] = await t.runtime.dataSource.query(
      `SELECT last_error FROM search_outbox WHERE processed_at IS NULL`,
    );
    expect(row.last_error).toMatch(/unavailable/);
    expect(await index.pendingCount()).toBe(1);

    await fake.start();
    await index.requestSyncIfPending();
    expect(await waitFor(async () => (await index.pendingCount()) === 0, 30_000)).toBe(true);
    expect(await names('大黄鱼')).toEqual(['林晓燕']);
  });

  it('never lets an older version overwrite a newer one', async () => {
    const id = (await t.gql(`{ experts(query: "大黄鱼") { hits { expert { id } } } }`, {}, province)).data
      .experts.hits[0].expert.id;
    await t.gql(UPSERT, { i: { ...expert('林晓燕', '大黄鱼工厂化养殖与深远海网箱'), id } }, province);
    const index = t.app.get(SearchIndexService);
    expect(await waitFor(async () => (await index.pendingCount()) === 0, 20_000)).toBe(true);
    // A late, repeated delivery of version 1 changes nothing.
    const [{ version }] = await t.runtime.dataSource.query(`SELECT version FROM experts WHERE id = $1`, [id]);
    expect(version).toBe(2);
    const current = await t.runtime.dataSource.getRepository(ExpertEntity).findOneByOrFail({ id });
    const stale = toExpertDocument(
      { ...current, version: 1, specialties: '旧内容' } as ExpertEntity,
      '上海市农业科学院',
    );
    await t.runtime.searchEngine.upsert([stale]);
    expect(await names('深远海')).toEqual(['林晓燕']);
    expect(await names('旧内容')).toEqual([]);
  });

  it('rebuilds the whole index from the database', async () => {
    const index = t.app.get(SearchIndexService);
    await t.runtime.searchEngine.clear();
    expect(await names('鱼病')).toEqual([]);
    expect(await index.reindex()).toBe(2);
    expect(await names('鱼病')).toEqual(['黄海波']);
  });

  it('indexes an import through the outbox: this engine is not written in the batch transaction', async () => {
    const index = t.app.get(SearchIndexService);
    expect(index.indexesInTransaction).toBe(false);
    const csv = [
      '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱',
      '潘海涛,男,上海海洋大学,教授,正高级,渔业,大黄鱼网箱养殖,,310104,本省(区、市),否,,',
      '沈碧波,女,上海海洋大学,副教授,副高级,渔业,南美白对虾工厂化养殖,,310104,本省(区、市),否,,',
    ].join('\n');
    const report = await t.app.get(ExpertImportService).importNow(SYSTEM_ACTOR, csv);
    expect(report).toMatchObject({ created: 2, updated: 0, rejected: [] });
    const [queued] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM search_outbox o JOIN experts e ON e.id = o.expert_id
        WHERE e.name IN ('潘海涛', '沈碧波') AND o.version = 1`,
    );
    expect(queued.n).toBe(2);
    expect(await waitFor(async () => (await index.pendingCount()) === 0, 20_000)).toBe(true);
    expect(await names('大黄鱼网箱')).toContain('潘海涛');
    expect(await names('南美白对虾')).toContain('沈碧波');
  });
});
