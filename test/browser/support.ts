// Shared by the browser suites: the real server with demo data, Debian's Chromium through playwright-core, and
// small helpers to sign in, take screenshots and call the API directly.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer } from '../support/test-server.js';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type Role = 'ADMIN' | 'PROVINCE' | 'LOCAL' | 'UNIT' | 'EXPERT';

export const SCREENSHOTS = path.resolve('test-results/screenshots');
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, locale: 'zh-CN' };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: Record<string, string> } }[];
}
export interface LoginPayload {
  login: { token: string; account: { id: string; username: string; role: Role; displayName: string } } | null;
}

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A fresh browser profile (no token), whose uncaught page errors and CSP refusals are collected for the test to check. */
  openPage(options?: BrowserContextOptions): Promise<{ page: Page; pageErrors: string[] }>;
  /** Signs in through the form and waits for the home page; returns the signed-in account and its token. */
  signIn(page: Page, username: string): Promise<NonNullable<LoginPayload['login']>>;
  /** POST /graphql outside the browser. */
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** A token for a demo account, outside the browser. */
  token(username: string): Promise<string>;
}

/**
 * Registers beforeAll/afterAll that start the server with demo data and the browser, and stop them. `demoProgramme`
 * seeds the demo's programme year too (for suites that only read it; the programme journeys write their own).
 */
export function useBrowserSuite(options: { demoProgramme?: boolean } = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startTestServer({ demo: true, demoProgramme: options.demoProgramme });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  }, 60_000);

  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error('server not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async openPage(options = DESKTOP) {
      const context = await suite.browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // A resource or script the Content-Security-Policy refused is a broken page too.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          pageErrors.push(message.text());
      });
      return { page, pageErrors };
    },
    async signIn(page, username) {
      await page.goto(`${suite.server.url}/login`);
      const answer = await submitLogin(page, username, suite.server.demoPassword);
      expect(answer.errors, `登录 ${username} 失败：${answer.errors?.[0]?.message}`).toBeUndefined();
      const payload = answer.data!.login!;
      await page.waitForURL(`${suite.server.url}/`);
      await page.locator('header').getByText(payload.account.displayName).first().waitFor();
      return payload;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      const response = await fetch(`${suite.server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async token(username) {
      const answer = await suite.graphql<LoginPayload>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { id username role displayName } } }',
        { u: username, p: suite.server.demoPassword },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.login!.token;
    },
  };
  return suite;
}

/** Runs a step; on failure saves what the page looked like before rethrowing. */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await page
      .screenshot({ path: path.join(SCREENSHOTS, `failed-${name}.png`), fullPage: true })
      .catch(() => {});
    throw error;
  }
}

/**
 * Chooses `text` in an antd select: opens it, clicks the option once the dropdown shows it, and tries again when the
 * choice did not take (`chosen` says whether it did) — a click during the dropdown's opening motion can be lost.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  text: string,
  chosen: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const option = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: text,
      })
      .first();
    await option.waitFor();
    await option.click();
    try {
      await expect.poll(chosen, { timeout: 3_000 }).toBe(true);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits for the answer to the GraphQL operation `operationName` (started by what `trigger` does). */
export async function answerTo<T = unknown>(
  page: Page,
  operationName: string,
  trigger: () => Promise<unknown>,
): Promise<GraphQLResponse<T>> {
  const answer = page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    try {
      return (
        (JSON.parse(response.request().postData() ?? '{}') as { operationName?: string }).operationName ===
        operationName
      );
    } catch {
      return false;
    }
  });
  await trigger();
  return (await (await answer).json()) as GraphQLResponse<T>;
}

/** Fills the login form and submits it; returns what the server answered to the Login mutation. */
export async function submitLogin(
  page: Page,
  username: string,
  password: string,
): Promise<GraphQLResponse<LoginPayload>> {
  await page.getByPlaceholder('用户名', { exact: true }).fill(username);
  await page.getByPlaceholder('密码', { exact: true }).fill(password);
  return answerTo<LoginPayload>(page, 'Login', () =>
    page.getByRole('button', { name: '登录', exact: true }).click(),
  );
}

/** Horizontal overflow of the page, in CSS pixels (0 = no horizontal scrollbar). */
export async function horizontalOverflow(page: Page): Promise<number> {
  const widths = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
  return widths.scroll - widths.client;
}

/** The menu entry `label` of the Sider (opening the Sider first on a narrow screen). */
export async function openMenu(page: Page, label: string): Promise<void> {
  const opener = page.getByRole('button', { name: '打开菜单' });
  if (await opener.isVisible()) await opener.click();
  await page.locator('.ant-layout-sider').getByRole('menuitem', { name: label }).click();
}

/**
 * Chooses an item of the header's account menu and waits for the page it leads to. Ant Design's dropdown opens
 * with an animation; on a loaded machine a click can land while it is still opening and be lost (seen once in CI:
 * 退出登录 clicked, no sign-out). So the menu is opened again if it closed, and the item chosen again, up to three
 * times; choosing 退出登录 twice is harmless.
 */
export async function chooseFromAccountMenu(page: Page, item: string, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const entry = page.getByRole('menuitem', { name: item });
    if (!(await entry.isVisible())) await page.getByTestId('account-menu').click();
    await entry.click();
    try {
      await page.waitForURL(url, { timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** The page's heading (h1) with this text. */
export function heading(page: Page, text: string | RegExp) {
  return page.getByRole('heading', { level: 1, name: text });
}

/** A date `days` from today in the browser's local calendar, as YYYY-MM-DD (what the date pickers take). */
export function dateFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The card of a demand on a board, by its code. */
export const cardOf = (page: Page, code: string) =>
  page.locator(`[data-testid="demand-card"][data-code="${code}"]`);

/**
 * Counts what the person does in a timed journey: every click and every text typed goes through `act`; waiting
 * for the page does not. The journey's test compares `done.length` with its ceiling.
 */
export function actionCounter() {
  const done: string[] = [];
  return {
    done,
    async act<T>(what: string, run: () => Promise<T>): Promise<T> {
      done.push(what);
      return run();
    },
  };
}

/** Horizontal overflow of the document's scrolling element, in CSS pixels (0 = fits the viewport). */
export async function scrollingOverflow(page: Page): Promise<number> {
  const widths = (await page.evaluate(
    '(() => { const e = document.scrollingElement ?? document.documentElement; return { scroll: e.scrollWidth, client: e.clientWidth }; })()',
  )) as { scroll: number; client: number };
  return widths.scroll - widths.client;
}
