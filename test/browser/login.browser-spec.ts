// The web app shell in a real browser against the real server: signing in (and failing to), the role-aware
// frame of every demo account, signing out, the 404 page, and the login page on a phone-sized screen.
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  chooseFromAccountMenu,
  PHONE,
  horizontalOverflow,
  screenshot,
  step,
  submitLogin,
  useBrowserSuite,
  type Role,
} from './support.js';

/** The Sider menu of each role, after 首页 (the issue "Web app shell"). */
const ROLE_MENUS: Record<Role, string[]> = {
  UNIT: ['我的需求', '发布需求', '项目申报', '服务菜单', '服务项目', '专家服务基地'],
  LOCAL: [
    '需求受理',
    '辖区统计',
    '注册审核',
    '项目推荐',
    '专家服务基地',
    '数据看板',
    '专家库',
    '服务团',
    '报表导出',
  ],
  PROVINCE: [
    '派单台',
    '申报通知',
    '项目评审',
    '服务项目',
    '年终上报',
    '专家服务基地',
    '数据看板',
    '专家库',
    '服务团',
    '报表导出',
  ],
  EXPERT: ['推荐需求', '我的邀请', '我的服务', '服务记录'],
  ADMIN: [
    '账号管理',
    '机构管理',
    '地区管理',
    '审计日志',
    '匹配词库',
    '工作日历',
    '注册审核',
    '通知发送失败',
    '数据看板',
    '专家库',
  ],
};
const DEMO_USERNAMES = ['admin', 'province', 'local', 'unit', 'expert'] as const;

const suite = useBrowserSuite();
const openPage = (options: typeof DESKTOP) => suite.openPage(options);
const signIn = (page: Parameters<typeof suite.signIn>[0], username: string) => suite.signIn(page, username);

async function roleLabel(role: Role, token: string): Promise<string> {
  const answer = await suite.graphql<{ catalog: { roles: { value: string; label: string }[] } }>(
    'query Catalog { catalog { roles { value label } } }',
    {},
    token,
  );
  const label = answer.data?.catalog.roles.find((entry) => entry.value === role)?.label;
  expect(label, `catalog 中没有角色 ${role} 的名称`).toBeTruthy();
  return label!;
}

/** The first page of a menu opens: its title is shown in the content area (built or still 即将上线). */
async function menuPageOpens(page: Parameters<typeof suite.signIn>[0], label: string) {
  await page.locator('.app-content').getByText(label, { exact: true }).first().waitFor();
}

describe('web app shell', () => {
  it('shows the server’s Chinese message for a wrong password and keeps what was typed', async () => {
    const { page, pageErrors } = await openPage(DESKTOP);
    await page.goto(`${suite.server.url}/login`);
    await page.getByText('基层下单 · 属地接单 · 省厅派单').waitFor();
    expect(await page.title()).toBe('专家服务基层 · 点餐式服务平台');

    // Empty form: the form's own Chinese messages, nothing sent.
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();

    const answer = await submitLogin(page, 'unit', 'wrong-Passw0rd');
    const serverMessage = answer.errors?.[0]?.message ?? '';
    expect(serverMessage).toMatch(/[\u4e00-\u9fff]/);

    const alert = page.getByTestId('login-error');
    await step(page, 'login-error', async () => {
      await alert.waitFor();
      expect((await alert.innerText()).trim()).toContain(serverMessage);
    });
    expect(page.url()).toBe(`${suite.server.url}/login`);
    expect(await page.getByPlaceholder('用户名', { exact: true }).inputValue()).toBe('unit');
    expect(await page.getByPlaceholder('密码', { exact: true }).inputValue()).toBe('wrong-Passw0rd');
    await screenshot(page, 'login-wrong-password');
    expect(pageErrors).toEqual([]);
  });

  it.each(DEMO_USERNAMES)(
    '%s signs in, sees its name, role label and menu, and signs out',
    async (username) => {
      const { page, pageErrors } = await openPage(DESKTOP);
      const { token, account } = await step(page, `sign-in-${username}`, () => signIn(page, username));
      const label = await roleLabel(account.role, token);

      await step(page, `home-${username}`, async () => {
        const header = page.locator('header');
        await header.getByText(label, { exact: true }).first().waitFor();
        await page.getByText(`您好，${account.displayName}`).waitFor();

        const menu = page.locator('.ant-layout-sider').getByRole('menuitem');
        await menu.first().waitFor();
        const items = (await menu.allInnerTexts()).map((text) => text.trim());
        expect(items).toEqual(['首页', ...ROLE_MENUS[account.role]]);
      });
      await screenshot(page, `home-${username}`);

      // The first page of the menu opens (a page that is not built yet says so).
      const firstPage = ROLE_MENUS[account.role][0]!;
      await page.locator('.ant-layout-sider').getByRole('menuitem', { name: firstPage }).click();
      await menuPageOpens(page, firstPage);

      await step(page, `sign-out-${username}`, async () => {
        await chooseFromAccountMenu(page, '退出登录', `${suite.server.url}/login`);
        await page.getByRole('button', { name: '登录', exact: true }).waitFor();
      });
      expect(await page.evaluate("window.localStorage.getItem('es.token')")).toBeNull();

      // Signed out means signed out: the frame is no longer reachable.
      await page.goto(`${suite.server.url}/`);
      await page.waitForURL(`${suite.server.url}/login`);
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  it('shows the 404 page for an unknown path while signed in', async () => {
    const { page, pageErrors } = await openPage(DESKTOP);
    const { account } = await signIn(page, 'province');
    await page.goto(`${suite.server.url}/no-such-page/42`);
    await step(page, 'not-found', async () => {
      await page.getByText('您访问的页面不存在', { exact: false }).waitFor();
      await page.locator('header').getByText(account.displayName).first().waitFor();
    });
    await screenshot(page, 'not-found');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(`${suite.server.url}/`);
    expect(pageErrors).toEqual([]);
  });

  it('fits a 375 px wide phone screen without a horizontal scrollbar', async () => {
    const { page, pageErrors } = await openPage(PHONE);
    await page.goto(`${suite.server.url}/login`);
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    await screenshot(page, 'login-375');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The signed-in frame too: the Sider is folded away and opens from the header.
    const { account } = await signIn(page, 'unit');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-375');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page
      .locator('.ant-layout-sider')
      .getByRole('menuitem', { name: ROLE_MENUS[account.role][0]! })
      .click();
    await menuPageOpens(page, ROLE_MENUS[account.role][0]!);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
