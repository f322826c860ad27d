// 专家库 in a real browser: the dispatcher searches 脑卒中 and sees highlighted hits with facet counts, narrows to
// 正高级, opens an expert; imports a small .xlsx with good and bad rows and reads the row-level report; the
// bureau reads its region's experts without the maintenance buttons; and the page on a phone-sized screen.
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PHONE,
  answerTo,
  heading,
  horizontalOverflow,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

const HEADER = [
  '姓名',
  '性别',
  '工作单位',
  '职称',
  '职称级别',
  '专业领域',
  '研究方向',
  '人才称号',
  '所在地区',
  '专家来源',
  '是否退休',
  '手机',
  '邮箱',
];
const GOOD_ROWS = [
  [
    '钱立新',
    '男',
    '上海市农业科学院',
    '研究员',
    '正高级',
    '农业',
    '设施黄瓜霜霉病绿色防控与棚室环境调控',
    '享受政府特殊津贴专家',
    '310112',
    '本省(区、市)',
    '否',
    '13761230001',
    'qian.lixin@example.cn',
  ],
  [
    '韩晓梅',
    '女',
    '上海海洋大学',
    '教授',
    '正高级',
    '渔业',
    '稻渔综合种养与池塘尾水生态治理',
    '',
    '310115',
    '本省(区、市)',
    '否',
    '13761230002',
    '',
  ],
];
const BAD_ROWS = [
  [
    '孙伟',
    '男',
    '复旦大学附属中山医院',
    '主任医师',
    '正高级',
    '医疗',
    '心血管介入',
    '',
    '火星市',
    '本省(区、市)',
    '否',
    '13761230003',
    '',
  ],
  [
    '周敏',
    '女',
    '同济大学',
    '教授',
    '正高级',
    '城乡规划',
    '乡村规划',
    '',
    '310110',
    '本省(区、市)',
    '否',
    '12345',
    '',
  ],
];

async function makeWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专家');
  sheet.addRow(HEADER);
  for (const row of [GOOD_ROWS[0]!, BAD_ROWS[0]!, GOOD_ROWS[1]!, BAD_ROWS[1]!]) sheet.addRow(row);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'expert-import-'));
  const file = path.join(dir, '新增专家名单.xlsx');
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

interface ExpertsAnswer {
  experts: {
    total: number;
    hits: { highlights: string[]; expert: { name: string; titleLevel: string } }[];
    facets: { titleLevels: { value: string; label: string; count: number }[] };
  };
}

describe('expert library', () => {
  it('the dispatcher searches 脑卒中, sees highlighted hits and facet counts, and narrows to 正高级', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    await page.locator('[data-testid="expert-hit"]').first().waitFor();

    await page.getByLabel('检索专家').fill('脑卒中');
    const searched = await answerTo<ExpertsAnswer>(page, 'Experts', () =>
      page.getByRole('button', { name: '检索' }).click(),
    );
    expect(searched.errors).toBeUndefined();
    const result = searched.data!.experts;
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]!.highlights.join('')).toContain('<em>');

    await step(page, 'expert-search', async () => {
      await page.getByTestId('expert-total').getByText(String(result.total), { exact: true }).waitFor();
      // Highlights are marked words, never raw tags.
      await page
        .locator('[data-testid="expert-highlight"] mark.search-hit', { hasText: '脑卒中' })
        .first()
        .waitFor();
    });
    expect(await page.locator('.expert-library').innerText()).not.toContain('<em>');
    const firstName = result.hits[0]!.expert.name;
    await page.locator('[data-testid="expert-hit"]').first().getByText(firstName).waitFor();
    await page
      .locator('[data-testid="expert-hit"]')
      .first()
      .getByText(/相关度 \d+%/)
      .waitFor();

    // Facet counts as the server counted them.
    const senior = result.facets.titleLevels.find((f) => f.value === 'SENIOR');
    expect(senior, '检索结果中应有正高级专家').toBeTruthy();
    const seniorBox = page.getByRole('checkbox', {
      name: new RegExp(`^${senior!.label}\\s*${senior!.count}$`),
    });
    await seniorBox.waitFor();
    await screenshot(page, 'expert-library-search');

    const filtered = await answerTo<ExpertsAnswer>(page, 'Experts', () => seniorBox.check());
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.experts.total).toBe(senior!.count);
    expect(filtered.data!.experts.hits.every((h) => h.expert.titleLevel === 'SENIOR')).toBe(true);
    await step(page, 'expert-filtered', async () => {
      await page.getByTestId('expert-total').getByText(String(senior!.count), { exact: true }).waitFor();
      await expect
        .poll(() => page.locator('[data-testid="expert-hit"]').count())
        .toBe(filtered.data!.experts.hits.length);
    });
    const levels = await page.locator('[data-testid="expert-hit"] .expert-hit__level').allInnerTexts();
    expect(new Set(levels)).toEqual(new Set(['正高级']));
    await screenshot(page, 'expert-library-filtered');

    // The expert's record: a dispatcher sees the phone in full.
    await page
      .locator('[data-testid="expert-hit"]')
      .first()
      .getByRole('button', { name: filtered.data!.experts.hits[0]!.expert.name })
      .click();
    const drawer = page.getByRole('dialog');
    await step(page, 'expert-drawer', () => drawer.getByText('研究方向/专长').waitFor());
    expect(await drawer.getByTestId('expert-phone').innerText()).toMatch(/^1\d{10}$/);
    await screenshot(page, 'expert-detail');
    expect(pageErrors).toEqual([]);
  });

  it('shows the server’s message for a query it refuses, and no count left from the search before', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    // The library's first page (browsing) is in before anything is typed.
    await page.locator('[data-testid="expert-hit"]').first().waitFor();
    const box = page.getByLabel('检索专家');
    await box.fill('脑卒中');
    await box.press('Enter');
    const total = page.getByTestId('expert-total');
    await total.getByText(/^共 \d+ 位专家与“脑卒中”相关$/).waitFor();
    await box.fill('脑卒中\u0000');
    const refused = await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    expect(refused.errors?.[0]?.message).toContain('控制字符');
    await step(page, 'expert-search-refused', () => page.getByText('检索失败').waitFor());
    await page
      .getByText(/控制字符/)
      .first()
      .waitFor();
    // Before: 共 N 位专家与“脑卒中”相关 stayed above the error, N being the previous search's.
    expect((await total.innerText()).trim()).toBe('');
    expect(pageErrors).toEqual([]);
  });

  it('the dispatcher imports an .xlsx and reads which rows were refused and why', async () => {
    const file = await makeWorkbook();
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/experts`);
    await heading(page, '专家库').waitFor();

    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('点击选择文件，或把文件拖到这里').waitFor();
    const started = await answerTo<{ startExpertImport: { id: string } }>(page, 'StartExpertImport', () =>
      dialog.locator('input[type="file"]').setInputFiles(file),
    );
    expect(started.errors, started.errors?.[0]?.message).toBeUndefined();

    const report = dialog.getByTestId('import-report');
    await step(page, 'import-report', () => report.waitFor({ timeout: 60_000 }));
    const job = await suite.graphql<{
      importJob: { status: string; report: { created: number; rejected: { row: number; reason: string }[] } };
    }>(
      'query($id: ID!) { importJob(id: $id) { status report { created rejected { row reason } } } }',
      { id: started.data!.startExpertImport.id },
      await suite.token('province'),
    );
    const imported = job.data!.importJob;
    expect(imported.status).toBe('SUCCEEDED');
    expect(imported.report.created).toBe(2);
    expect(imported.report.rejected.map((r) => r.row)).toEqual([3, 5]);

    await report.getByText('新增').waitFor();
    const table = dialog.getByTestId('import-rejected');
    for (const rejection of imported.report.rejected) {
      const row = table.locator('tr', { hasText: rejection.reason });
      await row.waitFor();
      expect(await row.locator('td').first().innerText()).toBe(String(rejection.row));
    }
    await screenshot(page, 'expert-import-report');

    // The refused rows come back with their own contents and the reason, ready to fix and import again.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载未导入的行（Excel）' }).click();
    const downloaded = await download;
    expect(downloaded.suggestedFilename()).toMatch(/未导入的行\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await downloaded.path())!)) as unknown as ArrayBuffer);
    const lines: string[][] = [];
    book.worksheets[0]!.eachRow((row) =>
      lines.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    expect(lines[0]).toEqual([...HEADER, '未导入原因', '原行号']);
    expect(lines).toHaveLength(3);
    expect(lines[1]!.join(',')).toContain('孙伟');
    expect(lines[1]!.join(',')).toContain('火星市');
    expect(lines[2]!.join(',')).toContain('周敏');
    expect(lines[2]).toContain(imported.report.rejected[1]!.reason);

    // The new experts can be found at once.
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByLabel('检索专家').fill('稻渔综合种养');
    await page.getByRole('button', { name: '检索' }).click();
    await step(page, 'imported-found', () =>
      page.locator('[data-testid="expert-hit"]', { hasText: '韩晓梅' }).waitFor({ timeout: 30_000 }),
    );
    expect(pageErrors).toEqual([]);
  });

  it('the bureau reads its region’s experts without maintenance buttons', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'local');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    await page.getByTestId('expert-total').getByText(/\d+/).waitFor();
    expect(await page.getByRole('button', { name: '导入' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '新增专家' }).count()).toBe(0);
    await screenshot(page, 'expert-library-local');
    expect(pageErrors).toEqual([]);
  });

  it('the dispatcher exports the library in the background, with progress, and downloads the file', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    await page.locator('[data-testid="expert-hit"]').first().waitFor();
    const total = Number(await page.getByTestId('expert-total').getByText(/^\d+$/).innerText());
    expect(total).toBeGreaterThan(0);

    await page.getByRole('button', { name: '导出 Excel' }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByText(`${total} 位专家`).waitFor();
    await screenshot(page, 'expert-export-start');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    const started = await answerTo<{ startExpertExport: { id: string; status: string } }>(
      page,
      'StartExpertExport',
      () => dialog.getByRole('button', { name: '开始导出' }).click(),
    );
    expect(started.errors, started.errors?.[0]?.message).toBeUndefined();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^专家库-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await step(page, 'expert-export-done', async () => {
      await dialog.getByTestId('export-rows').getByText(`已导出 ${total} / ${total} 位专家`).waitFor();
      await dialog.getByRole('button', { name: '下载文件' }).waitFor();
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(total + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 14)).toEqual(HEADER);
    // A dispatcher reads the phones in full.
    const phones = (sheet.getColumn(12).values as unknown[]).slice(2).map(String).filter(Boolean);
    expect(phones.some((p) => /^1\d{10}$/.test(p))).toBe(true);
    await screenshot(page, 'expert-export-done');
    expect(pageErrors).toEqual([]);
  });

  it('says which crop nobody in the library wrote and what it searched instead, on a phone', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await page.locator('[data-testid="expert-hit"]').first().waitFor();
    const box = page.getByLabel('检索专家');
    await box.fill('苹果长虫了');
    const answer = await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    expect(answer.errors).toBeUndefined();
    const notice = page.getByTestId('search-broadened');
    await notice.waitFor();
    expect((await notice.innerText()).trim()).toBe('（库中没有专家写到“苹果”，已按“果树”检索）');
    // The orchard experts are on the page (before, 苹果 was dropped and only pest experts of other crops came).
    await page
      .locator('[data-testid="expert-highlight"] mark.search-hit', { hasText: '果树' })
      .first()
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'expert-library-broadened-375');
    // Many such words: each named once, the first three and how many, each class once.
    await box.fill('苹果 梨子 桃子 南瓜 韭菜');
    await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    await notice.getByText(/等 5 个词/).waitFor();
    expect((await notice.innerText()).trim()).toBe(
      '（库中没有专家写到“苹果”、“梨子”、“桃子”等 5 个词，已按“果树”、“蔬菜”检索）',
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // A crop the library knows is searched as itself: no notice.
    await box.fill('葡萄');
    await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    await page
      .getByTestId('expert-total')
      .getByText(/^共 \d+ 位专家与“葡萄”相关$/)
      .waitFor();
    expect(await notice.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('names the words nobody in the library wrote, offers a correction, and lists nobody for a generic word left alone', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await page.locator('[data-testid="expert-hit"]').first().waitFor();
    const box = page.getByLabel('检索专家');
    // A typo beside a word that finds experts: the experts of that word, the typo named, a correction offered.
    await box.fill('番茹病害');
    const typo = await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    expect(typo.errors).toBeUndefined();
    expect(typo.data!.experts.total).toBeGreaterThan(0);
    const notice = page.getByTestId('search-unmatched');
    await notice.waitFor();
    expect((await notice.innerText()).trim()).toBe(
      '（库中没有专家写到“番茹”，以下结果不含该词；您是不是要找：番茄）',
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'expert-library-unmatched-375');
    await answerTo<ExpertsAnswer>(page, 'Experts', () => notice.getByText('番茄').click());
    await page
      .getByTestId('expert-total')
      .getByText(/^共 \d+ 位专家与“番茄”相关$/)
      .waitFor();
    expect(await notice.count()).toBe(0);
    // 河道治理 listed the VOCs 治理 experts: nobody now, and the page says why.
    await box.fill('河道治理');
    const river = await answerTo<ExpertsAnswer>(page, 'Experts', () => box.press('Enter'));
    expect(river.data!.experts.total).toBe(0);
    const empty = page.getByTestId('library-empty-search');
    await empty.waitFor();
    expect(await empty.innerText()).toContain('库中没有专家写到“河道”。');
    expect(await page.locator('[data-testid="expert-hit"]').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'expert-library-unmatched-empty-375');
    expect(pageErrors).toEqual([]);
  });

  it('works on a 375 px wide phone screen, filters in a drawer', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await page.locator('[data-testid="expert-hit"]').first().waitFor();
    await page.getByLabel('检索专家').fill('脑卒中');
    await page.getByRole('button', { name: '检索' }).click();
    await page.locator('[data-testid="expert-highlight"] mark.search-hit').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'expert-library-375');

    await page.getByRole('button', { name: '筛选' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('职称级别').waitFor();
    await drawer.getByRole('checkbox', { name: /^正高级/ }).check();
    await screenshot(page, 'expert-filters-375');
    await drawer.getByRole('button', { name: /查看 \d+ 位专家/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
