import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/support/pdf-text.js';
import { PdfTableDocument } from './pdf-table.js';

const cell = (text: string, width: number) => ({ width, paragraphs: [{ text }] });
const pageCount = (pdf: Buffer) =>
  Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.toString('latin1'))![1]);

describe('PdfTableDocument', () => {
  it('wraps Chinese anywhere, Latin words at spaces, and lets closing punctuation hang', async () => {
    const pdf = await PdfTableDocument.open();
    const lines = pdf.wrap('专家服务基层'.repeat(20), 100);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join('')).toBe('专家服务基层'.repeat(20));
    const latin = pdf.wrap('contact wm@example.cn for the strawberry growers of Jinshan district', 120);
    expect(latin.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(latin.join(' ')).toBe('contact wm@example.cn for the strawberry growers of Jinshan district');
    expect(pdf.wrap('第一行\n\n第三行', 200)).toEqual(['第一行', '', '第三行']);
    const narrow = pdf.wrap('一二三四五六七八九十，', 50);
    expect(narrow.every((l) => !l.startsWith('，'))).toBe(true);
  });

  it('continues a row that is taller than the page on the next pages without losing text', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}段：基层农技人员培训与现场指导。`).join(
      '\n',
    );
    const pdf = await PdfTableDocument.open({ footerNote: '草稿', uncompressed: true });
    pdf.line('标题', { align: 'center', bold: true, size: 18 });
    pdf.row([cell('标签', 0.25), cell('短值', 0.75)]);
    pdf.row([cell('长文本', 0.25), cell(long, 0.75)]);
    pdf.row([cell('之后', 0.25), cell('结尾', 0.75)]);
    const bytes = await pdf.finish();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(bytes)).toBeGreaterThanOrEqual(2);
    const { pages, text } = pdfText(bytes);
    expect(pages).toHaveLength(pageCount(bytes));
    const body = text.replace(/草稿\u3000第 \d+ 页 共 \d+ 页/g, '').replace(/\s+/g, '');
    expect(body).toContain(long.replace(/\s+/g, ''));
    expect(body.indexOf('结尾')).toBeGreaterThan(body.indexOf('第60段'));
    expect(pages.at(-1)).toContain(`草稿\u3000第 ${pages.length} 页 共 ${pages.length} 页`);
  });

  it('reads the same text back from compressed streams', async () => {
    const pdf = await PdfTableDocument.open();
    pdf.row([cell('服务团名称', 0.25), cell('草莓设施高效生产专家服务团 (AB-12)', 0.75)]);
    const { text } = pdfText(await pdf.finish());
    expect(text).toContain('服务团名称');
    expect(text).toContain('草莓设施高效生产专家服务团 (AB-12)');
  });
});
