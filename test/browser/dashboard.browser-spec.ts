// 数据看板 in a real browser against the demo data: the province opens it from the menu, reads the four headline
// figures and sees every chart drawn by ECharts (a canvas in each, the supply–demand heatmap included), switches
// the year; a county bureau sees its own county; and the page fits a phone-sized screen.
import type { Page } from 'playwright-core';
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

interface DashboardAnswer {
  dashboard: {
    scopeName: string;
    year: number;
    demandsByStatus: { count: number }[];
    supplyGap: { regions: { regionName: string }[] };
    ceProgress: { expertsServed: number };
  };
}

const KPI_CARDS: [testId: string, title: string][] = [
  ['kpi-dispatch', '派单用时中位数'],
  ['kpi-on-time', '按时完成率'],
  ['kpi-satisfaction', '满意度'],
  ['kpi-ce', '继续教育达标人数'],
];
const CHARTS = ['chart-status', 'chart-field', 'chart-region', 'chart-ce', 'chart-gap'];

/** Waits until the chart's ECharts instance has drawn into its canvas. */
async function chartDrawn(page: Page, testId: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await chart.locator('canvas').first().waitFor();
  await expect.poll(() => chart.getAttribute('data-state')).toBe('ready');
  const size = (await chart.locator('canvas').first().boundingBox())!;
  expect(size.width, `${testId} 的画布宽度`).toBeGreaterThan(100);
  expect(size.height, `${testId} 的画布高度`).toBeGreaterThan(100);
}

describe('dashboard: 数据看板', () => {
  it('shows the province its headline figures and every chart, the heatmap included', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    const answer = await answerTo<DashboardAnswer>(page, 'Dashboard', () => openMenu(page, '数据看板'));
    expect(answer.errors, answer.errors?.[0]?.message).toBeUndefined();
    const figures = answer.data!.dashboard;
    expect(figures.scopeName).toContain('上海市');
    expect(figures.demandsByStatus.reduce((n, s) => n + s.count, 0)).toBeGreaterThan(0);
    // The demo's submitted and accepted demands wait for experts somewhere.
    expect(figures.supplyGap.regions.length).toBeGreaterThan(0);

    await step(page, 'dashboard-open', () => heading(page, '数据看板').waitFor());
    expect(await page.title()).toContain('数据看板');
    await page.getByText(`${figures.scopeName} · ${figures.year} 年`).waitFor();
    for (const [testId, title] of KPI_CARDS) {
      await expect.poll(() => page.getByTestId(testId).innerText()).toContain(title);
    }
    // Without any dispatch in the year the card says so rather than showing 0.
    await expect.poll(() => page.getByTestId('kpi-dispatch').innerText()).toMatch(/本年度尚无派单|P90/);
    await step(page, 'dashboard-charts', async () => {
      for (const chart of CHARTS) await chartDrawn(page, chart);
    });
    await page.getByText('供需缺口热力图').waitFor();
    await screenshot(page, 'dashboard-province');

    // Another year: the page asks again and says which year it shows.
    const lastYear = figures.year - 1;
    const again = await answerTo<DashboardAnswer>(page, 'Dashboard', async () => {
      await page.getByLabel('统计年份').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
          hasText: `${lastYear} 年`,
        })
        .click();
    });
    expect(again.errors, again.errors?.[0]?.message).toBeUndefined();
    expect(again.data!.dashboard.year).toBe(lastYear);
    await page.getByText(`${figures.scopeName} · ${lastYear} 年`).waitFor();
    expect(page.url()).toContain(`year=${lastYear}`);
    await chartDrawn(page, 'chart-status');
    expect(pageErrors).toEqual([]);
  });

  it('shows a county bureau its own county', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'local');
    const answer = await answerTo<DashboardAnswer>(page, 'Dashboard', () => openMenu(page, '数据看板'));
    expect(answer.errors, answer.errors?.[0]?.message).toBeUndefined();
    expect(answer.data!.dashboard.scopeName).toBe('金山区');
    await heading(page, '数据看板').waitFor();
    await page.getByText(`金山区 · ${answer.data!.dashboard.year} 年`).waitFor();
    await chartDrawn(page, 'chart-status');
    // The CE chart is drawn when someone served this year; otherwise a sentence says why it is empty.
    if (answer.data!.dashboard.ceProgress.expertsServed > 0) await chartDrawn(page, 'chart-ce');
    else {
      await page.getByTestId('ce-empty').getByText('还没有专家登记服务批次', { exact: false }).waitFor();
      expect(await page.getByTestId('chart-ce').count()).toBe(0);
    }
    // Only 金山区 itself in the chart by region, and in the heatmap.
    for (const region of answer.data!.dashboard.supplyGap.regions) expect(region.regionName).toBe('金山区');
    // Another region is refused by the server, whatever the address asks for.
    const refused = await suite.graphql(
      'query($r: String) { dashboard(regionCode: $r) { scopeName } }',
      { r: '310104' },
      await suite.token('local'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(pageErrors).toEqual([]);
  });

  it('fits a phone-sized screen', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'province');
    await openMenu(page, '数据看板');
    await heading(page, '数据看板').waitFor();
    for (const chart of CHARTS) await chartDrawn(page, chart);
    await screenshot(page, 'dashboard-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
