// Issue #11 in a real browser: the administrator's 匹配词库 (try a sentence, add an entry, see a refusal, edit and
// delete it, on a phone too); the dispatcher's search box reading a sentence and suggesting a word when nothing
// matches; and the composer of 大棚水肥一体化改造方案咨询 saying 本服务团尚未覆盖 rather than that the library has
// nobody.
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

describe('匹配词库 (ADMIN)', () => {
  it('reads a sentence, adds, refuses, edits and deletes an entry', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'admin');
    await openMenu(page, '匹配词库');
    await step(page, 'lexicon-open', () => heading(page, '匹配词库').waitFor());
    await page.getByLabel('查找词条').fill('拉稀');
    await page.getByLabel('查找词条').press('Enter');
    await page.getByRole('row', { name: /拉稀/ }).getByText('腹泻').first().waitFor();
    await page.getByLabel('查找词条').fill('');
    await page.getByLabel('查找词条').press('Enter');

    // 试一试: how a sentence is read.
    await page.getByLabel('试一试的文字').fill('鱼塘早上鱼都浮头了，想请专家来看看怎么办');
    await page.getByRole('button', { name: '分析' }).click();
    const preview = page.getByTestId('lexicon-preview-result');
    await preview.getByText('浮头').waitFor();
    expect(await preview.innerText()).toContain('缺氧');
    expect(await preview.innerText()).not.toContain('想请');
    await screenshot(page, 'lexicon-preview');

    // A refused entry: the field says why, nothing is written.
    await page.getByRole('button', { name: '新增词条' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('群众的说法').fill('菜蔫了🥬');
    const refused = await answerTo<unknown>(page, 'CreateLexiconEntry', () =>
      dialog.getByRole('button', { name: '保存词条' }).click(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await dialog.getByText('说法只能包含汉字、字母和数字').waitFor();
    expect(await dialog.getByText('说法只能包含汉字、字母和数字').count()).toBe(1);

    // Added, then found in the list.
    await dialog.getByLabel('群众的说法').fill('菜蔫了');
    await dialog.getByLabel('专业术语').fill('采后保鲜');
    await dialog.getByLabel('专业术语').press('Enter');
    const created = await answerTo<{ createLexiconEntry: { id: string } }>(page, 'CreateLexiconEntry', () =>
      dialog.getByRole('button', { name: '保存词条' }).click(),
    );
    expect(created.errors, created.errors?.[0]?.message).toBeUndefined();
    await page.getByLabel('查找词条').fill('菜蔫了');
    await page.getByLabel('查找词条').press('Enter');
    const row = page.getByRole('row', { name: /菜蔫了/ });
    await row.getByText('采后保鲜').waitFor();
    await screenshot(page, 'lexicon-added');

    // Edited, then deleted.
    await row.getByRole('button', { name: '修改 菜蔫了' }).click();
    await dialog.getByLabel('备注').fill('菜农常说');
    const updated = await answerTo(page, 'UpdateLexiconEntry', () =>
      dialog.getByRole('button', { name: '保存词条' }).click(),
    );
    expect(updated.errors, updated.errors?.[0]?.message).toBeUndefined();
    await row.getByText('菜农常说').waitFor();
    await row.getByRole('button', { name: '删除 菜蔫了' }).click();
    const deleted = await answerTo(page, 'DeleteLexiconEntry', () =>
      page.getByRole('button', { name: '确认删除' }).click(),
    );
    expect(deleted.errors, deleted.errors?.[0]?.message).toBeUndefined();
    await row.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });

  it('fits a phone', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'admin');
    await page.goto(`${suite.server.url}/admin/lexicon`);
    await heading(page, '匹配词库').waitFor();
    await page
      .getByRole('row', { name: /叶子发黄/ })
      .first()
      .waitFor();
    await screenshot(page, 'lexicon-phone');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('the dispatcher', () => {
  it('finds experts for a sentence and is offered the nearest word when nothing matches', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '专家库');
    await heading(page, '专家库').waitFor();
    await page.getByTestId('expert-total').getByText(/共/).waitFor();
    const box = page.getByLabel('检索专家');
    await box.fill('大棚番茄叶片发黄卷曲怎么办');
    const found = await answerTo<{ experts: { total: number; hits: { expert: { specialties: string } }[] } }>(
      page,
      'Experts',
      () => box.press('Enter'),
    );
    expect(found.data!.experts.total).toBeGreaterThan(0);
    expect(found.data!.experts.hits[0]!.expert.specialties).toContain('番茄');
    await page.locator('mark.search-hit', { hasText: '番茄' }).first().waitFor();
    await box.fill('蕃茄 ');
    await answerTo(page, 'Experts', () => box.press('Enter'));
    const suggestions = page.getByTestId('search-suggestions');
    await step(page, 'search-suggestions', () => suggestions.waitFor());
    await screenshot(page, 'search-suggestions');
    const again = await answerTo<{ experts: { total: number } }>(page, 'Experts', () =>
      suggestions.getByRole('button', { name: '番茄' }).click(),
    );
    expect(again.data!.experts.total).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('sees 本服务团尚未覆盖 for 大棚水肥一体化改造方案咨询, not that the library has nobody', async () => {
    const province = await suite.token('province');
    const list = await suite.graphql<{ demands: { nodes: { id: string; title: string }[] } }>(
      '{ demands(first: 100, filter: { query: "水肥一体化" }) { nodes { id title } } }',
      {},
      province,
    );
    const demand = list.data!.demands.nodes.find((d) => d.title === '大棚水肥一体化改造方案咨询')!;
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/dispatch/${demand.id}`);
    await step(page, 'fertigation-open', () => page.getByTestId('team-lead').locator('.ant-tag').waitFor());
    expect(await page.getByTestId('uncovered-library').count()).toBe(0);
    expect(await page.getByText('专家库中没有可覆盖以下领域的专家').count()).toBe(0);
    const team = page.getByTestId('uncovered-team');
    await team.waitFor();
    expect(await team.innerText()).toContain('本服务团尚未覆盖：机械制造');
    await screenshot(page, 'composer-team-uncovered');
    expect(pageErrors).toEqual([]);
  });
});
