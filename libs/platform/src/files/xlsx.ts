// Excel workbooks (exceljs): the first sheet as rows of strings, and a simple styled sheet for exports.
import ExcelJS from 'exceljs';

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
  const wb = new ExcelJS.Workbook();
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

/** A one-sheet workbook with a bold, frozen header row and sensible column widths. */
export async function writeXlsx(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '专家服务基层平台';
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => v ?? ''));
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(header[i]!.length * 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length * 1.6));
    col.width = Math.min(60, Math.max(8, Math.ceil(longest)));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
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
export async function writeFormXlsx(sheetName: string, title: string, subtitle: string, sections: FormSection[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '专家服务基层平台';
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = [{ width: 48 }, { width: 60 }];
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(titleRow.number, 1, titleRow.number, 2);
  sheet.addRow([subtitle]).font = { italic: true, color: { argb: 'FF595959' } };
  for (const s of sections) {
    sheet.addRow([]);
    const h = sheet.addRow([s.heading]);
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.mergeCells(h.number, 1, h.number, 2);
    for (const [label, value] of s.rows) {
      const r = sheet.addRow([label, value]);
      r.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
