// Reads the rows of an uploaded .csv or .xlsx in the browser, so the rows an import rejected can be handed back
// with their contents (the server's report names only row numbers and reasons). The .xlsx reader is deliberately
// small: the first worksheet's cell text through the browser's own inflate (DecompressionStream); anything it
// cannot read simply leaves the rows out of the download.

/** Row number (1 = header) → cell texts. */
export type SheetRows = Map<number, string[]>;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files of a zip archive by name (stored or deflated entries only). */
async function unzip(buffer: ArrayBuffer, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const files = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    if (method === 0) files.set(name, decoder.decode(raw));
    else if (method === 8) files.set(name, decoder.decode(await inflateRaw(raw)));
  }
  return files;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const textOf = (el: Element): string =>
  Array.from(el.getElementsByTagName('t'))
    .map((t) => t.textContent ?? '')
    .join('');

export async function readXlsx(buffer: ArrayBuffer): Promise<SheetRows> {
  const files = await unzip(buffer, (name) =>
    /^xl\/(sharedStrings\.xml|workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(name),
  );
  const xml = (name: string) => {
    const text = files.get(name);
    return text ? new DOMParser().parseFromString(text, 'application/xml') : null;
  };
  // The first sheet of the workbook, through its relationship.
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const firstSheet = xml('xl/workbook.xml')?.getElementsByTagName('sheet')[0];
  const rid = firstSheet?.getAttribute('r:id');
  if (rid) {
    const rel = Array.from(
      xml('xl/_rels/workbook.xml.rels')?.getElementsByTagName('Relationship') ?? [],
    ).find((r) => r.getAttribute('Id') === rid);
    const target = rel?.getAttribute('Target');
    if (target) sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  const shared = Array.from(xml('xl/sharedStrings.xml')?.getElementsByTagName('si') ?? []).map(textOf);
  const sheet = xml(sheetPath);
  if (!sheet) throw new Error('no worksheet');
  const rows: SheetRows = new Map();
  for (const row of Array.from(sheet.getElementsByTagName('row'))) {
    const number = Number(row.getAttribute('r'));
    const cells: string[] = [];
    Array.from(row.getElementsByTagName('c')).forEach((c, i) => {
      const ref = c.getAttribute('r');
      const index = ref ? columnIndex(ref) : i;
      const type = c.getAttribute('t');
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      let text = v;
      if (type === 's') text = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') text = textOf(c);
      else if (type === 'b') text = v === '1' ? '是' : '否';
      cells[index] = text;
    });
    if (number)
      rows.set(
        number,
        Array.from(cells, (c) => c ?? ''),
      );
  }
  return rows;
}

/** The rows of an uploaded file by row number, or null when it cannot be read here. */
export async function readSheet(file: File): Promise<SheetRows | null> {
  try {
    if (/\.csv$/i.test(file.name)) {
      const rows = parseCsv(await file.text());
      return new Map(rows.map((cells, i) => [i + 1, cells]));
    }
    if (/\.xlsx$/i.test(file.name) && typeof DecompressionStream !== 'undefined')
      return await readXlsx(await file.arrayBuffer());
  } catch {
    // Unreadable here: the download then lists row numbers and reasons only.
  }
  return null;
}
