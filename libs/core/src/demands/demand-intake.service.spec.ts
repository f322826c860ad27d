// DemandIntakeService's decisions with in-memory doubles of its repositories (the real-PostgreSQL proof is
// test/api/demand-intake.int-spec.ts): who sees which similar demand, what is masked, when a merge is offered.
import { describe, expect, it } from 'vitest';
import { Vocabulary, WEEKENDS_ONLY, type Actor, type DemandStatus } from '@app/domain';
import { ManualClock } from '@app/platform';
import type { DemandEntity } from './demand.entity.js';
import type { IntakeCandidateRow, IntakeScope } from './demand-intake.repository.js';
import { DemandIntakeService } from './demand-intake.service.js';

const OWN_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const unit: Actor = { accountId: 'a1', username: 'coop', role: 'UNIT', organizationId: OWN_ORG };
const bureau: Actor = { accountId: 'a2', username: 'jinshan', role: 'LOCAL', regionCode: '310116' };

const row = (
  id: string,
  org: string,
  status: DemandStatus,
  title: string,
  description: string,
): IntakeCandidateRow => ({
  id,
  code: `XQ-2026-310116-${id.slice(0, 4)}`,
  title,
  description,
  fields: ['AGRICULTURE'],
  status,
  regionCode: '310116',
  organizationId: org,
  createdAt: new Date('2026-11-20T00:00:00Z'),
  deliveredAt: status === 'EVALUATED' ? new Date('2026-10-01T00:00:00Z') : null,
});

const OPEN_ROWS = [
  row(
    'a0000000-0000-4000-8000-000000000001',
    OWN_ORG,
    'SUBMITTED',
    '大棚番茄叶子发黄卷曲',
    '番茄叶子发黄，叶片卷曲',
  ),
  row(
    'b0000000-0000-4000-8000-000000000002',
    OTHER_ORG,
    'ACCEPTED',
    '西红柿叶子发黄打卷',
    '西红柿叶子发黄打卷',
  ),
];
const SOLVED_ROWS = [
  row(
    'c0000000-0000-4000-8000-000000000003',
    OTHER_ORG,
    'EVALUATED',
    '番茄黄化曲叶病毒病防控',
    '番茄叶子发黄卷曲',
  ),
];

function service(opened?: Partial<DemandEntity>) {
  const scopes: IntakeScope[] = [];
  const repo = {
    documentFrequencies: async (_s: IntakeScope, forms: readonly (readonly string[])[]) => ({
      n: 3,
      df: forms.map(() => 1),
    }),
    candidates: async (scope: IntakeScope) => {
      scopes.push(scope);
      return scope.statuses.includes('EVALUATED')
        ? SOLVED_ROWS
        : OPEN_ROWS.filter((r) => r.id !== scope.excludeId);
    },
    solvedCases: async (ids: readonly string[]) =>
      ids.map((demandId) => ({
        demandId,
        teams: [{ id: 't1', name: '番茄病害服务团', leadName: '雷志刚' }],
        rating: 4.5,
        problemSolved: 'YES' as const,
        problemsSolved: ['黄化曲叶病毒病防控'],
      })),
  };
  const demands = {
    get: async () => ({
      id: 'd0000000-0000-4000-8000-000000000009',
      title: '番茄叶子发黄打卷',
      description: '大棚番茄叶子发黄',
      regionCode: '310116',
      organizationId: OTHER_ORG,
      status: 'SUBMITTED',
      ...opened,
    }),
  };
  const organizations = { find: async (id: string) => ({ id, regionCode: '310116', kind: 'UNIT' }) };
  const lexicon = { vocabulary: async () => Vocabulary.builtin() };
  const s = new DemandIntakeService(
    repo as never,
    demands as never,
    organizations as never,
    lexicon as never,
    new ManualClock(new Date('2026-11-23T02:00:00Z')),
    { current: async () => WEEKENDS_ONLY } as never,
    {} as never,
  );
  return { s, scopes };
}

describe('similar cases by role', () => {
  it('shows a unit its own open demand, counts other units’ and masks their solved cases', async () => {
    const { s, scopes } = service();
    const r = await s.similarCases(unit, { title: '西红柿叶子发黄打卷', description: '大棚番茄叶子发黄' });
    expect(r.duplicates.map((d) => d.id)).toEqual([OPEN_ROWS[0]!.id]);
    expect(r.duplicates[0]).toMatchObject({ organizationId: OWN_ORG, canMergeInto: false });
    expect(r.otherUnitsDuplicates).toBe(1);
    expect(r.solved[0]).toMatchObject({
      organizationId: null,
      description: null,
      rating: 4.5,
      teams: [{ leadName: '雷志刚' }],
    });
    // Open demands of the unit's county; solved cases of its province; its own drafts only.
    expect(scopes.map((x) => x.regionPrefixes)).toEqual([['310116%'], ['31%']]);
    expect(scopes[0]!.draftsOf).toBe(OWN_ORG);
  });

  it('shows the bureau every open demand of its region and offers the merge of the demand it opened', async () => {
    const { s } = service();
    const r = await s.similarCases(bureau, {}, 'd0000000-0000-4000-8000-000000000009');
    expect(r.otherUnitsDuplicates).toBe(0);
    expect(r.duplicates.map((d) => [d.organizationId, d.canMergeInto])).toEqual(
      expect.arrayContaining([
        [OWN_ORG, true],
        [OTHER_ORG, true],
      ]),
    );
    expect(r.solved[0]!.organizationId).toBe(OTHER_ORG);
  });

  it('offers no merge once the opened demand can no longer be merged', async () => {
    const { s } = service({ status: 'DISPATCHED' });
    const r = await s.similarCases(bureau, {}, 'd0000000-0000-4000-8000-000000000009');
    expect(r.duplicates.length).toBeGreaterThan(0);
    expect(r.duplicates.every((d) => !d.canMergeInto)).toBe(true);
  });

  it('refuses experts and reads nothing for an empty text', async () => {
    const { s, scopes } = service();
    await expect(
      s.similarCases({ accountId: 'e', username: 'x', role: 'EXPERT' }, { title: '番茄' }),
    ).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    expect(await s.similarCases(unit, { title: '   ' })).toEqual({
      duplicates: [],
      otherUnitsDuplicates: 0,
      solved: [],
    });
    expect(scopes).toEqual([]);
  });
});
