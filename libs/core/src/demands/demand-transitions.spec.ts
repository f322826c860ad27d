// The branches of a demand transition on repository doubles (newTestService): refusals carry their typed reason and
// write nothing; an accepted transition writes status, history, notices to the right people and its timer. The
// lifecycle itself is tested exhaustively in libs/domain; the real-PostgreSQL proof is test/api/demands.int-spec.ts.
import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY, type Actor, type DemandStatus } from '@app/domain';
import { AccountRepository } from '../accounts/account.repository.js';
import { AppOutbox } from '../jobs/job-map.js';
import { NotificationService } from '../notifications/notification.service.js';
import { RecipientRepository } from '../notifications/recipient.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { newTestService } from '../testing/new-test-service.js';
import { DemandTransitions } from './demand-transitions.js';
import type { DemandEntity } from './demand.entity.js';
import { DemandRepository } from './demand.repository.js';

const UNIT_ORG = '50000000-0000-4000-8000-000000000001';
const unit: Actor = { accountId: 'acc-unit', username: 'coop', role: 'UNIT', organizationId: UNIT_ORG };
const otherUnit: Actor = {
  accountId: 'acc-other',
  username: 'clinic',
  role: 'UNIT',
  organizationId: 'another',
};
const jinshan: Actor = { accountId: 'acc-local', username: 'jinshan', role: 'LOCAL', regionCode: '310116' };

function demand(status: DemandStatus, over: Partial<DemandEntity> = {}): DemandEntity {
  return {
    id: '60000000-0000-4000-8000-000000000001',
    code: 'XQ-2026-310116-0001',
    title: '番茄灰霉病防治',
    description: '合作社大棚番茄灰霉病高发，急需专家现场诊断并指导绿色防控。',
    fields: ['AGRICULTURE'],
    serviceForms: ['TECH_GUIDANCE'],
    expertsWanted: 1,
    minTitleLevel: null,
    startDate: '2027-03-01',
    endDate: '2027-03-20',
    expectedDays: null,
    contactName: '沈建国',
    contactPhone: '13916001234',
    status,
    regionCode: '310116',
    organizationId: UNIT_ORG,
    version: 3,
    ...over,
  } as DemandEntity;
}

function setup() {
  const t = newTestService(DemandTransitions);
  t.get(AccountRepository).displayName.mockImplementation(async (id) =>
    id === 'acc-unit' ? '合作社 沈建国' : '金山区人社局 李静',
  );
  t.get(CalendarService).current.mockResolvedValue(WEEKENDS_ONLY);
  t.get(RecipientRepository).unitAccounts.mockResolvedValue(['acc-unit']);
  t.get(RecipientRepository).dispatchersFor.mockResolvedValue(['acc-province']);
  t.get(RecipientRepository).bureausCovering.mockResolvedValue([
    { id: 'acc-local', regionCode: '310116' },
    { id: 'acc-city', regionCode: '310000' },
  ]);
  return t;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { kind: string; reason: string }) => ({ kind: e.kind, reason: e.reason }),
  );

describe('DemandTransitions.apply', () => {
  it('refuses with the reason of each kind of refusal and writes nothing', async () => {
    const t = setup();
    expect(await refusal(t.sut.apply(t.manager, otherUnit, demand('DRAFT'), 'submit'))).toEqual({
      kind: 'FORBIDDEN',
      reason: 'DEMAND_TRANSITION_FORBIDDEN',
    });
    expect(await refusal(t.sut.apply(t.manager, jinshan, demand('DELIVERED'), 'accept'))).toEqual({
      kind: 'CONFLICT',
      reason: 'DEMAND_TRANSITION_CONFLICT',
    });
    expect(await refusal(t.sut.apply(t.manager, jinshan, demand('SUBMITTED'), 'return', '  '))).toEqual({
      kind: 'BAD_USER_INPUT',
      reason: 'DEMAND_REASON_REQUIRED',
    });
    expect(
      await refusal(t.sut.apply(t.manager, unit, demand('DRAFT', { contactPhone: null }), 'submit')),
    ).toEqual({
      kind: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
    expect(t.get(DemandRepository).update).not.toHaveBeenCalled();
    expect(t.get(AppOutbox).add).not.toHaveBeenCalled();
    expect(t.manager.insert).not.toHaveBeenCalled();
  });

  it('submits: status, history, a notice to the nearest bureau only, and the 5-working-day timer', async () => {
    const t = setup();
    const d = demand('DRAFT');
    const done = await t.sut.apply(t.manager, unit, d, 'submit');
    expect(done).toMatchObject({ status: 'SUBMITTED', version: 4, submittedAt: t.clock.now() });
    // Monday 23 Nov 2026 10:00 in Beijing + 5 working days: the end of Monday 30 Nov.
    expect(done.dueAt).toEqual(new Date('2026-11-30T15:59:59.000Z'));
    expect(t.get(DemandRepository).addHistory.mock.calls[0]![1]).toMatchObject({
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      actorName: '合作社 沈建国',
    });
    const [, recipients, notice] = t.get(NotificationService).notifyAll.mock.calls[0]!;
    expect([...recipients]).toEqual(['acc-local']);
    expect(notice).toEqual({
      kind: 'DEMAND_SUBMIT',
      title: '新需求待受理：番茄灰霉病防治',
      body: '需求 XQ-2026-310116-0001 已提交，请在 5 个工作日内受理。',
    });
    const [, name, payload, options] = t.get(AppOutbox).add.mock.calls[0]!;
    expect(name).toBe('demand.deadline');
    expect(payload).toEqual({
      demandId: d.id,
      status: 'SUBMITTED',
      dueAt: '2026-11-30T15:59:59.000Z',
      level: 1,
    });
    expect(options).toEqual({
      jobId: `demand-deadline-${d.id}-SUBMITTED-${Date.parse('2026-11-30T15:59:59.000Z')}-1`,
      runAt: new Date('2026-11-30T15:59:59.000Z'),
    });
  });

  it('asks the dispatchers when no bureau covers the region', async () => {
    const t = setup();
    t.get(RecipientRepository).bureausCovering.mockResolvedValue([]);
    await t.sut.apply(t.manager, unit, demand('DRAFT'), 'submit');
    expect(t.get(NotificationService).notifyAll.mock.calls[0]![1]).toEqual(['acc-province']);
  });

  it('accepts: the unit and the dispatchers hear of it', async () => {
    const t = setup();
    await t.sut.apply(t.manager, jinshan, demand('SUBMITTED'), 'accept');
    const told = t
      .get(NotificationService)
      .notifyAll.mock.calls.map(([, ids, n]) => `${[...ids]} ${n.title}`);
    expect(told).toEqual([
      'acc-unit 需求已受理：番茄灰霉病防治',
      'acc-province 新需求待派单：番茄灰霉病防治',
    ]);
  });

  it('starts the service as the system, with no timer', async () => {
    const t = setup();
    await t.sut.apply(t.manager, 'SYSTEM', demand('DISPATCHED'), 'startService');
    expect(t.get(DemandRepository).addHistory.mock.calls[0]![1]).toMatchObject({
      actorId: null,
      actorName: '系统',
    });
    expect(t.get(AppOutbox).add).not.toHaveBeenCalled();
  });
});
