// 回避 is one rule: an expert is not sent to the unit that employs them, however the employer's name was typed.
// Matching and dispatch must agree — before, only matching compared names after NFKC, so an employer written with
// full-width letters and digits slipped through the dispatch check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { startTestApp, type TestApp } from '../support/test-server.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
const tokens: Record<string, string> = {};
let demandId: string;
const experts: Record<string, string> = {};

async function ok<T = any>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
  const res = await t.gql<T>(query, variables, tokens[who]);
  if (res.errors) throw new Error(`${who}: ${res.errors[0].message}`);
  return res.data;
}

const UNIT_NAME = '廊下ABC1号蔬菜合作社';
/** The same name as the expert library had it typed: full-width letters and digit, full-width spaces. */
const EMPLOYER_AS_TYPED = '廊下ＡＢＣ１号\u3000蔬菜合作社';

beforeAll(async () => {
  t = await startTestApp({ clock });
  tokens.admin = await t.login('admin');
  const org = await ok(
    `mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { name: UNIT_NAME, kind: 'UNIT', regionCode: '310116' } },
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

  const created = await ok(
    `mutation($i: DemandInput!) { createDemand(input: $i) { id } }`,
    {
      i: {
        title: '设施番茄灰霉病绿色防控技术指导',
        description: '合作社连栋大棚番茄灰霉病高发，急需专家现场诊断并指导绿色防控。',
        fields: ['AGRICULTURE'],
        serviceForms: ['TECH_GUIDANCE'],
        expertsWanted: 1,
        startDate: '2027-03-01',
        endDate: '2027-03-20',
        contactName: '沈建国',
        contactPhone: '13916001234',
      },
    },
    'coop',
  );
  demandId = created.createDemand.id;
  await ok(`mutation($id: ID!) { submitDemand(id: $id) { status } }`, { id: demandId }, 'coop');
  await ok(`mutation($id: ID!) { acceptDemand(id: $id) { status } }`, { id: demandId }, 'jinshan');
  const upsert = async (name: string, employer: string) =>
    (
      await ok(
        `mutation($i: ExpertInput!) { upsertExpert(input: $i) { id } }`,
        {
          i: {
            name,
            employer,
            title: '高级农艺师',
            titleLevel: 'ASSOCIATE',
            fields: ['AGRICULTURE'],
            specialties: '设施蔬菜病害绿色防控',
            regionCode: '310116',
          },
        },
        'province',
      )
    ).upsertExpert.id as string;
  experts.insider = await upsert('沈立新', EMPLOYER_AS_TYPED);
  experts.outsider = await upsert('陆文涛', '上海市农业科学院');
}, 120_000);

afterAll(() => t?.close());

const DISPATCH = `mutation($i: DispatchInput!) { dispatchTeam(input: $i) { id } }`;
const team = (leadExpertId: string) => ({
  demandIds: [demandId],
  name: '廊下番茄病害防控服务团',
  level: 'MUNICIPAL',
  leadExpertId,
  memberExpertIds: [],
  startDate: '2027-03-02',
  endDate: '2027-03-10',
});

describe('回避 (same organisation)', () => {
  it('is a conflict for matching: the expert of the ordering unit is not eligible', async () => {
    const why = await ok(
      `query($d: ID!, $e: ID!) { explainExclusion(demandId: $d, expertId: $e) { eligible conflicts } }`,
      { d: demandId, e: experts.insider },
      'province',
    );
    expect(why.explainExclusion.eligible).toBe(false);
    expect(why.explainExclusion.conflicts.join('；')).toMatch(/回避|需求单位/);
  });

  it('shows the expert to the dispatcher greyed as 回避, never suggested', async () => {
    const res = await ok(
      `query($d: ID!) {
        matchExperts(demandId: $d, includeUnavailable: true) { available unavailableCodes unavailableReason freeFrom expert { id } }
        suggestTeam(demandId: $d) { lead { expert { id } } members { expert { id } } }
      }`,
      { d: demandId },
      'province',
    );
    const insider = res.matchExperts.find((m: any) => m.expert.id === experts.insider);
    expect(insider).toMatchObject({
      available: false,
      unavailableCodes: ['CONFLICT_OF_INTEREST'],
      freeFrom: null,
    });
    expect(insider.unavailableReason).toContain('回避');
    expect(res.suggestTeam.lead.expert.id).toBe(experts.outsider);
    expect(res.suggestTeam.members).toEqual([]);
  });

  it('is refused at dispatch too, naming the unit, however the employer was typed', async () => {
    const res = await t.gql(DISPATCH, { i: team(experts.insider!) }, tokens.province);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPERT_CONFLICT_OF_INTEREST',
      fieldErrors: { leadExpertId: expect.stringContaining('按回避要求不能派往该需求') },
    });
    const [{ n }] = await t.runtime.dataSource.query(`SELECT count(*)::int AS n FROM teams`);
    expect(n).toBe(0);
  });

  it('lets an expert of another organisation be dispatched', async () => {
    const res = await t.gql(DISPATCH, { i: team(experts.outsider!) }, tokens.province);
    expect(res.errors).toBeUndefined();
  });
});
