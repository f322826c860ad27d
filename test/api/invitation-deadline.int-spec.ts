// An invitation nobody answers: at its 3-working-day deadline the expert is reminded and the dispatchers are told,
// once; an answered invitation is left alone. The clock is fixed on Monday 23 Nov 2026 and moved by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { InvitationService } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
const tokens: Record<string, string> = {};

async function ok<T = any>(query: string, vars: Record<string, unknown>, who: string): Promise<T> {
  const res = await t.gql<T>(query, vars, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].message}`);
  return res.data;
}
const notices = async (who: string) =>
  (
    await ok<{ notifications: { kind: string; title: string; body: string }[] }>(
      `{ notifications { kind title body } }`,
      {},
      who,
    )
  ).notifications.filter((n) => n.kind === 'INVITATION_OVERDUE');

beforeAll(async () => {
  t = await startTestApp({ demo: true, clock });
  for (const u of ['province', 'expert', 'expert2']) tokens[u] = await t.login(u);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('invitation deadlines', () => {
  it('reminds the silent expert and alerts the dispatchers once, and leaves answered invitations alone', async () => {
    const accepted = await ok(
      `{ demands(filter: { statuses: [ACCEPTED], regionCode: "310116" }, first: 1) { nodes { id startDate endDate } } }`,
      {},
      'province',
    );
    const { id: demandId, startDate, endDate } = accepted.demands.nodes[0];
    const ids: Record<string, string> = {};
    for (const name of ['周建明', '沈丽萍']) {
      const found = await ok(
        `query($q: String!) { experts(query: $q, first: 5) { hits { expert { id name } } } }`,
        { q: name },
        'province',
      );
      ids[name] = found.experts.hits.find((h: any) => h.expert.name === name).expert.id;
    }
    const id = (name: string) => ids[name]!;
    const team = await ok(
      `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { id assignments { id status dueAt expert { name } } } }`,
      {
        i: {
          demandIds: [demandId],
          name: '廊下番茄病害会诊小组',
          level: 'MUNICIPAL',
          leadExpertId: id('周建明'),
          memberExpertIds: [id('沈丽萍')],
          startDate,
          endDate,
        },
      },
      'province',
    );
    const seat = (name: string) => team.dispatchTeam.assignments.find((a: any) => a.expert.name === name);
    // Three working days after Monday 23 Nov: the end of Thursday 26 Nov, China time.
    expect(seat('周建明').dueAt).toBe('2026-11-26T15:59:59.000Z');
    const payload = (name: string) => ({
      assignmentId: seat(name).id,
      expertId: id(name),
      dueAt: seat(name).dueAt,
    });
    const invitations = t.app.get(InvitationService);

    expect(await invitations.handleDeadline(payload('周建明'))).toBe('not-yet');
    // 沈丽萍 answers in time; 周建明 does not.
    await ok(
      `mutation($id: ID!) { respondInvitation(assignmentId: $id, accept: true) { status } }`,
      { id: seat('沈丽萍').id },
      'expert2',
    );
    clock.set(new Date('2026-11-27T01:00:00Z'));
    expect(await invitations.handleDeadline(payload('周建明'))).toBe('reminded');
    expect(await invitations.handleDeadline(payload('周建明'))).toBe('reminded');
    expect(await invitations.handleDeadline(payload('沈丽萍'))).toBe('done');
    const toExpert = await notices('expert');
    expect(toExpert).toHaveLength(1);
    expect(toExpert[0]!.body).toContain('2026-11-26');
    const toProvince = await notices('province');
    expect(toProvince).toHaveLength(1);
    expect(toProvince[0]!.body).toContain('周建明 未在 2026-11-26 前答复');
    expect(await notices('expert2')).toHaveLength(0);
    // Once answered, a late job finds nothing to do.
    await ok(
      `mutation($id: ID!) { respondInvitation(assignmentId: $id, accept: true) { status } }`,
      { id: seat('周建明').id },
      'expert',
    );
    expect(await invitations.handleDeadline(payload('周建明'))).toBe('done');
    // The answer settles the reminders about it, the expert's and the dispatchers' alike: the bells drop.
    const overdueRead = async (who: string) =>
      (await ok(`{ notifications { kind readAt } }`, {}, who)).notifications
        .filter((n: { kind: string }) => n.kind === 'INVITATION_OVERDUE')
        .map((n: { readAt: string | null }) => n.readAt !== null);
    expect(await overdueRead('expert')).toEqual([true]);
    expect(await overdueRead('province')).toEqual([true]);
    // The dispatch queued a deadline job per invitation, due when the answer time runs out (real time here).
    const dueMs = new Date(seat('周建明').dueAt).getTime();
    expect(await t.runtime.queue.jobState(`invitation-${seat('周建明').id}-${dueMs}`)).toBe('delayed');
  });
});
