// 服务执行 across roles through the UI: the team's lead (周建明, account `expert`) opens 我的服务 → the team and
// logs two batches through the form (different experts present, activities, outcomes, problems solved, a photo)
// and corrects one (a new version, the old one kept);
// the province completes the demand once the 5 days are reached; the unit evaluates it; the province reads the
// team's 实施成效调查表 (批次、累计天数、总人数 vs 总人次) and downloads it as xlsx; the expert reads 服务记录,
// issues a certificate, prints it to PDF, and anyone checks its code on the public /verify page. A second demand
// short of days shows the server's refusal and is completed with a reason (强制完成); the bureau exports annex 3
// from 报表导出; the province opens an expert's record from the expert library.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerTo,
  dateFromToday,
  heading,
  horizontalOverflow,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
  PHONE,
} from './support.js';

const suite = useBrowserSuite();

const TEAM = '廊下设施蔬菜绿色生产专家服务团';
const LEAD = '周建明';
const MEMBER = '沈丽萍';
const SHORT_DEMAND = '生猪养殖场非洲猪瘟生物安全防控与粪污资源化';
/** A 1×1 PNG: a real image the server recognises by its first bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface TeamRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  assignments: { status: string; expert: { id: string; name: string } }[];
  demands: { id: string; code: string; title: string; status: string }[];
}

/** Picks `option` in the antd Select labelled `label` (typing to filter when it searches, then clicking it). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  if (await box.isEditable()) await box.fill(option);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

async function fillPeriod(page: Page, start: string, end: string): Promise<void> {
  await page.getByPlaceholder('开始日期').click();
  await page.getByPlaceholder('开始日期').fill(start);
  await page.getByPlaceholder('开始日期').press('Enter');
  await page.getByPlaceholder('结束日期').fill(end);
  await page.getByPlaceholder('结束日期').press('Enter');
}

/** Leaves exactly `names` ticked among the experts present. */
async function presentExperts(page: Page, names: string[]): Promise<void> {
  const boxes = page.locator('.batch-form .ant-checkbox-group .ant-checkbox-wrapper');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    const text = (await box.innerText()).trim();
    const checkbox = box.getByRole('checkbox');
    if (names.some((n) => text.startsWith(n))) await checkbox.check();
    else await checkbox.uncheck();
  }
}

describe('service: 登记服务批次 → 完成 → 评价 → 调查表 → 服务记录与证明', () => {
  let team: TeamRow;
  let demandId = '';
  let certificateCode = '';

  it('the lead logs two batches through the form, with a photo, and corrects one', async () => {
    const expertToken = await suite.token('expert');
    const teams = await suite.graphql<{ teams: TeamRow[] }>(
      `{ teams(first: 100) { id name startDate endDate assignments { status expert { id name } }
         demands { id code title status } } }`,
      {},
      expertToken,
    );
    expect(teams.errors, teams.errors?.[0]?.message).toBeUndefined();
    team = teams.data!.teams.find((t) => t.name === TEAM)!;
    expect(team, `演示数据中应有服务团「${TEAM}」`).toBeDefined();
    const demand = team.demands.find((d) => d.status === 'IN_SERVICE')!;
    expect(demand).toBeDefined();
    demandId = demand.id;
    expect(team.assignments.filter((a) => a.status === 'CONFIRMED').map((a) => a.expert.name)).toEqual(
      expect.arrayContaining([LEAD, MEMBER]),
    );

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'expert');
    await openMenu(page, '我的服务');
    await heading(page, '我的服务').waitFor();
    const card = page.locator(`[data-testid="service"][data-team="${TEAM}"]`);
    await step(page, 'service-card', () => card.waitFor());
    await card.getByRole('button', { name: '查看服务团' }).click();
    await step(page, 'team-page', () => heading(page, TEAM).waitFor());
    await page.getByText('还没有登记服务批次').waitFor();
    expect(await page.getByTestId('served-days').first().getAttribute('data-days')).toBe('0');

    // Batch 1: two days, both experts, on-site guidance, a count outcome, two problems, one photo.
    await page.getByRole('button', { name: '登记服务批次' }).first().click();
    await step(page, 'batch-form', () => heading(page, '登记服务批次').waitFor());
    await expect.poll(() => page.locator('.ant-cascader').innerText()).toContain('金山区');
    await fillPeriod(page, dateFromToday(-15), dateFromToday(-14));
    await expect.poll(() => page.getByLabel('服务天数').inputValue()).toBe('2');
    await presentExperts(page, [LEAD, MEMBER]);
    await choose(page, '活动类型 1', '现场指导');
    await page.getByLabel('场次 1').fill('3');
    await page.getByLabel('参加人数 1').fill('25');
    await page.getByRole('button', { name: '添加成效' }).click();
    await choose(page, '成效项目 1', '培训基层专业技术人员');
    await page.getByLabel('成效数量 1').fill('25');
    await page.getByLabel('解决的具体问题 1').fill('番茄黄化曲叶病毒病绿色防控方案落地');
    await page.getByLabel('解决的具体问题 2（可选）').fill('棚内温湿度调控规程');
    const uploaded = await answerTo<{ uploadServicePhoto: { id: string; url: string } }>(
      page,
      'UploadServicePhoto',
      () =>
        page
          .locator('.batch-form input[type="file"]')
          .setInputFiles({ name: '现场指导.png', mimeType: 'image/png', buffer: PNG }),
    );
    expect(uploaded.errors, uploaded.errors?.[0]?.message).toBeUndefined();
    await page.locator('.ant-upload-list-item-done').first().waitFor();
    await screenshot(page, 'service-batch-form');
    const first = await answerTo<{ logServiceBatch: { id: string; days: number; photos: { id: string }[] } }>(
      page,
      'LogServiceBatch',
      () => page.getByRole('button', { name: '提交登记' }).click(),
    );
    expect(first.errors, first.errors?.[0]?.message).toBeUndefined();
    expect(first.data!.logServiceBatch.days).toBe(2);
    expect(first.data!.logServiceBatch.photos.map((p) => p.id)).toEqual([
      uploaded.data!.uploadServicePhoto.id,
    ]);
    await step(page, 'after-batch-1', () => heading(page, TEAM).waitFor());
    await page.locator('[data-testid="batch"]').first().waitFor();

    // Batch 2: three days, the lead alone, a second unit, a lecture and a text outcome. The form checks what it
    // can before sending, and puts the server's field messages on the fields they concern.
    await page.getByRole('button', { name: '登记服务批次' }).first().click();
    await heading(page, '登记服务批次').waitFor();
    await fillPeriod(page, dateFromToday(-8), dateFromToday(-6));
    await expect.poll(() => page.getByLabel('服务天数').inputValue()).toBe('3');
    await presentExperts(page, [LEAD]);
    await page.getByLabel('受援单位').fill('廊下镇社区卫生服务中心');
    await page.getByLabel('受援单位').press('Enter');
    await page.locator('.ant-select-selection-item', { hasText: '廊下镇社区卫生服务中心' }).waitFor();
    await choose(page, '活动类型 1', '专题讲座');
    await page.getByLabel('参加人数 1').fill('60');
    await page.getByRole('button', { name: '添加成效' }).click();
    await choose(page, '成效项目 1', '取得经济效益');
    await page.getByLabel('成效描述 1').fill('示范棚番茄亩产提高约 15%');
    await page.getByLabel('解决的具体问题 1').fill('合作社社员高血压随访台账建立');
    // Nothing typed in a required place: the form says so before sending.
    await page.getByLabel('解决的具体问题 1').fill('');
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.getByText('请写明本批次解决的具体问题').waitFor();
    await page.getByLabel('解决的具体问题 1').fill('合作社社员高血压随访台账建立');
    // A refusal as the server words it (BAD_USER_INPUT with fieldErrors), answered once by the test: the
    // messages land on the experts and on the activity list, and nothing typed is lost.
    const refusal = {
      expertIds: '只能选择已确认参加本服务团的专家',
      activities: '同一活动类型只能填写一行（请合并次数）',
    };
    let refused = false;
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { operationName?: string };
      if (refused || body.operationName !== 'LogServiceBatch') return route.fallback();
      refused = true;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [
            {
              message: Object.values(refusal).join('；'),
              extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fieldErrors: refusal },
            },
          ],
        }),
      });
    });
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.getByTestId('form-error').getByText(refusal.expertIds, { exact: false }).waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: refusal.expertIds }).waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: refusal.activities }).waitFor();
    expect(await page.getByLabel('参加人数 1').inputValue()).toBe('60');
    await page.unroute('**/graphql');
    const second = await answerTo<{ logServiceBatch: { days: number; unitNames: string[] } }>(
      page,
      'LogServiceBatch',
      () => page.getByRole('button', { name: '提交登记' }).click(),
    );
    expect(second.errors, second.errors?.[0]?.message).toBeUndefined();
    expect(second.data!.logServiceBatch.days).toBe(3);
    expect(second.data!.logServiceBatch.unitNames).toEqual([
      '上海金山区廊下镇绿野蔬菜专业合作社',
      '廊下镇社区卫生服务中心',
    ]);

    await step(page, 'team-batches', async () => {
      await heading(page, TEAM).waitFor();
      await expect.poll(() => page.locator('[data-testid="batch"]').count()).toBe(2);
      await expect.poll(() => page.getByTestId('served-days').first().getAttribute('data-days')).toBe('5');
    });
    await page.getByTestId('batch-summary').getByText('共 2 个批次，累计服务 5 天').waitFor();
    const firstBatch = page.locator('[data-testid="batch"]').first();
    expect(await firstBatch.getByTestId('batch-expert').allInnerTexts()).toHaveLength(2);
    // The photo is a thumbnail loaded through its signed link.
    const thumb = firstBatch.locator('[data-testid="batch-photos"] img').first();
    await thumb.waitFor();
    await expect
      .poll(() =>
        thumb.evaluate((node) => {
          const img = node as unknown as { complete: boolean; naturalWidth: number };
          return img.complete && img.naturalWidth;
        }),
      )
      .toBe(1);
    await screenshot(page, 'service-team-batches');

    // 更正 batch 1: a new version with its reason; the photo stays and the old version is kept.
    await firstBatch.getByRole('button', { name: '更正第 1 批' }).click();
    await heading(page, '更正服务批次').waitFor();
    await expect.poll(() => page.getByLabel('参加人数 1').inputValue()).toBe('25');
    await page.locator('.ant-upload-list-item-done').first().waitFor();
    await page.getByLabel('参加人数 1').fill('28');
    await page.getByRole('button', { name: '提交更正' }).click();
    await page.getByText('请填写更正原因').waitFor();
    await page.getByLabel('更正原因').fill('现场签到表复核，参加人数应为 28 人');
    const corrected = await answerTo<{
      correctServiceBatch: { version: number; days: number; photos: { id: string }[] };
    }>(page, 'CorrectServiceBatch', () => page.getByRole('button', { name: '提交更正' }).click());
    expect(corrected.errors, corrected.errors?.[0]?.message).toBeUndefined();
    expect(corrected.data!.correctServiceBatch.version).toBe(2);
    expect(corrected.data!.correctServiceBatch.days).toBe(2);
    expect(corrected.data!.correctServiceBatch.photos).toHaveLength(1);
    await heading(page, TEAM).waitFor();
    const correctedBatch = page.locator('[data-testid="batch"][data-version="2"]');
    await step(page, 'corrected-batch', () =>
      correctedBatch.getByText('现场指导 3 场/次，28 人参加').waitFor(),
    );
    await correctedBatch.getByRole('button', { name: '历史版本' }).click();
    const versions = page.getByTestId('batch-versions');
    await step(page, 'batch-versions', () => versions.getByText('已被更正').waitFor());
    await versions.getByText('当前有效').waitFor();
    expect(await versions.locator('[data-testid="batch"]').count()).toBe(2);
    await versions.getByText('现场指导 3 场/次，25 人参加').waitFor();
    await screenshot(page, 'service-batch-versions');
    await page.keyboard.press('Escape');
    await versions.waitFor({ state: 'detached' });
    expect(await page.getByTestId('served-days').first().getAttribute('data-days')).toBe('5');
    expect(pageErrors).toEqual([]);
  });

  it('the province completes the demand once 5 days are served', async () => {
    expect(demandId).not.toBe('');
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/demands/${demandId}`);
    const panel = page.getByTestId('demand-service');
    await step(page, 'demand-service', () => panel.waitFor());
    await panel
      .locator(`[data-testid="demand-team"][data-team="${TEAM}"] [data-testid="served-days"][data-days="5"]`)
      .waitFor();
    await panel.getByTestId('demand-batch-summary').getByText('共 2 批，累计 5 天').waitFor();
    await page.getByRole('button', { name: '完成服务', exact: true }).click();
    const completed = await answerTo<{
      completeDemand: { status: string; completionOverride: string | null };
    }>(page, 'CompleteDemand', () =>
      page.getByRole('dialog').getByRole('button', { name: '确认完成' }).click(),
    );
    expect(completed.errors, completed.errors?.[0]?.message).toBeUndefined();
    expect(completed.data!.completeDemand.status).toBe('DELIVERED');
    expect(completed.data!.completeDemand.completionOverride).toBeNull();
    await page.locator('.status-tag', { hasText: '已完成' }).first().waitFor();
    await panel.getByText('需求单位尚未评价本次服务').waitFor();
    await screenshot(page, 'service-demand-delivered');
    expect(pageErrors).toEqual([]);
  });

  it('a demand short of days is refused with the server’s message, and the province completes it with a reason', async () => {
    const province = await suite.token('province');
    const found = await suite.graphql<{ demands: { nodes: { id: string; title: string }[] } }>(
      'query($f: DemandFilter) { demands(filter: $f, first: 50) { nodes { id title } } }',
      { f: { statuses: ['IN_SERVICE'] } },
      province,
    );
    const short = found.data!.demands.nodes.find((d) => d.title === SHORT_DEMAND);
    expect(short, `演示数据中应有服务中的需求「${SHORT_DEMAND}」`).toBeDefined();

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/demands/${short!.id}`);
    await heading(page, SHORT_DEMAND).waitFor();
    await page.getByRole('button', { name: '完成服务', exact: true }).click();
    const refused = await answerTo(page, 'CompleteDemand', () =>
      page.getByRole('dialog').getByRole('button', { name: '确认完成' }).click(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const dialog = page.getByRole('dialog', { name: '强制完成' });
    const alert = dialog.getByTestId('service-days-short');
    await step(page, 'service-days-short', () => alert.waitFor());
    expect(await alert.innerText()).toContain(refused.errors![0]!.message);
    // The reason is required.
    await dialog.getByRole('button', { name: '强制完成' }).click();
    await dialog.getByText('请填写强制完成的原因').waitFor();
    await dialog.getByLabel('强制完成的原因').fill('合作社已完成洗消中心改造，经属地核实同意结束服务。');
    await screenshot(page, 'service-complete-override');
    const overridden = await answerTo<{ completeDemand: { status: string; completionOverride: string } }>(
      page,
      'CompleteDemand',
      () => dialog.getByRole('button', { name: '强制完成' }).click(),
    );
    expect(overridden.errors, overridden.errors?.[0]?.message).toBeUndefined();
    expect(overridden.data!.completeDemand.status).toBe('DELIVERED');
    await page.getByTestId('completion-override').getByText('合作社已完成洗消中心改造').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('the unit evaluates the delivered service on a phone', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'unit');
    await page.goto(`${suite.server.url}/demands/${demandId}`);
    const form = page.getByTestId('evaluation-form');
    await step(page, 'evaluation-form', () => form.waitFor());
    for (const [key, stars] of [
      ['expertise', 5],
      ['problemSolving', 4],
      ['attitude', 5],
      ['timeliness', 4],
    ] as const) {
      await form
        .getByTestId(`score-${key}`)
        .getByRole('radio')
        .nth(stars - 1)
        .click();
    }
    await form.getByText('已解决', { exact: true }).click();
    await form.getByLabel('评价意见').fill('专家现场指导非常实用，病毒病明显减轻。');
    await screenshot(page, 'service-evaluation-form');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const evaluated = await answerTo<{ evaluateService: { overall: number } }>(page, 'EvaluateService', () =>
      form.getByRole('button', { name: '提交评价' }).click(),
    );
    expect(evaluated.errors, evaluated.errors?.[0]?.message).toBeUndefined();
    expect(evaluated.data!.evaluateService.overall).toBe(4.5);
    await step(page, 'evaluation', () =>
      page.getByTestId('evaluation-overall').getByText('4.50 分').waitFor(),
    );
    await page.locator('.status-tag', { hasText: '已评价' }).first().waitFor();
    // The follow-ups at +30 and +180 days are scheduled, not yet open.
    await expect.poll(() => page.getByTestId('follow-up').count()).toBe(2);
    await screenshot(page, 'service-evaluated');
    expect(pageErrors).toEqual([]);
  });

  it('the province reads the 实施成效调查表 and downloads it as xlsx', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '服务团');
    await heading(page, '服务团').waitFor();
    await page
      .locator(`[data-testid="team-card"][data-team="${TEAM}"]`)
      .getByRole('link', { name: TEAM })
      .click();
    await heading(page, TEAM).waitFor();
    await page.getByRole('tab', { name: '成效调查表' }).click();
    const survey = page.getByTestId('team-survey');
    await step(page, 'survey', () => survey.waitFor());
    expect(await survey.getByTestId('survey-batch-count').innerText()).toBe('2 批');
    expect(await survey.getByTestId('survey-total-days').innerText()).toBe('5 天');
    // People are counted once; person-times once per batch.
    expect(await survey.getByTestId('survey-headcount').innerText()).toBe('2 人');
    expect(await survey.getByTestId('survey-person-times').innerText()).toBe('3 人次');
    expect(await survey.getByTestId('survey-sessions').innerText()).toBe('4 场');
    expect(await survey.getByTestId('survey-outcome-TRAINEES_PROFESSIONAL').innerText()).toBe('25');
    await survey.getByText('示范棚番茄亩产提高约 15%').waitFor();
    // What nobody logged is marked, not zero.
    await survey.getByTestId('survey-missing').getByText('宣传情况').waitFor();
    expect(await survey.locator('.not-reported').count()).toBeGreaterThan(0);
    await screenshot(page, 'service-survey');

    const download = page.waitForEvent('download');
    await survey.getByRole('button', { name: '下载调查表' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`实施成效调查表-${TEAM}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('2026年专家人才服务基层活动实施成效调查表');
    const rows = new Map<string, unknown>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value ?? ''), row.getCell(2).value));
    expect(rows.get('累计服务天数（各批次实际开展服务活动的天数总和）')).toBe(5);
    expect(rows.get('总人数（不重复计算参加多个批次的专家人才）')).toBe(2);
    expect(rows.get('总人次（各个批次参加活动专家人才人数总和）')).toBe(3);
    expect(rows.get('5. 是否对服务团组织实施情况开展宣传')).toBe('未填报');

    // 经费: the province records the funds; spending over them is refused on the amount; a line is added and
    // removed; section 5 (服务保障措施、宣传) is written, and the survey no longer lists it as 未填报.
    await page.getByRole('tab', { name: '经费' }).click();
    const funding = page.getByTestId('team-funding');
    await step(page, 'funding', () => funding.waitFor());
    await funding.getByLabel('经费（元）', { exact: true }).fill('80000');
    await funding.getByLabel('资金来源').fill('市级专家服务基层专项经费');
    const set = await answerTo<{ setTeamFunding: { total: number } }>(page, 'SetTeamFunding', () =>
      funding.getByRole('button', { name: '保存经费' }).click(),
    );
    expect(set.errors, set.errors?.[0]?.message).toBeUndefined();
    expect(set.data!.setTeamFunding.total).toBe(80_000);
    await choose(page, '类别', '交通差旅费');
    await funding.getByLabel('金额（元）').fill('90000');
    const over = await answerTo(page, 'AddTeamExpense', () =>
      funding.getByRole('button', { name: '添加支出' }).click(),
    );
    expect(over.errors?.[0]?.extensions?.fieldErrors?.amount).toBeTruthy();
    await funding
      .locator('.ant-form-item-explain-error', { hasText: over.errors![0]!.extensions!.fieldErrors!.amount! })
      .waitFor();
    await funding.getByLabel('金额（元）').fill('5000');
    await funding.getByLabel('说明').fill('专家往返交通');
    const added = await answerTo<{ addTeamExpense: { spent: number; balance: number } }>(
      page,
      'AddTeamExpense',
      () => funding.getByRole('button', { name: '添加支出' }).click(),
    );
    expect(added.errors, added.errors?.[0]?.message).toBeUndefined();
    expect(added.data!.addTeamExpense).toMatchObject({ spent: 5_000, balance: 75_000 });
    const line = funding.locator('tr', { hasText: '专家往返交通' });
    await line.waitFor();
    await line.getByRole('button', { name: '删除支出' }).click();
    const removed = await answerTo<{ removeTeamExpense: { spent: number } }>(page, 'RemoveTeamExpense', () =>
      page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click(),
    );
    expect(removed.errors, removed.errors?.[0]?.message).toBeUndefined();
    expect(removed.data!.removeTeamExpense.spent).toBe(0);
    await line.waitFor({ state: 'detached' });
    await funding
      .getByLabel('对参加服务活动专家人才的服务保障措施')
      .fill('专家往返统一派车，服务期间安排食宿。');
    await funding.getByRole('button', { name: '添加一条宣传' }).click();
    await funding.getByLabel('媒体名称').fill('金山报');
    await funding.getByPlaceholder('发布时间').click();
    await funding.getByPlaceholder('发布时间').fill(dateFromToday(-5));
    await funding.getByPlaceholder('发布时间').press('Enter');
    await funding.getByLabel('篇名').fill('专家服务团走进廊下设施蔬菜基地');
    const report = await answerTo(page, 'UpdateTeamReport', () =>
      funding.getByRole('button', { name: '保存组织实施情况' }).click(),
    );
    expect(report.errors, report.errors?.[0]?.message).toBeUndefined();
    await screenshot(page, 'service-funding');
    await page.getByRole('tab', { name: '成效调查表' }).click();
    await survey.getByText('金山报 / ').waitFor();
    expect(await survey.getByTestId('survey-missing').innerText()).not.toContain('宣传情况');
    expect(await survey.getByTestId('survey-missing').innerText()).not.toContain('经费投入');
    expect(pageErrors).toEqual([]);
  });

  it('the expert reads 服务记录, issues a certificate, prints it, and anyone verifies it', async () => {
    const expertToken = await suite.token('expert');
    const me = await suite.graphql<{ me: { expertId: string } }>('{ me { expertId } }', {}, expertToken);
    // The year of the batches logged above (the page opens on this year; early in January they lie in the last).
    const year = Number(dateFromToday(-6).slice(0, 4));
    const record = await suite.graphql<{ expertServiceRecord: { workingDays: number } }>(
      'query($id: ID!, $y: Int!) { expertServiceRecord(expertId: $id, year: $y) { workingDays } }',
      { id: me.data!.me.expertId, y: year },
      expertToken,
    );
    expect(record.errors, record.errors?.[0]?.message).toBeUndefined();
    const workingDays = record.data!.expertServiceRecord.workingDays;
    expect(workingDays).toBeGreaterThan(0);

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'expert');
    await openMenu(page, '服务记录');
    await heading(page, '服务记录').waitFor();
    if (year !== new Date().getFullYear()) await choose(page, '年度', `${year} 年`);
    const view = page.getByTestId('service-record');
    await step(page, 'service-record', () => view.waitFor());
    expect(await view.getByTestId('record-working-days').innerText()).toBe(String(workingDays));
    await view.getByText(TEAM).first().waitFor();
    await view
      .getByTestId('credit')
      .getByText(workingDays >= 10 ? '已达到继续教育学时认定' : '未达到继续教育学时认定', { exact: false })
      .waitFor();
    await screenshot(page, 'service-record');
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出' }).click();
    expect((await exported).suggestedFilename()).toBe(`${LEAD}-${year}年服务基层记录.xlsx`);

    const issued = await answerTo<{ issueServiceCertificate: { code: string; verifyPath: string } }>(
      page,
      'IssueServiceCertificate',
      () => page.getByRole('button', { name: '开具服务证明' }).click(),
    );
    expect(issued.errors, issued.errors?.[0]?.message).toBeUndefined();
    certificateCode = issued.data!.issueServiceCertificate.code;
    await page.waitForURL(`${suite.server.url}/certificates/${certificateCode}`);
    const certificate = page.getByTestId('certificate');
    await step(page, 'certificate', () => certificate.waitFor());
    expect(await certificate.getByTestId('certificate-code').innerText()).toBe(certificateCode);
    expect(await certificate.getByTestId('certificate-days').innerText()).toBe(String(workingDays));
    expect(await certificate.getByTestId('certificate-url').innerText()).toBe(
      `${suite.server.url}${issued.data!.issueServiceCertificate.verifyPath}`,
    );
    await screenshot(page, 'service-certificate');

    // On paper only the certificate: the menu and the header are hidden.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印 / 保存为 PDF' }).isVisible()).toBe(false);
    expect(await certificate.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pageErrors).toEqual([]);
  });

  it('the bureau exports the annex 3 list and opens a team’s survey from 报表导出', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'local');
    await openMenu(page, '报表导出');
    await heading(page, '报表导出').waitFor();
    const year = Number(team.startDate.slice(0, 4));
    if (year !== new Date().getFullYear()) await choose(page, '年度', `${year} 年`);
    const row = page.locator('tr', { hasText: TEAM });
    await step(page, 'reports', () => row.waitFor());
    await screenshot(page, 'service-reports');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出附件3汇总表' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${year}年专家服务基层项目汇总表.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
    const lines: string[][] = [];
    book.worksheets[0]!.eachRow((r) =>
      lines.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    expect(lines[0]!.slice(0, 4)).toEqual(['序号', '申报部门/区', '申报类别', '名称']);
    expect(lines.some((line) => line.includes(TEAM))).toBe(true);

    await row.getByRole('link', { name: '成效调查表' }).click();
    await heading(page, TEAM).waitFor();
    const survey = page.getByTestId('team-survey');
    await step(page, 'local-survey', () => survey.waitFor());
    expect(await survey.getByTestId('survey-total-days').innerText()).toBe('5 天');
    // A bureau reads the money but does not write it.
    await page.getByRole('tab', { name: '经费' }).click();
    await page.getByTestId('team-funding').waitFor();
    expect(await page.getByRole('button', { name: '添加支出' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('the province opens an expert’s 服务记录 from the expert library', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    await page.getByLabel('检索专家').fill(LEAD);
    await page.getByRole('button', { name: '检索' }).click();
    const hit = page.locator('[data-testid="expert-hit"]', { hasText: LEAD }).first();
    await step(page, 'library-hit', () => hit.waitFor());
    await hit.getByRole('button', { name: LEAD }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: '服务记录' }).click();
    await step(page, 'expert-record', () => heading(page, `${LEAD} 的服务记录`).waitFor());
    await page.getByTestId('service-record').getByText(TEAM).first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('the public /verify page confirms the certificate to someone not signed in', async () => {
    expect(certificateCode).not.toBe('');
    const { page, pageErrors } = await suite.openPage(PHONE);
    await page.goto(`${suite.server.url}/verify/${certificateCode}`);
    const result = page.getByTestId('verify-result');
    await step(page, 'verify', () => result.waitFor());
    expect(await result.getAttribute('data-valid')).toBe('true');
    await result.getByText('证明真实有效').waitFor();
    await result.getByText(LEAD, { exact: true }).waitFor();
    expect(page.url()).toBe(`${suite.server.url}/verify/${certificateCode}`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'service-verify');

    // A wrong code gets the server's reason.
    await page.getByLabel('验证码').fill('ABCD2345EFGH');
    await page.getByRole('button', { name: '验证' }).click();
    await page.waitForURL(`${suite.server.url}/verify/ABCD2345EFGH`);
    await page
      .locator('[data-testid="verify-result"][data-valid="false"]')
      .getByText('未找到该验证码对应的证明', { exact: false })
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
});
