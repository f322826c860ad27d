// The set-based import against a real database: row reports as row-by-row writing gives them (duplicates inside
// the file, updates, unchanged rows, rejections in row order), employers, search outbox and audit rows set-based.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '@app/domain';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';
import { ExpertImportService } from './expert-import.service.js';

let t: TestApp;
const HEADER = '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱';
const row = (name: string, employer: string, phone = '', title = '教授', region = '310104') =>
  `${name},男,${employer},${title},正高级,农业,设施蔬菜栽培,,${region},本省(区、市),否,${phone},`;

beforeAll(async () => {
  t = await startTestApp({ logger: console });
});
afterAll(() => t?.close());

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
    expect(report).toEqual({ created: 3, updated: 2, unchanged: 1, rejected: [{ row: 7, reason: expect.stringContaining('火星市') }] });
    const db = t.runtime.dataSource;
    const [experts] = await db.query(`SELECT count(*)::int AS n FROM experts e JOIN organizations o ON o.id = e.employer_id WHERE o.name LIKE '导入测试单位%'`);
    expect(experts.n).toBe(3);
    const audit = await db.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('expert.import_create', 'expert.update', 'organization.create') GROUP BY action ORDER BY action`);
    expect(audit).toEqual([
      { action: 'expert.import_create', n: 3 },
      { action: 'expert.update', n: 2 },
      { action: 'organization.create', n: 2 },
    ]);
    const [outbox] = await db.query(`SELECT count(*)::int AS n, max(version) AS v FROM search_outbox`);
    expect(outbox).toEqual({ n: 5, v: 2 });
    // Again: 甲一 goes back to 教授 (row 2) and up to 研究员 again (row 4); every other row is as on file.
    const again = await imports.importNow(SYSTEM_ACTOR, csv);
    expect(again).toEqual({ created: 0, updated: 2, unchanged: 4, rejected: report.rejected });
  });
});
