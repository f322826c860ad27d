// The home page is the account's to-do list: a bureau's 待受理 and an expert's invitations and teams to log, at
// 1280 px and on a 375 px phone, without sideways scrolling. While the list loads the page shows its shape (a
// skeleton), never "nothing to do"; an empty list says so in a sentence; one click on an item opens where it is done.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  chooseFromAccountMenu,
  horizontalOverflow,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

interface Section {
  key: string;
  title: string;
  emptyText: string;
  total: number;
  items: { id: string; title: string; link: string }[];
}

async function todosOf(username: string): Promise<Section[]> {
  const answer = await suite.graphql<{ myTodos: Section[] }>(
    '{ myTodos { key title emptyText total items { id title link } } }',
    {},
    await suite.token(username),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.myTodos;
}

/** Holds back the MyTodos answer until `release` is called, to see the page while it loads. */
async function holdTodos(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('"operationName":"MyTodos"')) await released;
    await route.continue();
  });
  return release;
}

const CASES: { username: string; sections: string[]; open: string }[] = [
  { username: 'local', sections: ['TO_ACCEPT'], open: 'TO_ACCEPT' },
  { username: 'expert', sections: ['INVITATIONS', 'BATCHES'], open: 'BATCHES' },
];
const SCREENS: [string, BrowserContextOptions][] = [
  ['1280', DESKTOP],
  ['375', PHONE],
];

describe('home to-do list', () => {
  for (const { username, sections, open } of CASES) {
    for (const [width, screen] of SCREENS) {
      it(`shows ${username} what waits at ${width} px, loading honestly, one click from each item`, async () => {
        const expected = await todosOf(username);
        // (A bureau also has 待审核的单位注册 where the registration feature is there.)
        expect(expected.map((s) => s.key).filter((k) => k !== 'REGISTRATIONS')).toEqual(sections);
        const { page, pageErrors } = await suite.openPage(screen);
        const release = await holdTodos(page);
        await suite.signIn(page, username);

        await step(page, `home-loading-${username}-${width}`, async () => {
          await page.getByTestId('todo-loading').waitFor();
          // While loading, no list claims there is nothing to do.
          for (const s of expected) expect(await page.getByText(s.emptyText).count()).toBe(0);
          expect(await page.locator('.todo-section .ant-skeleton').count()).toBeGreaterThanOrEqual(
            sections.length,
          );
        });
        release();

        await step(page, `home-${username}-${width}`, async () => {
          await page.getByTestId('todo-list').waitFor();
          for (const s of expected) {
            const card = page.getByTestId(`todo-${s.key}`);
            await card.waitFor();
            expect(await card.locator('.ant-card-head').innerText()).toContain(s.title);
            if (s.items.length === 0) await card.getByText(s.emptyText).waitFor();
            else
              for (const item of s.items)
                await card
                  .getByRole('button', { name: new RegExp(item.title) })
                  .first()
                  .waitFor();
          }
        });
        await screenshot(page, `home-todo-${username}-${width}`);
        expect(await horizontalOverflow(page)).toBe(0);

        const target = expected.find((s) => s.key === open)!.items[0]!;
        await step(page, `home-open-${username}-${width}`, async () => {
          await page
            .getByTestId(`todo-${open}`)
            .getByRole('button', { name: new RegExp(target.title) })
            .first()
            .click();
          await page.waitForURL(`${suite.server.url}${target.link}`);
        });
        expect(await horizontalOverflow(page)).toBe(0);
        expect(pageErrors).toEqual([]);
      }, 120_000);
    }
  }
});

describe('notification settings and failed deliveries', () => {
  it('opens 通知设置 from the account menu on a phone: the inbox always, e-mail and SMS offered only when set up', async () => {
    const { page, pageErrors } = await suite.openPage(PHONE);
    await suite.signIn(page, 'unit');
    await step(page, 'notification-settings-375', async () => {
      await chooseFromAccountMenu(page, '通知设置', `${suite.server.url}/settings/notifications`);
      // This server has neither SMTP_URL nor SMS_PROVIDER: said plainly, and the boxes cannot be ticked.
      await page.getByText('本平台尚未开通邮件和短信通知').waitFor();
      expect(await page.getByRole('checkbox', { name: '服务团邀请与答复：短信' }).isDisabled()).toBe(true);
      await page.getByPlaceholder('例如 13800138000').fill('1380013');
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('手机号应为 11 位数字，以 1 开头').waitFor();
    });
    await screenshot(page, 'notification-settings-375');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  for (const [width, screen] of SCREENS) {
    it(`shows the admin the failed deliveries page at ${width} px, empty with a sentence saying why`, async () => {
      const { page, pageErrors } = await suite.openPage(screen);
      await suite.signIn(page, 'admin');
      await step(page, `delivery-failures-${width}`, async () => {
        await page.getByTestId('todo-DELIVERY_FAILURES').getByText('所有邮件和短信都已送达。').waitFor();
        await page.getByTestId('todo-DELIVERY_FAILURES').getByRole('button', { name: '查看全部' }).click();
        await page.waitForURL(`${suite.server.url}/admin/delivery-failures`);
        await page.getByText('没有发送失败的通知。', { exact: false }).waitFor();
      });
      await screenshot(page, `delivery-failures-${width}`);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(pageErrors).toEqual([]);
    }, 120_000);
  }
});
