// The job round trip on both BullMQ backends, through the real notification job: enqueue, deliver, retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { JobQueue } from '@app/platform';
import { AppOutbox, NotificationService, type DeliveryAdapter, type OutgoingNotification } from '@app/core';
import { startTestApp, type TestApp } from '../support/test-server.js';
import { createTestDatabase } from '../support/test-database.js';
import { waitFor } from '../support/processes.js';

const redisUrl = process.env.REDIS_URL ?? null;
const requireAll = process.env.REQUIRE_ALL_BACKENDS === '1';

class RecordingAdapter implements DeliveryAdapter {
  readonly sent: OutgoingNotification[] = [];
  calls = 0;
  constructor(
    readonly channel: string,
    private failuresLeft = 0,
  ) {}
  async deliver(n: OutgoingNotification): Promise<void> {
    this.calls++;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error(`${this.channel} gateway unavailable`);
    }
    this.sent.push(n);
  }
}

const backends: { name: 'postgres' | 'redis'; url: string | null }[] = [
  { name: 'postgres', url: null },
  { name: 'redis', url: redisUrl },
];

it('runs the Redis suite when CI asks for every backend', () => {
  if (requireAll) expect(redisUrl, 'REQUIRE_ALL_BACKENDS=1 but REDIS_URL is not set').toBeTruthy();
  expect(inject('pgAdminUrl')).toMatch(/^postgres/);
});

for (const backend of backends) {
  describe.skipIf(backend.name === 'redis' && !backend.url)(`jobs on the ${backend.name} backend`, () => {
    it('delivers a typed job to its handler exactly once, even when enqueued twice with the same id', async () => {
      const db = await createTestDatabase();
      type Map = { 'demo.echo': { text: string } };
      const queue = new JobQueue<Map>({
        redisUrl: backend.url,
        databaseUrl: db.url,
        queueName: `rt-${randomBytes(4).toString('hex')}`,
      });
      const seen: string[] = [];
      try {
        await queue.ready();
        queue.startWorker({ 'demo.echo': async ({ text }) => void seen.push(text) });
        await queue.add('demo.echo', { text: '你好' }, { jobId: 'once' });
        await queue.add('demo.echo', { text: '你好' }, { jobId: 'once' });
        await queue.add('demo.echo', { text: '再见' });
        expect(await waitFor(() => seen.length >= 2, 20_000)).toBe(true);
        await new Promise((r) => setTimeout(r, 500));
        expect(seen.sort()).toEqual(['你好', '再见']);
        expect(queue.backend).toBe(backend.name);
      } finally {
        await queue.close();
        await db.drop();
      }
    });

    describe('notification delivery', () => {
      let t: TestApp;
      const log = new RecordingAdapter('log');
      const sms = new RecordingAdapter('sms', 1);

      beforeAll(async () => {
        t = await startTestApp({ env: { REDIS_URL: backend.url ?? '' }, deliveryAdapters: [log, sms] });
      });
      afterAll(() => t?.close());

      it('retries a failed delivery without sending twice through the channel that already worked', async () => {
        expect(t.runtime.queue.backend).toBe(backend.name);
        const [admin] = await t.runtime.dataSource.query(`SELECT id FROM accounts WHERE username = 'admin'`);
        const notifications = t.app.get(NotificationService);
        const id = await notifications.send({
          recipientId: admin.id,
          kind: 'TEST',
          title: '测试通知',
          body: '请查收',
          dedupeKey: 'retry-test',
        });
        expect(id).toBeTruthy();
        const delivered = await waitFor(async () => {
          const [row] = await t.runtime.dataSource.query(
            `SELECT delivered_at FROM notifications WHERE id = $1`,
            [id],
          );
          return row.delivered_at !== null;
        }, 30_000);
        expect(delivered).toBe(true);
        expect(sms.calls).toBe(2); // failed once, then succeeded on the retry
        expect(log.sent.map((n) => n.id)).toEqual([id]); // not again on the retry
        expect(sms.sent.map((n) => n.title)).toEqual(['测试通知']);
        const [{ attempts }] = await t.runtime.dataSource.query(
          `SELECT delivery_attempts AS attempts FROM notifications WHERE id = $1`,
          [id],
        );
        expect(attempts).toBe(2);

        // The same notification again (a duplicate job, a sweep): nothing more is sent.
        expect(await notifications.deliver(id!)).toBe('already');
        await t.app.get(AppOutbox).sweep({ graceSeconds: 0 });
        await new Promise((r) => setTimeout(r, 1000));
        expect(log.sent).toHaveLength(1);
        // The same dedupe key writes no second notification.
        expect(
          await notifications.send({
            recipientId: admin.id,
            kind: 'TEST',
            title: '测试通知',
            body: '请查收',
            dedupeKey: 'retry-test',
          }),
        ).toBeNull();
      });

      it('serves the inbox: the unread list, the count, and marking only one’s own as read', async () => {
        const token = await t.login('admin');
        const inbox = await t.gql(
          `{ notifications(unreadOnly: true) { id title readAt } unreadNotificationCount }`,
          {},
          token,
        );
        expect(inbox.data.unreadNotificationCount).toBe(1);
        expect(inbox.data.notifications[0]).toMatchObject({ title: '测试通知', readAt: null });
        const other = await t.gql(
          `mutation { markNotificationsRead(ids: ["00000000-0000-0000-0000-000000000001"]) }`,
          {},
          token,
        );
        expect(other.data.markNotificationsRead).toBe(0);
        const bad = await t.gql(`mutation { markNotificationsRead(ids: ["x"]) }`, {}, token);
        expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
        const marked = await t.gql(
          `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
          { ids: [inbox.data.notifications[0].id] },
          token,
        );
        expect(marked.data.markNotificationsRead).toBe(1);
        const after = await t.gql(
          `{ notifications(unreadOnly: true) { id } all: notifications { readAt } unreadNotificationCount }`,
          {},
          token,
        );
        expect(after.data.unreadNotificationCount).toBe(0);
        expect(after.data.notifications).toEqual([]);
        expect(after.data.all[0].readAt).not.toBeNull();
      });
    });
  });
}
