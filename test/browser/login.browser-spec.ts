// The web app shell in a real browser against the real server: signing in (and failing to), the role-aware
// frame of every demo account, signing out, the 404 page, and the login page on a phone-sized screen.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.js';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
type Role = 'ADMIN' | 'PROVINCE' | 'LOCAL' | 'UNIT' | 'EXPERT';

const SCREENSHOTS = path.resolve('test-results/screenshots');
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/** The Sider menu of each role, after 首页 (the issue "Web app shell"). */
const ROLE_MENUS: Record<Role, string[]> = {
  UNIT: ['我的需求', '发布需求'],
  LOCAL: ['需求受理', '辖区统计'],
  PROVINCE: ['派单台', '专家库', '服务团'],
  EXPERT: ['推荐需求', '我的邀请', '我的服务'],
  ADMIN: ['账号管理', '机构管理', '地区管理', '审计日志', '专家库'],
};
const DEMO_USERNAMES = ['admin', 'province', 'local', 'unit', 'expert'] as const;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
interface LoginPayload {
  login: { token: string; account: { id: string; username: string; role: Role; displayName: string } } | null;
}

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startTestServer({ demo: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
}, 60_000);

/** A fresh browser profile (no token), whose uncaught page errors fail the test. */
async function openPage(options: BrowserContextOptions): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}

/** Runs a step; on failure saves what the page looked like before rethrowing. */
async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await page
      .screenshot({ path: path.join(SCREENSHOTS, `failed-${name}.png`), fullPage: true })
      .catch(() => {});
    throw error;
  }
}

function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fills the login form and submits it; returns what the server answered to the Login mutation. */
async function submitLogin(
  page: Page,
  username: string,
  password: string,
): Promise<GraphQLResponse<LoginPayload>> {
  await page.getByPlaceholder('用户名', { exact: true }).fill(username);
  await page.getByPlaceholder('密码', { exact: true }).fill(password);
  const answer = page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    try {
      return (
        (JSON.parse(response.request().postData() ?? '{}') as { operationName?: string }).operationName ===
        'Login'
      );
    } catch {
      return false;
    }
  });
  await page.getByRole('button', { name: '登录', exact: true }).click();
  return (await (await answer).json()) as GraphQLResponse<LoginPayload>;
}

/** Signs in through the form and waits for the home page; returns the signed-in account. */
async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/login`);
  const answer = await submitLogin(page, username, server.demoPassword);
  expect(answer.errors, `登录 ${username} 失败：${answer.errors?.[0]?.message}`).toBeUndefined();
  const payload = answer.data!.login!;
  await page.waitForURL(`${server.url}/`);
  await page.locator('header').getByText(payload.account.displayName).first().waitFor();
  return payload;
}

async function graphql<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

async function roleLabel(role: Role, token: string): Promise<string> {
  const answer = await graphql<{ catalog: { roles: { value: string; label: string }[] } }>(
    'query Catalog { catalog { roles { value label } } }',
    {},
    token,
  );
  const label = answer.data?.catalog.roles.find((entry) => entry.value === role)?.label;
  expect(label, `catalog 中没有角色 ${role} 的名称`).toBeTruthy();
  return label!;
}

/** Horizontal overflow of the page, in CSS pixels (0 = no horizontal scrollbar). */
async function horizontalOverflow(page: Page): Promise<number> {
  const widths = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
  return widths.scroll - widths.client;
}

describe('web app shell', () => {
  it('shows the server’s Chinese message for a wrong password and keeps what was typed', async () => {
    const { page, pageErrors } = await openPage(DESKTOP);
    await page.goto(`${server.url}/login`);
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
    expect(page.url()).toBe(`${server.url}/login`);
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

      // A page of the menu that is not built yet says so.
      const firstPage = ROLE_MENUS[account.role][0]!;
      await page.locator('.ant-layout-sider').getByRole('menuitem', { name: firstPage }).click();
      await page.getByText('该功能即将上线').waitFor();

      await step(page, `sign-out-${username}`, async () => {
        await page.getByTestId('account-menu').click();
        await page.getByRole('menuitem', { name: '退出登录' }).click();
        await page.waitForURL(`${server.url}/login`);
        await page.getByRole('button', { name: '登录', exact: true }).waitFor();
      });
      expect(await page.evaluate("window.localStorage.getItem('es.token')")).toBeNull();

      // Signed out means signed out: the frame is no longer reachable.
      await page.goto(`${server.url}/`);
      await page.waitForURL(`${server.url}/login`);
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  it('shows the 404 page for an unknown path while signed in', async () => {
    const { page, pageErrors } = await openPage(DESKTOP);
    const { account } = await signIn(page, 'province');
    await page.goto(`${server.url}/no-such-page/42`);
    await step(page, 'not-found', async () => {
      await page.getByText('您访问的页面不存在', { exact: false }).waitFor();
      await page.locator('header').getByText(account.displayName).first().waitFor();
    });
    await screenshot(page, 'not-found');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(pageErrors).toEqual([]);
  });

  it('fits a 375 px wide phone screen without a horizontal scrollbar', async () => {
    const { page, pageErrors } = await openPage(PHONE);
    await page.goto(`${server.url}/login`);
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
    await page.getByText('该功能即将上线').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
