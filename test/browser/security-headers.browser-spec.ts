// The Content-Security-Policy in a real browser (issue #10, item 5): the built web app works under it — every
// role's pages load with nothing refused — while the policy is really enforced (an injected inline script does not
// run) and the app cannot be framed. Every other browser suite also fails on a CSP refusal (support.ts).
import { describe, expect, it } from 'vitest';
import { DESKTOP, openMenu, step, useBrowserSuite } from './support.js';

const suite = useBrowserSuite();

/** A few pages of each role, through the menu, as a person would open them. */
const PAGES: Record<string, string[]> = {
  admin: ['账号管理', '审计日志', '数据看板', '专家库'],
  province: ['派单台', '数据看板', '专家库', '服务团', '报表导出'],
  local: ['需求受理', '辖区统计'],
  unit: ['我的需求', '发布需求'],
  expert: ['推荐需求', '我的邀请', '我的服务', '服务记录'],
};

describe('Content-Security-Policy', () => {
  it.each(Object.keys(PAGES))('lets %s work through its pages with nothing refused', async (username) => {
    const { page, pageErrors } = await suite.openPage(DESKTOP);
    const main = await page.goto(`${suite.server.url}/login`);
    expect(main?.headers()['content-security-policy']).toContain("script-src 'self'");
    await step(page, `csp-${username}`, async () => {
      await suite.signIn(page, username);
      for (const label of PAGES[username]!) {
        await openMenu(page, label);
        await page.waitForLoadState('networkidle');
      }
    });
    expect(pageErrors).toEqual([]);
  });

  it('is enforced: an injected inline script does not run, and the app refuses to be framed', async () => {
    const { page, pageErrors } = await suite.openPage(DESKTOP);
    await page.goto(`${suite.server.url}/login`);
    const refused = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
    // Inline script elements run (or are refused) synchronously when inserted.
    const ran = await page.evaluate(
      `(() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); return window.injected === true; })()`,
    );
    expect(ran).toBe(false);
    expect((await refused).text()).toMatch(/script-src 'self'/);
    expect(pageErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);

    // A page of another origin (data: URL) framing the app: Chromium shows nothing of it.
    const framer = (await suite.openPage(DESKTOP)).page;
    // setContent waits for the load event, which waits for the frame (loaded or refused).
    await framer.setContent(
      `<iframe id="f" src="${suite.server.url}/login" width="400" height="300"></iframe>`,
    );
    const frame = framer.frames().find((f) => f.url().startsWith(suite.server.url));
    const framedText = frame
      ? ((await frame.evaluate('document.body ? document.body.innerText : ""').catch(() => '')) as string)
      : '';
    expect(framedText).not.toContain('登录');
  });
});
