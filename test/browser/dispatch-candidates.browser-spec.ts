// Nothing hidden from the dispatcher (#11.4): the best match, once booked by another team, stays in 派单's candidate
// list greyed, with the team it serves in and the day it is free again, and cannot be picked; every candidate opens
// a profile drawer with the specialties, this year's record and the ratings.
import { describe, expect, it } from 'vitest';
import { answerTo, dateFromToday, screenshot, step, useBrowserSuite } from './support.js';

const suite = useBrowserSuite();
const START = dateFromToday(150);
const END = dateFromToday(158);
const OTHER_TEAM = '候选置灰演练服务团';

/** The day after a YYYY-MM-DD date. */
function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

async function acceptedDemand(title: string): Promise<string> {
  const unit = await suite.token('unit');
  const created = await suite.graphql<{ createDemand: { id: string } }>(
    'mutation($input: DemandInput!) { createDemand(input: $input) { id } }',
    {
      input: {
        title,
        description: '合作社大棚番茄叶片发黄卷曲，坐果少，想请专家现场诊断病害并指导绿色防控。',
        fields: ['AGRICULTURE'],
        serviceForms: ['TECH_GUIDANCE'],
        expertsWanted: 2,
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
  const submitted = await suite.graphql('mutation($id: ID!) { submitDemand(id: $id) { id } }', { id }, unit);
  expect(submitted.errors, submitted.errors?.[0]?.message).toBeUndefined();
  const local = await suite.token('local');
  const accepted = await suite.graphql('mutation($id: ID!) { acceptDemand(id: $id) { id } }', { id }, local);
  expect(accepted.errors, accepted.errors?.[0]?.message).toBeUndefined();
  return id;
}

describe('dispatch: held-back candidates and the profile drawer', () => {
  it('greys the booked best match with why and from when, never picks it, and opens every candidate’s profile', async () => {
    const demand = await acceptedDemand('大棚番茄叶片发黄卷曲诊断（候选）');
    const other = await acceptedDemand('大棚番茄叶片发黄卷曲诊断（另一单）');
    const province = await suite.token('province');
    const CANDIDATES =
      'query($id: ID!) { matchExperts(demandId: $id, limit: 20, includeUnavailable: true) { available unavailableReason freeFrom expert { id name } } }';

    // The best match is booked by another team for the same period.
    const before = await suite.graphql<{
      matchExperts: { available: boolean; expert: { id: string; name: string } }[];
    }>(CANDIDATES, { id: demand }, province);
    expect(before.errors, before.errors?.[0]?.message).toBeUndefined();
    const best = before.data!.matchExperts.find((m) => m.available)!.expert;
    const booked = await suite.graphql(
      'mutation($input: DispatchInput!) { dispatchTeam(input: $input) { id } }',
      {
        input: {
          demandIds: [other],
          leadExpertId: best.id,
          memberExpertIds: [],
          name: OTHER_TEAM,
          level: 'PROVINCIAL',
          startDate: START,
          endDate: END,
        },
      },
      province,
    );
    expect(booked.errors, booked.errors?.[0]?.message).toBeUndefined();
    const after = await suite.graphql<{
      matchExperts: {
        available: boolean;
        unavailableReason: string | null;
        freeFrom: string | null;
        expert: { id: string };
      }[];
    }>(CANDIDATES, { id: demand }, province);
    expect(after.data!.matchExperts.find((m) => m.expert.id === best.id)).toMatchObject({
      available: false,
      unavailableReason: `在服务团「${OTHER_TEAM}」中至 ${END}`,
      freeFrom: dayAfter(END),
    });

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    await page.goto(`${suite.server.url}/dispatch/${demand}`);
    const row = page.locator(`.candidates [data-testid="candidate"][data-expert="${best.name}"]`);
    await step(page, 'held-back-candidate', () => row.waitFor());
    expect(await row.getAttribute('data-available')).toBe('false');
    expect(await row.getByTestId('unavailable-reason').innerText()).toBe(
      `在服务团「${OTHER_TEAM}」中至 ${END}`,
    );
    expect(await row.getByTestId('free-from').innerText()).toBe(`${dayAfter(END)} 起可选`);
    expect(await row.getByRole('button', { name: '设为领衔' }).isDisabled()).toBe(true);
    expect(await row.getByRole('button', { name: '加入团队' }).isDisabled()).toBe(true);
    // Never in the suggested team.
    await page.getByTestId('team-lead').locator('.ant-tag').waitFor();
    expect(await page.getByTestId('team-lead').innerText()).not.toContain(best.name);
    expect(await page.getByTestId('team-members').innerText()).not.toContain(best.name);
    await screenshot(page, 'dispatch-held-back');

    // The profile drawer: specialties, why not now, this year's record and ratings.
    await row.getByRole('button', { name: `查看 ${best.name} 的资料` }).click();
    const drawer = page.locator('.candidate-profile');
    await step(page, 'profile-drawer', () => drawer.getByTestId('profile-record').waitFor());
    expect((await drawer.getByTestId('profile-specialties').innerText()).trim()).not.toBe('');
    expect(await drawer.getByTestId('unavailable-reason').innerText()).toContain(OTHER_TEAM);
    await drawer.getByText(/今年已服务 \d+ 个工作日|暂无服务记录/).waitFor();
    await drawer
      .getByText(/评价|暂无评价/)
      .first()
      .waitFor();
    await screenshot(page, 'dispatch-profile');
    await page.keyboard.press('Escape');
    await drawer.getByTestId('profile-record').waitFor({ state: 'hidden' });

    // An available candidate opens the same way and says so.
    const first = page.locator('.candidates [data-testid="candidate"][data-available="true"]').first();
    const name = (await first.getAttribute('data-expert'))!;
    await first.getByRole('button', { name: `查看 ${name} 的资料` }).click();
    await drawer.getByText('符合全部硬性条件，可选入服务团').waitFor();
    await page.keyboard.press('Escape');

    // The composer places the server's field errors under their items (a period already begun: under 服务期).
    const composer = page.locator('.team-composer');
    await composer.getByPlaceholder('开始日期').click();
    await composer.getByPlaceholder('开始日期').fill(dateFromToday(-3));
    await composer.getByPlaceholder('开始日期').press('Enter');
    await composer.getByPlaceholder('结束日期').fill(dateFromToday(-1));
    await composer.getByPlaceholder('结束日期').press('Enter');
    const refused = await answerTo(page, 'DispatchTeam', () =>
      page.getByRole('button', { name: '派单并邀请专家' }).click(),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const placed = composer.locator('.ant-form-item-explain-error', { hasText: '不能早于今天' });
    await step(page, 'composer-field-error', () => placed.waitFor());
    await page.getByTestId('dispatch-error').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
