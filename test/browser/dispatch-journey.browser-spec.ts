// The dispatcher's timed journey (issue #13.9): from 派单台 to a dispatched team in at most 5 actions. The province
// opens 派单台, presses 派单 on an accepted demand and sends the composer as the server pre-filled it (lead,
// members, name, level and period from the suggestion). Every click and every text typed counts; waiting for the
// page does not. Signing in is not part of the journey.
import { describe, expect, it } from 'vitest';
import {
  actionCounter,
  answerTo,
  cardOf,
  heading,
  openMenu,
  screenshot,
  step,
  useBrowserSuite,
} from './support.js';

const suite = useBrowserSuite();

const MAX_ACTIONS = 5;

interface Accepted {
  demands: { nodes: { id: string; code: string; title: string; startDate: string | null }[] };
}

describe('dispatch journey: from the queue to a dispatched team in at most 5 actions', () => {
  it('the province dispatches the suggested team of an accepted demand from 派单台', async () => {
    const token = await suite.token('province');
    const accepted = await suite.graphql<Accepted>(
      'query { demands(filter: { statuses: [ACCEPTED] }, first: 50) { nodes { id code title startDate } } }',
      {},
      token,
    );
    expect(accepted.errors).toBeUndefined();
    const today = new Date().toISOString().slice(0, 10);
    // One the server can staff as it suggests: a lead proposed and a period not yet begun.
    let target: Accepted['demands']['nodes'][number] | undefined;
    for (const demand of accepted.data!.demands.nodes) {
      if (!demand.startDate || demand.startDate <= today) continue;
      const suggested = await suite.graphql<{ suggestTeam: { lead: { expert: { id: string } } | null } }>(
        'query($id: ID!) { suggestTeam(demandId: $id) { lead { expert { id } } } }',
        { id: demand.id },
        token,
      );
      if (suggested.data?.suggestTeam.lead) {
        target = demand;
        break;
      }
    }
    expect(target, 'the demo data holds an accepted demand the library can staff').toBeDefined();
    const demand = target!;

    const { page, pageErrors } = await suite.openPage();
    await suite.signIn(page, 'province');
    const user = actionCounter();

    await user.act('open 派单台', () => openMenu(page, '派单台'));
    await heading(page, '派单台').waitFor();
    const card = cardOf(page, demand.code);
    await step(page, 'journey-queue', () => card.waitFor());
    await user.act('press 派单 on the demand', () => card.getByRole('button', { name: '派单' }).click());
    await step(page, 'journey-composer', async () => {
      await page.waitForURL(`${suite.server.url}/dispatch/${demand.id}`);
      await heading(page, `派单：${demand.title}`).waitFor();
      await expect.poll(() => page.getByLabel('服务团名称').inputValue(), { timeout: 15_000 }).not.toBe('');
    });
    expect((await page.getByTestId('team-lead').innerText()).trim()).not.toMatch(/^未选择/);
    await screenshot(page, 'journey-dispatch-prefilled');

    const dispatched = await user.act('send the pre-filled team', () =>
      answerTo<{ dispatchTeam: { id: string; name: string } }>(page, 'DispatchTeam', () =>
        page.getByRole('button', { name: '派单并邀请专家' }).click(),
      ),
    );
    expect(dispatched.errors, dispatched.errors?.[0]?.message).toBeUndefined();
    const team = dispatched.data!.dispatchTeam;
    await step(page, 'journey-teams', async () => {
      await heading(page, '服务团').waitFor();
      await page.locator(`[data-testid="team-card"][data-team="${team.name}"]`).waitFor();
    });
    expect(user.done.length, `actions: ${user.done.join(' → ')}`).toBeLessThanOrEqual(MAX_ACTIONS);
    expect(pageErrors).toEqual([]);

    // The demand left the queue's 待派单 tab.
    const status = await suite.graphql<{ demand: { status: string } }>(
      'query($id: ID!) { demand(id: $id) { status } }',
      { id: demand.id },
      token,
    );
    expect(status.data!.demand.status).toBe('DISPATCHED');
  });
});
