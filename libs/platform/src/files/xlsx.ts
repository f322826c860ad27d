// Excel workbooks (exceljs): the first sheet as rows of strings, a simple styled sheet for exports (in memory, or
// streamed to a file row by row for large ones). Every text cell written goes through `safeCell`, so no cell of an
// export can become a formula.
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { safeCell } from '@app/domain';

type ExcelJsModule = typeof ExcelJS;
let excelJs: Promise<ExcelJsModule> | null = null;
/**
 * exceljs on first use: it is ~25 MB of a process's memory once loaded, and most api and worker processes never
 * read or write a workbook.
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  return (excelJs ??= import('exceljs').then((m) => m.default));
}

export type SheetCell = string | number | null;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Rows of the first worksheet as strings (numbers as written, dates as YYYY-MM-DD). */
export async function readXlsxRows(data: Buffer | ArrayBuffer): Promise<string[][]> {
  const wb = new (await loadExcelJs()).Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells[c - 1] = cellText(row.getCell(c).value).trim();
    rows.push(cells);
  });
  return rows;
}

/**
 * Rows of the first worksheet as strings, read as a stream (exceljs' WorkbookReader): one row at a time, never the
 * whole workbook in memory. Empty rows are skipped, as readXlsxRows does.
 */
export async function* streamXlsxRows(data: Buffer): AsyncGenerator<string[]> {
  const reader = new (await loadExcelJs()).stream.xlsx.WorkbookReader(Readable.from([data]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // dates are numbers with a date style
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (!row.hasValues) continue;
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells[c - 1] = cellText(row.getCell(c).value).trim();
      yield cells;
    }
    return; // the first worksheet only
  }
}

const cells = (row: SheetCell[]) => row.map((v) => safeCell(v ?? ''));

/** Column widths from the header and the first rows (Chinese characters count about double). */
function columnWidths(header: string[], rows: SheetCell[][]): number[] {
  return header.map((h, i) => {
    const longest = Math.max(h.length * 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length * 1.6));
    return Math.min(60, Math.max(8, Math.ceil(longest)));
  });
}

/** A one-sheet workbook with a bold, frozen header row and sensible column widths. */
export async function writeXlsx(sheetName: string, header: string[], rows: SheetCell[][]): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = '专家服务基层平台';
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(cells(header)).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r));
  const widths = columnWidths(header, rows);
  sheet.columns.forEach((col, i) => {
    col.width = widths[i] ?? 8;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface XlsxStreamWriter {
  /** Appends rows; each is written out at once, so memory does not grow with the number of rows. */
  addRows(rows: SheetCell[][]): Promise<void>;
  /** Finishes the workbook; the file is complete when this resolves. */
  close(): Promise<{ bytes: number }>;
  /** Stops writing after a failure (the caller removes the half-written file). */
  abort(): void;
}

/**
 * The same sheet as `writeXlsx`, written to a file with exceljs's streaming writer: rows are committed as they come
 * and never held together. Column widths follow the header and the first batch of rows.
 */
export async function openXlsxStream(
  filePath: string,
  sheetName: string,
  header: string[],
): Promise<XlsxStreamWriter> {
  const Excel = await loadExcelJs();
  const out = createWriteStream(filePath);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {}); // observed by close()
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = '专家服务基层平台';
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  let started = false;
  const start = (first: SheetCell[][]) => {
    started = true;
    sheet.columns = columnWidths(header, first).map((width) => ({ width }));
    const h = sheet.addRow(cells(header));
    h.font = { bold: true };
    h.commit();
  };
  return {
    async addRows(rows) {
      if (!started) start(rows);
      for (const r of rows) sheet.addRow(cells(r)).commit();
      // Let the zip and the file catch up before the caller reads the next page.
      if (out.writableNeedDrain)
        await Promise.race([new Promise<void>((resolve) => out.once('drain', () => resolve())), failed]);
    },
    async close() {
      if (!started) start([]);
      sheet.commit();
      await Promise.race([wb.commit(), failed]);
      if (!out.writableFinished)
        await Promise.race([new Promise<void>((resolve) => out.once('finish', () => resolve())), failed]);
      return { bytes: (await stat(filePath)).size };
    },
    abort() {
      out.destroy();
    },
  };
}

/** xlsx files are zip archives: they start with "PK". */
export function looksLikeXlsx(data: Buffer): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
}

export interface FormSection {
  heading: string;
  rows: (readonly [label: string, value: string | number])[];
}

/**
 * A form laid out as the paper annex: a title, then each section's heading and its label | value rows. Values
 * are written as numbers where they are numbers, so totals can be checked in Excel.
 */
export async function writeFormXlsx(
  sheetName: string,
  title: string,
  subtitle: string,
  sections: FormSection[],
): Promise<Buffer> {
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = '专家服务基层平台';
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = [{ width: 48 }, { width: 60 }];
  const titleRow = sheet.addRow(cells([title]));
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(titleRow.number, 1, titleRow.number, 2);
  sheet.addRow(cells([subtitle])).font = { italic: true, color: { argb: 'FF595959' } };
  for (const s of sections) {
    sheet.addRow([]);
    const h = sheet.addRow(cells([s.heading]));
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.mergeCells(h.number, 1, h.number, 2);
    for (const [label, value] of s.rows) {
      const r = sheet.addRow(cells([label, value]));
      r.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
