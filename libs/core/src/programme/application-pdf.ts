// Annex 1 or 2 as a PDF laid out like the notice's form: 附件 n, the title, the applicant's line (申报单位（盖章）,
// date), the bordered table of label and value cells from the shared sheet (libs/domain application-sheet), the
// experts of the application, and the two signature cells (申报单位意见 / 推荐单位意见, 盖章, 年 月 日).
import type { AnnexSheet, SheetRow } from '@app/domain';
import { PdfTableDocument, type PdfCell } from '@app/platform';

export interface ApplicationPdfHeader {
  applicantName: string;
  /** 填报日期 as written on the header line (the submission day, or the day printed for a draft). */
  date: string;
  /** A draft says so in its header and footer. */
  draft: boolean;
}

/** Check marks the PDF's font has (it has no ☑/☐). */
export const PDF_MARKS = { on: '■', off: '□' };

const LABEL = 0.24;
const VALUE_OF_PAIR = 0.26;

const label = (text: string, width = LABEL, hint?: string): PdfCell => ({
  width,
  middle: true,
  paragraphs: [
    { text, align: 'center' },
    ...(hint ? [{ text: `（${hint}）`, align: 'center' as const }] : []),
  ],
});
const value = (text: string, width: number): PdfCell => ({ width, paragraphs: [{ text }] });

function drawRow(pdf: PdfTableDocument, row: SheetRow): void {
  if (row.type === 'section') {
    pdf.row([{ width: 1, shaded: true, paragraphs: [{ text: row.title, bold: true }] }]);
  } else if (row.type === 'text') {
    pdf.row([label(row.label, LABEL, row.hint), value(row.value, 1 - LABEL)], 48);
  } else if (row.pairs.length === 1) {
    pdf.row([label(row.pairs[0]!.label), value(row.pairs[0]!.value, 1 - LABEL)]);
  } else {
    const w = (1 - 2 * LABEL) / 2;
    pdf.row(row.pairs.flatMap((p) => [label(p.label, LABEL), value(p.value, w)]));
  }
}

function drawExperts(pdf: PdfTableDocument, sheet: AnnexSheet): void {
  if (!sheet.experts.length) return;
  pdf.row([{ width: 1, shaded: true, paragraphs: [{ text: '专家名单', bold: true }] }]);
  const cols = [0.08, 0.14, 0.16, VALUE_OF_PAIR, 1 - 0.08 - 0.14 - 0.16 - VALUE_OF_PAIR];
  const cells = (texts: string[], bold = false): PdfCell[] =>
    texts.map((text, i) => ({ width: cols[i]!, paragraphs: [{ text, bold, align: 'center' }] }));
  pdf.row(cells(['序号', '角色', '姓名', '职称', '工作单位'], true));
  sheet.experts.forEach((e, i) => pdf.row(cells([String(i + 1), e.role, e.name, e.title, e.employer])));
}

function drawSignatures(pdf: PdfTableDocument, sheet: AnnexSheet): void {
  const date = `${sheet.year} 年\u3000\u3000月\u3000\u3000日`;
  pdf.row(
    [
      {
        width: 0.5,
        paragraphs: [
          { text: '申报单位意见：' },
          { text: '（盖章）', align: 'center', gap: 40 },
          { text: date, align: 'right', gap: 8 },
        ],
      },
      {
        width: 0.5,
        paragraphs: [
          { text: `推荐单位意见：${sheet.recommendOpinion}` },
          { text: '（委办局、区人社局）', align: 'center', gap: 24 },
          { text: '（盖章）', align: 'center' },
          { text: date, align: 'right', gap: 8 },
        ],
      },
    ],
    130,
  );
}

/** The PDF bytes of one filled annex. `uncompressed` leaves the page streams readable (tests). */
export async function renderApplicationPdf(
  sheet: AnnexSheet,
  header: ApplicationPdfHeader,
  opts: { uncompressed?: boolean } = {},
): Promise<Buffer> {
  const pdf = await PdfTableDocument.open({
    footerNote: header.draft ? '草稿（未提交）' : undefined,
    uncompressed: opts.uncompressed,
    info: { Title: sheet.title, Subject: sheet.annex, Author: header.applicantName },
  });
  pdf.line(sheet.annex, { size: 12, gapAfter: 4 });
  pdf.line(sheet.title, { align: 'center', bold: true, size: 18, gapAfter: 4 });
  if (header.draft) pdf.line('草稿', { align: 'center', bold: true, size: 12, gapAfter: 2 });
  pdf.spread(`申报单位（盖章）：${header.applicantName}`, `日期：${header.date}`);
  for (const row of sheet.rows) drawRow(pdf, row);
  drawExperts(pdf, sheet);
  drawSignatures(pdf, sheet);
  return pdf.finish();
}
