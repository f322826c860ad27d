// Bordered forms as PDF (pdfkit): a title, lines of text, and table rows of cells whose text wraps and, when a row
// is taller than what is left of the page, continues on the next page — no text is ever clipped. The Chinese font
// comes from an npm package (Noto Sans SC, OFL), so a machine with only Node lays out the same document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type PDFDocument from 'pdfkit';

export type PdfAlign = 'left' | 'center' | 'right';

/** A paragraph inside a cell: wraps to the cell's width. */
export interface PdfParagraph {
  text: string;
  align?: PdfAlign;
  bold?: boolean;
  /** Space before the paragraph, in points. */
  gap?: number;
}

export interface PdfCell {
  paragraphs: PdfParagraph[];
  /** Share of the table's width; the cells of a row add up to 1. */
  width: number;
  shaded?: boolean;
  /** Vertically centred when the row is not split over pages (label cells). */
  middle?: boolean;
}

export interface PdfTableOptions {
  /** Written in the footer of every page, before 第 n 页 共 m 页 (e.g. 草稿). */
  footerNote?: string;
  /** Leave the page streams uncompressed (tests read them). */
  uncompressed?: boolean;
  info?: { Title?: string; Subject?: string; Author?: string };
}

const FONT_SIZE = 10.5;
const LINE = 16;
const PAD = 5;
const MARGIN = { top: 56, bottom: 56, left: 50, right: 50 };
/** Rows of at most this many lines move whole to the next page rather than split. */
const KEEP_TOGETHER_LINES = 4;
/** Closing punctuation may hang past the edge rather than start a line. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕’”,.;:!?)]%']);

type PdfKit = typeof PDFDocument;
let pdfKit: Promise<PdfKit> | null = null;
/** pdfkit on the first PDF: with its font engine it is ~25 MB of a process's memory once loaded. */
function loadPdfKit(): Promise<PdfKit> {
  return (pdfKit ??= import('pdfkit').then((m) => m.default));
}

let fonts: { regular: Buffer; bold: Buffer } | null = null;

/** Noto Sans SC regular and bold, read once from @expo-google-fonts/noto-sans-sc wherever npm put it. */
export function chineseFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = path.dirname(
      createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'),
    );
    fonts = {
      regular: readFileSync(path.join(dir, '400Regular', 'NotoSansSC_400Regular.ttf')),
      bold: readFileSync(path.join(dir, '700Bold', 'NotoSansSC_700Bold.ttf')),
    };
  }
  return fonts;
}

interface Laid {
  lines: { text: string; align: PdfAlign; bold: boolean; gapBefore: number }[];
  height: number;
}

export class PdfTableDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly widths = new Map<string, number>();
  private y = MARGIN.top;
  private readonly done: Promise<Buffer>;

  /** A new document (pdfkit is loaded on the first). */
  static async open(options: PdfTableOptions = {}): Promise<PdfTableDocument> {
    return new PdfTableDocument(await loadPdfKit(), options);
  }

  private constructor(
    Pdf: PdfKit,
    private readonly options: PdfTableOptions,
  ) {
    this.doc = new Pdf({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      compress: !options.uncompressed,
      info: options.info,
    });
    const { regular, bold } = chineseFonts();
    this.doc.registerFont('regular', regular);
    this.doc.registerFont('bold', bold);
    this.doc.font('regular').fontSize(FONT_SIZE);
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  private get left(): number {
    return MARGIN.left;
  }
  private get tableWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  private charWidth(ch: string, bold: boolean, size: number): number {
    const key = `${bold ? 'b' : 'r'}${size}${ch}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(size)
        .widthOfString(ch);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Breaks text into lines no wider than `width`: anywhere between CJK characters, at spaces in Latin text. */
  wrap(text: string, width: number, bold = false, size = FONT_SIZE): string[] {
    const out: string[] = [];
    for (const para of text.replace(/\r\n?/g, '\n').split('\n')) {
      const chars = [...para];
      let line: string[] = [];
      let w = 0;
      for (const ch of chars) {
        const cw = this.charWidth(ch, bold, size);
        if (w + cw > width && line.length && !NO_LINE_START.has(ch)) {
          // Keep a Latin word whole when the line has a space to break at.
          const space = /[A-Za-z0-9@._-]/.test(ch) ? line.lastIndexOf(' ') : -1;
          const carry = space > 0 ? line.splice(space + 1) : [];
          out.push(line.join('').trimEnd());
          line = carry;
          w = carry.reduce((s, c) => s + this.charWidth(c, bold, size), 0);
          if (ch === ' ' && !line.length) continue;
        }
        line.push(ch);
        w += cw;
      }
      out.push(line.join('').trimEnd());
    }
    return out;
  }

  private textAt(
    text: string,
    x: number,
    y: number,
    width: number,
    align: PdfAlign,
    bold: boolean,
    size = FONT_SIZE,
  ) {
    if (!text) return;
    const w = [...text].reduce((s, c) => s + this.charWidth(c, bold, size), 0);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    this.doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor('#000')
      .text(text, x + Math.max(0, dx), y, { lineBreak: false });
  }

  /** A line of text outside the table (title, header), centred or aligned; wraps if long. */
  line(
    text: string,
    opts: { align?: PdfAlign; bold?: boolean; size?: number; gapAfter?: number } = {},
  ): this {
    const size = opts.size ?? FONT_SIZE;
    const lineHeight = size * 1.6;
    for (const l of this.wrap(text, this.tableWidth, !!opts.bold, size)) {
      if (this.y + lineHeight > this.bottom) this.newPage();
      this.textAt(l, this.left, this.y, this.tableWidth, opts.align ?? 'left', !!opts.bold, size);
      this.y += lineHeight;
    }
    this.y += opts.gapAfter ?? 0;
    return this;
  }

  /** Two texts on one line, one at each edge (申报单位（盖章）… / 日期 …). */
  spread(leftText: string, rightText: string, gapAfter = 8): this {
    if (this.y + LINE > this.bottom) this.newPage();
    this.textAt(leftText, this.left, this.y, this.tableWidth, 'left', false);
    this.textAt(rightText, this.left, this.y, this.tableWidth, 'right', false);
    this.y += LINE + gapAfter;
    return this;
  }

  private lay(cell: PdfCell, width: number): Laid {
    const lines: Laid['lines'] = [];
    for (const p of cell.paragraphs) {
      this.wrap(p.text, width - 2 * PAD, !!p.bold).forEach((text, i) =>
        lines.push({ text, align: p.align ?? 'left', bold: !!p.bold, gapBefore: i === 0 ? (p.gap ?? 0) : 0 }),
      );
    }
    return { lines, height: lines.reduce((s, l) => s + LINE + l.gapBefore, 0) };
  }

  /** A table row: cells side by side with borders; split over pages when it does not fit. */
  row(cells: PdfCell[], minHeight = 0): this {
    const widths = cells.map((c) => c.width * this.tableWidth);
    const laid = cells.map((c, i) => this.lay(c, widths[i]!));
    const natural = Math.max(minHeight, ...laid.map((l) => l.height + 2 * PAD));
    const lineCount = Math.max(...laid.map((l) => l.lines.length));
    const room = this.bottom - this.y;
    if (natural > room && (lineCount <= KEEP_TOGETHER_LINES || room < 2 * PAD + 2 * LINE)) this.newPage();
    if (natural <= this.bottom - this.y) {
      this.drawPart(cells, widths, laid, natural, false);
      this.y += natural;
      return this;
    }
    // Split: fill what is left of the page with as many lines of each cell as fit, then go on.
    const rest = laid.map((l) => [...l.lines]);
    while (rest.some((r) => r.length)) {
      const avail = this.bottom - this.y - 2 * PAD;
      const parts = rest.map((r) => {
        const part: Laid['lines'] = [];
        let h = 0;
        while (r.length && h + LINE + r[0]!.gapBefore <= avail) {
          h += LINE + r[0]!.gapBefore;
          part.push(r.shift()!);
        }
        return { lines: part, height: h };
      });
      const finished = rest.every((r) => !r.length);
      const height = finished ? Math.max(...parts.map((p) => p.height)) + 2 * PAD : this.bottom - this.y;
      this.drawPart(cells, widths, parts, height, true);
      this.y += height;
      if (!finished) this.newPage();
    }
    return this;
  }

  private drawPart(cells: PdfCell[], widths: number[], laid: Laid[], height: number, split: boolean): void {
    let x = this.left;
    cells.forEach((cell, i) => {
      const w = widths[i]!;
      if (cell.shaded) this.doc.rect(x, this.y, w, height).fill('#eeeeee');
      this.doc.lineWidth(0.8).strokeColor('#000').rect(x, this.y, w, height).stroke();
      const l = laid[i]!;
      let ty = this.y + PAD + (cell.middle && !split ? (height - 2 * PAD - l.height) / 2 : 0);
      for (const line of l.lines) {
        ty += line.gapBefore;
        this.textAt(line.text, x + PAD, ty + (LINE - FONT_SIZE) / 2 - 1, w - 2 * PAD, line.align, line.bold);
        ty += LINE;
      }
      x += w;
    });
  }

  /** Writes the footers (note, 第 n 页 共 m 页) and returns the finished file. */
  async finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const note = this.options.footerNote ? `${this.options.footerNote}\u3000` : '';
      this.textAt(
        `${note}第 ${i - start + 1} 页 共 ${count} 页`,
        this.left,
        this.doc.page.height - MARGIN.bottom + 18,
        this.tableWidth,
        'center',
        false,
        9,
      );
    }
    this.doc.end();
    return this.done;
  }
}
