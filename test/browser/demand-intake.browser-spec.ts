// Posting a typical demand takes at most 6 actions (issue #13.5): the unit opens the form, writes a title and a
// description, takes the suggested fields and service forms in one click and submits — the contact and the period
// are pre-filled. Every click and every text typed counts; waiting for the page does not. Then what the form
// refuses instead of fixing up: a past date, an end before the start, a phone longer than a phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  actionCounter,
  answerTo,
  cardOf,
  dateFromToday,
  heading,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

const MAX_ACTIONS = 6;
const TITLE = '大棚西红柿叶子发黄打卷';
const DESCRIPTION =
  '村里合作社 20 亩大棚西红柿最近叶子发黄还打卷，打了两遍药也没用，想请专家来现场看看是什么病、怎么防治。';

async function openForm(page: Page) {
  await openMenu(page, '发布需求');
  await step(page, 'intake-form-open', () => heading(page, '发布需求').waitFor());
}

describe('demand intake: a typical demand in at most 6 actions', () => {
  let posted = { id: '', code: '' };

  it('a unit posts a demand: title, description, accept the suggestions, submit', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    const user = actionCounter();

    await user.act('open 发布需求', () => openForm(page));
    // Pre-filled from the unit's last demand and a sensible period: nothing to type there.
    await expect
      .poll(() => page.getByLabel('联系电话').inputValue(), { timeout: 10_000 })
      .toMatch(/^1\d{10}$/);
    expect(await page.getByLabel('联系人').inputValue()).not.toBe('');
    const start = await page.getByPlaceholder('开始日期').inputValue();
    const end = await page.getByPlaceholder('结束日期').inputValue();
    expect(start >= dateFromToday(1)).toBe(true);
    expect(end > start).toBe(true);

    await user.act('type the title', () => page.getByLabel('需求标题').fill(TITLE));
    await user.act('type the description', () => page.getByLabel('问题描述（痛点难点）').fill(DESCRIPTION));
    const suggestions = page.getByTestId('classification-suggestions');
    await step(page, 'intake-suggestions', () =>
      suggestions.getByRole('button', { name: '全部采用' }).waitFor({ timeout: 15_000 }),
    );
    await user.act('accept the suggestions', () =>
      suggestions.getByRole('button', { name: '全部采用' }).click(),
    );
    expect(await page.getByRole('checkbox', { name: '农业', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '技术指导', exact: true }).isChecked()).toBe(true);
    // The unit's own open tomato demand shows as a possible duplicate while it writes.
    await page.getByTestId('similar-hint').waitFor({ timeout: 15_000 });
    await screenshot(page, 'intake-form-filled');

    const submitted = await user.act('submit', () =>
      answerTo<{ submitDemand: { id: string; code: string; status: string } }>(page, 'SubmitDemand', () =>
        page.getByRole('button', { name: '提交需求' }).click(),
      ),
    );
    expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
    expect(submitted.data!.submitDemand.status).toBe('SUBMITTED');
    posted = submitted.data!.submitDemand;
    await heading(page, TITLE).waitFor();
    expect(user.done.length, `actions: ${user.done.join(' → ')}`).toBeLessThanOrEqual(MAX_ACTIONS);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a past date and an end before the start with a message, keeps them, and caps the phone', async () => {
    const { page } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await openForm(page);
    await expect.poll(() => page.getByPlaceholder('开始日期').inputValue(), { timeout: 10_000 }).not.toBe('');

    const past = dateFromToday(-2);
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill(past);
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByText(`开始日期（${past}）已经过去`).waitFor();
    expect(await page.getByPlaceholder('开始日期').inputValue()).toBe(past); // kept, not dropped

    const later = dateFromToday(30);
    const earlier = dateFromToday(20);
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill(later);
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').click();
    await page.getByPlaceholder('结束日期').fill(earlier);
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByText(`结束日期（${earlier}）早于开始日期（${later}）`).waitFor();
    // Not swapped.
    expect(await page.getByPlaceholder('开始日期').inputValue()).toBe(later);
    expect(await page.getByPlaceholder('结束日期').inputValue()).toBe(earlier);

    await page.getByLabel('联系电话').fill('');
    await page.getByLabel('联系电话').pressSequentially('1'.repeat(20));
    expect(await page.getByLabel('联系电话').inputValue()).toHaveLength(13);
    await screenshot(page, 'intake-form-refusals');
  });

  it('the bureau checks it for duplicates from its inbox and merges it in one step', async () => {
    expect(posted.code).not.toBe('');
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'local');
    await openMenu(page, '需求受理');
    const card = cardOf(page, posted.code);
    await step(page, 'intake-inbox', () => card.waitFor());
    await card.getByRole('button', { name: '查重' }).click();
    const drawer = page.getByRole('dialog');
    // The unit's older tomato demand of the same region, shown in full to its bureau.
    const duplicate = drawer.getByRole('listitem').filter({ hasText: '急需设施大棚番茄病害防治技术指导' });
    await step(page, 'intake-similar-drawer', () => duplicate.waitFor({ timeout: 15_000 }));
    await screenshot(page, 'intake-similar-drawer');
    await duplicate.getByRole('button', { name: '合并到此需求' }).click();
    const merged = await answerTo<{ mergeDemand: { status: string; mergedIntoId: string } }>(
      page,
      'MergeDemand',
      () => page.getByRole('button', { name: '合并', exact: true }).click(),
    );
    expect(merged.errors, merged.errors?.[0]?.message).toBeUndefined();
    expect(merged.data!.mergeDemand.status).toBe('CANCELLED');
    await card.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
