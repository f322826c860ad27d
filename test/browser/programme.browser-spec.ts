// Issue #14 in a real browser: a host unit drafts an application (annex 1), is told what is missing, submits it;
// the district bureau recommends it with an opinion and exports annex 3; the province scores it on a review sheet,
// lists it and publishes; anyone reads the year's list without signing in; the annex prints as the notice's form
// and downloads as the server's PDF.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerTo, heading, openMenu, screenshot, step, useBrowserSuite } from './support.js';

/** Picks the visible option of an antd select dropdown. */
const option = (page: Page, text: string) =>
  page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first()
    .click();

const suite = useBrowserSuite();

const form = (leadExpertId: string) => ({
  name: '廊下草莓设施生产专家服务团',
  expertCount: 5,
  visitCount: 4,
  startDate: '2027-03-01',
  endDate: '2027-10-31',
  cityCount: 1,
  countyCount: 1,
  places: '金山区廊下镇',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  contact: {
    department: '办公室',
    name: '王敏',
    officePhone: '021-57351234',
    mobile: '13800000000',
    email: 'wm@example.cn',
  },
  content: '草莓设施栽培技术指导与农技人员培训。',
  budgetLines: [{ item: '专家劳务', amount: 80_000, source: '市级资助' }],
  leadExpertId,
  summary: '草莓设施栽培指导',
});

describe('the programme year (apply → recommend → select → publish)', () => {
  it('runs through the pages of the unit, the bureau and the province, and the public list', async () => {
    const province = await suite.token('province');
    const local = await suite.token('local');
    const unitToken = await suite.token('unit');
    const me = await suite.graphql<{ me: { organizationId: string } }>(
      `{ me { organizationId } }`,
      {},
      local,
    );
    const call = await suite.graphql<{ createProgrammeCall: { id: string } }>(
      `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
      {
        i: {
          year: 2027,
          title: '关于组织申报2027年国家和本市专家服务基层项目的通知',
          opensOn: '2027-01-10',
          closesOn: '2027-01-31',
          recommendBy: '2027-02-07',
          categories: [{ category: 'MUNICIPAL_TEAM' }, { category: 'MUNICIPAL_BASE' }],
          recommenderIds: [me.data!.me.organizationId],
        },
      },
      province,
    );
    expect(call.errors).toBeUndefined();
    const callId = call.data!.createProgrammeCall.id;
    await suite.graphql(`mutation($id: ID!) { openProgrammeCall(id: $id) { id } }`, { id: callId }, province);
    const experts = await suite.graphql<{ experts: { hits: { expert: { id: string; name: string } }[] } }>(
      `{ experts(query: "沈丽萍", first: 1) { hits { expert { id name } } } }`,
      {},
      province,
    );
    const shen = experts.data!.experts.hits[0]!.expert;

    // The unit drafts, is told what is missing, and submits.
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await openMenu(page, '项目申报');
    await step(page, 'programme-apply', () => heading(page, '项目申报').waitFor());
    await page.getByRole('button', { name: '新建申报' }).hover();
    await page.getByRole('menuitem', { name: /市级服务团/ }).click();
    await heading(page, '新建申报：市级服务团').waitFor();
    await page.getByLabel('服务团名称').fill('廊下草莓设施生产专家服务团');
    await page.getByLabel('推荐单位（行业主管部门或区人社局）').click();
    await option(page, '金山区');
    const saved = await answerTo<{ createProgrammeApplication: { id: string } }>(
      page,
      'CreateProgrammeApplication',
      () => page.getByRole('button', { name: '保存草稿' }).click(),
    );
    expect(saved.errors, saved.errors?.[0]?.message).toBeUndefined();
    const id = saved.data!.createProgrammeApplication.id;
    await page.waitForURL(`**/programme/applications/${id}`);
    const refused = await answerTo(page, 'SubmitProgrammeApplication', () =>
      page.getByRole('button', { name: '提交推荐单位' }).click(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await page.getByText('请选择领衔专家').first().waitFor();
    await screenshot(page, 'programme-apply-missing');
    // A stamped scan attached to the draft.
    const uploaded = await answerTo(page, 'UploadProgrammeAttachment', () =>
      page.locator('input[type=file]').setInputFiles({
        name: '申报单位意见.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF'),
      }),
    );
    expect(uploaded.errors, uploaded.errors?.[0]?.message).toBeUndefined();
    await page.getByText('申报单位意见.pdf').waitFor();

    // The rest of annex 1 filled (as a clerk would paste it), then submitted from the page.
    const filled = await suite.graphql(
      `mutation($id: ID!, $i: ProgrammeApplicationInput!) { updateProgrammeApplication(id: $id, input: $i) { id } }`,
      {
        id,
        i: { category: 'MUNICIPAL_TEAM', recommenderId: me.data!.me.organizationId, form: form(shen.id) },
      },
      unitToken,
    );
    expect(filled.errors).toBeUndefined();
    await page.reload();
    await page.getByLabel('拟开展的服务内容（服务内容、组织形式等）').waitFor();
    const submitted = await answerTo(page, 'SubmitProgrammeApplication', () =>
      page.getByRole('button', { name: '提交推荐单位' }).click(),
    );
    expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
    await page.getByText('已提交').first().waitFor();

    // The printable annex 1.
    await page.goto(`${suite.server.url}/programme/applications/${id}/print`);
    const sheet = page.getByTestId('annex-sheet');
    await sheet.getByRole('heading', { level: 1, name: '专家服务基层示范团项目申报表' }).waitFor();
    expect(await sheet.innerText()).toContain('廊下草莓设施生产专家服务团');
    expect(await sheet.innerText()).toContain(shen.name);
    await screenshot(page, 'programme-annex1-print');
    // The same annex as the server's PDF.
    const [pdf] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/files/programme-applications/${id}/pdf`)),
      page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The district bureau recommends it and exports annex 3.
    const bureau = await suite.openPage();
    await suite.signIn(bureau.page, 'local');
    await openMenu(bureau.page, '项目推荐');
    const row = bureau.page.getByRole('row', { name: /廊下草莓设施生产专家服务团/ });
    await row.getByRole('button', { name: '评估' }).click();
    const dialog = bureau.page.getByRole('dialog');
    await dialog.getByLabel('推荐意见 / 理由').fill('需求明确，专家力量强，同意推荐');
    const rec = await answerTo(bureau.page, 'DecideProgrammeApplication', () =>
      dialog.getByRole('button', { name: '确定' }).click(),
    );
    expect(rec.errors, rec.errors?.[0]?.message).toBeUndefined();
    await row.getByText('已推荐').waitFor();
    const download = bureau.page.waitForEvent('download');
    await bureau.page.getByRole('button', { name: '导出一览表（附件 3）' }).click();
    expect((await download).suggestedFilename()).toBe('2027年专家服务基层申报情况一览表.xlsx');
    await screenshot(bureau.page, 'programme-recommend');

    // The province scores, lists and publishes.
    await suite.graphql(
      `mutation($id: ID!) { closeProgrammeCall(id: $id) { id } }`,
      { id: callId },
      province,
    );
    const prov = await suite.openPage();
    await suite.signIn(prov.page, 'province');
    await openMenu(prov.page, '项目评审');
    const ranked = prov.page.getByRole('row', { name: /廊下草莓设施生产专家服务团/ });
    await ranked.getByRole('button', { name: '录入评审表' }).click();
    const review = prov.page.getByRole('dialog');
    await review.getByLabel('评审专家（与申报单位同单位的专家须回避）').fill('周建明');
    await option(prov.page, '周建明');
    for (const [label, score] of [
      ['需求必要性（25 分）', '22'],
      ['服务方案可行性（25 分）', '20'],
      ['专家力量（20 分）', '18'],
      ['预期成效与示范性（20 分）', '16'],
      ['经费合理性（10 分）', '9'],
    ] as const)
      await review.getByLabel(label).fill(score);
    const sheetSaved = await answerTo(prov.page, 'SaveProgrammeReview', () =>
      review.getByRole('button', { name: '保存评审表' }).click(),
    );
    expect(sheetSaved.errors, sheetSaved.errors?.[0]?.message).toBeUndefined();
    await ranked.getByText('85').waitFor();
    await answerTo(prov.page, 'DecideProgrammeSelection', () =>
      ranked.getByRole('button', { name: '列入市级' }).click(),
    );
    await ranked.getByText('列入市级').waitFor();
    await prov.page.getByRole('button', { name: '公布名单' }).click();
    const published = await answerTo(prov.page, 'PublishProgrammeLists', () =>
      prov.page.getByRole('button', { name: '公布', exact: true }).click(),
    );
    expect(published.errors, published.errors?.[0]?.message).toBeUndefined();
    await screenshot(prov.page, 'programme-selection');
    // The listed application became the year's team, with its approved budget.
    await ranked.getByRole('link', { name: '服务团（核定 10 万元）' }).click();
    await heading(prov.page, '廊下草莓设施生产专家服务团').waitFor();

    // Anyone reads the list.
    const visitor = await suite.openPage();
    await visitor.page.goto(`${suite.server.url}/lists/2027`);
    await visitor.page.getByText('附件 2  2027 年市级专家服务基层项目名单').waitFor();
    await visitor.page.getByRole('row', { name: /廊下草莓设施生产专家服务团/ }).waitFor();
    await screenshot(visitor.page, 'programme-published-list');
    expect([...pageErrors, ...bureau.pageErrors, ...prov.pageErrors, ...visitor.pageErrors]).toEqual([]);
  });
});
