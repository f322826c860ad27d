// Issue #14 on a 375 px phone: every programme page fits the screen (no sideways page scroll) and its key buttons
// lie inside the viewport and take a plain click — the lists become label/value cards. On the base's page the host
// unit records an activity with its outcomes (the 服务成效 panel) and finds them in the base's survey.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  PHONE,
  answerTo,
  chooseOption,
  dateFromToday,
  heading,
  screenshot,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

/** The page is no wider than the phone. */
async function fits(page: Page, what: string) {
  const w = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })',
  )) as { scroll: number; inner: number };
  expect(w.inner, what).toBe(375);
  expect(w.scroll, `${what} is wider than the phone`).toBeLessThanOrEqual(375);
}

/** The button lies wholly inside the viewport (as laid out, without scrolling sideways). */
async function onScreen(button: Locator, what: string) {
  await button.waitFor();
  const box = await button.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends right of the screen`).toBeLessThanOrEqual(375);
}

describe('the programme pages on a phone', () => {
  it('fit 375 px, with their actions on screen; a base activity records its outcomes', async () => {
    const [province, local, local2, unit, expert] = await Promise.all(
      ['province', 'local', 'local2', 'unit', 'expert'].map((u) => suite.token(u)),
    );
    const gql = async <T = any>(query: string, variables: Record<string, unknown>, token: string) => {
      const res = await suite.graphql<T>(query, variables, token);
      expect(res.errors, res.errors?.[0]?.message).toBeUndefined();
      return res.data!;
    };
    const jinshan = (await gql(`{ me { organizationId } }`, {}, local)).me.organizationId;
    // A department recommends one project a year: the base goes through a second bureau.
    const bureau2 = (await gql(`{ me { organizationId } }`, {}, local2)).me.organizationId;
    const region = (await gql(`{ me { regionCode } }`, {}, unit)).me.regionCode;
    const leadId = (await gql(`{ me { expertId } }`, {}, expert)).me.expertId;
    const callId = (
      await gql(
        `mutation($i: ProgrammeCallInput!) { createProgrammeCall(input: $i) { id } }`,
        {
          i: {
            year: 2027,
            title: '2027年专家服务基层项目申报通知',
            opensOn: '2027-01-10',
            closesOn: '2027-01-31',
            recommendBy: '2027-02-07',
            categories: [{ category: 'MUNICIPAL_TEAM' }, { category: 'MUNICIPAL_BASE' }],
            recommenderIds: [jinshan, bureau2],
          },
        },
        province,
      )
    ).createProgrammeCall.id;
    await gql(`mutation($id: ID!) { openProgrammeCall(id: $id) { id } }`, { id: callId }, province);
    const contact = {
      department: '办公室',
      name: '王敏',
      officePhone: '021-62208660',
      mobile: '13800000000',
      email: 'wm@example.cn',
    };
    const apply = async (recommenderId: string, input: Record<string, unknown>) => {
      const id = (
        await gql(
          `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { id } }`,
          { c: callId, i: { ...input, recommenderId } },
          unit,
        )
      ).createProgrammeApplication.id as string;
      await gql(`mutation($id: ID!) { submitProgrammeApplication(id: $id) { id } }`, { id }, unit);
      return id;
    };
    const teamApp = await apply(jinshan, {
      category: 'MUNICIPAL_TEAM',
      form: {
        name: '设施农业病虫害绿色防控专家服务团',
        expertCount: 3,
        visitCount: 4,
        startDate: '2027-03-01',
        endDate: '2027-10-31',
        cityCount: 1,
        countyCount: 1,
        places: '金山区',
        fields: ['AGRICULTURE'],
        serviceForms: ['TECH_GUIDANCE'],
        contact,
        content: '设施蔬菜病虫害绿色防控技术指导。',
        budgetLines: [{ item: '专家劳务', amount: 80_000, source: '市级资助' }],
        leadExpertId: leadId,
        summary: '病虫害绿色防控',
      },
    });
    const baseApp = await apply(bureau2, {
      category: 'MUNICIPAL_BASE',
      form: {
        name: '卒中防治专家服务基地',
        hostUnitName: '金山区示范单位',
        establishedOn: '2022-05-01',
        field: 'MEDICAL',
        location: '上海市金山区',
        hostType: 'RESEARCH_INSTITUTION',
        ownExperts: 8,
        externalExperts: 2,
        address: '上海市金山区某路 1 号',
        contact,
        necessityGrassroots: '基层卒中防治能力不足',
        areas: '脑卒中筛查',
        supportForExperts: '交通食宿与场地',
        flexibleTalent: '与高校共建平台',
        threeYearPlan: '每年组织 4 批次基层服务',
        pastActivity: '近三年开展义诊 30 场',
        budgetLines: [{ item: '基地活动', amount: 150_000, source: '市级资助' }],
        leadExpertId: leadId,
        summary: '卒中筛查与基层医生培训',
      },
    });
    for (const [id, who] of [
      [teamApp, local],
      [baseApp, local2],
    ] as const)
      await gql(
        `mutation($id: ID!) { decideProgrammeApplication(id: $id, decision: RECOMMEND, note: "同意推荐") { id } }`,
        { id },
        who,
      );
    await gql(`mutation($id: ID!) { closeProgrammeCall(id: $id) { id } }`, { id: callId }, province);
    for (const id of [teamApp, baseApp])
      await gql(
        `mutation($id: ID!) { decideProgrammeSelection(id: $id, decision: SELECT) { id } }`,
        { id },
        province,
      );
    await gql(`mutation($c: ID!) { publishProgrammeLists(callId: $c) { id } }`, { c: callId }, province);
    const teamId = (
      await gql(`query($id: ID!) { programmeApplication(id: $id) { teamId } }`, { id: teamApp }, province)
    ).programmeApplication.teamId;
    const baseId = (
      await gql(`query($id: ID!) { programmeApplication(id: $id) { baseId } }`, { id: baseApp }, province)
    ).programmeApplication.baseId;
    expect(baseId).toBeTruthy();
    await gql(
      `mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { id } }`,
      {
        i: {
          teamId,
          title: '设施蔬菜灰霉病绿色防控现场指导',
          description: '现场诊断番茄、黄瓜灰霉病，指导绿色防控与科学用药。',
          fields: ['AGRICULTURE'],
          serviceForms: ['TECH_GUIDANCE'],
          regionCodes: [region],
          places: '各涉农乡镇',
          months: [6, 7, 8],
          capacity: 2,
        },
      },
      unit,
    );
    await gql(
      `mutation($b: ID!, $e: ID!) { addBaseExpert(baseId: $b, expertId: $e, external: false) { canManage } }`,
      { b: baseId, e: leadId },
      unit,
    );
    const leadName = (await gql(`query($id: ID!) { expert(id: $id) { name } }`, { id: leadId }, province))
      .expert.name as string;
    const url = (path: string) => `${suite.server.url}${path}`;

    // The host unit.
    const host = await suite.openPage(PHONE);
    await suite.signIn(host.page, 'unit');
    const p = host.page;
    await p.goto(url('/programme/applications'));
    await p.getByText('设施农业病虫害绿色防控专家服务团').first().waitFor();
    await fits(p, '项目申报');
    await onScreen(p.getByRole('link', { name: '打印申报表' }).first(), '打印申报表');

    await p.goto(url('/programme/offers'));
    await p.getByText('设施蔬菜灰霉病绿色防控现场指导').first().waitFor();
    await fits(p, '服务项目');
    await onScreen(p.getByRole('button', { name: '发布服务项目' }), '发布服务项目');
    await onScreen(p.getByRole('button', { name: '停止接单' }), '停止接单');
    const edit = p.getByRole('button', { name: '修改' });
    await onScreen(edit, '修改');
    await edit.click();
    await p
      .getByRole('dialog')
      .getByRole('button', { name: /取\s?消/ })
      .click();
    const report = p.getByRole('button', { name: '上报年度材料' });
    await onScreen(report, '上报年度材料');
    await screenshot(p, 'programme-offers-phone');
    await report.click();
    const form = p.getByTestId('year-report-form');
    await form.getByText('核定经费超出申报预算部分').waitFor();
    await fits(p, '年度材料');
    await onScreen(form.getByRole('button', { name: /^上\s?报$/ }), '上报');
    await p.keyboard.press('Escape');

    await p.goto(url('/programme/menu'));
    await p.locator('[data-offer="设施蔬菜灰霉病绿色防控现场指导"]').waitFor();
    await fits(p, '服务菜单');
    await onScreen(p.getByRole('button', { name: '点餐' }).first(), '点餐');
    // The offer's whole name and its provider are read on a phone, not cut to an ellipsis; the filters fill the row.
    const offerHead = p.locator('[data-offer="设施蔬菜灰霉病绿色防控现场指导"] .ant-card-head-title');
    expect(await offerHead.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await offerHead.innerText()).toContain('设施蔬菜灰霉病绿色防控现场指导');
    const search = await p.locator('.programme-menu__search').boundingBox();
    expect(search!.width).toBeGreaterThan(300);

    await p.goto(url('/programme/bases'));
    const baseLink = p.getByRole('link', { name: '卒中防治专家服务基地' });
    await baseLink.waitFor();
    await fits(p, '专家服务基地');
    await onScreen(baseLink, '基地名称');
    await baseLink.click();
    await heading(p, '卒中防治专家服务基地').waitFor();
    await fits(p, '基地详情');

    // An activity with its outcomes, from the collapsed 服务成效 panel.
    const heldOn = dateFromToday(-2);
    await p.getByLabel('日期', { exact: true }).fill(heldOn);
    await p.getByLabel('活动名称').fill('卒中筛查义诊');
    await p.getByLabel('类型', { exact: true }).click();
    await p
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: '义诊',
      })
      .first()
      .click();
    await p.getByLabel('受益人数').fill('120');
    // A host unit does not search the library: it picks from the base's roster.
    await p.getByLabel('参加专家（计入人次）').click();
    await p
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: leadName,
      })
      .first()
      .click();
    await p.keyboard.press('Escape');
    const panel = p.getByRole('button', { name: '服务成效（选填）' });
    await onScreen(panel, '服务成效（选填）');
    await panel.click();
    await p.getByRole('button', { name: '添加成效' }).click();
    // The quantity opens once an item is chosen (a CI run lost the option's click and found it disabled).
    const quantity = p.getByLabel('成效数量 1');
    await chooseOption(p, p.getByLabel('成效项目 1'), '义诊问诊', () => quantity.isEnabled());
    await quantity.fill('118');
    await fits(p, '基地活动表单');
    const submit = p.getByRole('button', { name: '登记活动' });
    await onScreen(submit, '登记活动');
    const recorded = await answerTo(p, 'RecordBaseActivity', () => submit.click());
    expect(recorded.errors, recorded.errors?.[0]?.message).toBeUndefined();
    const survey = p.getByTestId('base-survey');
    await survey.getByLabel('调查表年度').fill(heldOn.slice(0, 4));
    await survey.getByLabel('调查表年度').press('Enter');
    await expect
      .poll(
        async () => (await survey.getByTestId('survey-outcome-CLINIC_CONSULTATIONS').textContent())?.trim(),
        {
          timeout: 15_000,
        },
      )
      .toContain('118');
    await p.locator('td', { hasText: '卒中筛查义诊' }).first().waitFor();
    await fits(p, '基地详情（登记后）');
    await screenshot(p, 'programme-base-phone');

    // The bureau and the province.
    const bureau = await suite.openPage(PHONE);
    await suite.signIn(bureau.page, 'local');
    await bureau.page.goto(url('/programme/recommend'));
    await bureau.page.getByText('设施农业病虫害绿色防控专家服务团').first().waitFor();
    await fits(bureau.page, '项目推荐');
    await onScreen(bureau.page.getByRole('button', { name: '导出一览表（附件 3）' }), '导出一览表');

    const prov = await suite.openPage(PHONE);
    await suite.signIn(prov.page, 'province');
    await prov.page.goto(url('/programme/calls'));
    await prov.page.getByText('2027年专家服务基层项目申报通知').first().waitFor();
    await fits(prov.page, '申报通知');
    await prov.page.goto(url('/programme/selection'));
    await prov.page.getByText('设施农业病虫害绿色防控专家服务团').first().waitFor();
    await fits(prov.page, '项目评审');
    await onScreen(prov.page.getByRole('link', { name: /服务团（核定/ }).first(), '服务团链接');
    await prov.page.goto(url('/programme/year-end'));
    await prov.page.getByLabel('年度', { exact: true }).fill('2027');
    await prov.page.getByLabel('年度', { exact: true }).press('Enter');
    await prov.page.getByText('设施农业病虫害绿色防控专家服务团').first().waitFor();
    await fits(prov.page, '年终上报');
    await onScreen(prov.page.getByRole('button', { name: '导出未上报名单' }), '导出未上报名单');
    await prov.page.goto(url('/programme/offers'));
    await prov.page.getByText('设施蔬菜灰霉病绿色防控现场指导').first().waitFor();
    await fits(prov.page, '服务项目（省）');

    const visitor = await suite.openPage(PHONE);
    await visitor.page.goto(url('/lists/2027'));
    await visitor.page.getByText('设施农业病虫害绿色防控专家服务团').first().waitFor();
    await fits(visitor.page, '公布名单');
    expect([...host.pageErrors, ...bureau.pageErrors, ...prov.pageErrors, ...visitor.pageErrors]).toEqual([]);
  });
});
