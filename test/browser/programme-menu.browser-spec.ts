// Issue #14, 点餐 in a real browser: a published team (set up through the API) offers a service on the menu; a unit
// finds it on 服务菜单 by words and orders it (a demand, submitted); the bureau vets it; the province opens the
// demand in the dispatch console, sees the ordered team first in 年度服务团 and gives the demand to it; on a phone
// the host unit fills the team's year report with its final accounts.
import { describe, expect, it } from 'vitest';
import { PHONE, answerTo, heading, openMenu, screenshot, useBrowserSuite } from './support.js';

const suite = useBrowserSuite();

describe('order from the menu → vet → give to the team', () => {
  it('runs through the pages of the unit and the province', async () => {
    const [province, local, local2, unit, unit2, expert] = await Promise.all(
      ['province', 'local', 'local2', 'unit', 'unit2', 'expert'].map((u) => suite.token(u)),
    );
    const gql = async <T = any>(
      query: string,
      variables: Record<string, unknown>,
      token: string,
    ): Promise<T> => {
      const res = await suite.graphql<T>(query, variables, token);
      expect(res.errors, res.errors?.[0]?.message).toBeUndefined();
      return res.data!;
    };
    const jinshan = (await gql(`{ me { organizationId } }`, {}, local)).me.organizationId;
    const region2 = (await gql(`{ me { regionCode } }`, {}, unit2)).me.regionCode;
    const leadId = (await gql(`{ me { expertId } }`, {}, expert)).me.expertId;
    // The year: call → application → recommendation → selection → publication.
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
            categories: [{ category: 'MUNICIPAL_TEAM' }],
            recommenderIds: [jinshan],
          },
        },
        province,
      )
    ).createProgrammeCall.id;
    await gql(`mutation($id: ID!) { openProgrammeCall(id: $id) { id } }`, { id: callId }, province);
    const form = {
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
      contact: {
        department: '办公室',
        name: '王敏',
        officePhone: '021-62208660',
        mobile: '13800000000',
        email: 'wm@example.cn',
      },
      content: '设施蔬菜病虫害绿色防控技术指导。',
      budgetLines: [{ item: '专家劳务', amount: 80_000, source: '市级资助' }],
      leadExpertId: leadId,
      summary: '病虫害绿色防控',
    };
    const appId = (
      await gql(
        `mutation($c: ID!, $i: ProgrammeApplicationInput!) { createProgrammeApplication(callId: $c, input: $i) { id } }`,
        { c: callId, i: { category: 'MUNICIPAL_TEAM', recommenderId: jinshan, form } },
        unit,
      )
    ).createProgrammeApplication.id;
    await gql(`mutation($id: ID!) { submitProgrammeApplication(id: $id) { id } }`, { id: appId }, unit);
    await gql(
      `mutation($id: ID!) { decideProgrammeApplication(id: $id, decision: RECOMMEND, note: "同意推荐") { id } }`,
      { id: appId },
      local,
    );
    await gql(`mutation($id: ID!) { closeProgrammeCall(id: $id) { id } }`, { id: callId }, province);
    await gql(
      `mutation($id: ID!) { decideProgrammeSelection(id: $id, decision: SELECT) { id } }`,
      { id: appId },
      province,
    );
    await gql(`mutation($c: ID!) { publishProgrammeLists(callId: $c) { id } }`, { c: callId }, province);
    const teamId = (
      await gql(`query($id: ID!) { programmeApplication(id: $id) { teamId } }`, { id: appId }, province)
    ).programmeApplication.teamId;
    await gql(
      `mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { id } }`,
      {
        i: {
          teamId,
          title: '设施蔬菜灰霉病绿色防控现场指导',
          description: '现场诊断番茄、黄瓜灰霉病，指导绿色防控与科学用药。',
          fields: ['AGRICULTURE'],
          serviceForms: ['TECH_GUIDANCE'],
          regionCodes: [region2],
          places: '各涉农乡镇',
          months: [6, 7, 8],
          capacity: 2,
        },
      },
      unit,
    );

    // The unit finds the offer on 服务菜单 and orders it.
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit2');
    await openMenu(page, '服务菜单');
    await heading(page, '服务菜单').waitFor();
    // Typed as a clerk types: a whole sentence, with the colloquial 西红柿 for 番茄.
    await page.getByLabel('搜索服务').fill('我们村大棚里的西红柿叶子上长了灰霉，怎么办');
    await page.getByLabel('搜索服务').press('Enter');
    const card = page.locator('[data-offer="设施蔬菜灰霉病绿色防控现场指导"]');
    await card.waitFor();
    await page.getByLabel('搜索服务').fill('我家的猪不吃食怎么办');
    await page.getByLabel('搜索服务').press('Enter');
    await card.waitFor({ state: 'detached' });
    await page.getByLabel('搜索服务').fill('灰霉病');
    await page.getByLabel('搜索服务').press('Enter');
    await card.waitFor();
    await screenshot(page, 'programme-menu');
    await card.getByRole('button', { name: '点餐' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('开始日期').click();
    await dialog.getByPlaceholder('开始日期').fill('2027-07-01');
    await dialog.getByPlaceholder('开始日期').press('Enter');
    await dialog.getByPlaceholder('结束日期').click();
    await dialog.getByPlaceholder('结束日期').fill('2027-07-31');
    await dialog.getByPlaceholder('结束日期').press('Enter');
    await dialog.getByLabel('联系人').fill('李明');
    await dialog.getByLabel('联系电话').fill('13916001234');
    const ordered = await answerTo<{ orderProgrammeOffer: { id: string; status: string } }>(
      page,
      'OrderProgrammeOffer',
      () => dialog.getByRole('button', { name: '下单并提交审核' }).click(),
    );
    expect(ordered.errors, ordered.errors?.[0]?.message).toBeUndefined();
    const demandId = ordered.data!.orderProgrammeOffer.id;
    expect(ordered.data!.orderProgrammeOffer.status).toBe('SUBMITTED');
    await page.waitForURL(`**/demands/${demandId}`);

    // The bureau vets it as any demand.
    await gql(`mutation($id: ID!) { acceptDemand(id: $id) { id } }`, { id: demandId }, local2);

    // The province gives it to the ordered team from the dispatch console.
    const prov = await suite.openPage();
    await suite.signIn(prov.page, 'province');
    await prov.page.goto(`${suite.server.url}/dispatch/${demandId}`);
    const team = prov.page.locator('.approved-teams [data-team="设施农业病虫害绿色防控专家服务团"]');
    await team.waitFor();
    await screenshot(prov.page, 'programme-dispatch-approved-teams');
    await team.getByRole('button', { name: '交给该团' }).click();
    const give = prov.page.getByRole('dialog');
    expect(await give.getByPlaceholder('开始日期').inputValue()).toBe('2027-07-01');
    const given = await answerTo(prov.page, 'GiveDemandToTeam', () =>
      give.getByRole('button', { name: '确认交付' }).click(),
    );
    expect(given.errors, given.errors?.[0]?.message).toBeUndefined();
    await prov.page.waitForURL(`**/teams/${teamId}`);
    await heading(prov.page, '设施农业病虫害绿色防控专家服务团').waitFor();
    const status = await gql(`query($id: ID!) { demand(id: $id) { status } }`, { id: demandId }, province);
    expect(status.demand.status).toBe('DISPATCHED');

    // Year end on a phone: the host unit opens its team's year report — the final accounts against the approved
    // lines, the balance worked out as it types — and the server says what the survey still lacks.
    const host = await suite.openPage(PHONE);
    await suite.signIn(host.page, 'unit');
    await host.page.goto(`${suite.server.url}/programme/offers`);
    await host.page.getByRole('button', { name: '上报年度材料' }).click();
    const report = host.page.getByTestId('year-report-form');
    await report.getByText('核定经费超出申报预算部分').waitFor();
    await report.getByLabel('工作成效总结').fill('全年完成现场指导，解决灰霉病防控问题。');
    await report.getByLabel('专家劳务实际支出').fill('30000');
    await report.getByLabel('核定经费超出申报预算部分实际支出').fill('0');
    expect(await report.getByTestId('accounts-balance').textContent()).toBe('70,000');
    await report.getByLabel(/已退回结余经费/).fill('70000');
    await report.getByLabel('结余经费专项说明').fill('部分批次改为远程指导，结余已退回');
    const filed = await answerTo(host.page, 'SubmitProgrammeYearReport', () =>
      report.getByRole('button', { name: /^上\s?报$/ }).click(),
    );
    expect(filed.errors?.[0]?.extensions?.fieldErrors?.survey).toContain('成效调查表尚缺：服务批次');
    await report
      .getByText(/成效调查表尚缺：服务批次/)
      .first()
      .waitFor();
    await screenshot(host.page, 'programme-year-report-phone');
    expect([...pageErrors, ...prov.pageErrors, ...host.pageErrors]).toEqual([]);
  });
});
