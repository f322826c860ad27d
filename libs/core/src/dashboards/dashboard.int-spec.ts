// 数据看板 through GraphQL against a real database: a small hand-made fixture in 江苏 (demands with their history,
// evaluations, service batches, experts) and figures computed by hand — demands by status, field and region,
// dispatch-time median and P90, on-time share (in China dates), satisfaction, continuing-education buckets and the
// supply–demand cells — for the province, a county bureau, the administrator and another year; and who may look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '@app/platform';
import { startTestApp, type TestApp } from '../../../../test/support/test-server.js';

const clock = new ManualClock(new Date('2026-11-23T02:00:00Z')); // Monday 10:00 in Beijing: the default year is 2026
let t: TestApp;
const tokens: Record<string, string> = {};

const DASHBOARD = `query($regionCode: String, $year: Int) {
  dashboard(regionCode: $regionCode, year: $year) {
    regionCode scopeName year
    demandsByStatus { status label count }
    demandsByField { field label count }
    demandsByRegion { regionCode regionName count }
    dispatchTime { samples medianHours p90Hours }
    onTime { delivered onTime share }
    satisfaction { evaluations average solved partial notSolved }
    ceProgress { expertsServed creditMet buckets { label count } }
    supplyGap { fields regions { regionCode regionName } cells { regionCode field unmetDemands availableExperts gap } }
  }
}`;

async function dashboard(who: string, vars: { regionCode?: string; year?: number } = {}) {
  const res = await t.gql(DASHBOARD, vars, tokens[who]);
  if (res.errors) throw new Error(`${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
  return res.data.dashboard;
}

async function refusal(
  who: string | null,
  vars: Record<string, unknown> = {},
): Promise<{ code: string; message: string }> {
  const res = await t.gql(DASHBOARD, vars, who ? tokens[who] : null);
  expect(res.errors, 'the query should have been refused').toBeDefined();
  expect(res.data?.dashboard ?? null).toBeNull();
  return { code: res.errors![0].extensions?.code, message: res.errors![0].message };
}

const statusCounts = (d: any) =>
  Object.fromEntries(d.demandsByStatus.filter((s: any) => s.count).map((s: any) => [s.status, s.count]));
const cellOf = (d: any, regionCode: string, field: string) =>
  d.supplyGap.cells.find((c: any) => c.regionCode === regionCode && c.field === field);

// ---- Fixture ------------------------------------------------------------------------------------------------

let organizationId = '';
const demandIds: Record<string, string> = {};
const expertIds: Record<string, string> = {};

interface DemandRow {
  key: string;
  region: string;
  status: string;
  fields: string[];
  submittedAt: string | null;
  createdAt?: string;
  endDate?: string;
  deliveredAt?: string;
  /** Hours after submission of each DISPATCHED history row. */
  dispatchedAfterHours?: number[];
}

// 320102 玄武区, 320104 秦淮区 (南京 3201), 320205 锡山区 (无锡 3202), 310104 徐汇区 (上海, outside 江苏).
const DEMANDS: DemandRow[] = [
  // Dispatched in 2026 after 10, 20, 30, 40 and 100 hours: median 30, P90 = 40 + 0.6 × 60 = 76.
  // D1 was dispatched a second time later on: only the first dispatch counts.
  {
    key: 'D1',
    region: '320102',
    status: 'EVALUATED',
    fields: ['AGRICULTURE'],
    submittedAt: '2026-03-02T00:00:00Z',
    dispatchedAfterHours: [10, 500],
    endDate: '2026-06-10',
    deliveredAt: '2026-06-10T15:00:00Z',
  }, // 23:00 on 10 June in Beijing: on time
  {
    key: 'D2',
    region: '320102',
    status: 'EVALUATED',
    fields: ['AGRICULTURE', 'MEDICAL'],
    submittedAt: '2026-03-03T00:00:00Z',
    dispatchedAfterHours: [20],
    endDate: '2026-06-10',
    deliveredAt: '2026-06-10T17:00:00Z',
  }, // 01:00 on 11 June in Beijing: late
  {
    key: 'D3',
    region: '320104',
    status: 'EVALUATED',
    fields: ['MEDICAL'],
    submittedAt: '2026-03-04T00:00:00Z',
    dispatchedAfterHours: [30],
    endDate: '2026-07-31',
    deliveredAt: '2026-07-01T02:00:00Z',
  },
  {
    key: 'D4',
    region: '320104',
    status: 'IN_SERVICE',
    fields: ['EDUCATION'],
    submittedAt: '2026-04-01T00:00:00Z',
    dispatchedAfterHours: [40],
    endDate: '2026-12-31',
  },
  {
    key: 'D5',
    region: '320205',
    status: 'DISPATCHED',
    fields: ['MEDICAL', 'EDUCATION'],
    submittedAt: '2026-04-02T00:00:00Z',
    dispatchedAfterHours: [100],
    endDate: '2026-12-31',
  },
  {
    key: 'D6',
    region: '320102',
    status: 'SUBMITTED',
    fields: ['AGRICULTURE', 'MEDICAL'],
    submittedAt: '2026-11-02T01:00:00Z',
  },
  {
    key: 'D7',
    region: '320104',
    status: 'ACCEPTED',
    fields: ['MEDICAL'],
    submittedAt: '2026-11-03T01:00:00Z',
  },
  { key: 'D8', region: '320205', status: 'RETURNED', fields: ['AI'], submittedAt: '2026-11-04T01:00:00Z' },
  {
    key: 'D9',
    region: '320102',
    status: 'CANCELLED',
    fields: ['AGRICULTURE'],
    submittedAt: '2026-05-01T01:00:00Z',
  },
  // 17:00 UTC on New Year's Eve is 01:00 on 1 January 2026 in Beijing: a 2026 demand.
  {
    key: 'D10',
    region: '320102',
    status: 'SUBMITTED',
    fields: ['AGRICULTURE'],
    submittedAt: '2025-12-31T17:00:00Z',
  },
  // A unit's draft: bureaus never count it.
  {
    key: 'D11',
    region: '320104',
    status: 'DRAFT',
    fields: ['AI'],
    submittedAt: null,
    createdAt: '2026-10-01T01:00:00Z',
  },
  // Submitted and dispatched (48 h) in 2025, still waiting for its experts' confirmation.
  {
    key: 'D12',
    region: '320102',
    status: 'DISPATCHED',
    fields: ['MEDICAL'],
    submittedAt: '2025-12-01T00:00:00Z',
    dispatchedAfterHours: [48],
    endDate: '2026-03-31',
  },
  {
    key: 'D13',
    region: '310104',
    status: 'SUBMITTED',
    fields: ['MEDICAL'],
    submittedAt: '2026-06-01T01:00:00Z',
  },
  {
    key: 'D14',
    region: '320102',
    status: 'SUBMITTED',
    fields: ['MEDICAL'],
    submittedAt: '2026-11-05T01:00:00Z',
  },
];

// [key, region, fields, status]
const EXPERTS: [string, string, string[], string][] = [
  ['E1', '320102', ['AGRICULTURE'], 'ACTIVE'],
  ['E2', '320104', ['MEDICAL'], 'ACTIVE'],
  ['E3', '320106', ['MEDICAL'], 'INACTIVE'], // served in 2026, but is no longer available
  ['E4', '320205', ['MEDICAL', 'EDUCATION'], 'ACTIVE'],
  ['E5', '320102', ['AGRICULTURE'], 'INACTIVE'],
  ['E6', '310104', ['MEDICAL'], 'ACTIVE'], // 上海
  ['E7', '320104', ['EDUCATION'], 'ACTIVE'],
];

// [experts, start, end, days, superseded]
const BATCHES: [string[], string, string, number, boolean][] = [
  [['E1', 'E2'], '2026-03-09', '2026-03-13', 5, false], // Mon–Fri: 5 working days
  [['E1'], '2026-06-01', '2026-06-05', 5, false], // 5 more: E1 reaches 10
  [['E2'], '2026-03-11', '2026-03-12', 2, false], // inside the first batch: counts once, E2 stays at 5
  [['E2'], '2026-01-05', '2026-12-31', 300, true], // an old version, corrected since: ignored
  [['E3'], '2026-10-01', '2026-10-09', 9, false], // National Day: only 8 and 9 October are working days → 2
  [['E4'], '2025-12-29', '2026-01-09', 6, false], // 29–31 Dec 2025, then 4 (调休 Sunday), 5, 6 Jan 2026 → 3 in 2026, 3 in 2025
  [['E2'], '2025-11-03', '2025-11-07', 5, false], // 2025 only
  [['E6'], '2026-04-13', '2026-04-24', 10, false], // 上海: 10 working days
];

// [demand, expertise, problemSolving, attitude, timeliness, problemSolved]: scores 18 + 14 + 11 = 43 over 12 → 3.58
const EVALUATIONS: [string, number, number, number, number, string, string][] = [
  ['D1', 5, 5, 4, 4, 'YES', '2026-06-15T02:00:00Z'],
  ['D2', 3, 4, 4, 3, 'PARTIAL', '2026-06-16T02:00:00Z'],
  ['D3', 2, 3, 3, 3, 'NO', '2026-07-05T02:00:00Z'],
];

async function seed(): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => t.runtime.dataSource.query(sql, params);
  const [org] = await q(
    `INSERT INTO organizations (name, kind, region_code) VALUES ('玄武区某农业合作社', 'UNIT', '320102') RETURNING id`,
  );
  organizationId = org.id;
  for (const [i, d] of DEMANDS.entries()) {
    const submitted = d.submittedAt ? new Date(d.submittedAt) : null;
    const [row] = await q(
      `INSERT INTO demands (code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted,
         start_date, end_date, submitted_at, delivered_at, created_at)
       VALUES ($1, $2, '看板测试需求', $3, '{TECH_GUIDANCE}', $4, $5, $6, 1, $7, $8, $9, $10, $11) RETURNING id`,
      [
        `XQ-TEST-${d.region}-${String(i + 1).padStart(4, '0')}`,
        `看板测试需求 ${d.key}`,
        d.fields,
        d.status,
        d.region,
        org.id,
        d.endDate ? '2026-01-01' : null,
        d.endDate ?? null,
        submitted,
        d.deliveredAt ? new Date(d.deliveredAt) : null,
        new Date(d.createdAt ?? d.submittedAt!),
      ],
    );
    demandIds[d.key] = row.id;
    if (submitted) {
      await q(
        `INSERT INTO demand_history (demand_id, from_status, to_status, actor_name, at) VALUES ($1, 'DRAFT', 'SUBMITTED', '单位', $2)`,
        [row.id, submitted],
      );
    }
    for (const hours of d.dispatchedAfterHours ?? []) {
      await q(
        `INSERT INTO demand_history (demand_id, from_status, to_status, actor_name, at) VALUES ($1, 'ACCEPTED', 'DISPATCHED', '省厅', $2)`,
        [row.id, new Date(submitted!.getTime() + hours * 3600_000)],
      );
    }
  }
  for (const [key, region, fields, status] of EXPERTS) {
    const [row] = await q(
      `INSERT INTO experts (name, title, title_level, fields, region_code, source, status) VALUES ($1, '研究员', 'SENIOR', $2, $3, 'LOCAL', $4) RETURNING id`,
      [`专家${key}`, fields, region, status],
    );
    expertIds[key] = row.id;
  }
  const [team] = await q(
    `INSERT INTO teams (name, level, lead_expert_id, start_date, end_date) VALUES ('看板测试服务团', 'MUNICIPAL', $1, '2025-11-01', '2026-12-31') RETURNING id`,
    [expertIds.E1],
  );
  await q(`INSERT INTO team_demands (team_id, demand_id) VALUES ($1, $2)`, [team.id, demandIds.D1]);
  for (const [experts, start, end, days, superseded] of BATCHES) {
    const [batch] = await q(
      `INSERT INTO service_batches (batch_key, version, superseded_at, team_id, demand_id, start_date, end_date, days, region_code)
       VALUES (gen_random_uuid(), 1, $1, $2, $3, $4, $5, $6, '320102') RETURNING id`,
      [superseded ? new Date('2026-08-01T00:00:00Z') : null, team.id, demandIds.D1, start, end, days],
    );
    for (const e of experts)
      await q(`INSERT INTO service_batch_experts (batch_id, expert_id) VALUES ($1, $2)`, [
        batch.id,
        expertIds[e],
      ]);
  }
  for (const [demand, a, b, c, d, solved, at] of EVALUATIONS) {
    await q(
      `INSERT INTO evaluations (demand_id, organization_id, expertise, problem_solving, attitude, timeliness, problem_solved, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [demandIds[demand], org.id, a, b, c, d, solved, new Date(at)],
    );
  }
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  tokens.admin = await t.login('admin');
  await seed();
  const account = async (i: Record<string, unknown>) => {
    const res = await t.gql(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i },
      tokens.admin,
    );
    if (res.errors) throw new Error(res.errors[0].message);
    tokens[i.username as string] = await t.login(i.username as string, i.password as string);
  };
  await account({ username: 'jiangsu', password: 'Jiangsu2026', role: 'PROVINCE', regionCode: '320000' });
  await account({ username: 'qinhuai', password: 'Qinhuai2026', role: 'LOCAL', regionCode: '320104' });
  await account({ username: 'coop', password: 'Coop20260', role: 'UNIT', organizationId });
  await account({ username: 'expert', password: 'Expert2026', role: 'EXPERT', expertId: expertIds.E1 });
});

afterAll(async () => {
  await t?.close();
});

describe('dashboard: figures', () => {
  it('gives the province its year: demands by status, field and city', async () => {
    const d = await dashboard('jiangsu');
    expect(d.year).toBe(2026);
    expect(d.regionCode).toBeNull();
    expect(d.scopeName).toBe('江苏省');
    // D1–D10 and D14; not the unit's draft D11, not D12 (2025), not D13 (上海). D10 is 2026 in Beijing time.
    expect(statusCounts(d)).toEqual({
      SUBMITTED: 3,
      ACCEPTED: 1,
      RETURNED: 1,
      DISPATCHED: 1,
      IN_SERVICE: 1,
      EVALUATED: 3,
      CANCELLED: 1,
    });
    expect(d.demandsByStatus).toHaveLength(10); // every status, in lifecycle order, with its label
    expect(d.demandsByStatus[0]).toEqual({ status: 'DRAFT', label: '草稿', count: 0 });
    expect(d.demandsByField).toEqual([
      { field: 'MEDICAL', label: '医疗', count: 6 },
      { field: 'AGRICULTURE', label: '农业', count: 5 },
      { field: 'EDUCATION', label: '教育', count: 2 },
      { field: 'AI', label: '人工智能', count: 1 },
    ]);
    // The 13 cities of 江苏, most demands first.
    expect(d.demandsByRegion).toHaveLength(13);
    expect(d.demandsByRegion.slice(0, 3)).toEqual([
      { regionCode: '320100', regionName: '南京市', count: 9 },
      { regionCode: '320200', regionName: '无锡市', count: 2 },
      { regionCode: '320300', regionName: '徐州市', count: 0 },
    ]);
  });

  it('computes dispatch time, on-time share and satisfaction by hand', async () => {
    const d = await dashboard('jiangsu');
    expect(d.dispatchTime).toEqual({ samples: 5, medianHours: 30, p90Hours: 76 });
    // The same figures as PostgreSQL's own percentile_cont over the first dispatches of 2026.
    const [pg] = await t.runtime.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY h) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY h) AS p90 FROM (
         SELECT EXTRACT(EPOCH FROM (min(dh.at) - d.submitted_at)) / 3600 AS h FROM demands d JOIN demand_history dh ON dh.demand_id = d.id AND dh.to_status = 'DISPATCHED'
         WHERE d.region_code LIKE '32%' GROUP BY d.id HAVING min(dh.at) >= '2026-01-01T00:00:00+08:00') s`,
    );
    expect([Number(pg.median), Number(pg.p90)]).toEqual([30, 76]);
    // D1 on its last day in Beijing, D2 an hour past midnight (Beijing) after its last day, D3 early.
    expect(d.onTime).toEqual({ delivered: 3, onTime: 2, share: 0.667 });
    // (18 + 14 + 11) / 12 = 3.583…
    expect(d.satisfaction).toEqual({ evaluations: 3, average: 3.6, solved: 1, partial: 1, notSolved: 1 });
  });

  it('counts working days towards the continuing-education credit for the experts of the province', async () => {
    const d = await dashboard('jiangsu');
    // E1 10, E2 5, E3 2, E4 3 (上海's E6 is not 江苏's).
    expect(d.ceProgress).toEqual({
      expertsServed: 4,
      creditMet: 1,
      buckets: [
        { label: '0–4天', count: 2 },
        { label: '5–9天', count: 1 },
        { label: '10天及以上', count: 1 },
      ],
    });
  });

  it('sets waiting demands of each county against the active experts of its city', async () => {
    const { supplyGap } = await dashboard('jiangsu');
    expect(supplyGap.regions).toEqual([
      { regionCode: '320102', regionName: '玄武区' }, // 5 waiting (field by field)
      { regionCode: '320205', regionName: '锡山区' }, // 2
      { regionCode: '320104', regionName: '秦淮区' }, // 1
    ]);
    expect(supplyGap.fields).toEqual(['AGRICULTURE', 'MEDICAL', 'EDUCATION']);
    expect(supplyGap.cells).toHaveLength(9);
    const cell = (r: string, f: string) => {
      const c = cellOf({ supplyGap }, r, f);
      return [c.unmetDemands, c.availableExperts, c.gap];
    };
    // 南京: AGRICULTURE E1 (E5 inactive), MEDICAL E2 (E3 inactive), EDUCATION E7; 无锡: E4 for MEDICAL and EDUCATION.
    expect(cell('320102', 'AGRICULTURE')).toEqual([2, 1, 1]); // D6, D10
    expect(cell('320102', 'MEDICAL')).toEqual([3, 1, 2]); // D6, D12 (2025, still waiting), D14
    expect(cell('320102', 'EDUCATION')).toEqual([0, 1, 0]);
    expect(cell('320205', 'AGRICULTURE')).toEqual([0, 0, 0]);
    expect(cell('320205', 'MEDICAL')).toEqual([1, 1, 0]); // D5
    expect(cell('320205', 'EDUCATION')).toEqual([1, 1, 0]); // D5
    expect(cell('320104', 'MEDICAL')).toEqual([1, 1, 0]); // D7
    expect(cell('320104', 'AGRICULTURE')).toEqual([0, 1, 0]);
  });

  it('narrows the province to one city, and to another year', async () => {
    const nanjing = await dashboard('jiangsu', { regionCode: '320100' });
    expect(nanjing.regionCode).toBe('320100');
    expect(nanjing.scopeName).toBe('南京市');
    expect(nanjing.demandsByRegion.slice(0, 2)).toEqual([
      { regionCode: '320102', regionName: '玄武区', count: 6 },
      { regionCode: '320104', regionName: '秦淮区', count: 3 },
    ]);
    expect(nanjing.demandsByRegion.every((r: any) => r.regionCode.startsWith('3201'))).toBe(true);
    expect(nanjing.dispatchTime).toEqual({ samples: 4, medianHours: 25, p90Hours: 37 }); // 10, 20, 30, 40
    expect(nanjing.supplyGap.regions.map((r: any) => r.regionCode)).toEqual(['320102', '320104']);

    const lastYear = await dashboard('jiangsu', { year: 2025 });
    expect(lastYear.year).toBe(2025);
    expect(statusCounts(lastYear)).toEqual({ DISPATCHED: 1 }); // D12
    expect(lastYear.dispatchTime).toEqual({ samples: 1, medianHours: 48, p90Hours: 48 });
    expect(lastYear.onTime).toEqual({ delivered: 0, onTime: 0, share: null });
    expect(lastYear.satisfaction).toEqual({
      evaluations: 0,
      average: null,
      solved: 0,
      partial: 0,
      notSolved: 0,
    });
    // E4: 29–31 Dec; E2: 3–7 Nov.
    expect(lastYear.ceProgress.expertsServed).toBe(2);
    expect(lastYear.ceProgress.buckets.map((b: any) => b.count)).toEqual([1, 1, 0]);
    // The gap is today's picture whatever the year.
    expect(lastYear.supplyGap).toEqual((await dashboard('jiangsu')).supplyGap);

    const empty = await dashboard('jiangsu', { year: 2024 });
    expect(empty.dispatchTime).toEqual({ samples: 0, medianHours: null, p90Hours: null });
    expect(empty.ceProgress).toEqual({
      expertsServed: 0,
      creditMet: 0,
      buckets: [
        { label: '0–4天', count: 0 },
        { label: '5–9天', count: 0 },
        { label: '10天及以上', count: 0 },
      ],
    });
  });

  it('gives the administrator every province', async () => {
    const d = await dashboard('admin');
    expect(d.scopeName).toBe('全国');
    expect(d.demandsByRegion.slice(0, 2)).toEqual([
      { regionCode: '320000', regionName: '江苏省', count: 11 },
      { regionCode: '310000', regionName: '上海市', count: 1 },
    ]);
    expect(d.ceProgress.expertsServed).toBe(5);
    expect(d.ceProgress.creditMet).toBe(2); // E1 and 上海's E6
    expect(d.supplyGap.regions.map((r: any) => r.regionCode)).toEqual([
      '320102',
      '320205',
      '310104',
      '320104',
    ]);
    expect(cellOf(d, '310104', 'MEDICAL')).toEqual({
      regionCode: '310104',
      field: 'MEDICAL',
      unmetDemands: 1,
      availableExperts: 1,
      gap: 0,
    });
  });
});

describe('dashboard: who may look', () => {
  it('shows a county bureau its own county only', async () => {
    const d = await dashboard('qinhuai');
    expect(d.scopeName).toBe('秦淮区');
    expect(statusCounts(d)).toEqual({ ACCEPTED: 1, IN_SERVICE: 1, EVALUATED: 1 }); // D3, D4, D7
    expect(d.demandsByRegion).toEqual([{ regionCode: '320104', regionName: '秦淮区', count: 3 }]);
    expect(d.dispatchTime).toEqual({ samples: 2, medianHours: 35, p90Hours: 39 }); // 30, 40
    expect(d.onTime).toEqual({ delivered: 1, onTime: 1, share: 1 });
    expect(d.satisfaction).toEqual({ evaluations: 1, average: 2.8, solved: 0, partial: 0, notSolved: 1 }); // 11 / 4 = 2.75
    expect(d.ceProgress).toEqual({
      expertsServed: 1,
      creditMet: 0,
      buckets: [
        { label: '0–4天', count: 0 },
        { label: '5–9天', count: 1 },
        { label: '10天及以上', count: 0 },
      ],
    }); // E2
    expect(d.supplyGap).toEqual({
      fields: ['MEDICAL'],
      regions: [{ regionCode: '320104', regionName: '秦淮区' }],
      cells: [{ regionCode: '320104', field: 'MEDICAL', unmetDemands: 1, availableExperts: 1, gap: 0 }],
    });
    // Asking for its own county is the same.
    expect((await dashboard('qinhuai', { regionCode: '320104' })).demandsByRegion).toEqual(d.demandsByRegion);
  });

  it('refuses a county bureau any other region, even the city above it', async () => {
    for (const regionCode of ['320102', '320100', '320000', '310104']) {
      const r = await refusal('qinhuai', { regionCode });
      expect(r.code).toBe('FORBIDDEN');
      expect(r.message).toContain('不在您的管辖范围内');
    }
  });

  it('refuses the province a region of another province', async () => {
    expect((await refusal('jiangsu', { regionCode: '310104' })).code).toBe('FORBIDDEN');
  });

  it('refuses units and experts', async () => {
    expect((await refusal('coop')).code).toBe('FORBIDDEN');
    expect((await refusal('expert')).code).toBe('FORBIDDEN');
    expect((await refusal(null)).code).toBe('UNAUTHENTICATED');
  });

  it('explains a bad region code or year', async () => {
    const badRegion = await refusal('jiangsu', { regionCode: '32010' });
    expect(badRegion.code).toBe('BAD_USER_INPUT');
    expect(badRegion.message).toContain('格式不正确');
    const unknown = await refusal('admin', { regionCode: '329999' });
    expect(unknown.code).toBe('NOT_FOUND');
    const badYear = await refusal('jiangsu', { year: 1999 });
    expect(badYear.code).toBe('BAD_USER_INPUT');
    expect(badYear.message).toContain('年份');
  });
});

describe('dashboard: the regions a province serves (对口帮扶)', () => {
  it('adds a partner county to the province’s scope, as its own row, and lets the province narrow to it', async () => {
    const q = (sql: string, params: unknown[] = []) => t.runtime.dataSource.query(sql, params);
    await q(`INSERT INTO region_partnerships (serving_code, served_code) VALUES ('320000', '653125')`);
    await q(
      `INSERT INTO demands (code, title, description, fields, service_forms, status, region_code, organization_id, experts_wanted, submitted_at, created_at)
       VALUES ('XQ-TEST-653125-0001', '看板测试需求 D15', '看板测试需求', '{AGRICULTURE}', '{TECH_GUIDANCE}', 'SUBMITTED', '653125', $1, 1, $2, $2)`,
      [organizationId, new Date('2026-09-01T02:00:00Z')],
    );
    const d = await dashboard('jiangsu');
    expect(d.scopeName).toBe('江苏省及对口帮扶的 1 个地区');
    expect(statusCounts(d).SUBMITTED).toBe(4);
    expect(d.demandsByRegion.slice(0, 3)).toEqual([
      { regionCode: '320100', regionName: '南京市', count: 9 },
      { regionCode: '320200', regionName: '无锡市', count: 2 },
      { regionCode: '653125', regionName: '莎车县', count: 1 },
    ]);
    expect(cellOf(d, '653125', 'AGRICULTURE')).toEqual({
      regionCode: '653125',
      field: 'AGRICULTURE',
      unmetDemands: 1,
      availableExperts: 0,
      gap: 1,
    });

    const shache = await dashboard('jiangsu', { regionCode: '653125' });
    expect(shache.scopeName).toBe('莎车县');
    expect(shache.demandsByRegion).toEqual([{ regionCode: '653125', regionName: '莎车县', count: 1 }]);
    // Not the rest of its prefecture.
    expect((await refusal('jiangsu', { regionCode: '653100' })).code).toBe('FORBIDDEN');
    expect((await refusal('qinhuai', { regionCode: '653125' })).code).toBe('FORBIDDEN');
  });
});
