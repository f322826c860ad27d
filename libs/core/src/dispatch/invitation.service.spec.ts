// The branches of answering and withdrawing invitations, on repository doubles (newTestService). The same use
// cases run against PostgreSQL in test/api/dispatch.int-spec.ts and invitation-deadline.int-spec.ts.
import { describe, expect, it } from 'vitest';
import type { Actor, AssignmentStatus, DemandStatus } from '@app/domain';
import { DemandTransitions } from '../demands/demand-transitions.js';
import type { DemandEntity } from '../demands/demand.entity.js';
import { DemandRepository } from '../demands/demand.repository.js';
import { ExpertRepository } from '../experts/expert.repository.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { newTestService } from '../testing/new-test-service.js';
import type { AssignmentEntity, TeamEntity } from './dispatch.entities.js';
import { InvitationService } from './invitation.service.js';
import { ReplacementService } from './replacement.service.js';
import { TeamSteps } from './team-steps.js';
import { TeamRepository } from './team.repository.js';

const TEAM_ID = '10000000-0000-4000-8000-000000000001';
const PLACE_ID = '20000000-0000-4000-8000-000000000001';
const ZHOU = '30000000-0000-4000-8000-000000000001';
const SHEN = '30000000-0000-4000-8000-000000000002';
const DISPATCHER_ACCOUNT = '40000000-0000-4000-8000-000000000001';

const expert = (expertId: string): Actor => ({
  accountId: `acc-${expertId}`,
  username: 'e',
  role: 'EXPERT',
  expertId,
});
const dispatcher: Actor = {
  accountId: DISPATCHER_ACCOUNT,
  username: 'province',
  role: 'PROVINCE',
  regionCode: '310000',
};
const outsider: Actor = { accountId: 'x', username: 'yunnan', role: 'PROVINCE', regionCode: '530000' };

const team: TeamEntity = {
  id: TEAM_ID,
  name: '廊下番茄病害会诊小组',
  level: 'MUNICIPAL',
  leadExpertId: ZHOU,
  startDate: '2026-12-01',
  endDate: '2026-12-10',
  budget: null,
  createdBy: DISPATCHER_ACCOUNT,
  createdAt: new Date('2026-11-20T00:00:00Z'),
};

function place(
  expertId: string,
  status: AssignmentStatus,
  role: 'LEAD' | 'MEMBER' = 'MEMBER',
): AssignmentEntity {
  return {
    id: expertId === ZHOU ? PLACE_ID : `${PLACE_ID.slice(0, -1)}2`,
    teamId: TEAM_ID,
    expertId,
    role,
    status,
    period: '[2026-12-01,2026-12-11)',
    reason: null,
    dueAt: new Date('2026-11-26T15:59:59Z'),
    respondedAt: null,
    createdAt: new Date('2026-11-23T02:00:00Z'),
  };
}

function demand(status: DemandStatus): DemandEntity {
  return {
    id: 'd1',
    code: 'XQ-2026-310116-0001',
    title: '番茄灰霉病防治',
    status,
    regionCode: '310116',
  } as DemandEntity;
}

/** The service on doubles, with TeamSteps real: one team, the given places and demands. */
function setup(places: AssignmentEntity[], demands: DemandEntity[]) {
  const t = newTestService(InvitationService, { real: [TeamSteps] });
  const teams = t.get(TeamRepository);
  const byId = (id: string) => places.find((p) => p.id === id) ?? null;
  teams.findAssignment.mockImplementation(async (id) => byId(id));
  teams.findAssignmentForUpdate.mockImplementation(async (_m, id) => byId(id));
  teams.lockTeam.mockResolvedValue(team);
  teams.find.mockResolvedValue(team);
  teams.demandsOf.mockResolvedValue(demands);
  teams.assignmentsOf.mockImplementation(async () => places);
  teams.updateAssignment.mockImplementation(
    async (_m, id, changes) => void Object.assign(byId(id)!, changes),
  );
  t.get(DemandRepository).findForUpdate.mockImplementation(
    async (_m, id) => demands.find((d) => d.id === id) ?? null,
  );
  t.get(ExpertRepository).withEmployers.mockResolvedValue([]);
  t.get(RecipientRepository).expertAccounts.mockResolvedValue([{ id: 'acc-zhou', expertId: ZHOU }]);
  t.get(RecipientRepository).dispatchersFor.mockResolvedValue([DISPATCHER_ACCOUNT]);
  t.get(ReplacementService).candidateNames.mockResolvedValue(['黄志明', '吴晓峰']);
  return t;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { kind: string; reason: string }) => ({ kind: e.kind, reason: e.reason }),
  );

describe('InvitationService.respond', () => {
  it('refuses another expert’s invitation before opening a transaction', async () => {
    const t = setup([place(ZHOU, 'INVITED')], [demand('DISPATCHED')]);
    expect(await refusal(t.sut.respond(expert(SHEN), PLACE_ID, true))).toEqual({
      kind: 'FORBIDDEN',
      reason: 'ASSIGNMENT_NOT_YOURS',
    });
    expect(t.get(TeamRepository).lockTeam).not.toHaveBeenCalled();
  });

  it('refuses an answer to a place no longer pending, and an unknown or malformed id', async () => {
    const t = setup([place(ZHOU, 'CONFIRMED')], [demand('DISPATCHED')]);
    expect(await refusal(t.sut.respond(expert(ZHOU), PLACE_ID, false, '另有安排'))).toEqual({
      kind: 'CONFLICT',
      reason: 'ASSIGNMENT_NOT_PENDING',
    });
    expect(await refusal(t.sut.respond(expert(ZHOU), 'not-a-uuid', true))).toEqual({
      kind: 'NOT_FOUND',
      reason: 'ASSIGNMENT_NOT_FOUND',
    });
    expect(
      await refusal(t.sut.respond(expert(ZHOU), '20000000-0000-4000-8000-00000000ffff', true)),
    ).toMatchObject({
      reason: 'ASSIGNMENT_NOT_FOUND',
    });
  });

  it('asks a decline for its reason, and does not look for candidates then', async () => {
    const t = setup([place(ZHOU, 'INVITED')], [demand('DISPATCHED')]);
    expect(await refusal(t.sut.respond(expert(ZHOU), PLACE_ID, false, '  '))).toEqual({
      kind: 'BAD_USER_INPUT',
      reason: 'INVITATION_REASON_REQUIRED',
    });
    expect(t.get(ReplacementService).candidateNames).not.toHaveBeenCalled();
  });

  it('calls an invitation stale once its demands are cancelled', async () => {
    const t = setup([place(ZHOU, 'INVITED')], [demand('CANCELLED')]);
    expect(await refusal(t.sut.respond(expert(ZHOU), PLACE_ID, true))).toEqual({
      kind: 'CONFLICT',
      reason: 'INVITATION_STALE',
    });
    expect(t.get(TeamRepository).updateAssignment).not.toHaveBeenCalled();
  });

  it('starts the service when the last place is confirmed, and tells the dispatcher once', async () => {
    const places = [place(ZHOU, 'INVITED', 'LEAD'), place(SHEN, 'CONFIRMED')];
    const d = demand('DISPATCHED');
    const t = setup(places, [d]);
    const answered = await t.sut.respond(expert(ZHOU), PLACE_ID, true);
    expect(answered).toMatchObject({ status: 'CONFIRMED', respondedAt: t.clock.now() });
    expect(t.get(DemandTransitions).apply).toHaveBeenCalledWith(t.manager, 'SYSTEM', d, 'startService');
    expect(t.manager.insert.mock.calls[0]![1]).toMatchObject({ action: 'assignment.confirm' });
    const notify = t.get(NotificationService).notify;
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]![1]).toMatchObject({
      recipientId: DISPATCHER_ACCOUNT,
      kind: 'TEAM_CONFIRMED',
      body: '服务团“廊下番茄病害会诊小组”的 2 位专家均已确认，1 个需求进入服务阶段。',
    });
  });

  it('does not start the service while a member has still to answer', async () => {
    const t = setup([place(ZHOU, 'INVITED', 'LEAD'), place(SHEN, 'INVITED')], [demand('DISPATCHED')]);
    await t.sut.respond(expert(ZHOU), PLACE_ID, true);
    expect(t.get(DemandTransitions).apply).not.toHaveBeenCalled();
    expect(t.get(NotificationService).notify).not.toHaveBeenCalled();
  });

  it('tells the dispatcher of a decline with the candidates, in a sentence', async () => {
    const t = setup([place(ZHOU, 'INVITED', 'LEAD')], [demand('DISPATCHED')]);
    t.get(ExpertRepository).withEmployers.mockResolvedValue([
      { expert: { id: ZHOU, name: '周建明' }, employerName: '' } as never,
    ]);
    await t.sut.respond(expert(ZHOU), PLACE_ID, false, '另有科研任务。');
    const [, n] = t.get(NotificationService).notify.mock.calls[0]!;
    expect(n).toMatchObject({ recipientId: DISPATCHER_ACCOUNT, kind: 'TEAM_INVITATION_DECLINED' });
    expect(n.body).toBe(
      '专家 周建明 婉拒了服务团“廊下番茄病害会诊小组”（2026-12-01 至 2026-12-10）的邀请。原因：另有科研任务。可替换的候选专家：黄志明、吴晓峰。',
    );
  });
});

describe('InvitationService.withdraw', () => {
  it('is for the team’s dispatchers only', async () => {
    const t = setup([place(ZHOU, 'INVITED')], [demand('DISPATCHED')]);
    expect(await refusal(t.sut.withdraw(outsider, PLACE_ID, '调整'))).toEqual({
      kind: 'FORBIDDEN',
      reason: 'TEAM_OUT_OF_SCOPE',
    });
    expect(await refusal(t.sut.withdraw(expert(ZHOU), PLACE_ID, '调整'))).toMatchObject({
      reason: 'ROLE_NOT_ALLOWED',
    });
  });

  it('withdraws an invitation and frees the expert, telling them why', async () => {
    const t = setup([place(ZHOU, 'INVITED', 'LEAD')], [demand('DISPATCHED')]);
    const done = await t.sut.withdraw(dispatcher, PLACE_ID, '需求方调整了服务内容');
    expect(done).toMatchObject({ status: 'WITHDRAWN', reason: '需求方调整了服务内容' });
    const [, n] = t.get(NotificationService).notify.mock.calls[0]!;
    expect(n).toMatchObject({ recipientId: 'acc-zhou', kind: 'TEAM_INVITATION_WITHDRAWN' });
  });

  it('closes a declined place without telling the expert again, and refuses a withdrawn one', async () => {
    const declined = setup([place(ZHOU, 'DECLINED')], [demand('DISPATCHED')]);
    await declined.sut.withdraw(dispatcher, PLACE_ID, '不再替换');
    expect(declined.get(NotificationService).notify).not.toHaveBeenCalled();
    const withdrawn = setup([place(ZHOU, 'WITHDRAWN')], [demand('DISPATCHED')]);
    expect(await refusal(withdrawn.sut.withdraw(dispatcher, PLACE_ID, '再撤一次'))).toEqual({
      kind: 'CONFLICT',
      reason: 'ASSIGNMENT_NOT_WITHDRAWABLE',
    });
  });
});

describe('InvitationService.handleDeadline', () => {
  const payload = (a: AssignmentEntity) => ({
    assignmentId: a.id,
    expertId: a.expertId,
    dueAt: a.dueAt!.toISOString(),
  });

  it('waits until the deadline, then reminds the expert and alerts the dispatchers', async () => {
    const a = place(ZHOU, 'INVITED');
    const t = setup([a], [demand('DISPATCHED')]);
    expect(await t.sut.handleDeadline(payload(a))).toBe('not-yet');
    t.clock.set(new Date('2026-11-27T01:00:00Z'));
    expect(await t.sut.handleDeadline(payload(a))).toBe('reminded');
    const kinds = t.get(NotificationService).notify.mock.calls.map(([, n]) => `${n.recipientId} ${n.title}`);
    expect(kinds).toEqual(['acc-zhou 服务团邀请已逾期：廊下番茄病害会诊小组']);
    expect(t.get(NotificationService).notifyAll.mock.calls[0]![2].title).toBe(
      '专家逾期未答复：廊下番茄病害会诊小组',
    );
  });

  it('leaves an answered or re-issued invitation alone', async () => {
    const a = place(ZHOU, 'CONFIRMED');
    const t = setup([a], [demand('IN_SERVICE')]);
    t.clock.set(new Date('2026-12-01T00:00:00Z'));
    expect(await t.sut.handleDeadline(payload(a))).toBe('done');
    const reissued = place(ZHOU, 'INVITED');
    const t2 = setup([reissued], [demand('DISPATCHED')]);
    expect(await t2.sut.handleDeadline({ ...payload(reissued), dueAt: '2026-11-20T15:59:59.000Z' })).toBe(
      'done',
    );
    expect(t2.get(NotificationService).notify).not.toHaveBeenCalled();
  });
});
