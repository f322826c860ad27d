import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  looksLikeXlsx,
  openXlsxStream,
  readXlsxRows,
  streamXlsxRows,
  writeFormXlsx,
  writeXlsx,
} from './xlsx.js';

const PAYLOADS = [
  '=HYPERLINK("http://evil.example","点我")',
  '＝1+1',
  '@SUM(A1:A9)',
  '-2+3',
  '+86',
  '\t=1',
  '\r=1',
];

/** Every cell of the first sheet: its type and raw value. */
async function cellsOf(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: { type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] = [];
  wb.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => out.push({ type: cell.type, value: cell.value })),
  );
  return out;
}

describe('xlsx', () => {
  it('streams the first sheet row by row with what readXlsxRows reads: text, numbers, dates, rich text, no empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('专家');
    sheet.addRow(['姓名', '手机', '日期', '说明']);
    sheet.addRow([
      '周建明',
      13812345678,
      new Date(Date.UTC(2026, 0, 5)),
      { richText: [{ text: '脑卒中' }, { text: '筛查' }] },
    ]);
    sheet.addRow([]);
    sheet.addRow(['  李文华 ', '', '', '']);
    wb.addWorksheet('第二页').addRow(['不读']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const streamed: string[][] = [];
    for await (const row of streamXlsxRows(buf)) streamed.push(row);
    expect(streamed).toEqual(await readXlsxRows(buf));
    expect(streamed[1]).toEqual(['周建明', '13812345678', '2026-01-05', '脑卒中筛查']);
    expect(streamed).toHaveLength(3);
  });

  it('writes a workbook and reads the same rows back', async () => {
    const buf = await writeXlsx(
      '专家',
      ['姓名', '手机', '领域'],
      [
        ['周建明', '13812345678', '医疗、生物医药'],
        ['沈丽萍', null, '农业'],
      ],
    );
    expect(looksLikeXlsx(buf)).toBe(true);
    expect(await readXlsxRows(buf)).toEqual([
      ['姓名', '手机', '领域'],
      ['周建明', '13812345678', '医疗、生物医药'],
      ['沈丽萍', '', '农业'],
    ]);
  });

  it('neutralises formula-like text in every cell; numbers stay numbers, negative ones too', async () => {
    const buf = await writeXlsx(
      '专家',
      ['序号', '内容'],
      [...PAYLOADS.map((p, i) => [i + 1, p]), [-5, '正常文本']],
    );
    const cells = await cellsOf(buf);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    // XML reads a stored CR back as LF: compare with line breaks normalised.
    const lf = (v: unknown) => String(v).replace(/\r/g, '\n');
    const texts = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => lf(c.value));
    for (const p of PAYLOADS) expect(texts).toContain(lf(`'${p}`));
    expect(cells).toContainEqual({ type: ExcelJS.ValueType.Number, value: -5 });
  });

  it('neutralises the form layout (survey) too', async () => {
    const buf = await writeFormXlsx('表', '=标题', '@副标题', [
      {
        heading: '+一、',
        rows: [
          ['-标签', '=1+1'],
          ['数值', -3],
        ],
      },
    ]);
    const cells = await cellsOf(buf);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["'=标题", "'@副标题", "'+一、", "'-标签", "'=1+1", -3]),
    );
  });

  it('streams a large sheet to a file with the same content and neutralised cells', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-stream-'));
    try {
      const file = path.join(dir, 'out.xlsx');
      const writer = await openXlsxStream(file, '专家库', ['序号', '姓名', '研究方向']);
      for (let page = 0; page < 30; page++) {
        await writer.addRows(
          Array.from({ length: 100 }, (_, i) => [
            page * 100 + i + 1,
            `专家${page * 100 + i + 1}`,
            PAYLOADS[i % PAYLOADS.length]!,
          ]),
        );
      }
      const { bytes } = await writer.close();
      const buf = readFileSync(file);
      expect(bytes).toBe(buf.length);
      const rows = await readXlsxRows(buf);
      expect(rows).toHaveLength(3001);
      expect(rows[0]).toEqual(['序号', '姓名', '研究方向']);
      expect(rows[3000]).toEqual(['3000', '专家3000', `'${PAYLOADS[99 % PAYLOADS.length]}`.trim()]);
      const cells = await cellsOf(buf);
      expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Number)).toHaveLength(3000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a valid empty sheet (header only) when there are no rows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-stream-'));
    try {
      const file = path.join(dir, 'empty.xlsx');
      await (await openXlsxStream(file, '专家库', ['姓名'])).close();
      expect(await readXlsxRows(readFileSync(file))).toEqual([['姓名']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
