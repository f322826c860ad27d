// RFC 4180 CSV as spreadsheets write it: optional UTF-8 BOM, quoted cells with "" escapes and line breaks,
// CRLF or LF. Rows are yielded lazily so a 100k-row file is never held twice in memory.
import { neutralizeFormula } from '@app/domain';

export function* parseCsv(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let any = false;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      any = true;
      i++;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      any = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      if (any || row.length > 1 || row[0] !== '') yield row;
      row = [];
      cell = '';
      any = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      any = true;
      i++;
    }
  }
  if (any || cell !== '' || row.length > 0) {
    row.push(cell);
    yield row;
  }
}

function escapeCell(raw: string): string {
  const value = neutralizeFormula(raw); // a cell must never open as a formula
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}
