// The admin console and onboarding in a real browser (#13): the administrator creates an account, imports a sheet
// of accounts and filters the audit log; a unit registers itself, the LOCAL bureau approves it and the unit signs
// in for the first time; an expert claims an account with the one-time code. Every new page is photographed at
// 1280 and 375 px and checked for sideways scrolling.
import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  answerTo,
  heading,
  horizontalOverflow,
  openMenu,
  screenshot,
  step,
  submitLogin,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

async function noSidewaysScroll(page: Page, name: string) {
  await screenshot(page, name);
  expect(await horizontalOverflow(page), `${name} 横向溢出`).toBeLessThanOrEqual(0);
}

/** Picks a region in the open form's cascader, level by level. */
async function pickRegion(page: Page, names: string[]) {
  await page.locator('.ant-cascader').first().click();
  for (const name of names) await page.locator('.ant-cascader-menu-item', { hasText: name }).first().click();
  await page.keyboard.press('Escape');
}

const ADMIN_PAGES: [menu: string, title: string, slug: string][] = [
  ['账号管理', '账号管理', 'admin-accounts'],
  ['机构管理', '机构管理', 'admin-organizations'],
  ['地区管理', '地区管理', 'admin-regions'],
  ['审计日志', '审计日志', 'admin-audit'],
  ['工作日历', '工作日历', 'admin-calendar'],
  ['注册审核', '注册审核', 'admin-registrations'],
];

describe('admin console', () => {
  it('creates an account, imports a sheet with a row report, and filters the audit log', async () => {
    const { page, pageErrors } = await suite.openPage(DESKTOP);
    await suite.signIn(page, 'admin');
    await step(page, 'admin-create-account', async () => {
      await openMenu(page, '账号管理');
      await heading(page, '账号管理').waitFor();
      await page.getByRole('button', { name: '新建账号' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill('browser_admin2');
      await dialog.getByLabel('显示名称').fill('第二管理员');
      await dialog.getByLabel('初始密码').fill('Browser2026');
      await dialog.locator('.ant-select').first().click();
      await page.locator('.ant-select-item-option', { hasText: '系统管理员' }).click();
      const answer = await answerTo(page, 'AdminCreateAccount', () =>
        dialog.getByRole('button', { name: '保存' }).click(),
      );
      expect(answer.errors).toBeUndefined();
      await page.getByTestId('accounts-table').getByText('browser_admin2').waitFor();
    });
    await step(page, 'admin-import', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('账号');
      ws.addRow(['用户名', '姓名', '角色', '地区代码', '单位统一社会信用代码', '初始密码']);
      ws.addRow(['fengxian_hr', '奉贤区人社局', '属地人社局', '310120', '', 'Fengxian2026']);
      ws.addRow(['bad name', '坏行', '属地人社局', '310120', '', 'Fengxian2026']);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'accounts-'));
      const file = path.join(dir, 'accounts.xlsx');
      await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
      await page.getByRole('button', { name: '批量导入' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('account-import-upload').click();
      await (await chooser).setFiles(file);
      const report = page.getByTestId('account-import-report');
      await report.getByText('已创建 1 个账号，1 行未导入').waitFor();
      await report.getByText('用户名须为').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();
      await page.getByTestId('accounts-table').getByText('fengxian_hr').waitFor();
    });
    await step(page, 'admin-audit', async () => {
      await openMenu(page, '审计日志');
      await heading(page, '审计日志').waitFor();
      await page.getByLabel('动作').fill('account.import');
      const answer = await answerTo<{ auditLog: { totalCount: number } }>(page, 'AdminAuditLog', () =>
        page.getByRole('button', { name: '筛选' }).click(),
      );
      expect(answer.data?.auditLog.totalCount).toBe(1);
      await page.getByTestId('audit-count').getByText('共 1 条').waitFor();
    });
    expect(pageErrors).toEqual([]);
  });

  it('shows every new page without sideways scrolling at 1280 and 375 px', async () => {
    for (const [viewport, size] of [
      [DESKTOP, '1280'],
      [PHONE, '375'],
    ] as const) {
      const { page, pageErrors } = await suite.openPage(viewport);
      await suite.signIn(page, 'admin');
      for (const [menu, title, slug] of ADMIN_PAGES) {
        await step(page, `${slug}-${size}`, async () => {
          await openMenu(page, menu);
          await heading(page, title).waitFor();
          await page.waitForLoadState('networkidle');
          await noSidewaysScroll(page, `${slug}-${size}`);
        });
      }
      await page
        .getByText('该功能即将上线')
        .waitFor({ state: 'detached', timeout: 1000 })
        .catch(() => undefined);
      expect(await page.getByText('该功能即将上线').count()).toBe(0);
      for (const [url, slug] of [
        ['/register', 'register'],
        ['/claim', 'claim'],
      ] as const) {
        const anon = await suite.openPage(viewport);
        await anon.page.goto(`${suite.server.url}${url}`);
        await anon.page
          .getByRole('button', { name: url === '/register' ? '提交注册申请' : '开通账号' })
          .waitFor();
        await noSidewaysScroll(anon.page, `${slug}-${size}`);
        expect(anon.pageErrors).toEqual([]);
      }
      expect(pageErrors).toEqual([]);
    }
  });
});

describe('onboarding', () => {
  it('registration → LOCAL approval → first sign-in', async () => {
    const unit = await suite.openPage(PHONE);
    const page = unit.page;
    await step(page, 'register', async () => {
      await page.goto(`${suite.server.url}/login`);
      await page.getByRole('link', { name: '基层单位注册' }).click();
      await page.getByLabel('单位名称').fill('金山区漕泾镇水产合作社');
      await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
      await pickRegion(page, ['上海市', '金山区']);
      await page.getByLabel('联系人', { exact: true }).fill('周海');
      await page.getByLabel('联系人手机').fill('13811112222');
      await page.getByLabel('登录用户名').fill('caojing');
      await page.getByLabel('登录密码').fill('Caojing2026');
      await page.getByLabel('确认密码').fill('Caojing2026');
      const answer = await answerTo(page, 'RegisterUnit', () =>
        page.getByRole('button', { name: '提交注册申请' }).click(),
      );
      expect(answer.errors).toBeUndefined();
      await page.getByText('注册申请已提交').waitFor();
      await page.getByRole('button', { name: '返回登录' }).click();
      const pending = await submitLogin(page, 'caojing', 'Caojing2026');
      expect(pending.errors?.[0]?.message).toContain('等待属地人社局审核');
      await page.getByTestId('login-error').getByText('等待属地人社局审核', { exact: false }).waitFor();
    });
    const bureau = await suite.openPage(DESKTOP);
    await step(bureau.page, 'approve', async () => {
      await suite.signIn(bureau.page, 'local');
      await openMenu(bureau.page, '注册审核');
      const table = bureau.page.getByTestId('registrations-table');
      await table.getByText('金山区漕泾镇水产合作社').waitFor();
      const answer = await answerTo(bureau.page, 'ApproveUnitRegistration', () =>
        table.getByRole('button', { name: '通过' }).first().click(),
      );
      expect(answer.errors).toBeUndefined();
    });
    await step(page, 'first-login', async () => {
      const first = await submitLogin(page, 'caojing', 'Caojing2026');
      expect(first.errors).toBeUndefined();
      await page.waitForURL(`${suite.server.url}/`);
      await page.locator('header').getByText('金山区漕泾镇水产合作社', { exact: false }).first().waitFor();
    });
    expect(unit.pageErrors).toEqual([]);
    expect(bureau.pageErrors).toEqual([]);
  });

  it('an expert of the library claims an account with the one-time code', async () => {
    const admin = await suite.token('admin');
    const created = await suite.graphql<{ upsertExpert: { id: string } }>(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name: '顾水产',
          employer: '上海海洋大学',
          title: '教授',
          titleLevel: 'SENIOR',
          fields: ['AGRICULTURE'],
          regionCode: '310116',
          phone: '13922223333',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { page, pageErrors } = await suite.openPage(PHONE);
    await step(page, 'claim', async () => {
      await page.goto(`${suite.server.url}/login`);
      await page.getByRole('link', { name: '专家认领账号' }).click();
      await page.getByLabel('手机号').fill('13922223333');
      await page.getByRole('button', { name: '获取验证码' }).click();
      const code = (await page.getByTestId('demo-code').innerText()).trim();
      expect(code).toMatch(/^\d{6}$/);
      await page.getByLabel('验证码').fill(code);
      await page.getByLabel('登录用户名').fill('gushuichan');
      await page.getByLabel('登录密码').fill('Shuichan2026');
      const answer = await answerTo(page, 'ClaimExpertRecord', () =>
        page.getByRole('button', { name: '开通账号' }).click(),
      );
      expect(answer.errors).toBeUndefined();
      await page.getByText('账号已开通').waitFor();
      await noSidewaysScroll(page, 'claim-done-375');
      await page.getByRole('button', { name: '去登录' }).click();
      const login = await submitLogin(page, 'gushuichan', 'Shuichan2026');
      expect(login.errors).toBeUndefined();
      await page.waitForURL(`${suite.server.url}/`);
    });
    expect(pageErrors).toEqual([]);
  });
});
