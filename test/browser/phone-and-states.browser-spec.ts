// Phones and honest states (#13.6, #13.7) on the service, expert-library, report and dashboard pages: at 375 px
// nothing scrolls sideways, the batch form takes its dates in the phone's own date inputs and still logs a
// batch, tables read as label/value rows; while data loads a skeleton shows (never "nothing there"); an empty
// page says why and what to do; 辖区统计 counts the units' drafts; the expert drawer offers editing only to
// those the server allows.
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

/** No sideways scrolling, with the page's name in the message when there is. */
async function expectNoOverflow(page: Page, name: string): Promise<void> {
  await screenshot(page, `phone-${name}`);
  expect(await horizontalOverflow(page), `${name} 在 375 px 下横向溢出`).toBeLessThanOrEqual(0);
}

describe('phones and honest states', () => {
  let teamId = '';

  it('the lead logs a batch on a phone with native date inputs, and no team page scrolls sideways', async () => {
    const token = await suite.token('expert');
    const teams = await suite.graphql<{ teams: { id: string; name: string }[] }>(
      '{ teams(first: 100) { id name } }',
      {},
      token,
    );
    expect(teams.errors).toBeUndefined();
    teamId = teams.data!.teams.find((t) => t.name === TEAM)!.id;

    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'expert');
    await page.goto(`${suite.server.url}/teams/${teamId}`);
    await step(page, 'phone-team', () => heading(page, TEAM).waitFor());
    await expectNoOverflow(page, 'team');

    await page.getByRole('button', { name: '登记服务批次' }).first().click();
    await step(page, 'phone-batch-form', () => heading(page, '登记服务批次').waitFor());
    // The phone gets two native date inputs, not the 576 px two-month panel.
    const start = page.getByLabel('开始日期', { exact: true });
    const end = page.getByLabel('结束日期', { exact: true });
    expect(await start.getAttribute('type')).toBe('date');
    expect(await page.locator('.ant-picker-range').count()).toBe(0);
    await start.fill(dateFromToday(-12));
    await end.fill(dateFromToday(-11));
    await expect.poll(() => page.getByLabel('服务天数').inputValue()).toBe('2');
    // An end before the start is refused, not swapped.
    await end.fill(dateFromToday(-13));
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.getByText('结束日期不能早于开始日期').waitFor();
    await end.fill(dateFromToday(-11));
    await page.getByLabel('活动类型 1').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: '现场指导',
      })
      .first()
      .click();
    await page.getByLabel('参加人数 1').fill('12');
    await page.getByLabel('解决的具体问题 1').fill('大棚番茄灰霉病现场诊断');
    await expectNoOverflow(page, 'batch-form');
    const logged = await answerTo<{ logServiceBatch: { days: number; startDate: string } }>(
      page,
      'LogServiceBatch',
      () => page.getByRole('button', { name: '提交登记' }).click(),
    );
    expect(logged.errors, logged.errors?.[0]?.message).toBeUndefined();
    expect(logged.data!.logServiceBatch.days).toBe(2);
    await step(page, 'phone-after-batch', () => heading(page, TEAM).waitFor());
    await page.locator('[data-testid="batch"]').first().waitFor();
    await expectNoOverflow(page, 'team-batches');
    expect(pageErrors).toEqual([]);
  });

  it('the expert’s 服务记录 and the admin’s 匹配词库 read as label/value rows on a phone', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'expert');
    await page.goto(`${suite.server.url}/service-record`);
    await step(page, 'phone-service-record', () => page.getByTestId('service-record').waitFor());
    await page.locator('.responsive-table').first().waitFor();
    await expectNoOverflow(page, 'service-record');

    const admin = await suite.openPage(PHONE);
    await suite.signIn(admin.page, 'admin');
    await admin.page.goto(`${suite.server.url}/admin/lexicon`);
    await step(admin.page, 'phone-lexicon', () =>
      admin.page.locator('.responsive-table .ant-table-tbody > tr').first().waitFor(),
    );
    await expectNoOverflow(admin.page, 'lexicon');
    expect([...pageErrors, ...admin.pageErrors]).toEqual([]);
  });

  it('the province reads the survey and the money on a phone: label above value, rows instead of tables', async () => {
    expect(teamId).not.toBe('');
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/teams/${teamId}?tab=survey`);
    const survey = page.getByTestId('team-survey');
    await step(page, 'phone-survey', () => survey.waitFor());
    // The value of a survey line gets the row's width, not the ~85 px left by a 280 px label column.
    const value = survey.getByTestId('survey-total-days');
    await value.waitFor();
    const cell = value.locator('xpath=ancestor::*[contains(@class,"ant-descriptions-item-content")][1]');
    const width = await cell.evaluate((node) => (node as unknown as { clientWidth: number }).clientWidth);
    expect(width).toBeGreaterThan(250);
    await expectNoOverflow(page, 'survey');

    await page.getByRole('tab', { name: '经费' }).click();
    await page.getByTestId('team-funding').waitFor();
    await expectNoOverflow(page, 'funding');
    expect(pageErrors).toEqual([]);
  });

  it('报表导出 shows a skeleton while loading, then its teams as label/value rows', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { operationName?: string };
      if (body.operationName === 'ReportTeams') await held;
      await route.fallback();
    });
    await page.goto(`${suite.server.url}/reports`);
    await heading(page, '报表导出').waitFor();
    await step(page, 'reports-loading', () => page.getByTestId('loading').waitFor());
    expect(await page.getByTestId('reports-empty').count()).toBe(0);
    expect(await page.getByText('还没有', { exact: false }).count()).toBe(0);
    release();
    await page.unroute('**/graphql');
    const row = page.locator('.responsive-table .ant-table-tbody > tr').first();
    await step(page, 'reports-rows', () => row.waitFor());
    // On a phone the header is hidden and each cell carries its column's name.
    expect(await page.locator('.responsive-table .ant-table-thead').isVisible()).toBe(false);
    expect(await row.locator('td').first().getAttribute('data-label')).toBe('服务团');
    await expectNoOverflow(page, 'reports');

    // A year without teams says why and what to do.
    await page.goto(`${suite.server.url}/reports?year=${new Date().getFullYear() - 4}`);
    await page.getByTestId('reports-empty').getByText('切换年度', { exact: false }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('辖区统计 counts a unit’s draft for its bureau, without showing it', async () => {
    const unit = await suite.token('unit');
    const created = await suite.graphql<{ createDemand: { id: string } }>(
      `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
      {
        i: {
          title: '统计口径测试草稿',
          description: '合作社准备申请的需求，尚在草拟，未提交给属地人社局。',
          fields: ['AGRICULTURE'],
          serviceForms: ['TECH_GUIDANCE'],
          expertsWanted: 1,
          minTitleLevel: 'ASSOCIATE',
          startDate: dateFromToday(30),
          endDate: dateFromToday(40),
          expectedDays: 3,
          openToVolunteers: false,
          contactName: '沈建国',
          contactPhone: '13916001234',
        },
      },
      unit,
    );
    expect(created.errors, created.errors?.[0]?.message).toBeUndefined();
    const local = await suite.token('local');
    const counts = await suite.graphql<{ demands: { unitDraftCount: number } }>(
      '{ demands(first: 0) { unitDraftCount } }',
      {},
      local,
    );
    const drafts = counts.data!.demands.unitDraftCount;
    expect(drafts).toBeGreaterThan(0);

    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'local');
    await openMenu(page, '辖区统计');
    await heading(page, '辖区统计').waitFor();
    await step(page, 'statistics-drafts', async () =>
      expect(await page.getByTestId('count-DRAFT').innerText()).toBe(String(drafts)),
    );
    await expectNoOverflow(page, 'statistics');
    expect(pageErrors).toEqual([]);
  });

  it('a bureau whose county has no experts is told why and may search the whole library, masked', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'local2');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    const empty = page.getByTestId('library-empty-local');
    await step(page, 'library-empty-local', () => empty.waitFor());
    expect(await empty.innerText()).toContain('检索全库');
    expect(await page.getByText('专家库还没有专家').count()).toBe(0);
    await expectNoOverflow(page, 'library-local-empty');
    await page.getByRole('button', { name: '检索全库' }).click();
    const hit = page.locator('[data-testid="expert-hit"]').first();
    await step(page, 'library-whole', () => hit.waitFor());
    await hit.locator('.expert-hit__name').click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByText('研究方向/专长') });
    const phone = drawer.getByTestId('expert-phone');
    await step(page, 'library-whole-drawer', () => phone.waitFor());
    expect(await phone.innerText()).toMatch(/^(\d{3}\*{4}\d{4}|—)$/);
    await drawer.getByText('手机和邮箱已脱敏', { exact: false }).waitFor();
    expect(await drawer.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await expectNoOverflow(page, 'library-whole');
    expect(pageErrors).toEqual([]);
  });

  it('the LOCAL dashboard says why a chart is empty', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'local2');
    await openMenu(page, '数据看板');
    await heading(page, '数据看板').waitFor();
    await page.locator('.dashboard').waitFor();
    // Each chart is drawn, or replaced by a sentence saying why it is empty — never a blank frame.
    for (const [chart, empty] of [
      ['chart-ce', 'ce-empty'],
      ['chart-gap', 'gap-empty'],
    ] as const) {
      await expect
        .poll(async () => (await page.getByTestId(chart).count()) + (await page.getByTestId(empty).count()))
        .toBe(1);
    }
    await screenshot(page, 'phone-dashboard-local2');
    expect(pageErrors).toEqual([]);
  });
});
