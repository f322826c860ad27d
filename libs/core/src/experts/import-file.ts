// An expert list as the import reads it: the header checked and mapped first, then the data rows one at a time
// (CSV decoded and parsed a chunk at a time, or read from the database a slice at a time; xlsx through exceljs'
// streaming reader), so a 100k-row file is parsed once and never held as rows or as one string.
import { StringDecoder } from 'node:string_decoder';
import { AppError, mapImportHeader, restoreNeutralized, type ImportColumn } from '@app/domain';
import { looksLikeXlsx, parseCsvChunks, parseCsvSlices, streamXlsxRows } from '@app/platform';

export interface ImportFile {
  columns: Partial<Record<ImportColumn, number>>;
  /** The data rows, in order (row 2 of the file first). Read once. */
  rows: AsyncIterable<string[]>;
  /** Data rows expected (a CSV's line count), or null when unknown until read (xlsx). */
  estimatedRows: number | null;
}

const TEMPLATE =
  '姓名,性别,工作单位,职称,职称级别,专业领域,研究方向,人才称号,所在地区,专家来源,是否退休,手机,邮箱';
const XLSX_UNREADABLE = '无法读取该 Excel 文件，请确认是 .xlsx 格式（旧版 .xls 请另存为 .xlsx）';

async function* xlsxRows(content: Buffer): AsyncGenerator<string[]> {
  try {
    yield* streamXlsxRows(content);
  } catch {
    throw AppError.badInput(XLSX_UNREADABLE);
  }
}

async function* restored(rows: AsyncIterable<string[]> | Iterable<string[]>): AsyncGenerator<string[]> {
  // Our exports quote cells that would open as formulas ('=…): read them as they were before the export.
  for await (const r of rows) yield r.map((c) => restoreNeutralized(String(c ?? '')));
}

/** Text decoded 1 MB at a time (a character split between two chunks is kept whole): never one 100k-row string. */
const DECODE_CHUNK = 1024 * 1024;
function* decoded(content: Buffer): Generator<string> {
  const decoder = new StringDecoder('utf8');
  for (let at = 0; at < content.length; at += DECODE_CHUNK) {
    yield decoder.write(content.subarray(at, at + DECODE_CHUNK));
  }
  yield decoder.end();
}

function countLines(content: Buffer): number {
  let n = 0;
  for (let at = content.indexOf(10); at !== -1; at = content.indexOf(10, at + 1)) n++;
  return n;
}

/** A CSV read in slices (the worker reads the job's file from the database a part at a time). */
export interface CsvSlices {
  slices: AsyncIterable<Buffer>;
  /** Data rows expected, counted when the file was received; null when unknown. */
  estimatedRows: number | null;
}

const ROW_TOO_LONG = () => AppError.badInput('文件中有一行超过 1 MB，无法读取，请检查文件');

/** Opens the file and checks its header; throws BAD_USER_INPUT for an unreadable file, a missing column or no data. */
export async function openImportFile(content: Buffer | string | CsvSlices): Promise<ImportFile> {
  const sliced = typeof content === 'object' && !Buffer.isBuffer(content) ? content : null;
  const xlsx = !sliced && typeof content !== 'string' && looksLikeXlsx(content as Buffer);
  const source = sliced
    ? parseCsvSlices(sliced.slices, ROW_TOO_LONG)
    : xlsx
      ? xlsxRows(content as Buffer)
      : parseCsvChunks(typeof content === 'string' ? [content] : decoded(content as Buffer));
  const it = restored(source)[Symbol.asyncIterator]();
  const header = await it.next();
  const first = header.done ? undefined : await it.next();
  if (header.done || !first || first.done) {
    throw AppError.badInput('文件中没有数据行：第 1 行应为表头，从第 2 行起每行一位专家');
  }
  const { columns, missing } = mapImportHeader(header.value);
  if (missing.length)
    throw AppError.badInput(`表头缺少必填列：${missing.join('、')}。请使用模板表头：${TEMPLATE}`);
  const rows: AsyncIterable<string[]> = {
    async *[Symbol.asyncIterator]() {
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  let estimatedRows: number | null = null;
  if (sliced) estimatedRows = sliced.estimatedRows;
  else if (!xlsx) {
    estimatedRows =
      typeof content === 'string' ? content.split('\n').length - 1 : countLines(content as Buffer);
    estimatedRows = Math.max(1, estimatedRows - 1); // the header's line
  }
  return { columns, rows, estimatedRows };
}
