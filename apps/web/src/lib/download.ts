// Files made for the person: a server's base64 download, or a CSV built here. Text cells pass through
// `safeCell` (libs/domain), the same rule the server's exports use, so no cell opens as a formula.
import { safeCell } from '@app/domain';
import { dispositionFileName } from './content-disposition';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A refused server download: the server's Chinese message and its reason (e.g. LINK_EXPIRED). */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | null,
  ) {
    super(message);
  }
}

/**
 * A file the server serves only to the signed-in account (exports, application PDFs): fetched with the session
 * token, then saved under the server's file name (else `fileName`). The answer of a refusal is JSON with a Chinese
 * message.
 */
export async function downloadWithToken(url: string, fileName: string, token: string | null): Promise<void> {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string; reason?: string } | null;
    throw new DownloadError(body?.message ?? '下载失败，请稍后重试', res.status, body?.reason ?? null);
  }
  save(await res.blob(), dispositionFileName(res.headers.get('Content-Disposition')) ?? fileName);
}

export function downloadBase64(fileName: string, mimeType: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  save(new Blob([bytes], { type: mimeType }), fileName);
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(safeCell(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text (RFC 4180) with a UTF-8 BOM, so Excel opens the Chinese correctly. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(fileName: string, rows: readonly (readonly unknown[])[]): void {
  save(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/**
 * A one-sheet xlsx with a bold header row. exceljs is loaded only when someone downloads, so it never weighs on
 * the pages that do not need it.
 */
export async function downloadXlsx(
  fileName: string,
  sheetName: string,
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  rows.forEach((row, i) => {
    const added = sheet.addRow(
      row.map((v) => (v === null || v === undefined ? '' : safeCell(v as string | number))),
    );
    if (i === 0) added.font = { bold: true };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  save(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName,
  );
}

/** The file's bytes as base64 (without the data: prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}
