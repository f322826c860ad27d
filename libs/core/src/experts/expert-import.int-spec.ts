// The set-based import against a real database: row reports as row-by-row writing gives them (duplicates inside
// the file, updates, unchanged rows, rejections in row order), employers, search documents and audit rows set-based.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@app/domain';
import { writeXlsx } from '@app/platform';
import { waitFor } from '../../../../test/support/processes.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import { toExpertDocument } from './expert-document.js';
import { ExpertImportService, IMPORT_FILE_DAYS } from './expert-import.service.js';
import { ExpertRepository } from './expert.repository.js';
import { SearchIndexService } from './search-index.service.js';
import { ImportJobRepository } from './import-job.repository.js';

let t: TestApp;
const HEADER =
  '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱';
const row = (name: string, employer: string, phone = '', title = '教授', region = '310104') =>
  `${name},男,${employer},${title},正高级,农业,设施蔬菜栽培,,${region},本省(区、市),否,${phone},`;

beforeAll(async () => {
  t = await startTestApp({ logger: console });
});
afterAll(() => t?.close());

/**
 * The job once no run works on it any more. The queue's worker runs a started job too: a run here that finds the
 * worker a batch ahead leaves the rest to it and returns before the job is done.
 */
async function finished(id: string) {
  const imports = t.app.get(ExpertImportService);
  for (let i = 0; i < 1200; i++) {
    const j = await imports.job(SYSTEM_ACTOR, id);
    if (j.status !== 'QUEUED' && j.status !== 'RUNNING') return j;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not finish within 60 s`);
}

/** A job row written as it is, not queued: no worker takes it on. */
function jobRow(status: 'QUEUED' | 'RUNNING', fileName: string, content: Buffer) {
  return t.runtime.dataSource.transaction((m) =>
    t.app.get(ImportJobRepository).insert(m, {
      kind: 'EXPERTS',
      status,
      fileName,
      content,
      createdBy: null,
      rejected: [],
      processedRows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
    }),
  );
}

describe('set-based import', () => {
  it('reports each row as writing row by row would', async () => {
    const imports = t.app.get(ExpertImportService);
    const csv = [
      HEADER,
      row('甲一', '导入测试单位A', '13800000001'),
      row('甲一', '导入测试单位A', '13800000001'), // the same again: unchanged
      row('甲一', '导入测试单位A', '13800000001', '研究员'), // the same person promoted: updated
      row('乙二', '导入测试单位A'),
      ',,,,,,,,,,,,',
      row('丙三', '导入测试单位B', '', '教授', '火星市'),
      row('乙二', '导入测试单位A', '13800000002'), // takes the phone-less 乙二
      row('丁四', '导入测试单位B', '13800000003'),
    ].join('\n');
    const report = await imports.importNow(SYSTEM_ACTOR, csv);
    expect(report).toEqual({
      created: 3,
      updated: 2,
      unchanged: 1,
      rejected: [{ row: 7, reason: expect.stringContaining('火星市') }],
    });
    const db = t.runtime.dataSource;
    const [experts] = await db.query(
      `SELECT count(*)::int AS n FROM experts e JOIN organizations o ON o.id = e.employer_id WHERE o.name LIKE '导入测试单位%'`,
    );
    expect(experts.n).toBe(3);
    const audit = await db.query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('expert.import_create', 'expert.update', 'organization.create') GROUP BY action ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'expert.import_create', n: 3 },
      { action: 'expert.update', n: 2 },
      { action: 'organization.create', n: 2 },
    ]);
    // The create's audit row, built from the staging table, holds what writeAudit would: the values written.
    const [created] = await db.query(
      `SELECT a.after, e.id, e.employer_id FROM audit_log a JOIN experts e ON e.id::text = a.entity_id
        WHERE a.action = 'expert.import_create' AND e.name = '丁四'`,
    );
    expect(created.after).toEqual({
      id: created.id,
      name: '丁四',
      gender: 'MALE',
      employerId: created.employer_id,
      title: '教授',
      titleLevel: 'SENIOR',
      fields: ['AGRICULTURE'],
      specialties: '设施蔬菜栽培',
      honours: [],
      regionCode: '310104',
      source: expect.any(String),
      retired: false,
      phone: '13800000003',
      email: null,
      annualCapDays: 60,
      status: 'ACTIVE',
      version: 1,
    });
    // The PostgreSQL engine is written in each batch's transaction: no outbox row, and each document is the one a
    // sync would write from the rows as stored (甲一 and 乙二 updated once each: version 2).
    const [outbox] = await db.query(`SELECT count(*)::int AS n FROM search_outbox`);
    expect(outbox.n).toBe(0);
    const ids: string[] = (
      await db.query(
        `SELECT e.id FROM experts e JOIN organizations o ON o.id = e.employer_id WHERE o.name LIKE '导入测试单位%'`,
      )
    ).map((r: { id: string }) => r.id);
    const indexed = await db.query(
      `SELECT document FROM expert_search_index WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    const stored = await t.app.get(ExpertRepository).searchable(ids);
    expect(indexed.map((r: { document: object }) => r.document)).toEqual(
      stored.map((e) => toExpertDocument(e, e.employerName)),
    );
    expect(stored.map((e) => [e.name, e.version]).sort()).toEqual([
      ['丁四', 1],
      ['乙二', 2],
      ['甲一', 2],
    ]);
    // Again: 甲一 goes back to 教授 (row 2) and up to 研究员 again (row 4); every other row is as on file.
    const again = await imports.importNow(SYSTEM_ACTOR, csv);
    expect(again).toEqual({ created: 0, updated: 2, unchanged: 4, rejected: report.rejected });
  });

  it('streams an xlsx through a job, resumes after the batches already done, and keeps the row numbers', async () => {
    const imports = t.app.get(ExpertImportService);
    const cells = (line: string) => line.split(',');
    const rows = [
      row('戊五', '导入测试单位C', '13800000005'),
      ',,,,,,,,,,,,',
      row('己六', '导入测试单位C', '', '教授', '冥王星'),
      row('庚七', '导入测试单位C'),
    ];
    const content = await writeXlsx('专家', cells(HEADER), rows.map(cells));
    const job = await imports.start(SYSTEM_ACTOR, '名单.xlsx', content);
    // Two runs here and the queue's worker run the same job at once: they take turns batch by batch, one
    // finishes it, and no row is counted twice.
    await Promise.all([
      imports.run(job.id, async () => SYSTEM_ACTOR),
      imports.run(job.id, async () => SYSTEM_ACTOR),
    ]);
    const done = await finished(job.id);
    // The blank row is not in the workbook's rows (as readXlsxRows skips it), so 己六 is row 3.
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      created: 2,
      updated: 0,
      unchanged: 0,
      totalRows: 3,
      processedRows: 3,
    });
    expect(done.rejected).toEqual([{ row: 3, reason: expect.stringContaining('冥王星') }]);

    // A retried job resumes after its last committed batch: the rows before it are not read again.
    const csv = [HEADER, row('辛八', '导入测试单位C'), row('壬九', '导入测试单位C')].join('\n');
    // Written as a retried job finds it (no queue entry, so only this run works on it).
    const second = await t.runtime.dataSource.transaction((m) =>
      t.app.get(ImportJobRepository).insert(m, {
        kind: 'EXPERTS',
        status: 'RUNNING',
        fileName: '名单.csv',
        content: Buffer.from(csv),
        createdBy: null,
        rejected: [],
        processedRows: 1,
        created: 0,
        updated: 0,
        unchanged: 0,
      }),
    );
    await imports.run(second.id, async () => SYSTEM_ACTOR);
    expect(await finished(second.id)).toMatchObject({
      status: 'SUCCEEDED',
      created: 1,
      processedRows: 2,
    });
    const names = await t.runtime.dataSource.query(`SELECT name FROM experts WHERE name IN ('辛八', '壬九')`);
    expect(names).toEqual([{ name: '壬九' }]);
  });

  it('undoes a round whose documents fail with its rows, and writes it row by row through the outbox', async () => {
    const db = t.runtime.dataSource;
    // The index refuses one expert's document: the round's set statements fail after its experts went in.
    await db.query(`
      CREATE FUNCTION refuse_test_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.document->>'name' = '甲十一' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_test_document BEFORE INSERT ON expert_search_index
        FOR EACH ROW EXECUTE FUNCTION refuse_test_document();`);
    const refusing = `DROP TRIGGER IF EXISTS refuse_test_document ON expert_search_index;
      DROP FUNCTION IF EXISTS refuse_test_document()`;
    const indexed = async () =>
      (
        await db.query(
          `SELECT document->>'name' AS name FROM expert_search_index
            WHERE document->>'name' IN ('癸十', '甲十一') ORDER BY 1`,
        )
      ).map((r: { name: string }) => r.name);
    try {
      const csv = [HEADER, row('癸十', '导入测试单位E', '13800000008'), row('甲十一', '导入测试单位E')].join(
        '\n',
      );
      const report = await t.app.get(ExpertImportService).importNow(SYSTEM_ACTOR, csv);
      // Row by row, each expert is written with an outbox row; the round's documents went with its rollback.
      expect(report).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [] });
      const queued = await db.query(
        `SELECT e.name FROM search_outbox o JOIN experts e ON e.id = o.expert_id
          WHERE e.name IN ('癸十', '甲十一') ORDER BY e.name`,
      );
      expect(queued.map((r: { name: string }) => r.name)).toEqual(['甲十一', '癸十']);
      expect(await indexed()).toEqual([]);
      // Each audit row once: the undone round's were rolled back with it.
      const [audit] = await db.query(
        `SELECT count(*)::int AS n FROM audit_log
          WHERE action = 'expert.import_create' AND after->>'name' IN ('癸十', '甲十一')`,
      );
      expect(audit.n).toBe(2);
    } finally {
      await db.query(refusing);
    }
    // Once the index takes them, the outbox brings both in.
    await t.app.get(SearchIndexService).sync();
    expect(await waitFor(async () => (await indexed()).length === 2, 20_000)).toBe(true);
    expect(await indexed()).toEqual(['甲十一', '癸十']);
  });

  it('refuses a synchronous import past its row limit before writing anything', async () => {
    const imports = t.app.get(ExpertImportService);
    const lines = [HEADER];
    for (let i = 0; i < 5001; i++) lines.push(row(`超限${i}`, '导入测试单位D'));
    await expect(imports.importNow(SYSTEM_ACTOR, lines.join('\n'))).rejects.toThrow(
      '文件共 5001 行，超过即时导入上限 5000 行',
    );
    const [n] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations WHERE name = '导入测试单位D'`,
    );
    expect(n.n).toBe(0);
  });

  it('reads a job file larger than one 4 MB slice back byte for byte', async () => {
    const content = randomBytes(9 * 1024 * 1024 + 123);
    const job = await jobRow('QUEUED', '大文件.csv', content);
    const jobs = t.app.get(ImportJobRepository);
    const read = await jobs.withContent(job.id);
    expect(read!.content!.equals(content)).toBe(true);
    expect(read!.fileName).toBe('大文件.csv');
    const slices: Buffer[] = [];
    for await (const slice of jobs.contentSlices(job.id)) slices.push(slice);
    expect(slices.length).toBe(10); // 1 MB each, the last one shorter
    expect(Buffer.concat(slices).equals(content)).toBe(true);
  });

  it('imports a CSV job read from the database in slices, its rows counted when the file arrived', async () => {
    const imports = t.app.get(ExpertImportService);
    // ~1.3 MB, two batches: rows (with multi-byte characters) are cut by the 1 MB slice boundary.
    const lines = [HEADER];
    const n = 8000;
    for (let i = 0; i < n; i++)
      lines.push(row(`分片${i}`, `分片测试单位${i % 7}`, `139${String(i).padStart(8, '0')}`));
    lines.push(row('分片末行', '分片测试单位0', '', '教授', '火星市'));
    const content = Buffer.from(
      (lines.join('\r\n') + '\r\n').replace(/设施蔬菜栽培/g, '设施蔬菜栽培与病虫害绿色防控技术推广'),
      'utf8',
    );
    expect(content.length).toBeGreaterThan(1024 * 1024);
    const started = await imports.start(SYSTEM_ACTOR, '分片.csv', content);
    expect(started.totalRows).toBe(n + 1);
    await imports.run(started.id, async () => SYSTEM_ACTOR);
    const job = await finished(started.id);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      created: n,
      updated: 0,
      unchanged: 0,
      processedRows: n + 1,
    });
    expect(job.rejected).toEqual([{ row: n + 2, reason: expect.stringContaining('火星市') }]);
    const [count] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM experts WHERE name LIKE '分片%' AND specialties LIKE '%技术推广'`,
    );
    expect(count.n).toBe(n);
  });

  it('removes a finished job’s file when its time is up; the job keeps its report, a newer job its file', async () => {
    const imports = t.app.get(ExpertImportService);
    const jobs = t.app.get(ImportJobRepository);
    const db = t.runtime.dataSource;
    const file = (name: string) =>
      Buffer.from([HEADER, row(name, '保留期测试单位', '', '教授', '310104')].join('\n') + '\n', 'utf8');
    const old = await imports.start(SYSTEM_ACTOR, '旧名单.csv', file('保留期甲'));
    await imports.run(old.id, async () => SYSTEM_ACTOR);
    expect(await finished(old.id)).toMatchObject({ status: 'SUCCEEDED', created: 1 });
    // Finishing the job queued the sweep that removes its file when IMPORT_FILE_DAYS are up.
    const [queued] = await db.query(
      `SELECT job_name, extract(epoch FROM run_at - now()) / 86400 AS days FROM outbox WHERE job_id = $1`,
      [`imports-sweep-${old.id}`],
    );
    expect(queued.job_name).toBe('imports.sweep');
    expect(Number(queued.days)).toBeGreaterThan(IMPORT_FILE_DAYS - 0.01);
    expect(Number(queued.days)).toBeLessThan(IMPORT_FILE_DAYS + 0.01);
    const recent = await imports.start(SYSTEM_ACTOR, '新名单.csv', file('保留期乙'));
    await imports.run(recent.id, async () => SYSTEM_ACTOR);
    await finished(recent.id);
    // A job a run still holds (written here, not queued: no worker takes it on).
    const waiting = await jobRow('RUNNING', '进行中.csv', file('保留期丙'));
    // The first job finished IMPORT_FILE_DAYS and a minute ago; the queued one was created as long ago.
    await db.query(
      `UPDATE import_jobs SET finished_at = now() - make_interval(days => $2::int, mins => 1) WHERE id = $1`,
      [old.id, IMPORT_FILE_DAYS],
    );
    await db.query(`UPDATE import_jobs SET created_at = now() - interval '400 days' WHERE id = $1`, [
      waiting.id,
    ]);

    expect(await imports.sweep()).toBeGreaterThanOrEqual(1);
    const size = async (id: string) =>
      (await db.query(`SELECT octet_length(content) AS n FROM import_jobs WHERE id = $1`, [id]))[0].n;
    expect(await size(old.id)).toBeNull();
    expect(await size(recent.id)).toBeGreaterThan(0);
    expect(await size(waiting.id)).toBeGreaterThan(0);
    const kept = await imports.job(SYSTEM_ACTOR, old.id);
    expect(kept).toMatchObject({ status: 'SUCCEEDED', created: 1, processedRows: 1, fileName: '旧名单.csv' });
    expect(kept.fileRemovedAt).toBeInstanceOf(Date);
    // Again: nothing more to remove, nothing changes.
    expect(await imports.sweep()).toBe(0);
    expect((await imports.job(SYSTEM_ACTOR, old.id)).fileRemovedAt).toEqual(kept.fileRemovedAt);
    // The database refuses a file gone from a job not finished.
    await expect(
      db.query(`UPDATE import_jobs SET content = NULL, file_removed_at = now() WHERE id = $1`, [waiting.id]),
    ).rejects.toThrow(/import_jobs_file_kept_until_finished/);
    await db.query(`UPDATE import_jobs SET status = 'FAILED', finished_at = now() WHERE id = $1`, [
      waiting.id,
    ]);
    // A file removed, the job still reads as before (the row report, the counts), and a run of it does nothing.
    await imports.run(old.id, async () => SYSTEM_ACTOR);
    expect(await jobs.find(old.id)).toMatchObject({ status: 'SUCCEEDED', created: 1 });
  });
});
