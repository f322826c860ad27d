// The board's read path (issue #15.3) on the demo data: a board query (only the rows' own columns, region,
// organisation and actions) reads unhydrated board rows and answers exactly what the full read answers; totalCount
// is the sum of countsByStatus over the statuses asked for; Demand.history, teams and volunteers of a whole list,
// read through per-request loaders, equal what each demand answers alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-server.js';

let t: TestApp;
let province: string;
let local: string;

const ROW = `id code title status fields serviceForms expertsWanted minTitleLevel startDate endDate expectedDays
  openToVolunteers dueAt overdue mergedIntoId filedByBureau submittedAt deliveredAt createdAt updatedAt version
  availableActions region { code name } organization { id name }`;
const board = (extra = '') => `query($f: DemandFilter, $first: Int, $after: String) {
  demands(filter: $f, first: $first, after: $after) {
    totalCount countsByStatus { status count } pageInfo { endCursor hasNextPage }
    nodes { ...Row ${extra} }
  }
}
fragment Row on Demand { ${ROW} }`;

interface Page {
  totalCount: number;
  countsByStatus: { status: string; count: number }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Record<string, unknown>[];
}

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  province = await t.login('province', t.demoPassword);
  local = await t.login('local', t.demoPassword);
});
afterAll(() => t?.close());

describe('the demand board', () => {
  it('answers a board query from board rows exactly as the full read does, page after page', async () => {
    for (const token of [province, local]) {
      let after: string | null = null;
      for (let pageNo = 0; pageNo < 3; pageNo++) {
        const lean: { data: { demands: Page }; errors?: unknown[] } = await t.gql<{ demands: Page }>(
          board(),
          { first: 7, after },
          token,
        );
        const full = await t.gql<{ demands: Page }>(
          board('description contactName'),
          { first: 7, after },
          token,
        );
        expect(lean.errors).toBeUndefined();
        expect(full.errors).toBeUndefined();
        expect(lean.data.demands.nodes.length).toBeGreaterThan(0);
        const { nodes: fullNodes, ...fullRest } = full.data.demands;
        const { nodes: leanNodes, ...leanRest } = lean.data.demands;
        expect(leanRest).toEqual(fullRest);
        expect(leanNodes).toEqual(fullNodes.map(({ description: _d, contactName: _c, ...row }) => row));
        expect(fullNodes.every((n) => typeof n.description === 'string' && n.description !== '')).toBe(true);
        after = lean.data.demands.pageInfo.endCursor;
        if (!lean.data.demands.pageInfo.hasNextPage) break;
      }
    }
  });

  it('reads the regions and organisations of a page ahead only as asked, under any alias, as the full read answers them', async () => {
    const q = (row: string) => `{ demands(first: 12) { nodes { id ${row} } } }`;
    const full = await t.gql<{ demands: { nodes: Record<string, unknown>[] } }>(
      q('description region { code name keyAssistance } organization { id name kind }'),
      {},
      province,
    );
    expect(full.errors).toBeUndefined();
    const rows = full.data.demands.nodes;
    expect(
      rows.every((n) => (n.region as { name?: string })?.name && (n.organization as { id?: string })?.id),
    ).toBe(true);
    const cases: [string, (n: Record<string, unknown>) => unknown][] = [
      [
        'region { code name keyAssistance }',
        (n: Record<string, unknown>) => ({ id: n.id, region: n.region }),
      ],
      [
        'organization { id name kind }',
        (n: Record<string, unknown>) => ({ id: n.id, organization: n.organization }),
      ],
      [
        'r: region { name } o: organization { name } region { code }',
        (n: Record<string, unknown>) => ({
          id: n.id,
          r: { name: (n.region as { name: string }).name },
          o: { name: (n.organization as { name: string }).name },
          region: { code: (n.region as { code: string }).code },
        }),
      ],
    ];
    for (const [row, pick] of cases) {
      const lean = await t.gql<{ demands: { nodes: Record<string, unknown>[] } }>(q(row), {}, province);
      expect(lean.errors, row).toBeUndefined();
      expect(lean.data.demands.nodes, row).toEqual(rows.map(pick));
    }
  });

  it('sums totalCount from countsByStatus over the statuses asked for, and agrees with the table', async () => {
    const all = await t.gql<{ demands: Page }>(board(), { first: 1 }, province);
    const counts = all.data.demands.countsByStatus;
    expect(all.data.demands.totalCount).toBe(counts.reduce((s, c) => s + c.count, 0));
    const statuses = counts.slice(0, 2).map((c) => c.status);
    const some = await t.gql<{ demands: Page }>(board(), { first: 1, f: { statuses } }, province);
    expect(some.data.demands.totalCount).toBe(
      counts.filter((c) => statuses.includes(c.status)).reduce((s, c) => s + c.count, 0),
    );
    // Paging through the whole board finds as many rows as the total says.
    let seen = 0;
    let after: string | null = null;
    for (;;) {
      const page: { data: { demands: Page } } = await t.gql<{ demands: Page }>(
        board(),
        { first: 100, after },
        province,
      );
      seen += page.data.demands.nodes.length;
      if (!page.data.demands.pageInfo.hasNextPage) break;
      after = page.data.demands.pageInfo.endCursor;
    }
    expect(seen).toBe(all.data.demands.totalCount);
    // A status nobody is in: zero, not the whole board.
    const none = await t.gql<{ demands: Page }>(
      board(),
      { first: 5, f: { statuses: ['DRAFT'], query: '不存在的需求标题' } },
      province,
    );
    expect(none.data.demands.totalCount).toBe(0);
    expect(none.data.demands.nodes).toEqual([]);
  });

  it('filters the board (plain SQL) as the full read (query builder) does, for every filter and role', async () => {
    // The same conditions (demandConditions) reach PostgreSQL two ways: as parameters of a plain statement for a
    // board, as named parameters of the query builder for the full read. Every filter, alone and together.
    const [sample] = await t.runtime.dataSource.query(
      `SELECT substring(title FROM 1 FOR 2) AS word, fields[1] AS field FROM demands
        WHERE status <> 'DRAFT' AND region_code = '310116' ORDER BY created_at LIMIT 1`,
    );
    const filters: Record<string, unknown>[] = [
      {},
      { statuses: ['ACCEPTED', 'DISPATCHED'] },
      { fields: [sample.field] },
      { regionCode: '310100' },
      { keyAssistance: ['NATIONAL', 'PROVINCIAL'] },
      { query: sample.word },
      { query: '100%_\\' },
      { overdue: true },
      { overdue: false },
      {
        statuses: ['SUBMITTED', 'ACCEPTED', 'IN_SERVICE'],
        fields: [sample.field],
        query: sample.word,
        overdue: false,
      },
    ];
    const expert = await t.login('expert', t.demoPassword);
    const unit = await t.login('unit', t.demoPassword);
    let rows = 0;
    for (const token of [province, local, unit, expert]) {
      for (const f of filters) {
        const lean = await t.gql<{ demands: Page }>(board(), { first: 100, f }, token);
        const full = await t.gql<{ demands: Page }>(board('description'), { first: 100, f }, token);
        expect(lean.errors, JSON.stringify(f)).toBeUndefined();
        expect(full.errors, JSON.stringify(f)).toBeUndefined();
        expect(lean.data.demands.nodes.map((n) => n.id)).toEqual(full.data.demands.nodes.map((n) => n.id));
        expect(lean.data.demands.totalCount).toBe(full.data.demands.totalCount);
        rows += lean.data.demands.nodes.length;
      }
    }
    expect(rows).toBeGreaterThan(0);
    // And against the table itself: the district bureau's (金山区) demands with a word, drafts of units left out.
    const text = await t.gql<{ demands: Page }>(board(), { first: 1, f: { query: sample.word } }, local);
    const [{ n }] = await t.runtime.dataSource.query(
      `SELECT count(*)::int AS n FROM demands d
        WHERE d.region_code LIKE '310116%' AND (d.status <> 'DRAFT' OR d.filed_by_bureau)
          AND (d.title ILIKE $1 OR d.description ILIKE $1 OR d.code ILIKE $1)`,
      [`%${sample.word}%`],
    );
    expect(n).toBeGreaterThan(0);
    expect(text.data.demands.totalCount).toBe(n);
  });

  it('answers each account from its own scope for the same text and variables, again and again', async () => {
    // Verdicts about a document (cost, input) are remembered per text and variables; answers never are.
    const text = board();
    for (let round = 0; round < 2; round++) {
      const all = await t.gql<{ demands: Page }>(text, { first: 50 }, province);
      const district = await t.gql<{ demands: Page }>(text, { first: 50 }, local);
      const anonymous = await t.gql<{ demands: Page }>(text, { first: 50 }, null);
      expect(all.errors).toBeUndefined();
      expect(district.errors).toBeUndefined();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const regions = district.data.demands.nodes.map((n) => (n.region as { code: string }).code);
      expect(regions.length).toBeGreaterThan(0);
      expect(regions.every((code) => code.startsWith('310116'))).toBe(true);
      expect(district.data.demands.totalCount).toBeLessThan(all.data.demands.totalCount);
    }
  });

  it('reads history, teams and volunteers of a whole list as each demand answers them alone', async () => {
    const FIELDS = `id history { fromStatus toStatus actorName at note }
      teams { id name } volunteers { id demandId expert { id } message }`;
    const list = await t.gql<{ demands: { nodes: Record<string, unknown>[] } }>(
      `query { demands(first: 40, filter: { statuses: [ACCEPTED, DISPATCHED, IN_SERVICE, DELIVERED, EVALUATED] }) { nodes { ${FIELDS} } } }`,
      {},
      province,
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data.demands.nodes;
    expect(nodes.some((n) => (n.history as unknown[]).length > 0)).toBe(true);
    expect(nodes.some((n) => (n.teams as unknown[]).length > 0)).toBe(true);
    for (const node of nodes) {
      const one = await t.gql<{ demand: Record<string, unknown> }>(
        `query($id: ID!) { demand(id: $id) { ${FIELDS} } }`,
        { id: node.id },
        province,
      );
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data.demand);
    }
  });
});
