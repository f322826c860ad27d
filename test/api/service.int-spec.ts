// Service execution through GraphQL on the demo data, with the clock fixed on Monday 23 Nov 2026: batches logged,
// refused and corrected; the 5-day rule and its override; the unit's evaluation, reminders and follow-ups; the
// survey and the annex 3 list read back from their xlsx; the CE record across weekends; certificates checked
// publicly; funding caps; photos behind signed links; and who may do each of these.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, readXlsxRows } from '@app/platform';
import { EvaluationService } from '@app/core';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-server.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z')); // Monday 10:00 in Beijing
let t: TestApp;
const tokens: Record<string, string> = {};
const ROLES = ['admin', 'province', 'local', 'local2', 'unit', 'unit2', 'expert', 'expert2'] as const;

// The demo's team in service (period 2026-11-03 … 2026-12-13), its demand, and the experts on it.
let team: { id: string; name: string; demandId: string; lead: string; shen: string; third: string };
let pigTeam: { id: string; demandId: string };
let shacheDemandId: string;
let zhou: string;

async function ok<T = any>(query: string, vars: Record<string, unknown>, who: string): Promise<T> {
  const res = await t.gql<T>(query, vars, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data;
}
async function refused(
  query: string,
  vars: Record<string, unknown>,
  who: string | null,
): Promise<{ code: string; message: string; reason?: string; fields?: Record<string, string> }> {
  const res = await t.gql(query, vars, who ? tokens[who] : null);
  expect(res.errors, `${who} should have been refused`).toBeDefined();
  const e = res.errors![0];
  return {
    code: e.extensions?.code,
    message: e.message,
    reason: e.extensions?.reason,
    fields: e.extensions?.fieldErrors,
  };
}

const LOG = `mutation($i: ServiceBatchInput!) { logServiceBatch(input: $i) { id batchKey version current days regionName keyAssistance experts { name } photos { id url } activities { label count } problemsSolved } }`;
const CORRECT = `mutation($id: ID!, $i: ServiceBatchInput!, $r: String!) { correctServiceBatch(id: $id, input: $i, reason: $r) { id batchKey version current days correctionReason } }`;
const BATCHES = `query($t: ID, $d: ID) { serviceBatches(teamId: $t, demandId: $d) { id version days } }`;
const COMPLETE = `mutation($id: ID!, $r: String) { completeDemand(id: $id, overrideReason: $r) { id status deliveredAt completionOverride history { toStatus note } } }`;
const EVALUATE = `mutation($i: EvaluationInput!) { evaluateService(input: $i) { id overall problemSolved followUps { afterDays dueOn open } } }`;
const SURVEY = `query($t: ID!) { teamSurvey(teamId: $t) { batchCount totalDays serviceMode expertHeadcount expertPersonTimes countyCount cityCount unitCount totalSessions
  byTitleLevel { key count } outcomes { item value texts } activities { type count } problemsSolved missing ministryFundsWan matchingFundsWan spent balance } }`;
const RECORD = `query($e: ID!, $y: Int!) { expertServiceRecord(expertId: $e, year: $y) { expertName workingDays requiredDays creditMet rating ratingCount
  teams { teamName role batches workingDays } batches { startDate endDate days workingDays } activities { key count } } }`;
const FUNDING = `query($t: ID!) { teamFunding(teamId: $t) { cap ministryFunds matchingFunds total spent balance warning expenses { id amount label } byCategory { category amount } } }`;
const SET_FUNDING = `mutation($t: ID!, $i: TeamFundingInput!) { setTeamFunding(teamId: $t, input: $i) { total balance } }`;
const ADD_EXPENSE = `mutation($t: ID!, $i: TeamExpenseInput!) { addTeamExpense(teamId: $t, input: $i) { spent balance expenses { id } } }`;

const batchInput = (over: Record<string, unknown> = {}) => ({
  teamId: team.id,
  demandId: team.demandId,
  startDate: '2026-11-09',
  endDate: '2026-11-10',
  days: 2,
  regionCode: '310116',
  unitsServed: 1,
  unitNames: ['上海金山区廊下镇绿野蔬菜专业合作社'],
  expertIds: [team.lead, team.shen],
  remote: false,
  activities: [
    { type: 'ONSITE_GUIDANCE', count: 3, participants: 25 },
    { type: 'FREE_CLINIC', count: 1, participants: 86 },
  ],
  outcomes: [
    { item: 'CLINIC_CONSULTATIONS', value: 86 },
    { item: 'NEW_TECHNIQUES', value: 1 },
  ],
  problemsSolved: ['番茄黄化曲叶病毒病绿色防控方案', '高血压社员建立随访台账'],
  ...over,
});

beforeAll(async () => {
  t = await startTestApp({ demo: true, clock });
  for (const r of ROLES) tokens[r] = await t.login(r);
  const teams = await ok(
    `{ teams(first: 50) { id name leadExpertId demands { id status } assignments { status role expert { id name } } } }`,
    {},
    'admin',
  );
  const langxia = teams.teams.find((x: any) => x.name === '廊下设施蔬菜绿色生产专家服务团');
  const member = (name: string) => langxia.assignments.find((a: any) => a.expert.name === name).expert.id;
  zhou = member('周建明');
  team = {
    id: langxia.id,
    name: langxia.name,
    demandId: langxia.demands[0].id,
    lead: zhou,
    shen: member('沈丽萍'),
    third: langxia.assignments.find((a: any) => !['周建明', '沈丽萍'].includes(a.expert.name)).expert.id,
  };
  const pig = teams.teams.find((x: any) => x.name === '都市生猪产业提升示范技术服务团');
  pigTeam = { id: pig.id, demandId: pig.demands[0].id };
  shacheDemandId = teams.teams.find((x: any) => x.name === '莎车县基层医疗能力提升专家服务团').demands[0].id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('service batches', () => {
  it('the demo team is in service with three confirmed experts and nothing logged', async () => {
    const d = await ok(
      `query($id: ID!) { demand(id: $id) { status teams { servedDays canLogBatches startDate endDate } } }`,
      { id: team.demandId },
      'expert',
    );
    expect(d.demand.status).toBe('IN_SERVICE');
    expect(d.demand.teams[0]).toEqual({
      servedDays: 0,
      canLogBatches: true,
      startDate: '2026-11-03',
      endDate: '2026-12-13',
    });
    const asMember = await ok(
      `query($id: ID!) { team(id: $id) { canLogBatches } }`,
      { id: team.id },
      'expert2',
    );
    expect(asMember.team.canLogBatches).toBe(false);
  });

  it('refuses bad batches with a reason per field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startDate: '2026-10-30', endDate: '2026-11-02' }, 'startDate', '超出服务团服务期'],
      [{ days: 3 }, 'days', '不能多于起止日期之间的天数'],
      [{ startDate: '2026-11-23', endDate: '2026-11-25', days: 2 }, 'endDate', '尚未结束'],
      [
        { expertIds: [team.lead, zhou === team.lead ? '00000000-0000-4000-8000-000000000001' : zhou] },
        'expertIds',
        '已确认',
      ],
      [{ problemsSolved: [] }, 'problemsSolved', '1–2'],
      [{ activities: [] }, 'activities', '至少'],
      [{ regionCode: '999999' }, 'regionCode', '行政区划'],
      [{ regionCode: '310000' }, 'regionCode', '区县'],
    ];
    for (const [over, field, text] of cases) {
      const e = await refused(LOG, { i: batchInput(over) }, 'expert');
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.fields?.[field], JSON.stringify(e)).toContain(text);
    }
    const e = await refused(LOG, { i: batchInput({ demandId: shacheDemandId }) }, 'expert');
    expect(e.message).toContain('不由此服务团服务');
    expect(e.fields?.demandId).toBeDefined();
    expect((await ok(BATCHES, { t: team.id }, 'expert')).serviceBatches).toEqual([]);
  });

  it('only the confirmed lead and the dispatchers may log', async () => {
    for (const who of ['unit', 'unit2', 'local', 'local2'] as const)
      expect((await refused(LOG, { i: batchInput() }, who)).code).toBe('FORBIDDEN');
    expect((await refused(LOG, { i: batchInput() }, 'expert2')).message).toContain('领衔专家');
    expect((await refused(LOG, { i: batchInput() }, null)).code).toBe('UNAUTHENTICATED');
    expect((await ok(BATCHES, { t: team.id }, 'province')).serviceBatches).toEqual([]);
  });

  let photoUrl = '';
  let firstId = '';
  it('the lead logs a batch with a photo of the site; the photo is served behind a signed link', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const bad = await refused(
      `mutation($t: ID!, $c: String!) { uploadServicePhoto(teamId: $t, fileName: "a.png", contentBase64: $c) { id } }`,
      { t: team.id, c: Buffer.from('%PDF-1.4').toString('base64') },
      'expert',
    );
    expect(bad.message).toContain('JPG、PNG 或 WebP');
    expect(
      (
        await refused(
          `mutation($t: ID!, $c: String!) { uploadServicePhoto(teamId: $t, fileName: "a.png", contentBase64: $c) { id } }`,
          { t: team.id, c: png.toString('base64') },
          'expert2',
        )
      ).code,
    ).toBe('FORBIDDEN');
    const up = await ok(
      `mutation($t: ID!, $c: String!) { uploadServicePhoto(teamId: $t, fileName: "现场.png", contentBase64: $c, caption: "大棚现场") { id url size } }`,
      { t: team.id, c: png.toString('base64') },
      'expert',
    );
    expect(up.uploadServicePhoto.size).toBe(png.length);
    const logged = await ok(LOG, { i: batchInput({ photoIds: [up.uploadServicePhoto.id] }) }, 'expert');
    const b = logged.logServiceBatch;
    firstId = b.id;
    expect(b).toMatchObject({
      version: 1,
      current: true,
      days: 2,
      regionName: '金山区',
      keyAssistance: false,
    });
    expect(b.experts.map((e: any) => e.name).sort()).toEqual(['周建明', '沈丽萍']);
    expect(b.photos).toHaveLength(1);
    photoUrl = b.photos[0].url;
    const res = await request(t.app.getHttpServer()).get(photoUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(res.body as Buffer, png)).toBe(0);
    // Change one character of the signature (to one it is not).
    const tamperedUrl = photoUrl.replace(
      /signature=(.)/,
      (_, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`,
    );
    expect(tamperedUrl).not.toBe(photoUrl);
    const tampered = await request(t.app.getHttpServer()).get(tamperedUrl);
    expect(tampered.status).toBe(404);
    // The unit is told a visit was logged.
    const n = await ok(`{ notifications { kind title } }`, {}, 'unit');
    expect(n.notifications.some((x: any) => x.kind === 'BATCH_LOGGED')).toBe(true);
  });

  it('a correction is a new version; the old one stays, and a stale correction is refused', async () => {
    const fixed = await ok(
      CORRECT,
      {
        id: firstId,
        i: batchInput({
          outcomes: [
            { item: 'CLINIC_CONSULTATIONS', value: 92 },
            { item: 'NEW_TECHNIQUES', value: 1 },
          ],
        }),
        r: '问诊人数录入有误',
      },
      'expert',
    );
    expect(fixed.correctServiceBatch).toMatchObject({
      version: 2,
      current: true,
      correctionReason: '问诊人数录入有误',
    });
    expect((await refused(CORRECT, { id: firstId, i: batchInput(), r: '再改一次' }, 'expert')).code).toBe(
      'CONFLICT',
    );
    expect(
      (await refused(CORRECT, { id: fixed.correctServiceBatch.id, i: batchInput(), r: ' ' }, 'expert')).fields
        ?.reason,
    ).toBeDefined();
    const versions = await ok(
      `query($id: ID!) { serviceBatchVersions(id: $id) { version current photos { id } } }`,
      { id: firstId },
      'province',
    );
    expect(versions.serviceBatchVersions.map((v: any) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    // The photo belongs to the batch, so every version shows it.
    expect(versions.serviceBatchVersions.every((v: any) => v.photos.length === 1)).toBe(true);
    const current = await ok(BATCHES, { t: team.id }, 'expert');
    expect(current.serviceBatches.map((b: any) => b.version)).toEqual([2]);
    const audit = await t.runtime.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'batch.correct'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].before.version).toBe(1);
    expect(audit[0].after).toMatchObject({ version: 2, reason: '问诊人数录入有误' });
  });
});

describe('completion: the 5-day rule and its override', () => {
  it('refuses completion below 5 days; a bureau cannot override, the province can with a reason', async () => {
    const short = await refused(COMPLETE, { id: team.demandId }, 'local');
    expect(short).toMatchObject({ code: 'CONFLICT', reason: 'SERVICE_DAYS_SHORT' });
    expect(short.message).toContain('累计服务 2 天');
    expect((await refused(COMPLETE, { id: team.demandId, r: '单位要求提前结束' }, 'local')).code).toBe(
      'FORBIDDEN',
    );
    expect((await refused(COMPLETE, { id: team.demandId }, 'unit')).code).toBe('FORBIDDEN');
    expect((await refused(COMPLETE, { id: team.demandId }, 'local2')).code).toBe('FORBIDDEN');
    const d = await ok(`query($id: ID!) { demand(id: $id) { status } }`, { id: team.demandId }, 'unit');
    expect(d.demand.status).toBe('IN_SERVICE');

    // The pig farm's team has served 3 days; the province completes it anyway, and the reason is kept.
    const forced = await ok(
      COMPLETE,
      { id: pigTeam.demandId, r: '养殖场因防疫封场，后续改为远程指导' },
      'province',
    );
    expect(forced.completeDemand.status).toBe('DELIVERED');
    expect(forced.completeDemand.completionOverride).toBe('养殖场因防疫封场，后续改为远程指导');
    expect(forced.completeDemand.history.at(-1).note).toContain('累计服务 3 天，未满 5 天');
  });

  it('a second batch reaches 5 days (served over a weekend) and the bureau completes the demand', async () => {
    // Friday 13 to Monday 16 November, three days served.
    const second = await ok(
      LOG,
      {
        i: batchInput({
          startDate: '2026-11-13',
          endDate: '2026-11-16',
          days: 3,
          expertIds: [team.lead, team.third],
          regionCode: '310116',
          unitNames: [],
          unitsServed: 2,
          activities: [{ type: 'ONSITE_TRAINING', count: 2, participants: 40 }],
          outcomes: [{ item: 'TRAINEES_PUBLIC', value: 40 }],
          problemsSolved: ['大棚水肥一体化设备调试'],
        }),
      },
      'province',
    );
    expect(second.logServiceBatch.days).toBe(3);
    const done = await ok(COMPLETE, { id: team.demandId }, 'local');
    expect(done.completeDemand.status).toBe('DELIVERED');
    expect(done.completeDemand.completionOverride).toBeNull();
    expect(done.completeDemand.deliveredAt).toBe(new Date('2026-11-23T02:00:00Z').toISOString());
    // No new batches once delivered.
    expect(
      (
        await refused(
          LOG,
          { i: batchInput({ startDate: '2026-11-17', endDate: '2026-11-17', days: 1 }) },
          'expert',
        )
      ).reason,
    ).toBe('BATCH_CLOSED');
    const n = await ok(`{ notifications { kind } }`, {}, 'unit');
    expect(n.notifications.some((x: any) => x.kind === 'DEMAND_DELIVERED')).toBe(true);
  });
});

describe('reverse evaluation', () => {
  const scores = { expertise: 5, problemSolving: 4, attitude: 5, timeliness: 4 };

  it('refuses bad ratings and other evaluators, writing nothing', async () => {
    const bad = await refused(
      EVALUATE,
      { i: { demandId: team.demandId, scores: { ...scores, expertise: 6 }, problemSolved: 'YES' } },
      'unit',
    );
    expect(bad.fields?.['scores.expertise']).toContain('1–5');
    expect(
      (
        await refused(
          EVALUATE,
          { i: { demandId: team.demandId, scores: { ...scores, attitude: 2 }, problemSolved: 'YES' } },
          'unit',
        )
      ).fields?.comment,
    ).toContain('原因');
    expect(
      (await refused(EVALUATE, { i: { demandId: team.demandId, scores, problemSolved: 'YES' } }, 'unit2'))
        .code,
    ).toBe('FORBIDDEN');
    for (const who of ['expert', 'province', 'local', 'admin'] as const)
      expect(
        (await refused(EVALUATE, { i: { demandId: team.demandId, scores, problemSolved: 'YES' } }, who)).code,
      ).toBe('FORBIDDEN');
    // Not delivered yet: the unit cannot rate a demand still in service (none left here), nor one of another unit.
    const d = await ok(
      `query($id: ID!) { demand(id: $id) { status evaluation { id } } }`,
      { id: team.demandId },
      'unit',
    );
    expect(d.demand).toEqual({ status: 'DELIVERED', evaluation: null });
  });

  it('the unit rates once; the demand becomes EVALUATED and the rating feeds the expert', async () => {
    const e = await ok(
      EVALUATE,
      { i: { demandId: team.demandId, scores, problemSolved: 'YES', comment: '专家很专业' } },
      'unit',
    );
    expect(e.evaluateService.overall).toBe(4.5);
    expect(e.evaluateService.followUps.map((f: any) => [f.afterDays, f.dueOn, f.open])).toEqual([
      [30, '2026-12-23', false],
      [180, '2027-05-22', false],
    ]);
    expect(
      (await refused(EVALUATE, { i: { demandId: team.demandId, scores, problemSolved: 'YES' } }, 'unit'))
        .reason,
    ).toBe('ALREADY_EVALUATED');
    const d = await ok(
      `query($id: ID!) { demand(id: $id) { status availableActions } }`,
      { id: team.demandId },
      'unit',
    );
    expect(d.demand.status).toBe('EVALUATED');
    // 周建明: the demo's earlier team scored (5+5+4+5)/4 = 4.75 with a +30 follow-up "YES" (5): 4.875; this one 4.5.
    const ex = await ok(`query($id: ID!) { expert(id: $id) { rating } }`, { id: zhou }, 'province');
    expect(ex.expert.rating).toBe(4.69);
  });

  it('reminds an unrated unit once, answers follow-ups when due, and stops reminding after', async () => {
    const evaluations = t.app.get(EvaluationService);
    // 莎车's demand was delivered 35 days ago and never rated; its +30 follow-up is due.
    expect(await evaluations.remind({ demandId: shacheDemandId, kind: 'EVALUATION' })).toBe('reminded');
    expect(await evaluations.remind({ demandId: shacheDemandId, kind: 'EVALUATION' })).toBe('reminded');
    const notes = await ok(`{ notifications { kind title } }`, {}, 'unit2');
    expect(
      notes.notifications.filter(
        (x: any) => x.kind === 'EVALUATION_REMINDER' && x.title.startsWith('请评价'),
      ),
    ).toHaveLength(1);
    const d = await ok(
      `query($id: ID!) { demand(id: $id) { followUps { id afterDays open } } }`,
      { id: shacheDemandId },
      'unit2',
    );
    const [due, later] = d.demand.followUps;
    expect([due.afterDays, due.open, later.afterDays, later.open]).toEqual([30, true, 180, false]);
    expect(
      (
        await refused(
          `mutation($id: ID!) { answerFollowUp(id: $id, stillSolved: NO) { id } }`,
          { id: due.id },
          'unit2',
        )
      ).fields?.comment,
    ).toBeDefined();
    expect(
      (
        await refused(
          `mutation($id: ID!) { answerFollowUp(id: $id, stillSolved: YES) { id } }`,
          { id: due.id },
          'unit',
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await refused(
          `mutation($id: ID!) { answerFollowUp(id: $id, stillSolved: YES) { id } }`,
          { id: later.id },
          'unit2',
        )
      ).reason,
    ).toBe('FOLLOW_UP_NOT_DUE');
    const answered = await ok(
      `mutation($id: ID!) { answerFollowUp(id: $id, stillSolved: PARTIAL, comment: "心电图已能独立判读，随访还不够规范") { stillSolved answeredAt open } }`,
      { id: due.id },
      'unit2',
    );
    expect(answered.answerFollowUp).toMatchObject({ stillSolved: 'PARTIAL', open: false });
    expect(
      (
        await refused(
          `mutation($id: ID!) { answerFollowUp(id: $id, stillSolved: YES) { id } }`,
          { id: due.id },
          'unit2',
        )
      ).reason,
    ).toBe('FOLLOW_UP_ANSWERED');
    expect(await evaluations.remind({ demandId: shacheDemandId, kind: 'FOLLOW_UP', afterDays: 30 })).toBe(
      'done',
    );
    expect(await evaluations.remind({ demandId: team.demandId, kind: 'EVALUATION' })).toBe('done');
  });
});

describe('the survey (annex 4) and the annex 3 list', () => {
  it('computes every section from the two batches', async () => {
    const s = (await ok(SURVEY, { t: team.id }, 'province')).teamSurvey;
    expect(s).toMatchObject({
      batchCount: 2,
      totalDays: 5,
      serviceMode: 'BATCHES',
      countyCount: 1,
      cityCount: 1,
      totalSessions: 6,
    });
    // 周建明 in both batches, 沈丽萍 in the first, the third member in the second: 3 people, 4 person-times.
    expect(s.expertHeadcount).toBe(3);
    expect(s.expertPersonTimes).toBe(4);
    // One named unit in batch 1 (unitsServed 1); batch 2 counted 2 without names.
    expect(s.unitCount).toBe(3);
    const outcome = (i: string) => s.outcomes.find((o: any) => o.item === i);
    expect(outcome('CLINIC_CONSULTATIONS').value).toBe(92);
    expect(outcome('PROBLEMS_SOLVED').value).toBe(3);
    expect(outcome('KEY_PROJECTS').value).toBeNull();
    expect(s.missing).toContain('带动重点科研项目(个)');
    expect(s.missing).toContain('经费投入');
    expect(s.activities.find((a: any) => a.type === 'ONSITE_TRAINING').count).toBe(2);
  });

  it('exports the survey laid out like the annex, saying 未填报 where nothing was logged', async () => {
    const file = (
      await ok(
        `query($t: ID!) { exportTeamSurvey(teamId: $t) { fileName mimeType contentBase64 } }`,
        { t: team.id },
        'expert',
      )
    ).exportTeamSurvey;
    expect(file.fileName).toBe(`实施成效调查表-${team.name}.xlsx`);
    const rows = await readXlsxRows(Buffer.from(file.contentBase64, 'base64'));
    expect(rows[0]![0]).toBe('2026年专家人才服务基层活动实施成效调查表');
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('累计服务天数（各批次实际开展服务活动的天数总和）')).toBe('5');
    expect(value('总人数（不重复计算参加多个批次的专家人才）')).toBe('3');
    expect(value('总人次（各个批次参加活动专家人才人数总和）')).toBe('4');
    expect(value('2. 带动重点科研项目（个）')).toBe('未填报');
    expect(value('7. 义诊成效：问诊（人次）')).toBe('92');
    expect(value('3. 人力资源社会保障部支持资金（万元）')).toBe('未填报');
    expect(rows.map((r) => r[0])).toContain('五、组织实施情况');
  });

  it('lets the bureaus, the province and the lead read the survey, nobody else', async () => {
    for (const who of ['admin', 'province', 'local', 'expert'] as const)
      await ok(SURVEY, { t: team.id }, who);
    for (const who of ['unit', 'unit2', 'expert2', 'local2'] as const)
      expect((await refused(SURVEY, { t: team.id }, who)).code).toBe('FORBIDDEN');
  });

  it('exports annex 3 for the bureau’s own region only', async () => {
    const get = async (who: string, regionCode?: string) => {
      const f = (
        await ok(
          `query($y: Int!, $r: String) { exportAnnex3(year: $y, regionCode: $r) { fileName contentBase64 } }`,
          { y: 2026, r: regionCode ?? null },
          who,
        )
      ).exportAnnex3;
      return readXlsxRows(Buffer.from(f.contentBase64, 'base64'));
    };
    const jinshan = await get('local');
    expect(jinshan[0]).toEqual([
      '序号',
      '申报部门/区',
      '申报类别',
      '名称',
      '单位',
      '服务地点',
      '领衔专家层次与服务专家数量',
      '服务内容简介',
      '专业领域',
    ]);
    const names = jinshan
      .slice(1)
      .map((r) => r[3])
      .sort();
    // The teams, then the year's base of the demo's programme year in 金山区.
    expect(names).toEqual(
      ['卒中防治基层带教专家服务团', '廊下设施蔬菜绿色生产专家服务团', '廊下绿色蔬菜专家服务基地'].sort(),
    );
    expect(jinshan.at(-1)![2]).toBe('市级基地');
    const langxia = jinshan.find((r) => r[3] === team.name)!;
    expect(langxia[1]).toBe('金山区');
    expect(langxia[2]).toBe('市级服务团');
    expect(langxia[5]).toBe('金山区');
    expect(langxia[6]).toMatch(/^领衔专家 周建明（正高级、享受政府特殊津贴专家）；服务专家 3 人$/);
    expect(langxia[7]!.length).toBeLessThanOrEqual(200);
    expect(langxia[8]).toBe('农业、医疗');
    const shanghai = await get('province');
    expect(shanghai.length - 1).toBe(9);
    const shache = await get('local2');
    expect(
      shache
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(['巴旦木提质增效技术服务团', '莎车县基层医疗能力提升专家服务团']);
    expect(
      (await refused(`{ exportAnnex3(year: 2026, regionCode: "653125") { fileName } }`, {}, 'local')).code,
    ).toBe('FORBIDDEN');
    for (const who of ['unit', 'expert'] as const)
      expect((await refused(`{ exportAnnex3(year: 2026) { fileName } }`, {}, who)).code).toBe('FORBIDDEN');
  });

  it('exports annex 3 for a region the bureau or the province names inside its scope, and refuses one outside', async () => {
    const names = async (who: string, regionCode: string) => {
      const f = (
        await ok(
          `query($r: String) { exportAnnex3(year: 2026, regionCode: $r) { contentBase64 } }`,
          { r: regionCode },
          who,
        )
      ).exportAnnex3;
      return (await readXlsxRows(Buffer.from(f.contentBase64, 'base64')))
        .slice(1)
        .map((r) => r[3])
        .sort();
    };
    const langxia = [
      '卒中防治基层带教专家服务团',
      '廊下设施蔬菜绿色生产专家服务团',
      '廊下绿色蔬菜专家服务基地',
    ].sort();
    const shache = ['巴旦木提质增效技术服务团', '莎车县基层医疗能力提升专家服务团'];
    expect(await names('local', '310116')).toEqual(langxia);
    expect(await names('local2', '653125')).toEqual(shache);
    expect(await names('province', '310116')).toEqual(langxia);
    const shanghai = await names('province', '310000');
    expect(shanghai).toEqual(expect.arrayContaining(langxia));
    expect(shanghai).not.toEqual(expect.arrayContaining([shache[0]]));
    // A partner county the province serves (对口帮扶).
    expect(await names('province', '653125')).toEqual(shache);
    expect(await names('admin', '653125')).toEqual(shache);
    const outside = [
      ['local', '653125'],
      ['local', '310000'],
      ['local', '310104'],
      ['local2', '310116'],
      ['province', '110000'],
      ['province', '110105'],
    ] as const;
    for (const [who, regionCode] of outside) {
      const r = await refused(
        `query($r: String) { exportAnnex3(year: 2026, regionCode: $r) { fileName } }`,
        { r: regionCode },
        who,
      );
      expect(r, `${who} ${regionCode}`).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'REGION_OUT_OF_SCOPE',
        message: '只能导出本辖区的汇总表',
      });
    }
    expect(
      (await refused(`{ exportAnnex3(year: 2026, regionCode: "31%") { fileName } }`, {}, 'province')).code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('the continuing-education record and certificates', () => {
  it('counts working days only: weekends served are service days, not credit', async () => {
    const r = (await ok(RECORD, { e: zhou, y: 2026 }, 'expert')).expertServiceRecord;
    // Demo team in June–July: Mon 29 Jun–Wed 1 Jul (3), Mon 13–Tue 14 Jul (2), 3 of Sun 26–Thu 30 Jul (Mon–Wed: 3) = 8.
    // This team: Mon 9–Tue 10 Nov (2) and Fri 13–Mon 16 Nov with 3 days served, of which Fri and Mon are working days (2).
    expect(r.workingDays).toBe(12);
    expect(r.creditMet).toBe(true);
    expect(r.requiredDays).toBe(10);
    expect(r.teams.map((x: any) => [x.teamName, x.role, x.batches, x.workingDays]).sort()).toEqual([
      ['卒中防治基层带教专家服务团', '领衔专家', 3, 8],
      ['廊下设施蔬菜绿色生产专家服务团', '领衔专家', 2, 4],
    ]);
    expect(r.batches.find((b: any) => b.startDate === '2026-11-13')).toMatchObject({
      days: 3,
      workingDays: 2,
    });
    expect(r.rating).toBe(4.69);
    const shen = (await ok(RECORD, { e: team.shen, y: 2026 }, 'expert2')).expertServiceRecord;
    expect([shen.workingDays, shen.creditMet]).toEqual([2, false]);
    expect((await ok(RECORD, { e: zhou, y: 2025 }, 'province')).expertServiceRecord.workingDays).toBe(0);
    const days = await ok(
      `query($id: ID!) { expert(id: $id) { daysServed(year: 2026) } }`,
      { id: zhou },
      'province',
    );
    expect(days.expert.daysServed).toBe(12);
  });

  it('only the expert, the province and bureaus of the expert’s region may read it', async () => {
    for (const who of ['expert2', 'local', 'local2'] as const)
      expect((await refused(RECORD, { e: zhou, y: 2026 }, who)).code).toBe('FORBIDDEN');
    for (const who of ['unit', 'unit2'] as const)
      expect((await refused(RECORD, { e: zhou, y: 2026 }, who)).code).toBe('FORBIDDEN');
    expect((await refused(RECORD, { e: zhou, y: 1999 }, 'province')).code).toBe('BAD_USER_INPUT');
    await ok(RECORD, { e: zhou, y: 2026 }, 'admin');
  });

  it('exports the record as xlsx', async () => {
    const f = (
      await ok(
        `query($e: ID!) { exportServiceRecord(expertId: $e, year: 2026) { fileName contentBase64 } }`,
        { e: zhou },
        'province',
      )
    ).exportServiceRecord;
    expect(f.fileName).toBe('周建明-2026年服务基层记录.xlsx');
    const rows = await readXlsxRows(Buffer.from(f.contentBase64, 'base64'));
    expect(rows[0]).toEqual([
      '序号',
      '服务团',
      '开始日期',
      '结束日期',
      '服务天数',
      '工作日天数',
      '服务地点',
      '服务活动',
    ]);
    expect(rows.filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(5);
    expect(rows.find((r) => r[0] === '合计')?.[5]).toBe('12');
    expect(rows.find((r) => r[0] === '继续教育认定')?.[1]).toBe('已达到 10 个工作日');
  });

  it('issues a certificate anyone can verify by its code, without signing in', async () => {
    const cert = (
      await ok(
        `mutation($e: ID!) { issueServiceCertificate(expertId: $e, year: 2026) { code workingDays creditMet verifyPath teams } }`,
        { e: zhou },
        'expert',
      )
    ).issueServiceCertificate;
    expect(cert.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(cert.verifyPath).toBe(`/verify/${cert.code}`);
    const verify = `query($c: String!) { verifyCertificate(code: $c) { valid message expertName year workingDays creditMet teams } }`;
    const v = await t.gql(verify, { c: cert.code.toLowerCase() }, null);
    expect(v.errors).toBeUndefined();
    expect(v.data.verifyCertificate).toMatchObject({
      valid: true,
      message: '证明真实有效',
      expertName: '周建明',
      year: 2026,
      workingDays: 12,
      creditMet: true,
    });
    const wrong = await t.gql(verify, { c: 'ABCDEFGHJKLM' }, null);
    expect(wrong.data.verifyCertificate).toMatchObject({ valid: false, expertName: null });
    expect((await t.gql(verify, { c: '12' }, null)).data.verifyCertificate.message).toContain('格式');
    for (const who of ['local', 'unit'] as const)
      expect(
        (
          await refused(
            `mutation($e: ID!) { issueServiceCertificate(expertId: $e, year: 2026) { code } }`,
            { e: zhou },
            who,
          )
        ).code,
      ).toBe('FORBIDDEN');
    expect(
      (
        await refused(
          `mutation($e: ID!) { issueServiceCertificate(expertId: $e, year: 2026) { code } }`,
          { e: zhou },
          'expert2',
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await refused(
          `mutation($e: ID!) { issueServiceCertificate(expertId: $e, year: 2025) { code } }`,
          { e: zhou },
          'expert',
        )
      ).reason,
    ).toBe('NO_SERVICE');
    const record = (
      await ok(
        `query($e: ID!) { expertServiceRecord(expertId: $e, year: 2026) { certificates { code } } }`,
        { e: zhou },
        'expert',
      )
    ).expertServiceRecord;
    expect(record.certificates.map((c: any) => c.code)).toEqual([cert.code]);
  });
});

describe('funding', () => {
  it('keeps a municipal team within 10 万 of local money and no ministry money', async () => {
    expect(
      (await refused(SET_FUNDING, { t: team.id, i: { ministryFunds: 1, matchingFunds: 0 } }, 'province'))
        .fields?.ministryFunds,
    ).toContain('仅国家级');
    expect(
      (
        await refused(
          SET_FUNDING,
          { t: team.id, i: { ministryFunds: 0, matchingFunds: 100_001, matchingSource: '区财政' } },
          'province',
        )
      ).fields?.matchingFunds,
    ).toContain('上限 100000');
    for (const who of ['local', 'expert', 'unit'] as const)
      expect(
        (
          await refused(
            SET_FUNDING,
            { t: team.id, i: { ministryFunds: 0, matchingFunds: 50_000, matchingSource: '区财政' } },
            who,
          )
        ).code,
      ).toBe('FORBIDDEN');
    const set = await ok(
      SET_FUNDING,
      { t: team.id, i: { ministryFunds: 0, matchingFunds: 50_000, matchingSource: '金山区财政' } },
      'province',
    );
    expect(set.setTeamFunding).toEqual({ total: 50_000, balance: 50_000 });
  });

  it('records spending by category, refuses overspending and keeps the balance to return', async () => {
    const a = await ok(
      ADD_EXPENSE,
      { t: team.id, i: { category: 'TRAVEL', amount: 30_000, spentOn: '2026-11-10', note: '专家往返' } },
      'expert',
    );
    expect(a.addTeamExpense).toMatchObject({ spent: 30_000, balance: 20_000 });
    const over = await refused(
      ADD_EXPENSE,
      { t: team.id, i: { category: 'EXPERT_FEES', amount: 20_001, spentOn: '2026-11-16' } },
      'expert',
    );
    expect(over).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OVER_BUDGET' });
    expect(over.message).toContain('超出 1 元');
    expect(
      (
        await refused(
          ADD_EXPENSE,
          { t: team.id, i: { category: 'TRAVEL', amount: 1, spentOn: '2026-12-01' } },
          'expert',
        )
      ).fields?.spentOn,
    ).toContain('晚于今天');
    for (const who of ['expert2', 'local', 'unit'] as const)
      expect(
        (
          await refused(
            ADD_EXPENSE,
            { t: team.id, i: { category: 'TRAVEL', amount: 1, spentOn: '2026-11-10' } },
            who,
          )
        ).code,
      ).toBe('FORBIDDEN');
    await ok(
      ADD_EXPENSE,
      { t: team.id, i: { category: 'EXPERT_FEES', amount: 12_000, spentOn: '2026-11-16' } },
      'province',
    );
    const f = (await ok(FUNDING, { t: team.id }, 'local')).teamFunding;
    expect(f).toMatchObject({ cap: 100_000, total: 50_000, spent: 42_000, balance: 8_000, warning: null });
    expect(f.byCategory).toEqual([
      { category: 'TRAVEL', amount: 30_000 },
      { category: 'EXPERT_FEES', amount: 12_000 },
    ]);
    // The survey shows the money in 万元.
    const s = (await ok(SURVEY, { t: team.id }, 'province')).teamSurvey;
    expect([s.ministryFundsWan, s.matchingFundsWan, s.spent, s.balance]).toEqual([0, 5, 42_000, 8_000]);
    const removed = await ok(
      `mutation($id: ID!) { removeTeamExpense(id: $id) { spent } }`,
      { id: a.addTeamExpense.expenses[0].id },
      'expert',
    );
    expect(removed.removeTeamExpense.spent).toBe(12_000);
    // Funds cannot drop below what is already spent.
    expect(
      (
        await refused(
          SET_FUNDING,
          { t: team.id, i: { ministryFunds: 0, matchingFunds: 10_000, matchingSource: '金山区财政' } },
          'province',
        )
      ).fields?.matchingFunds,
    ).toContain('12000');
    for (const who of ['unit', 'expert2'] as const)
      expect((await refused(FUNDING, { t: team.id }, who)).code).toBe('FORBIDDEN');
  });

  it('holds a national team to the 1:1 match and warns while the match falls short', async () => {
    const teams = await ok(`{ teams(first: 50) { id name } }`, {}, 'province');
    const national = teams.teams.find((x: any) => x.name === '莎车县基层医疗能力提升专家服务团').id;
    const f = (await ok(FUNDING, { t: national }, 'province')).teamFunding;
    expect(f).toMatchObject({
      cap: 200_000,
      ministryFunds: 100_000,
      matchingFunds: 60_000,
      total: 160_000,
      spent: 81_000,
      balance: 79_000,
    });
    expect(f.warning).toContain('还差 40000 元');
    expect(
      (
        await refused(
          SET_FUNDING,
          {
            t: national,
            i: { ministryFunds: 100_000, matchingFunds: 100_001, matchingSource: '对口支援资金' },
          },
          'province',
        )
      ).fields?.matchingFunds,
    ).toContain('1:1');
    await ok(
      SET_FUNDING,
      { t: national, i: { ministryFunds: 100_000, matchingFunds: 100_000, matchingSource: '对口支援资金' } },
      'province',
    );
    expect((await ok(FUNDING, { t: national }, 'province')).teamFunding.warning).toBeNull();
  });
});
