// 基层下单 → 属地接单 in a real browser: a unit posts a demand through the form (fixing what the form points
// out) and submits it; the bureau returns it with a reason; the unit reads the reason, edits and resubmits; the
// bureau accepts; the unit sees 属地已接单 with the whole timeline. Then the same pages on a phone-sized screen.
import { describe, expect, it } from 'vitest';
import {
  PHONE,
  cardOf,
  dateFromToday,
  answerTo,
  heading,
  horizontalOverflow,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

/** YYYY-MM-DD, `days` from today (local time). */

const TITLE = '连栋大棚黄瓜霜霉病反复发生，求植保专家现场指导';
const SHORT_DESCRIPTION = '黄瓜生病';
const DESCRIPTION =
  '合作社 30 亩连栋大棚黄瓜今年春季霜霉病反复发生，已按农资店建议轮换用药三次仍不见好转，希望专家到现场诊断病因，指导用药和棚内温湿度管理。';
const RETURN_REASON = '请补充目前使用过的药剂名称和用量，以及发病面积，便于省厅匹配植保专家。';
const RESUBMIT_ADDITION = '已用药剂：烯酰吗啉 1500 倍液、代森锰锌 600 倍液；目前发病面积约 12 亩。';

/** The card of the demand with this code in the current list. */

describe('demands: 基层下单 → 属地接单', () => {
  let demandId = '';
  let demandCode = '';

  it('a unit fills in the form, fixes what it points out, and submits the demand', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await openMenu(page, '发布需求');
    await step(page, 'demand-form-open', () => heading(page, '发布需求').waitFor());
    // The heading takes the focus after the navigation (screen readers announce the page).
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    expect(await page.title()).toContain('发布需求');

    await page.getByLabel('需求标题').fill(TITLE);
    await page.getByLabel('问题描述（痛点难点）').fill(SHORT_DESCRIPTION);
    await page.getByRole('checkbox', { name: '农业', exact: true }).check();
    await page.getByRole('checkbox', { name: '技术指导', exact: true }).check();
    await page.getByRole('checkbox', { name: '人才培养', exact: true }).check();
    // The region defaults to the unit's own.
    await expect.poll(() => page.locator('.ant-cascader').innerText()).toContain('金山区');
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill(dateFromToday(14));
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill(dateFromToday(44));
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByLabel('需要专家人数').fill('2');
    await page.getByLabel('预计服务天数').fill('6');
    await page.getByLabel('联系人').fill('沈建国');
    await page.getByLabel('联系电话').fill('13916620001');

    // Too short a description: the form says what to fix, and nothing is sent.
    await page.getByRole('button', { name: '提交需求' }).click();
    const problem = page.getByText('请具体描述遇到的问题（至少 10 个字），便于匹配合适的专家');
    await step(page, 'demand-form-validation', () => problem.waitFor());
    await screenshot(page, 'demand-form-validation');
    expect(await page.getByLabel('需求标题').inputValue()).toBe(TITLE);

    await page.getByLabel('问题描述（痛点难点）').fill(DESCRIPTION);
    await problem.waitFor({ state: 'detached' });
    const submitted = await answerTo<{ submitDemand: { id: string; code: string; status: string } }>(
      page,
      'SubmitDemand',
      () => page.getByRole('button', { name: '提交需求' }).click(),
    );
    expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
    demandId = submitted.data!.submitDemand.id;
    demandCode = submitted.data!.submitDemand.code;
    expect(submitted.data!.submitDemand.status).toBe('SUBMITTED');

    await step(page, 'demand-submitted', async () => {
      await page.waitForURL(`${suite.server.url}/demands/${demandId}`);
      await heading(page, TITLE).waitFor();
      await page.locator('.status-tag', { hasText: '已下单' }).first().waitFor();
      // The time left at the bureau's step (5 working days).
      await page
        .locator('.page-header')
        .getByText(/剩 \d+ 天/)
        .waitFor();
    });
    await screenshot(page, 'demand-detail-submitted');

    // It is in 我的需求 under 已下单.
    await openMenu(page, '我的需求');
    await heading(page, '我的需求').waitFor();
    await cardOf(page, demandCode).waitFor();
    await screenshot(page, 'my-demands');
    expect(pageErrors).toEqual([]);
  });

  it('the bureau finds it in its inbox and returns it with a reason', async () => {
    expect(demandCode).not.toBe('');
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'local');
    await openMenu(page, '需求受理');
    await heading(page, '需求受理').waitFor();
    const card = cardOf(page, demandCode);
    await step(page, 'inbox', () => card.waitFor());
    await card.getByText('上海金山区廊下镇绿野蔬菜专业合作社', { exact: false }).waitFor();
    await screenshot(page, 'review-inbox');

    await card.getByRole('button', { name: '退回修改' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`退回需求：${TITLE}`).waitFor();
    // A reason is required.
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await dialog.getByText('请填写退回原因').waitFor();
    await dialog.getByLabel('退回原因').fill(RETURN_REASON);
    const returned = await answerTo<{ returnDemand: { status: string } }>(page, 'ReturnDemand', () =>
      dialog.getByRole('button', { name: '确认退回' }).click(),
    );
    expect(returned.errors, returned.errors?.[0]?.message).toBeUndefined();
    expect(returned.data!.returnDemand.status).toBe('RETURNED');
    await step(page, 'inbox-after-return', () => card.waitFor({ state: 'detached' }));
    expect(pageErrors).toEqual([]);
  });

  it('the unit reads the reason, edits and resubmits', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');

    // The notification of the return leads to the demand.
    await page.getByTestId('notification-bell').click();
    await page.getByRole('button', { name: '查看全部通知' }).click();
    await heading(page, '通知').waitFor();
    const notice = page.locator('.notification-row', { hasText: `需求已退回修改：${TITLE}` });
    await step(page, 'notifications', () => notice.waitFor());
    await screenshot(page, 'notifications');
    await notice.locator('.notification-row__main').click();
    await page.waitForURL(`${suite.server.url}/demands/${demandId}`);

    const reason = page.getByTestId('return-reason');
    await step(page, 'returned-detail', () => reason.getByText(RETURN_REASON).waitFor());
    await page.locator('.status-tag', { hasText: '已退回' }).first().waitFor();
    await screenshot(page, 'demand-detail-returned');

    await page.getByRole('button', { name: '修改后重新提交' }).first().click();
    await page.waitForURL(`${suite.server.url}/demands/${demandId}/edit`);
    await heading(page, '修改并重新提交').waitFor();
    // The bureau's reason stays in view while editing, and the form holds what was saved.
    await page.getByTestId('return-reason').getByText(RETURN_REASON).waitFor();
    const description = page.getByLabel('问题描述（痛点难点）');
    expect(await description.inputValue()).toBe(DESCRIPTION);
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13916620001');
    await description.fill(`${DESCRIPTION}\n${RESUBMIT_ADDITION}`);
    await screenshot(page, 'demand-edit-returned');

    const updated = await answerTo<{ updateDemand: { id: string } }>(page, 'UpdateDemand', () =>
      page.getByRole('button', { name: '重新提交', exact: true }).click(),
    );
    expect(updated.errors, updated.errors?.[0]?.message).toBeUndefined();
    await step(page, 'resubmitted', async () => {
      await page.waitForURL(`${suite.server.url}/demands/${demandId}`);
      await page.locator('.status-tag', { hasText: '已下单' }).first().waitFor();
      await page.getByText(RESUBMIT_ADDITION, { exact: false }).first().waitFor();
    });
    expect(pageErrors).toEqual([]);
  });

  it('the bureau accepts it, and the unit sees 属地已接单 with the timeline', async () => {
    const bureau = await suite.openPage();
    await suite.signIn(bureau.page, 'local');
    await openMenu(bureau.page, '需求受理');
    const card = cardOf(bureau.page, demandCode);
    await step(bureau.page, 'inbox-resubmitted', () => card.waitFor());
    await card.getByRole('button', { name: '受理', exact: true }).click();
    const dialog = bureau.page.getByRole('dialog');
    await dialog.getByLabel('受理意见（可选）').fill('需求明确，报送省厅派单。');
    const accepted = await answerTo<{ acceptDemand: { status: string } }>(bureau.page, 'AcceptDemand', () =>
      dialog.getByRole('button', { name: '确认受理' }).click(),
    );
    expect(accepted.errors, accepted.errors?.[0]?.message).toBeUndefined();
    expect(accepted.data!.acceptDemand.status).toBe('ACCEPTED');
    await card.waitFor({ state: 'detached' });

    // 辖区统计 counts it.
    await openMenu(bureau.page, '辖区统计');
    await heading(bureau.page, '辖区统计').waitFor();
    await bureau.page.getByText('各环节需求数').waitFor();
    await screenshot(bureau.page, 'region-statistics');
    expect(bureau.pageErrors).toEqual([]);

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await page.goto(`${suite.server.url}/demands/${demandId}`);
    await step(page, 'accepted-detail', async () => {
      await page.locator('.status-tag', { hasText: '属地已接单' }).first().waitFor();
      const timeline = page.getByTestId('demand-timeline');
      await timeline.getByText('需求明确，报送省厅派单。').waitFor();
      await timeline.getByText(RETURN_REASON).waitFor();
    });
    const steps = await page.locator('.history-entry__step').allInnerTexts();
    // Newest first: 已下单 → 属地已接单, 已退回 → 已下单, 已下单 → 已退回, 草稿 → 已下单, 草稿.
    expect(steps.map((s) => s.replace(/\s+/g, ''))).toEqual([
      '已下单→属地已接单',
      '已退回→已下单',
      '已下单→已退回',
      '草稿→已下单',
      '草稿',
    ]);
    // Nothing left for the unit to do once the bureau has taken it on.
    expect(await page.getByRole('button', { name: '取消需求' }).count()).toBe(0);
    await screenshot(page, 'demand-detail-accepted');
    expect(pageErrors).toEqual([]);
  });

  it('works on a 375 px wide phone screen', async () => {
    const unit = await suite.openPage(PHONE);
    await suite.signIn(unit.page, 'unit');
    await openMenu(unit.page, '我的需求');
    await cardOf(unit.page, demandCode).waitFor();
    expect(await horizontalOverflow(unit.page)).toBeLessThanOrEqual(0);
    await screenshot(unit.page, 'my-demands-375');

    await unit.page.goto(`${suite.server.url}/demands/${demandId}`);
    await unit.page.locator('.status-tag', { hasText: '属地已接单' }).first().waitFor();
    expect(await horizontalOverflow(unit.page)).toBeLessThanOrEqual(0);
    await screenshot(unit.page, 'demand-detail-375');

    await openMenu(unit.page, '发布需求');
    await heading(unit.page, '发布需求').waitFor();
    await unit.page.getByRole('button', { name: '提交需求' }).click();
    await unit.page.getByText('请填写需求标题').waitFor();
    expect(await horizontalOverflow(unit.page)).toBeLessThanOrEqual(0);
    await screenshot(unit.page, 'demand-form-375');
    expect(unit.pageErrors).toEqual([]);

    const bureau = await suite.openPage(PHONE);
    await suite.signIn(bureau.page, 'local');
    await openMenu(bureau.page, '需求受理');
    await bureau.page.locator('[data-testid="demand-card"]').first().waitFor();
    expect(await horizontalOverflow(bureau.page)).toBeLessThanOrEqual(0);
    await screenshot(bureau.page, 'review-inbox-375');
    expect(bureau.pageErrors).toEqual([]);
  });
});
