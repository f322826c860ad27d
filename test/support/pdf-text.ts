// Reads the text back out of a PDF that pdfkit wrote, with nothing but Node: inflate the streams (zlib), walk the
// pages in order, and map each shown glyph id through its font's embedded ToUnicode CMap. Enough for pdfkit's
// output (Type0 fonts, Identity-H, one content stream per page); not a general PDF parser.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index + m[0].length;
    const endobj = text.indexOf('endobj', from);
    const stream = text.indexOf('stream', from);
    if (stream < 0 || stream > endobj) {
      out.set(Number(m[1]), { dict: text.slice(from, endobj), stream: null });
      re.lastIndex = endobj;
      continue;
    }
    // The stream's bytes by its /Length: compressed data may hold any bytes, "endobj" included.
    const dict = text.slice(from, stream);
    let start = stream + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const length = Number(/\/Length\s+(\d+)(?!\s+0\s+R)/.exec(dict)?.[1]);
    if (!Number.isFinite(length)) throw new Error(`object ${m[1]}: stream without a direct /Length`);
    let raw = pdf.subarray(start, start + length);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) raw = inflateSync(raw);
    out.set(Number(m[1]), { dict, stream: Buffer.from(raw) });
    re.lastIndex = text.indexOf('endobj', start + length);
  }
  return out;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

function utf16(hex: string): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

/** glyph id → text, from the bfchar and bfrange sections of a ToUnicode CMap. */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      } else {
        const first = utf16(dst.slice(1, -1));
        const base = first.charCodeAt(first.length - 1);
        for (let g = lo; g <= hi; g++) map.set(g, first.slice(0, -1) + String.fromCharCode(base + (g - lo)));
      }
    }
  }
  return map;
}

export interface PdfText {
  /** The text of each page, in order: the shown strings joined without separators. */
  pages: string[];
  /** All pages, joined with a newline. */
  text: string;
}

export function pdfText(pdf: Buffer): PdfText {
  const objs = objects(pdf);
  const cmaps = new Map<number, Map<number, string>>();
  const fontMap = (fontObj: number): Map<number, string> => {
    let map = cmaps.get(fontObj);
    if (!map) {
      const toUnicode = ref(objs.get(fontObj)?.dict ?? '', 'ToUnicode');
      const stream = toUnicode !== null ? objs.get(toUnicode)?.stream : null;
      map = stream ? parseCMap(stream.toString('latin1')) : new Map();
      cmaps.set(fontObj, map);
    }
    return map;
  };
  const pagesObj = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  if (!pagesObj) throw new Error('no page tree in this PDF');
  const kids = [.../\/Kids\s*\[([^\]]*)\]/.exec(pagesObj.dict)![1]!.matchAll(/(\d+) 0 R/g)].map((m) =>
    Number(m[1]),
  );
  const pages = kids.map((pageId) => {
    const page = objs.get(pageId)!.dict;
    const resId = ref(page, 'Resources');
    const resources = resId !== null ? objs.get(resId)!.dict : page;
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    for (const m of fontDict.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) fonts.set(m[1]!, Number(m[2]));
    const content = objs.get(ref(page, 'Contents')!)!.stream!.toString('latin1');
    let map = new Map<number, string>();
    let out = '';
    const show = (hex: string) => {
      for (let i = 0; i + 4 <= hex.length; i += 4)
        out += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
    };
    const ops = /\/([\w.-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (let m = ops.exec(content); m; m = ops.exec(content)) {
      if (m[1]) map = fontMap(fonts.get(m[1]) ?? -1);
      else if (m[2] !== undefined) for (const h of m[2].matchAll(/<([0-9a-fA-F]*)>/g)) show(h[1]!);
      else show(m[3]!);
    }
    return out;
  });
  return { pages, text: pages.join('\n') };
}
