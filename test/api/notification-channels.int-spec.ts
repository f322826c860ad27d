// Notifications that reach people: e-mail through a real SMTP conversation (an in-process smtp-server), SMS
// through the Aliyun SendSms API (a local fake that checks every signature), each only for the topics the account
// chose; a provider that keeps failing is retried, then shown to the admin, who sends it again. Handling the matter
// marks its notices read, and the home page lists what waits on each role.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationService } from '@app/core';
import { waitFor } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-server.js';

// ---- an SMTP server that keeps what it receives ----------------------------------------------------------------

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?) in a header. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const s = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseMail(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { to, subject: decodeWords(header('Subject')), text: text.replace(/\r\n/g, '\n').trim() };
}

const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(
    stream: NodeJS.ReadableStream,
    session: { envelope: { rcptTo: { address: string }[] } },
    done: (err?: Error) => void,
  ) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      mails.push(
        parseMail(
          Buffer.concat(chunks).toString('utf8'),
          session.envelope.rcptTo.map((r) => r.address),
        ),
      );
      done();
    });
  },
});

// ---- a fake of Aliyun's SendSms that checks the signature -------------------------------------------------------

const SECRET = 'test-secret-不公开';
interface Sms {
  phone: string;
  params: Record<string, string>;
}
const sms: Sms[] = [];
const smsCalls: { phone: string; ok: boolean }[] = [];
let smsMode: 'ok' | 'throttled' = 'ok';

/** RFC 3986 encoding byte by byte (written apart from the app's, so the two check each other). */
function rfc3986(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function expectedSignature(query: URLSearchParams): string {
  const pairs = [...query.entries()]
    .filter(([k]) => k !== 'Signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
  return createHmac('sha1', `${SECRET}&`)
    .update(`GET&${rfc3986('/')}&${rfc3986(canonical)}`)
    .digest('base64');
}

const seenNonces = new Set<string>();
const aliyun: Server = createServer((req, res) => {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const reply = (status: number, body: object) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const nonce = query.get('SignatureNonce') ?? '';
  if (
    query.get('AccessKeyId') !== 'LTAI-test' ||
    query.get('SignatureMethod') !== 'HMAC-SHA1' ||
    query.get('SignatureVersion') !== '1.0' ||
    !nonce ||
    seenNonces.has(nonce) ||
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(query.get('Timestamp') ?? '') ||
    query.get('Signature') !== expectedSignature(query)
  ) {
    return reply(400, {
      Code: 'SignatureDoesNotMatch',
      Message: 'Specified signature is not matched with our calculation.',
    });
  }
  seenNonces.add(nonce);
  const phone = query.get('PhoneNumbers') ?? '';
  if (query.get('Action') !== 'SendSms' || query.get('Version') !== '2017-05-25')
    return reply(400, { Code: 'InvalidAction' });
  if (query.get('SignName') !== '专家服务基层' || query.get('TemplateCode') !== 'SMS_900001')
    return reply(400, { Code: 'isv.SMS_TEMPLATE_ILLEGAL' });
  if (smsMode === 'throttled') {
    smsCalls.push({ phone, ok: false });
    return reply(200, {
      Code: 'isv.BUSINESS_LIMIT_CONTROL',
      Message: '触发小时级流控Permits:5',
      RequestId: 'r',
    });
  }
  smsCalls.push({ phone, ok: true });
  sms.push({ phone, params: JSON.parse(query.get('TemplateParam') ?? '{}') });
  reply(200, { Code: 'OK', Message: 'OK', BizId: '900001^0', RequestId: 'r' });
});

// ---- the app ---------------------------------------------------------------------------------------------------

let t: TestApp;
const tokens: Record<string, string> = {};

async function gqlOk<T = any>(query: string, vars: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, vars, token);
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}

const PREFS = `mutation($i: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $i) {
  email mobile emailTopics smsTopics availableChannels topics { key label } } }`;
const TODOS = `{ myTodos(first: 50) { key title total emptyText moreLink items { id title detail link overdue } } }`;
const UNREAD = `{ unreadNotificationCount }`;

const DEMAND = {
  title: '设施番茄灰霉病绿色防控技术指导',
  description: '合作社 80 亩连栋大棚番茄灰霉病高发，减产约两成，需要专家到现场诊断并指导绿色防控。',
  fields: ['AGRICULTURE'],
  serviceForms: ['TECH_GUIDANCE'],
  expertsWanted: 1,
  startDate: '2027-04-01',
  endDate: '2027-04-10',
  expectedDays: 3,
  contactName: '沈建国',
  contactPhone: '13916001234',
};

async function newDemand(title = DEMAND.title): Promise<{ id: string; code: string }> {
  const created = await gqlOk(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id code } }`,
    { i: { ...DEMAND, title } },
    tokens.unit!,
  );
  await gqlOk(
    `mutation($id: ID!) { submitDemand(id: $id) { status } }`,
    { id: created.createDemand.id },
    tokens.unit!,
  );
  return created.createDemand;
}

const todos = async (who: string) => (await gqlOk(TODOS, {}, tokens[who]!)).myTodos as any[];
const unread = async (who: string) =>
  (await gqlOk(UNREAD, {}, tokens[who]!)).unreadNotificationCount as number;
const sectionOf = async (who: string, key: string) => (await todos(who)).find((s) => s.key === key);

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => aliyun.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const smsPort = (aliyun.address() as AddressInfo).port;
  t = await startTestApp({
    demo: true,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: '专家服务平台 <noreply@zj.example.gov.cn>',
      PUBLIC_URL: 'https://zj.example.gov.cn',
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-test',
      ALIYUN_SMS_ACCESS_KEY_SECRET: SECRET,
      ALIYUN_SMS_SIGN_NAME: '专家服务基层',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_900001',
      ALIYUN_SMS_ENDPOINT: `http://127.0.0.1:${smsPort}`,
    },
  });
  for (const who of ['admin', 'local', 'unit', 'unit2', 'province', 'expert', 'expert2'])
    tokens[who] = await t.login(who);
}, 180_000);

afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => aliyun.close(() => resolve()));
});

describe('notification channels', () => {
  let demand: { id: string; code: string };
  let assignmentId: string;

  it('lets each account choose topics per channel, refusing what cannot be sent and writing nothing then', async () => {
    const rows = async () =>
      (await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM notification_preferences`))[0].n;
    const bad = await t.gql(
      PREFS,
      { i: { email: 'not-an-address', mobile: null, emailTopics: ['TODO'], smsTopics: ['APPROVAL'] } },
      tokens.unit,
    );
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toBe(
      '电子邮件地址格式不正确，例如 zhangsan@example.com；选择了短信通知，请填写手机号',
    );
    const unknown = await t.gql(
      PREFS,
      { i: { emailTopics: [], smsTopics: ['EVERYTHING'], mobile: '13800138000' } },
      tokens.unit,
    );
    expect(unknown.errors![0].message).toBe('没有这种通知类别：EVERYTHING');
    expect(await rows()).toBe(0);

    const local = await gqlOk(
      PREFS,
      { i: { email: ' local@zj.example.gov.cn ', emailTopics: ['TODO', 'OVERDUE'], smsTopics: [] } },
      tokens.local!,
    );
    expect(local.updateMyNotificationPreferences).toMatchObject({
      email: 'local@zj.example.gov.cn',
      emailTopics: ['TODO', 'OVERDUE'],
      availableChannels: ['EMAIL', 'SMS'],
    });
    expect(local.updateMyNotificationPreferences.topics.map((x: any) => x.key)).toContain('INVITATION');
    await gqlOk(
      PREFS,
      { i: { mobile: '138 0013 8000', emailTopics: [], smsTopics: ['APPROVAL'] } },
      tokens.unit!,
    );
    await gqlOk(
      PREFS,
      {
        i: {
          email: 'shen@example.com',
          mobile: '13900139000',
          emailTopics: ['INVITATION'],
          smsTopics: ['INVITATION'],
        },
      },
      tokens.expert2!,
    );
    const mine = await gqlOk(
      `{ myNotificationPreferences { mobile smsTopics emailTopics } }`,
      {},
      tokens.unit!,
    );
    expect(mine.myNotificationPreferences).toEqual({
      mobile: '13800138000',
      smsTopics: ['APPROVAL'],
      emailTopics: [],
    });
    expect(await rows()).toBe(3);
  });

  it('e-mails a submitted demand to the bureau that asked for 新待办, in words a clerk would write', async () => {
    const before = await unread('local');
    demand = await newDemand();
    expect(await waitFor(() => mails.some((m) => m.subject.includes(DEMAND.title)), 20_000)).toBe(true);
    const mail = mails.find((m) => m.subject.includes(DEMAND.title))!;
    expect(mail).toEqual({
      to: ['local@zj.example.gov.cn'],
      subject: `【专家服务基层】新需求待受理：${DEMAND.title}`,
      text:
        `需求 ${demand.code} 已提交，请在 5 个工作日内受理。\n\n查看详情：https://zj.example.gov.cn/demands/${demand.id}\n\n` +
        '此邮件由专家服务基层平台自动发送，请勿直接回复。您可以在平台“通知设置”中修改接收方式。',
    });
    expect(await unread('local')).toBe(before + 1);
    // The unit chose SMS for approvals only: nothing went to it for this step.
    expect(smsCalls).toEqual([]);
    const toAccept = await sectionOf('local', 'TO_ACCEPT');
    expect(toAccept).toMatchObject({ title: '待受理', moreLink: '/review' });
    expect(toAccept.items).toContainEqual(
      expect.objectContaining({ id: demand.id, link: `/demands/${demand.id}`, overdue: false }),
    );
  });

  it('marks the bureau’s notice read when the demand is accepted, and texts the unit through the signed API', async () => {
    const before = await unread('local');
    await gqlOk(
      `mutation($id: ID!) { acceptDemand(id: $id, note: "情况属实") { status } }`,
      { id: demand.id },
      tokens.local!,
    );
    // The notice about this demand is read by reference to the demand: the bell drops by one.
    expect(await unread('local')).toBe(before - 1);
    const [row] = await t.runtime.dataSource.query(
      `SELECT n.read_at FROM notifications n JOIN accounts a ON a.id = n.recipient_id
       WHERE a.username = 'local' AND n.subject_id = $1 AND n.kind = 'DEMAND_SUBMIT'`,
      [demand.id],
    );
    expect(row.read_at).not.toBeNull();
    expect((await sectionOf('local', 'TO_ACCEPT')).items.map((i: any) => i.id)).not.toContain(demand.id);

    expect(await waitFor(() => sms.length > 0, 20_000)).toBe(true);
    expect(sms).toEqual([
      {
        phone: '13800138000',
        params: {
          title: `需求已受理：${DEMAND.title}`,
          content: `属地人社局已受理需求 ${demand.code}，等待省厅派单。`,
        },
      },
    ]);
    const toDispatch = await sectionOf('province', 'TO_DISPATCH');
    expect(toDispatch.items).toContainEqual(
      expect.objectContaining({ id: demand.id, link: `/dispatch/${demand.id}` }),
    );
  });

  it('invites by SMS and e-mail; answering drops the expert’s bell and lists the decline for the dispatcher', async () => {
    const [{ expert_id: shen }] = await t.runtime.dataSource.query(
      `SELECT expert_id FROM accounts WHERE username = 'expert2'`,
    );
    const res = await gqlOk(
      `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { id assignments { id expert { id } } } }`,
      {
        i: {
          name: '灰霉病绿色防控服务团',
          level: 'MUNICIPAL',
          demandIds: [demand.id],
          leadExpertId: shen,
          memberExpertIds: [],
          startDate: '2027-04-01',
          endDate: '2027-04-10',
        },
      },
      tokens.province!,
    );
    assignmentId = res.dispatchTeam.assignments[0].id;
    expect(
      await waitFor(
        () =>
          sms.some((s) => s.phone === '13900139000') && mails.some((m) => m.to.includes('shen@example.com')),
        20_000,
      ),
    ).toBe(true);
    expect(mails.find((m) => m.to.includes('shen@example.com'))!.subject).toBe(
      '【专家服务基层】服务团邀请：灰霉病绿色防控服务团',
    );
    const invitations = await sectionOf('expert2', 'INVITATIONS');
    expect(invitations.items).toContainEqual(
      expect.objectContaining({ id: assignmentId, link: '/invitations' }),
    );

    const before = await unread('expert2');
    await gqlOk(
      `mutation($id: ID!) { respondInvitation(assignmentId: $id, accept: false, reason: "四月另有科研任务") { status } }`,
      { id: assignmentId },
      tokens.expert2!,
    );
    expect(await unread('expert2')).toBe(before - 1);
    expect((await sectionOf('expert2', 'INVITATIONS')).items.map((i: any) => i.id)).not.toContain(
      assignmentId,
    );

    const declined = await sectionOf('province', 'DECLINED');
    expect(declined.items).toContainEqual(
      expect.objectContaining({
        id: assignmentId,
        title: '灰霉病绿色防控服务团',
        detail: expect.stringMatching(/^沈丽萍 婉拒了邀请，原因：四月另有科研任务$/),
      }),
    );
    // Closing the declined place settles the dispatcher's notice too.
    const provinceBefore = await unread('province');
    await gqlOk(
      `mutation($id: ID!) { withdrawInvitation(assignmentId: $id, reason: "改派其他专家") { status } }`,
      { id: assignmentId },
      tokens.province!,
    );
    expect(await unread('province')).toBe(provinceBefore - 1);
    expect((await sectionOf('province', 'DECLINED')).items.map((i: any) => i.id)).not.toContain(assignmentId);

    // Only those who chose a channel got anything through it: the dispatcher, the bureau's other notices and the
    // expert's reminders stayed in the app.
    expect([...new Set(mails.flatMap((m) => m.to))].sort()).toEqual([
      'local@zj.example.gov.cn',
      'shen@example.com',
    ]);
    expect([...new Set(sms.map((m) => m.phone))].sort()).toEqual(['13800138000', '13900139000']);
    expect(mails.filter((m) => m.to.includes('local@zj.example.gov.cn')).map((m) => m.subject)).toEqual([
      `【专家服务基层】新需求待受理：${DEMAND.title}`,
    ]);
  });

  it('retries a failing SMS provider with backoff, then shows the failure to the admin, who sends it again', async () => {
    smsMode = 'throttled';
    const [{ id: unitId }] = await t.runtime.dataSource.query(
      `SELECT id FROM accounts WHERE username = 'unit'`,
    );
    const id = await t.app.get(NotificationService).send({
      recipientId: unitId,
      kind: 'DEMAND_RETURN',
      title: '需求已退回修改：测试短信重试',
      body: '需求 XQ-TEST 被退回，请按意见修改后重新提交。',
      link: '/demands',
    });
    const failureOf = async () =>
      (
        await t.runtime.dataSource.query(
          `SELECT attempts, status, last_error FROM notification_deliveries WHERE notification_id = $1 AND channel = 'sms'`,
          [id],
        )
      )[0];
    // Three tries (1 s, then 2 s apart), each recorded; then the job rests.
    expect(await waitFor(async () => (await failureOf())?.attempts === 3, 30_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await failureOf()).toMatchObject({ attempts: 3, status: 'FAILED' });
    expect(smsCalls.filter((c) => !c.ok)).toHaveLength(3);

    const LIST = `{ notificationDeliveryFailures { total items { notificationId channel attempts lastError title recipientUsername } } }`;
    expect((await t.gql(LIST, {}, tokens.unit)).errors![0].extensions.code).toBe('FORBIDDEN');
    const listed = (await gqlOk(LIST, {}, tokens.admin!)).notificationDeliveryFailures;
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toEqual({
      notificationId: id,
      channel: 'sms',
      attempts: 3,
      lastError: '短信发送失败（HTTP 200，isv.BUSINESS_LIMIT_CONTROL）：触发小时级流控Permits:5',
      title: '需求已退回修改：测试短信重试',
      recipientUsername: 'unit',
    });
    expect(await sectionOf('admin', 'DELIVERY_FAILURES')).toMatchObject({
      total: 1,
      moreLink: '/admin/delivery-failures',
    });

    smsMode = 'ok';
    const RETRY = `mutation($id: ID!, $c: String!) { retryNotificationDelivery(notificationId: $id, channel: $c) }`;
    expect((await t.gql(RETRY, { id, c: 'sms' }, tokens.unit)).errors![0].extensions.code).toBe('FORBIDDEN');
    await gqlOk(RETRY, { id, c: 'sms' }, tokens.admin!);
    expect(await waitFor(async () => (await failureOf())?.status === 'SENT', 20_000)).toBe(true);
    expect(sms.filter((s) => s.params.title === '需求已退回修改：测试短信重试')).toHaveLength(1);
    expect((await gqlOk(LIST, {}, tokens.admin!)).notificationDeliveryFailures.total).toBe(0);
    const again = await t.gql(RETRY, { id, c: 'sms' }, tokens.admin);
    expect(again.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('home to-do lists', () => {
  it('give the unit what was returned to it and what waits for its rating, one click from each', async () => {
    const returned = await newDemand('请补充大棚面积后重新提交的需求');
    await gqlOk(
      `mutation($id: ID!) { returnDemand(id: $id, reason: "请补充大棚面积。") { status } }`,
      { id: returned.id },
      tokens.local!,
    );
    const section = await sectionOf('unit', 'RETURNED');
    expect(section).toMatchObject({ title: '被退回待修改' });
    expect(section.items).toContainEqual(
      expect.objectContaining({
        id: returned.id,
        link: `/demands/${returned.id}/edit`,
        detail: `${returned.code}，退回意见：请补充大棚面积。`,
      }),
    );
    // The demo's 莎车 clinic has a delivered service waiting for its rating.
    const toRate = await sectionOf('unit2', 'TO_EVALUATE');
    expect(toRate.total).toBeGreaterThan(0);
    expect(toRate.items[0].link).toMatch(/^\/demands\/[0-9a-f-]{36}$/);
    // Nothing of another unit's.
    const unitIds = (await sectionOf('unit', 'TO_EVALUATE')).items.map((i: any) => i.id);
    for (const item of toRate.items) expect(unitIds).not.toContain(item.id);
  });

  it('gives the lead expert the team to log, and the sections each role expects', async () => {
    const batches = await sectionOf('expert', 'BATCHES');
    expect(batches.items).toContainEqual(
      expect.objectContaining({
        title: '廊下设施蔬菜绿色生产专家服务团',
        link: expect.stringMatching(/^\/teams\/[0-9a-f-]{36}\/batches\/new$/),
      }),
    );
    expect((await todos('expert')).map((s) => s.key)).toEqual(['INVITATIONS', 'BATCHES']);
    // 待审核的单位注册 joins 待受理 where the registration feature's table exists (the last test here).
    expect((await todos('local')).map((s) => s.key).filter((k) => k !== 'REGISTRATIONS')).toEqual([
      'TO_ACCEPT',
    ]);
    expect((await todos('province')).map((s) => s.key)).toEqual(['TO_DISPATCH', 'DECLINED']);
    expect((await todos('unit')).map((s) => s.key)).toEqual(['TO_EVALUATE', 'RETURNED']);
    // A partner county's bureau sees nothing of 金山区's queue.
    const other = await t.login('local2');
    const theirs = (await t.gql(TODOS, {}, other)).data.myTodos[0].items.map((i: any) => i.link);
    const ours = (await sectionOf('local', 'TO_ACCEPT')).items.map((i: any) => i.link);
    for (const link of ours) expect(theirs).not.toContain(link);
  });

  it('lists pending unit registrations for the bureau of their region once the registration table exists', async () => {
    const db = t.runtime.dataSource;
    const [{ present }] = await db.query(`SELECT to_regclass('unit_registrations') IS NOT NULL AS present`);
    if (!present) {
      // The registration feature (#13.2) is built on another branch: its table, reduced to what the list reads.
      await db.query(`CREATE TABLE unit_registrations (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name varchar(200) NOT NULL,
        credit_code varchar(18) NOT NULL, region_code varchar(6) NOT NULL, contact_name varchar(32) NOT NULL, mobile varchar(11) NOT NULL,
        username varchar(32) NOT NULL, password_hash varchar(200) NOT NULL, status varchar(10) NOT NULL DEFAULT 'PENDING',
        created_at timestamptz NOT NULL DEFAULT now())`);
    }
    const register = (name: string, code: string, region: string, username: string) =>
      db.query(
        `INSERT INTO unit_registrations (name, credit_code, region_code, contact_name, mobile, username, password_hash)
         VALUES ($1, $2, $3, '王会计', '13700137000', $4, 'x')`,
        [name, code, region, username],
      );
    await register('廊下镇农业服务中心', '12310116MB0000001X', '310116', 'langxia-reg');
    await register('荒地镇卫生院', '12653125MB0000002X', '653125', 'huangdi-reg');
    const mine = await sectionOf('local', 'REGISTRATIONS');
    expect(mine).toMatchObject({ title: '待审核的单位注册', total: 1 });
    expect(mine.items.map((i: any) => [i.title, i.detail])).toEqual([
      ['廊下镇农业服务中心', '统一社会信用代码 12310116MB0000001X，联系人 王会计'],
    ]);
    const other = (await t.gql(TODOS, {}, await t.login('local2'))).data.myTodos;
    expect(other.find((x: any) => x.key === 'REGISTRATIONS').items.map((i: any) => i.title)).toEqual([
      '荒地镇卫生院',
    ]);
  });
});
