// RFC 4180 CSV as spreadsheets write it: optional UTF-8 BOM, quoted cells with "" escapes and line breaks,
// CRLF or LF. Rows are yielded lazily, from text that may arrive in chunks, so a 100k-row file is never held
// as rows nor, read from bytes, as one string.
import { StringDecoder } from 'node:string_decoder';
import { neutralizeFormula } from '@app/domain';

export function* parseCsv(text: string): Generator<string[]> {
  yield* parseCsvChunks([text]);
}

/** Cells end at these outside quotes; a quote opens a quoted cell only at the cell's start. */
const SPECIAL = /[,\r\n"]/g;

/**
 * parseCsv over text that arrives in pieces (a file decoded chunk by chunk): the same rows, whatever the chunk
 * boundaries, and never the whole text as one string. Cells are sliced between delimiters, not built character by
 * character.
 */
export function* parseCsvChunks(chunks: Iterable<string>): Generator<string[]> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let any = false;
  let first = true;
  let quoteAtEnd = false; // inside quotes, the previous chunk ended on '"': an escape if the next char is '"'
  let crAtEnd = false; // the previous chunk ended on '\r': a '\n' next belongs to it
  const special = new RegExp(SPECIAL);
  for (const text of chunks) {
    const n = text.length;
    if (n === 0) continue;
    let i = 0;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (crAtEnd) {
      crAtEnd = false;
      if (text.charCodeAt(i) === 10) i++;
    }
    if (quoteAtEnd) {
      quoteAtEnd = false;
      if (text.charCodeAt(i) === 34) {
        cell += '"';
        i++;
      } else quoted = false;
    }
    while (i < n) {
      if (quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          cell += text.slice(i);
          break;
        }
        cell += text.slice(i, q);
        if (q + 1 === n) {
          quoteAtEnd = true;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          cell += '"';
          i = q + 2;
        } else {
          quoted = false;
          i = q + 1;
        }
        continue;
      }
      special.lastIndex = i;
      const match = special.exec(text);
      const at = match ? match.index : n;
      if (at > i) {
        cell += text.slice(i, at);
        any = true;
      }
      if (!match) break;
      const ch = text.charCodeAt(at);
      i = at + 1;
      if (ch === 34) {
        if (cell === '') quoted = true;
        else cell += '"';
        any = true;
      } else if (ch === 44) {
        row.push(cell);
        cell = '';
        any = true;
      } else {
        row.push(cell);
        if (any || row.length > 1 || row[0] !== '') yield row;
        row = [];
        cell = '';
        any = false;
        if (ch === 13) {
          if (i === n) crAtEnd = true;
          else if (text.charCodeAt(i) === 10) i++;
        }
      }
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

/** A row that spans more than this many slices is refused (the parser reads ahead only that far). */
const SLICES_AHEAD = 2;

/**
 * parseCsvChunks over UTF-8 bytes that arrive asynchronously, a slice at a time (a file read from the database in
 * parts): at most SLICES_AHEAD slices are held besides the row being parsed. A row longer than that is refused
 * with `tooLong()`.
 */
export async function* parseCsvSlices(
  slices: AsyncIterable<Buffer>,
  tooLong: () => Error = () => new Error('CSV row longer than the slices read ahead'),
): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  const source = slices[Symbol.asyncIterator]();
  const ready: string[] = [];
  let ended = false;
  // The synchronous parser pulls text from `ready`, which is refilled before each row it is asked for.
  const rows = parseCsvChunks({
    [Symbol.iterator]: () => ({
      next: (): IteratorResult<string> => {
        if (ready.length) return { value: ready.shift()!, done: false };
        if (ended) return { value: undefined, done: true };
        throw tooLong();
      },
    }),
  });
  for (;;) {
    while (!ended && ready.length < SLICES_AHEAD) {
      const next = await source.next();
      if (next.done) {
        ended = true;
        ready.push(decoder.end());
      } else {
        const text = decoder.write(next.value); // '' when a slice ends inside a character
        if (text) ready.push(text);
      }
    }
    const row = rows.next();
    if (row.done) return;
    yield row.value;
  }
}
