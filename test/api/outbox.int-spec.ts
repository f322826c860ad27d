// The one outbox, end to end on a real PostgreSQL and the real queue: every side effect of a use case is a row
// written with the change; a relay that fails after the commit (the queue is down, or the process died between
// handing a job over and recording it) leaves the rows to the sweeper, which produces each effect exactly once;
// a timer whose job the queue lost fires when it is due; and a committed change is never an error for the client
// because the queue did not answer.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '@app/platform';
import { AppOutbox, type DeliveryAdapter, type OutgoingNotification } from '@app/core';
import { OUTBOX_BACKFILL } from '../../libs/platform/src/database/migrations/1765000500000-outbox.js';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { waitFor } from '../support/processes.js';

class Recording implements DeliveryAdapter {
  readonly channel = 'log';
  readonly sent: OutgoingNotification[] = [];
  async deliver(n: OutgoingNotification): Promise<void> {
    this.sent.push(n);
  }
  times(id: string): number {
    return this.sent.filter((n) => n.id === id).length;
  }
}

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z')); // Monday 10:00 in Beijing
const adapter = new Recording();
let t: TestApp;
let outbox: AppOutbox;
const tokens: Record<string, string> = {};

const DEMAND = {
  title: '设施大棚番茄灰霉病绿色防控技术指导',
  description: '合作社 80 亩连栋大棚番茄灰霉病高发，减产约两成，急需专家现场诊断并指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  expertsWanted: 1,
  startDate: '2027-03-01',
  endDate: '2027-03-20',
  contactName: '沈建国',
  contactPhone: '13916001234',
};

async function ok<T = any>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
  const res = await t.gql<T>(query, variables, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].message}`);
  return res.data;
}

async function submittedDemand(title: string): Promise<string> {
  const created = await ok(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
    { i: { ...DEMAND, title } },
    'coop',
  );
  const id = created.createDemand.id as string;
  await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id }, 'coop');
  return id;
}

/** The outbox rows a demand's use cases wrote: its notifications' deliveries and its timers. */
async function rowsOf(demandId: string) {
  return t.runtime.dataSource.query(
    `SELECT o.job_name, o.job_id, o.relayed_at, o.completed_at, o.last_error, o.relay_count FROM outbox o
     WHERE o.payload->>'demandId' = $1
        OR o.payload->>'notificationId' IN (SELECT id::text FROM notifications WHERE link = '/demands/' || $1)
     ORDER BY o.id`,
    [demandId],
  ) as Promise<
    {
      job_name: string;
      job_id: string;
      relayed_at: Date | null;
      completed_at: Date | null;
      last_error: string | null;
      relay_count: number;
    }[]
  >;
}

async function notificationIdsOf(demandId: string): Promise<string[]> {
  const rows: { id: string }[] = await t.runtime.dataSource.query(
    `SELECT id FROM notifications WHERE link = $1`,
    [`/demands/${demandId}`],
  );
  return rows.map((r) => r.id);
}

async function deliveredOnce(ids: string[]): Promise<boolean> {
  return ids.length > 0 && ids.every((id) => adapter.times(id) === 1);
}

beforeAll(async () => {
  t = await startTestApp({ clock, deliveryAdapters: [adapter] });
  outbox = t.app.get(AppOutbox);
  tokens.admin = await t.login('admin');
  const org = await ok(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: '廊下绿野蔬菜合作社', kind: 'UNIT', regionCode: '310116' } },
    'admin',
  );
  const mk = (i: object) =>
    ok(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i }, 'admin');
  await mk({
    username: 'coop',
    password: 'Coop20260',
    role: 'UNIT',
    organizationId: org.createOrganization.id,
  });
  await mk({ username: 'jinshan', password: 'Jinshan2026', role: 'LOCAL', regionCode: '310116' });
  await mk({ username: 'shprov', password: 'Shanghai2026', role: 'PROVINCE', regionCode: '310000' });
  tokens.coop = await t.login('coop', 'Coop20260');
  tokens.jinshan = await t.login('jinshan', 'Jinshan2026');
  tokens.province = await t.login('shprov', 'Shanghai2026');
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

describe('the outbox', () => {
  let submitted: string;

  it('keeps the change when the relay fails after the commit, and the sweep produces each effect exactly once', async () => {
    const add = vi.spyOn(t.runtime.queue, 'add').mockRejectedValue(new Error('queue is down'));
    submitted = await submittedDemand('番茄灰霉病防控技术指导（一号棚）');
    add.mockRestore();

    // Committed: the demand moved on and its effects wait in the outbox, none handed to the queue.
    const [{ status }] = await t.runtime.dataSource.query(`SELECT status FROM demands WHERE id = $1`, [
      submitted,
    ]);
    expect(status).toBe('SUBMITTED');
    const waiting = await rowsOf(submitted);
    expect(waiting.map((r) => r.job_name).sort()).toEqual(['demand.deadline', 'notification.deliver']);
    expect(waiting.every((r) => r.relayed_at === null)).toBe(true);
    expect(waiting.some((r) => r.last_error?.includes('queue is down'))).toBe(true);
    const notices = await notificationIdsOf(submitted);
    expect(notices).toHaveLength(1); // the bureau's "新需求待受理"
    expect(adapter.times(notices[0]!)).toBe(0);

    const report = await outbox.sweep({ graceSeconds: 0 });
    expect(report.relayed).toBeGreaterThanOrEqual(2);
    expect(await waitFor(() => deliveredOnce(notices), 20_000)).toBe(true);
    const deadline = (await rowsOf(submitted)).find((r) => r.job_name === 'demand.deadline')!;
    expect(await t.runtime.queue.jobState(deadline.job_id)).toBe('delayed');

    // Sweeping again, and again, changes nothing: one delivery, one timer.
    await outbox.sweep({ graceSeconds: 0 });
    await outbox.sweep({ graceSeconds: 0 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await deliveredOnce(notices)).toBe(true);
    expect((await rowsOf(submitted)).filter((r) => r.job_name === 'demand.deadline')).toHaveLength(1);
  });

  it('deduplicates by job id when the process died after handing a job over but before recording it', async () => {
    const before = await notificationIdsOf(submitted);
    const real = t.runtime.queue.add.bind(t.runtime.queue);
    // The queue takes the job, then the relay "dies" before it can record that it did.
    const add = vi.spyOn(t.runtime.queue, 'add').mockImplementation(async (...args) => {
      await real(...args);
      throw new Error('process killed');
    });
    await ok(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: submitted }, 'jinshan');
    add.mockRestore();
    const unrecorded = (await rowsOf(submitted)).filter((r) => r.relayed_at === null);
    expect(unrecorded.length).toBeGreaterThan(0);

    // The bureau's "新需求待受理", and now the unit's "需求已受理" and the dispatcher's "新需求待派单".
    const notices = await notificationIdsOf(submitted);
    expect(notices).toHaveLength(3);
    // The job the queue took runs, though the relay never recorded it (it stopped at that failure).
    const fresh = notices.filter((id) => !before.includes(id));
    expect(await waitFor(() => fresh.some((id) => adapter.times(id) === 1), 20_000)).toBe(true);
    // The sweeper hands the same rows over again under the same job ids: the queue runs none of them twice.
    expect((await outbox.sweep({ graceSeconds: 0 })).relayed).toBeGreaterThan(0);
    expect(await waitFor(() => deliveredOnce(notices), 20_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await deliveredOnce(notices)).toBe(true);
    expect(
      await waitFor(
        async () =>
          (await rowsOf(submitted))
            .filter((r) => r.job_name === 'notification.deliver')
            .every((r) => r.completed_at),
        20_000,
      ),
    ).toBe(true);
  });

  it('fires a timer whose job the queue lost, once it is due', async () => {
    const id = await submittedDemand('番茄灰霉病防控技术指导（二号棚）');
    const timer = (await rowsOf(id)).find((r) => r.job_name === 'demand.deadline')!;
    expect(await t.runtime.queue.jobState(timer.job_id)).toBe('delayed');
    await t.runtime.queue.removeJob(timer.job_id); // lost: Redis restarted without its data, a job deleted by hand …
    expect(await t.runtime.queue.jobState(timer.job_id)).toBeNull();

    // Not due yet: the sweeper leaves it (it looks at timers once they are due).
    expect((await outbox.sweep({ graceSeconds: 0 })).restored).toBe(0);
    const [{ due_at }] = await t.runtime.dataSource.query(`SELECT due_at FROM demands WHERE id = $1`, [id]);
    clock.set(new Date(new Date(due_at).getTime() + 60_000));
    const report = await outbox.sweep({ graceSeconds: 0 });
    expect(report.restored).toBe(1);
    const overdue = await waitFor(async () => {
      const [row] = await t.runtime.dataSource.query(`SELECT overdue_at FROM demands WHERE id = $1`, [id]);
      return row.overdue_at !== null;
    }, 20_000);
    expect(overdue).toBe(true);
    const alerts: { title: string }[] = await t.runtime.dataSource.query(
      `SELECT title FROM notifications WHERE kind = 'DEMAND_OVERDUE' AND link = $1`,
      [`/demands/${id}`],
    );
    expect(alerts.length).toBeGreaterThan(0);
    expect(
      await waitFor(
        async () => !!(await rowsOf(id)).find((r) => r.job_id === timer.job_id)?.completed_at,
        20_000,
      ),
    ).toBe(true);
    expect((await outbox.sweep({ graceSeconds: 0 })).restored).toBe(0);
  });

  it('answers a committed merge as done when the queue does not answer, and delivers its notice later', async () => {
    clock.set(new Date('2026-11-23T02:00:00Z'));
    const duplicate = await submittedDemand('黄瓜霜霉病防治指导（重复提交）');
    const target = await submittedDemand('黄瓜霜霉病防治技术指导');
    // The queue hangs (e.g. Redis unreachable): it never answers.
    const add = vi.spyOn(t.runtime.queue, 'add').mockImplementation(() => new Promise<string>(() => {}));
    const res = await t.gql(
      `mutation($id: ID!, $into: ID!) { mergeDemand(id: $id, intoId: $into, reason: "同一问题重复提交") { status } }`,
      { id: duplicate, into: target },
      tokens.jinshan,
    );
    add.mockRestore();
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeDemand.status).toBe('CANCELLED');
    const [row] = await t.runtime.dataSource.query(
      `SELECT status, merged_into_id FROM demands WHERE id = $1`,
      [duplicate],
    );
    expect(row).toEqual({ status: 'CANCELLED', merged_into_id: target });

    await outbox.sweep({ graceSeconds: 0 });
    const notice: { id: string; title: string; body: string }[] = await t.runtime.dataSource.query(
      `SELECT id, title, body FROM notifications WHERE kind = 'DEMAND_MERGE' AND link = $1`,
      [`/demands/${duplicate}`],
    );
    expect(notice).toHaveLength(1);
    expect(notice[0]!.title).toBe('需求已合并：黄瓜霜霉病防治指导（重复提交）');
    expect(await waitFor(() => deliveredOnce([notice[0]!.id]), 20_000)).toBe(true);
  }, 60_000);

  it('brings what an existing installation waits for into the outbox on upgrade, under the services’ own job ids', async () => {
    const waiting = await submittedDemand('番茄灰霉病防控技术指导（三号棚）');
    const served = await submittedDemand('番茄灰霉病防控技术指导（四号棚）');
    await ok(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: served }, 'jinshan');
    const expert = await ok(
      `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
      {
        i: {
          name: '陆文涛',
          employer: '上海市农业科学院',
          title: '研究员',
          titleLevel: 'SENIOR',
          fields: ['AGRICULTURE'],
          specialties: '设施蔬菜病害绿色防控',
          regionCode: '310116',
        },
      },
      'province',
    );
    await ok(
      `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { id } }`,
      {
        i: {
          demandIds: [served],
          name: '四号棚番茄病害服务团',
          level: 'MUNICIPAL',
          leadExpertId: expert.upsertExpert.id,
          memberExpertIds: [],
          startDate: '2027-03-02',
          endDate: '2027-03-10',
        },
      },
      'province',
    );
    const timers = async () =>
      t.runtime.dataSource.query(
        `SELECT job_name, job_id, payload, run_at FROM outbox
         WHERE (job_name = 'demand.deadline' AND payload->>'demandId' = $1)
            OR (job_name = 'invitation.deadline' AND payload->>'assignmentId' IN
                (SELECT a.id::text FROM assignments a JOIN team_demands td ON td.team_id = a.team_id WHERE td.demand_id = $2))
         ORDER BY job_name`,
        [waiting, served],
      );
    const written = await timers();
    expect(written.map((r: { job_name: string }) => r.job_name)).toEqual([
      'demand.deadline',
      'invitation.deadline',
    ]);
    // An installation from before the outbox had the same waiting work, but no rows for it.
    await t.runtime.dataSource.query(`DELETE FROM outbox WHERE job_id = ANY($1)`, [
      written.map((r: { job_id: string }) => r.job_id),
    ]);
    for (const sql of OUTBOX_BACKFILL) await t.runtime.dataSource.query(sql);
    expect(await timers()).toEqual(written);
  });
});
