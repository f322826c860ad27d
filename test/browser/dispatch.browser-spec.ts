// 基层下单 → 属地接单 → 省厅派单 → 专家应邀, across roles through the UI: a unit posts and submits a demand; the
// bureau accepts it; the province opens 派单台, reads the explained candidates, composes the team (swapping in
// the two experts that have demo accounts, found by name and checked with explainExclusion) and dispatches it;
// each invited expert accepts on a phone-sized screen; the unit sees 服务中.
import { describe, expect, it } from 'vitest';
import {
  PHONE,
  cardOf,
  dateFromToday,
  answerTo,
  heading,
  horizontalOverflow,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

const TITLE = '合作社社员慢病随访与大棚蔬菜病害防治，求医疗和农业专家';
const DESCRIPTION =
  '合作社 80 余名社员中高血压、脑卒中高危人群较多，希望医疗专家开展筛查和随访带教；同时大棚番茄黄化曲叶病毒病多发，希望农业专家现场指导绿色防控。';
const LEAD = '周建明';
const MEMBER = '沈丽萍';

describe('dispatch: 省厅派单 → 专家应邀', () => {
  let demandId = '';
  let demandCode = '';
  let teamName = '';

  it('a unit posts and submits a demand, and the bureau accepts it', async () => {
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await openMenu(page, '发布需求');
    await heading(page, '发布需求').waitFor();
    await page.getByLabel('需求标题').fill(TITLE);
    await page.getByLabel('问题描述（痛点难点）').fill(DESCRIPTION);
    await page.getByRole('checkbox', { name: '农业', exact: true }).check();
    await page.getByRole('checkbox', { name: '医疗', exact: true }).check();
    await page.getByRole('checkbox', { name: '技术指导', exact: true }).check();
    await expect.poll(() => page.locator('.ant-cascader').innerText()).toContain('金山区');
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill(dateFromToday(75));
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill(dateFromToday(85));
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByLabel('需要专家人数').fill('2');
    await page.getByLabel('预计服务天数').fill('5');
    await page.getByLabel('联系人').fill('沈建国');
    await page.getByLabel('联系电话').fill('13916620001');
    const submitted = await answerTo<{ submitDemand: { id: string; code: string; status: string } }>(
      page,
      'SubmitDemand',
      () => page.getByRole('button', { name: '提交需求' }).click(),
    );
    expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
    demandId = submitted.data!.submitDemand.id;
    demandCode = submitted.data!.submitDemand.code;
    expect(pageErrors).toEqual([]);

    const bureau = await suite.openPage();
    await suite.signIn(bureau.page, 'local');
    await openMenu(bureau.page, '需求受理');
    const card = cardOf(bureau.page, demandCode);
    await step(bureau.page, 'dispatch-inbox', () => card.waitFor());
    await card.getByRole('button', { name: '受理', exact: true }).click();
    const dialog = bureau.page.getByRole('dialog');
    const accepted = await answerTo<{ acceptDemand: { status: string } }>(bureau.page, 'AcceptDemand', () =>
      dialog.getByRole('button', { name: '确认受理' }).click(),
    );
    expect(accepted.errors, accepted.errors?.[0]?.message).toBeUndefined();
    expect(accepted.data!.acceptDemand.status).toBe('ACCEPTED');
    expect(bureau.pageErrors).toEqual([]);
  });

  it('the province finds it in 派单台, reads the explained candidates and dispatches a team', async () => {
    expect(demandId).not.toBe('');
    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await openMenu(page, '派单台');
    await heading(page, '派单台').waitFor();
    const card = cardOf(page, demandCode);
    await step(page, 'dispatch-queue', () => card.waitFor());
    await screenshot(page, 'dispatch-queue');
    // The dispatcher types what the farmer would say, not the title: 西红柿 for 番茄, 叶子黄了 for 黄化.
    const search = page.getByPlaceholder('按标题、描述或编号查找');
    await search.fill('西红柿叶子黄了');
    const found = await answerTo<{ demands: { nodes: { code: string }[] } }>(page, 'Demands', () =>
      search.press('Enter'),
    );
    expect(found.data!.demands.nodes.map((n) => n.code)).toContain(demandCode);
    await card.waitFor();
    await card.getByRole('button', { name: '派单' }).click();

    await step(page, 'dispatch-demand', async () => {
      await page.waitForURL(`${suite.server.url}/dispatch/${demandId}`);
      await heading(page, `派单：${TITLE}`).waitFor();
      await page.locator('.candidates [data-testid="candidate"]').first().waitFor();
    });
    // Candidates come with a score bar and reasons as labelled tags; the composer is pre-filled.
    const first = page.locator('.candidates [data-testid="candidate"]').first();
    await first.locator('.score-bar').waitFor();
    expect(await first.locator('.match-reasons .ant-tag').count()).toBeGreaterThan(0);
    expect((await page.getByTestId('team-lead').innerText()).trim()).not.toMatch(/^未选择/);
    expect(await page.getByLabel('服务团名称').inputValue()).toBe('金山区农业、医疗专家服务团');
    await screenshot(page, 'dispatch-demand');

    // Swap in the experts who have demo accounts: find each by name, see why they fit, and put them in.
    const lookup = page.locator('.expert-lookup');
    const check = async (name: string) => {
      await lookup.getByLabel('按姓名查找专家').fill(name);
      await lookup.getByLabel('按姓名查找专家').press('Enter');
      const explained = await answerTo<{ explainExclusion: { eligible: boolean; conflicts: string[] } }>(
        page,
        'ExplainExclusion',
        () => lookup.getByRole('button', { name: `核查 ${name}` }).click(),
      );
      expect(explained.errors, explained.errors?.[0]?.message).toBeUndefined();
      expect(explained.data!.explainExclusion.conflicts).toEqual([]);
      expect(explained.data!.explainExclusion.eligible).toBe(true);
      await lookup.getByText(`${name} 符合全部硬性条件`).waitFor();
    };
    await check(LEAD);
    await screenshot(page, 'dispatch-explain');
    await lookup.getByTestId('lookup-result').getByRole('button', { name: '设为领衔' }).click();
    await page.getByTestId('team-lead').getByText(LEAD).waitFor();
    const members = page.getByTestId('team-members');
    while ((await members.locator('.team-member').count()) > 0) {
      await members.locator('.team-member').first().getByRole('button', { name: /^移出/ }).click();
    }
    await check(MEMBER);
    await lookup.getByTestId('lookup-result').getByRole('button', { name: '加入团队' }).click();
    await members.locator(`.team-member[data-expert="${MEMBER}"]`).waitFor();
    teamName = await page.getByLabel('服务团名称').inputValue();

    const dispatched = await answerTo<{ dispatchTeam: { id: string; name: string } }>(
      page,
      'DispatchTeam',
      () => page.getByRole('button', { name: '派单并邀请专家' }).click(),
    );
    expect(dispatched.errors, dispatched.errors?.[0]?.message).toBeUndefined();
    await step(page, 'teams-after-dispatch', async () => {
      await heading(page, '服务团').waitFor();
      await page.locator(`[data-testid="team-card"][data-team="${teamName}"]`).waitFor();
    });
    const team = page.locator(`[data-testid="team-card"][data-team="${teamName}"]`);
    await team.locator(`[data-testid="seat"][data-expert="${LEAD}"][data-status="INVITED"]`).waitFor();
    await team.locator(`[data-testid="seat"][data-expert="${MEMBER}"][data-status="INVITED"]`).waitFor();
    await screenshot(page, 'teams');
    expect(pageErrors).toEqual([]);
  });

  it('each invited expert accepts on a phone, and the unit sees 服务中', async () => {
    expect(teamName).not.toBe('');
    for (const [username, shot] of [
      ['expert', 'expert'],
      ['expert2', 'expert2'],
    ] as const) {
      const { page, pageErrors } = await suite.openPage(PHONE);
      await suite.signIn(page, username);
      await openMenu(page, '我的邀请');
      await heading(page, '我的邀请').waitFor();
      const invitation = page.locator(`[data-testid="invitation"][data-team="${teamName}"]`);
      await step(page, `invitation-${shot}`, () => invitation.waitFor());
      await screenshot(page, `invitations-${shot}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const answered = await answerTo<{ respondInvitation: { status: string } }>(
        page,
        'RespondInvitation',
        () => invitation.getByRole('button', { name: '接受邀请' }).click(),
      );
      expect(answered.errors, answered.errors?.[0]?.message).toBeUndefined();
      expect(answered.data!.respondInvitation.status).toBe('CONFIRMED');
      await invitation.locator('.invitation-status', { hasText: '已确认' }).waitFor();

      if (username === 'expert') {
        await openMenu(page, '我的服务');
        await heading(page, '我的服务').waitFor();
        await page.locator(`[data-testid="service"][data-team="${teamName}"]`).waitFor();
        await screenshot(page, 'services-expert');
        await openMenu(page, '推荐需求');
        await heading(page, '推荐需求').waitFor();
        await page.locator('.page-loading').waitFor({ state: 'detached' });
        await screenshot(page, 'recommended-expert');
        // 揭榜 the best recommendation, with a message.
        const best = page.getByTestId('recommended-demand').first();
        await best.getByRole('button', { name: '揭榜' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('揭榜留言').fill('服务期内可全程到岗，曾在当地开展卒中筛查带教。');
        await screenshot(page, 'recommended-volunteer-dialog');
        const volunteered = await answerTo<{ volunteer: { id: string } }>(page, 'Volunteer', () =>
          dialog.getByRole('button', { name: '确认揭榜' }).click(),
        );
        expect(volunteered.errors, volunteered.errors?.[0]?.message).toBeUndefined();
        await best.getByText('已揭榜').waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      }
      expect(pageErrors).toEqual([]);
    }

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'unit');
    await page.goto(`${suite.server.url}/demands/${demandId}`);
    await step(page, 'unit-in-service', async () => {
      await heading(page, TITLE).waitFor();
      await page.locator('.status-tag', { hasText: '服务中' }).first().waitFor();
    });
    await screenshot(page, 'demand-in-service');
    expect(pageErrors).toEqual([]);
  });
});

describe('dispatch: a refusal keeps the composer; a declined seat is replaced', () => {
  const START = dateFromToday(120);
  const END = dateFromToday(128);
  const TEAM = '冲突演练农业专家服务团';

  /** An accepted AGRICULTURE demand for one expert, made outside the UI (setup only). */
  async function acceptedDemand(title: string): Promise<string> {
    const unit = await suite.token('unit');
    const created = await suite.graphql<{ createDemand: { id: string } }>(
      'mutation($input: DemandInput!) { createDemand(input: $input) { id } }',
      {
        input: {
          title,
          // 连作障碍, not 病虫害: the most relevant experts (who lead, issue #11) are then others than 沈丽萍, whom the
          // dispatcher swaps in below.
          description: '设施蔬菜基地连年种植同一茬口，土壤连作障碍严重，需要专家现场指导轮作和土壤改良。',
          fields: ['AGRICULTURE'],
          serviceForms: ['TECH_GUIDANCE'],
          expertsWanted: 1,
          expectedDays: 3,
          startDate: START,
          endDate: END,
          contactName: '沈建国',
          contactPhone: '13916620001',
        },
      },
      unit,
    );
    expect(created.errors, created.errors?.[0]?.message).toBeUndefined();
    const id = created.data!.createDemand.id;
    const submitted = await suite.graphql(
      'mutation($id: ID!) { submitDemand(id: $id) { id } }',
      { id },
      unit,
    );
    expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
    const accepted = await suite.graphql(
      'mutation($id: ID!) { acceptDemand(id: $id) { id } }',
      { id },
      await suite.token('local'),
    );
    expect(accepted.errors, accepted.errors?.[0]?.message).toBeUndefined();
    return id;
  }

  it('shows the CONFLICT when the suggested lead was booked meanwhile, then dispatches; the expert declines and the seat is replaced', async () => {
    const demandB = await acceptedDemand('蔬菜基地连作障碍治理指导（一）');
    const demandC = await acceptedDemand('蔬菜基地连作障碍治理指导（二）');
    const province = await suite.token('province');

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/dispatch/${demandB}`);
    const lead = page.getByTestId('team-lead');
    await step(page, 'conflict-open', () => lead.locator('.ant-tag').waitFor());
    const leadText = (await lead.innerText()).trim();
    const suggested = await suite.graphql<{
      suggestTeam: { lead: { expert: { id: string; name: string } } };
    }>(
      'query($id: ID!) { suggestTeam(demandId: $id) { lead { expert { id name } } } }',
      { id: demandB },
      province,
    );
    const leadExpert = suggested.data!.suggestTeam.lead.expert;
    expect(leadText).toContain(leadExpert.name);
    expect(leadExpert.name).not.toBe(MEMBER);

    // Meanwhile another dispatcher books the same expert for the same period.
    const other = await suite.graphql(
      'mutation($input: DispatchInput!) { dispatchTeam(input: $input) { id } }',
      {
        input: {
          demandIds: [demandC],
          leadExpertId: leadExpert.id,
          memberExpertIds: [],
          name: '另一派单员的服务团',
          level: 'PROVINCIAL',
          startDate: START,
          endDate: END,
        },
      },
      province,
    );
    expect(other.errors, other.errors?.[0]?.message).toBeUndefined();

    await page.getByLabel('服务团名称').fill(TEAM);
    const refused = await answerTo<{ errors?: unknown }>(page, 'DispatchTeam', () =>
      page.getByRole('button', { name: '派单并邀请专家' }).click(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const alert = page.getByTestId('dispatch-error');
    await step(page, 'conflict-alert', () => alert.waitFor());
    expect(await alert.innerText()).toContain(refused.errors![0]!.message);
    await screenshot(page, 'dispatch-conflict');
    // Nothing of the composer is lost.
    expect(await page.getByLabel('服务团名称').inputValue()).toBe(TEAM);
    expect((await lead.innerText()).trim()).toBe(leadText);

    // Swap the lead for 沈丽萍 and dispatch again.
    const lookup = page.locator('.expert-lookup');
    await lookup.getByLabel('按姓名查找专家').fill(MEMBER);
    await lookup.getByLabel('按姓名查找专家').press('Enter');
    await lookup.getByRole('button', { name: `核查 ${MEMBER}` }).click();
    await lookup.getByText(`${MEMBER} 符合全部硬性条件`).waitFor();
    await lookup.getByTestId('lookup-result').getByRole('button', { name: '设为领衔' }).click();
    const members = page.getByTestId('team-members');
    while ((await members.locator('.team-member').count()) > 0) {
      await members.locator('.team-member').first().getByRole('button', { name: /^移出/ }).click();
    }
    await lead.getByText(MEMBER).waitFor();
    const dispatched = await answerTo(page, 'DispatchTeam', () =>
      page.getByRole('button', { name: '派单并邀请专家' }).click(),
    );
    expect(dispatched.errors, dispatched.errors?.[0]?.message).toBeUndefined();
    await heading(page, '服务团').waitFor();
    const team = page.locator(`[data-testid="team-card"][data-team="${TEAM}"]`);
    await team.waitFor();

    // The expert declines: a reason is required.
    const expert = await suite.openPage(PHONE);
    await suite.signIn(expert.page, 'expert2');
    await openMenu(expert.page, '我的邀请');
    const invitation = expert.page.locator(`[data-testid="invitation"][data-team="${TEAM}"]`);
    await step(expert.page, 'decline-open', () => invitation.waitFor());
    await invitation.getByRole('button', { name: '婉拒' }).click();
    const dialog = expert.page.getByRole('dialog');
    // Let the dialog finish opening before pressing its button (a press during the zoom-in can go unheard).
    await dialog.getByLabel('婉拒原因').waitFor();
    await expect.poll(async () => (await dialog.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await dialog.getByRole('button', { name: '确认婉拒' }).click();
    await dialog.getByText('请填写婉拒原因，便于省厅安排替补').waitFor();
    await dialog.getByLabel('婉拒原因').fill('服务期内已有省级科技特派员下乡任务。');
    await screenshot(expert.page, 'invitation-decline');
    const declined = await answerTo<{ respondInvitation: { status: string } }>(
      expert.page,
      'RespondInvitation',
      () => dialog.getByRole('button', { name: '确认婉拒' }).click(),
    );
    expect(declined.errors, declined.errors?.[0]?.message).toBeUndefined();
    expect(declined.data!.respondInvitation.status).toBe('DECLINED');
    await invitation.locator('.invitation-status', { hasText: '已婉拒' }).waitFor();
    expect(expert.pageErrors).toEqual([]);

    // The dispatcher sees the declined seat with its replacement candidates and replaces it.
    await page.reload();
    const seat = team.locator(`[data-testid="seat"][data-expert="${MEMBER}"][data-status="DECLINED"]`);
    await step(page, 'declined-seat', () => seat.locator('.replacement').first().waitFor());
    await seat.getByText('服务期内已有省级科技特派员下乡任务。').waitFor();
    await screenshot(page, 'teams-declined');
    const replaced = await answerTo(page, 'ReplaceTeamMember', () =>
      seat
        .locator('.replacement')
        .first()
        .getByRole('button', { name: /^替换为/ })
        .click(),
    );
    expect(replaced.errors, replaced.errors?.[0]?.message).toBeUndefined();
    await team.locator('[data-testid="seat"][data-status="INVITED"]').first().waitFor();
    await screenshot(page, 'teams-replaced');
    expect(pageErrors).toEqual([]);
  });
});
